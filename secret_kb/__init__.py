"""secret-kb: an executable, explainable model of Belgian professional secrecy law.

    >>> from secret_kb import KnowledgeBase
    >>> KnowledgeBase().ask({"discloser": "educator", "information": "client_status",
    ...                      "recipient": "police"}).verdict
    'forbidden'
"""

from .errors import KBError
from .knowledge_base import KnowledgeBase, default_language, languages, locale_language
from .model import (Advice, Answer, Change, Citation, OpenChange, Question, Reason, Scenario, Step,
                    Unencoded)

__all__ = ["KnowledgeBase", "KBError", "Scenario", "Answer", "Step", "Citation",
           "OpenChange", "Advice", "Reason", "Change", "Question", "Unencoded",
           "languages", "default_language", "locale_language"]
