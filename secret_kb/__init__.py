"""secret-kb: an executable, explainable model of Belgian professional secrecy law.

    >>> from secret_kb import KnowledgeBase
    >>> KnowledgeBase().ask({"discloser": "educator", "information": "client_status",
    ...                      "recipient": "police"}).verdict
    'forbidden'
"""

# The one source of the package's version (pyproject.toml reads it; pack.pl,
# CITATION.cff and CHANGELOG.md repeat it, checked by tests/test_release.py).
__version__ = "0.2.0"

from .errors import KBError
from .knowledge_base import KnowledgeBase, default_language, languages, locale_language
from .model import (Advice, Answer, Change, Citation, CompactAnswer, LawChange, LawDiff,
                    OpenChange, Period, Question, Reason, RuleSentence, Scenario, Step, Unencoded)

__all__ = ["__version__", "KnowledgeBase", "KBError", "Scenario", "Answer", "CompactAnswer",
           "Step", "Citation", "OpenChange", "Advice", "Reason", "Change", "Question", "Unencoded",
           "LawDiff", "LawChange", "Period", "RuleSentence",
           "languages", "default_language", "locale_language"]
