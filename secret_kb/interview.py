"""An interview: ask only what can still change the verdict, most decisive first."""

from __future__ import annotations

from typing import Any, Callable, Mapping

from .errors import KBError
from .knowledge_base import KnowledgeBase
from .model import Answer, Question

# Replies accepted to a question, in any language of the knowledge base (the words
# of its ui(answers) template, tests/test_languages.py checks them), and the fact
# value each gives (None: unknown for good, the question is not asked again).
REPLIES: dict[str, bool | None] = {
    "yes": True, "y": True, "oui": True, "o": True, "ja": True, "j": True,
    "no": False, "n": False, "non": False, "nee": False,
    "unknown": None, "u": None, "?": None, "inconnu": None, "i": None, "onbekend": None,
}


def parse_reply(text: str) -> bool | None:
    """The fact value a reply gives; KBError for a reply that is not yes, no or unknown."""
    key = text.strip().lower()
    if key not in REPLIES:
        raise KBError(f"answer yes, no or unknown, not {text.strip()!r}", field="answer",
                      value=text.strip(), accepted=("yes", "no", "unknown"), kind="domain_error")
    return REPLIES[key]


def interview(
    kb: KnowledgeBase,
    scenario: Mapping[str, Any],
    reply_to: Callable[[Question], bool | None],
    *,
    format: str | None = None,
) -> tuple[Answer | str, list[Question]]:
    """Ask ``reply_to`` each question that can still change the verdict; return the answer.

    ``reply_to`` gets a :class:`Question` and returns True, False or None
    (unknown). The interview stops as soon as nothing left can change the
    verdict; every question sets a fact not yet known and never asked, so
    it asks at most one question per fact. Returns the final answer (in
    ``format``, as :meth:`KnowledgeBase.ask` gives it: an :class:`Answer`,
    or its text or JSON text) and the questions asked, in order.
    """
    facts: dict[str, bool | None] = dict(scenario.get("facts") or {})
    asked: list[Question] = []
    while (question := kb.next_question({**scenario, "facts": facts})) is not None:
        facts[question.question] = reply_to(question)
        asked.append(question)
    return kb.ask({**scenario, "facts": facts}, format=format), asked
