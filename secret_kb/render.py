"""Renderings of an :class:`~secret_kb.model.Answer`: text for a practitioner, and JSON.

Every legal sentence comes from the answer itself (its text fields, worded by
the knowledge base in the answer's language). This module only adds the
layout and the headings of the sections, which are interface text.
"""

from __future__ import annotations

import json
from typing import Iterator

from .model import Answer, Citation, Step

# Interface words, per language; the section headings mirror those of the
# knowledge base's own printer (kb/engine/wording.pl, used by why/1).
_WORDS = {
    "fr": {
        "law_date": "Droit applicable au {}.",
        "basis": "Fondement",
        "open": "Ce qui pourrait changer la réponse",
        "caveats": "À faire ou à respecter",
        "notes": "À savoir",
        "tree": "Raisonnement",
        "because": "parce que",
        "partial": "vérification partielle",
        "unverified": "non vérifié",
        "rules": "règles",
        "advice": "conseils",
        "tests": "tests",
        "omitted": "non encodé",
        "none": "aucun",
    },
    "en": {
        "law_date": "Law as in force on {}.",
        "basis": "Grounds",
        "open": "What could change the answer",
        "caveats": "What to do or heed",
        "notes": "Good to know",
        "tree": "Reasoning",
        "because": "because",
        "partial": "partly verified",
        "unverified": "unverified",
        "rules": "rules",
        "advice": "advice",
        "tests": "tests",
        "omitted": "not encoded",
        "none": "none",
    },
}

_MARKS = {"true": "[x]", "false": "[ ]", "unknown": "[?]"}
_INDENT = "  "


def render_json(answer: Answer) -> str:
    """The answer in the contract's JSON shape, indented, non-ASCII kept as is."""
    return json.dumps(answer.to_dict(), ensure_ascii=False, indent=2)


def render_text(answer: Answer) -> str:
    """The answer as text for a practitioner.

    The verdict comes first, on one line, with the text of the rule or
    exception that grounds it (the first of the basis), followed by the date
    whose law was applied; then the grounds (each basis id with the
    citations of the rules and exceptions that proved it), what could change
    the answer, the caveats, the notes, and the reasoning as an indented tree
    marked ``[x]`` true, ``[ ]`` false, ``[?]`` unknown. An exception that
    did not apply shows the reasons why instead of all its conditions.
    """
    words = _WORDS.get(answer.lang, _WORDS["en"])
    lines = [f"{answer.verdict.upper()} — {_deciding_step(answer).text}",
             words["law_date"].format(answer.law_date)]
    _section(lines, words["basis"], [_ground(answer, b, words) for b in answer.basis])
    _section(lines, words["open"], [o.text for o in answer.open])
    _section(lines, words["caveats"],
             [f"{c.text} [{_cite(c.citation, words)}]" for c in answer.caveats])
    _section(lines, words["notes"],
             [f"{n.text} [{_cite(n.citation, words)}]" for n in answer.notes])
    lines += ["", f"{words['tree']}:"]
    _tree(lines, answer.explanation, 1, words)
    return "\n".join(lines)


def _deciding_step(answer: Answer) -> Step:
    """The proved rule or exception of the first basis id (the root if none matches)."""
    first = answer.basis[0] if answer.basis else None
    return next((s for s in _proved(answer) if s.provision == first), answer.explanation)


def _proved(answer: Answer) -> Iterator[Step]:
    """The rules and exceptions of the explanation that hold and carry a citation."""
    return (s for s in answer.explanation.walk()
            if s.kind in ("rule", "exception") and s.status == "true" and s.citation is not None)


def _section(lines: list[str], heading: str, items: list[str]) -> None:
    if items:
        lines += ["", f"{heading}:"]
        lines += [f"{_INDENT}- {item}" for item in items]


def _ground(answer: Answer, provision: str, words: dict[str, str]) -> str:
    """A basis id and the citations of the steps that proved it, each once."""
    citations: dict[str, Citation] = {}
    for step in _proved(answer):
        if step.provision == provision:
            citations.setdefault(step.citation.id, step.citation)
    cited = "; ".join(_cite(c, words) for c in citations.values())
    return f"{provision}: {cited}" if cited else provision


def _cite(citation: Citation, words: dict[str, str]) -> str:
    """Instrument, article, version dates (… for an open end) and any doubt on the source."""
    parts = [citation.instrument]
    if citation.article:
        parts.append(f"art. {citation.article}")
    if citation.valid_from or citation.valid_to:
        parts.append(f"{citation.valid_from or '…'} – {citation.valid_to or '…'}")
    if citation.verification in ("partial", "unverified"):
        parts.append(words[citation.verification])
    return ", ".join(parts)


def _tree(lines: list[str], step: Step, depth: int, words: dict[str, str]) -> None:
    line = f"{_INDENT * depth}{_MARKS.get(step.status, '[?]')} {step.text}"
    if step.citation is not None:
        line += f" [{_cite(step.citation, words)}]"
    lines.append(line)
    if step.kind == "exception" and step.status != "true" and step.because:
        lines.append(f"{_INDENT * (depth + 1)}{words['because']}:")
        lines += [f"{_INDENT * (depth + 2)}{_MARKS.get(r.status, '[?]')} {r.text}"
                  for r in step.because]
        return
    for child in step.children:
        _tree(lines, child, depth + 1, words)


def render_sources(part: str, items: list[dict], lang: str) -> str:
    """A listing of ``secret-kb sources`` (provisions, seed or unverified) as text."""
    words = _WORDS.get(lang, _WORDS["en"])
    lines: list[str] = []
    for item in items:
        if part == "provisions":
            lines.append(f"{item['provision']} — {item['label']}")
            lines.append(f"{_INDENT}{words['rules']}: {', '.join(item['rules']) or words['none']}")
            if item["advice"]:
                lines.append(f"{_INDENT}{words['advice']}: {', '.join(item['advice'])}")
            lines += [f"{_INDENT}- {_cite(Citation.from_dict(c), words)}: {c['reference']}"
                      for c in item["versions"]]
        elif part == "seed":
            lines.append(f"{item['id']} {item['statement']}")
            if item["omitted"]:
                lines.append(f"{_INDENT}{words['omitted']}: {item['omitted']}")
            else:
                lines.append(f"{_INDENT}{words['rules']}: {', '.join(item['rules'])}")
                lines.append(f"{_INDENT}{words['tests']}: {', '.join(item['tests']) or words['none']}")
        else:
            lines.append(_unverified_line(item, words))
    return "\n".join(lines)


def _unverified_line(item: dict, words: dict[str, str]) -> str:
    if item["kind"] == "source":
        citation = item["citation"]
        note = f" — {citation['note']}" if "note" in citation else ""
        return f"[{words[item['verification']]}] {citation['reference']}{note}"
    if item["kind"] == "interpretation":
        return f"[{item['id']}] {item['text']}"
    return f"[{words['unverified']}] {item['instrument']}, art. {item['article']}"
