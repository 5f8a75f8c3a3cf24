"""The one-screen answer: what a practitioner reads first.

:func:`summarize` picks, from an :class:`~secret_kb.model.Answer` and what
could change it, the parts of the one-screen answer (a :class:`Summary`):
the verdict in plain words, who would tell whom what, what to do, what could
change the verdict (the strongest verdict first), the grounds with their
articles, the codes of ethics' view in a line. :func:`summary_lines` lays it
out as text, at most 20 lines wrapped to a width, line for line as
kb/engine/text.pl's summary_text/4 does (what why/1 and ``secret-kb ask``
print; tests/test_render.py checks that the two agree). The Markdown report
(:func:`secret_kb.render.render_markdown`) and the web page
(:mod:`secret_kb.web`) show the same parts.

Every word comes from the knowledge base: the answer's own texts, the
labels of the vocabulary and the ``ui`` templates of kb/lang/LANG.pl.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Iterable, Mapping

from .model import Answer, Citation

MAX_LINES = 20
WIDTH = 80
HINTS = {"cli": "hint", "prolog": "hint", "none": None}  # one hint: why/1 and ask print the same

# The verdicts a change could give, strongest first (kb/engine/text.pl, change_order/2).
_CHANGE_ORDER = ("obligatory", "permitted", "forbidden", "not_covered")


@functools.lru_cache(maxsize=None)
def vocabulary(lang: str) -> Mapping[str, Any]:
    """The vocabulary with its labels in ``lang``: ``languages`` and ``domains`` (asked once).

    ``languages`` lists ``{"id", "name"}``, each language named in itself;
    ``domains`` maps role, institution, information, recipient, fact,
    provision, code and verdict to their values ``{"id", "label", "meaning"}``.
    """
    from .knowledge_base import KnowledgeBase

    items = KnowledgeBase(lang).sources("vocabulary")
    return MappingProxyType(items)


def label(lang: str, domain: str, value: str) -> str:
    """The label of a vocabulary value in ``lang`` (the value itself if it has none)."""
    for item in vocabulary(lang)["domains"].get(domain, ()):
        if item["id"] == value:
            return item["label"]
    return value


def fill(template: str, *values: object) -> str:
    """A template of kb/lang/ with its ``~w`` and ``~d`` put in, in order (Prolog's format)."""
    pieces = iter(values)
    return re.sub(r"~[wd]", lambda _: str(next(pieces)), template)


@dataclass(frozen=True)
class Summary:
    """The parts of the one-screen answer, worded in ``lang``.

    ``verdict_line`` says the verdict in plain words (its label, the verdict
    word in capitals); ``situation`` who would tell whom what, and the date
    of the law; ``todo`` the laws not encoded, the caveats and the notes, in
    that order; ``changes`` what could change the verdict, as ``(verdict,
    text)`` pairs, the strongest verdict first; ``grounds`` each basis
    provision with the citation (instrument and article) of the step that
    proved it; ``codes`` the codes of ethics' view in one sentence.
    """

    lang: str
    verdict: str
    verdict_line: str
    situation: str
    todo: tuple[str, ...]
    changes: tuple[tuple[str, str], ...]
    grounds: tuple[str, ...]
    codes: str


def summarize(answer: Answer, changes: Iterable[Any] | None = None) -> Summary:
    """The one-screen answer's parts for ``answer``.

    ``changes`` are what could change the verdict, as
    :meth:`KnowledgeBase.whatif <secret_kb.KnowledgeBase.whatif>` gives them
    (objects with ``verdict`` and ``text``); by default the answer's own
    ``open`` (the changes of facts still unknown).
    """
    from .render import interface_words

    words = interface_words(answer.lang)
    lang = answer.lang
    word = words[answer.verdict]
    plain = label(lang, "verdict", answer.verdict)
    if plain.startswith(word):
        plain = word.upper() + plain[len(word):]
    else:
        plain = f"{word.upper()} — {plain}"
    scenario = answer.scenario
    discloser = _capitalised(label(lang, "role", scenario["discloser"]))
    recipient = label(lang, "recipient", scenario["recipient"])
    information = label(lang, "information", scenario["information"])
    if scenario.get("institution") is not None:
        situation = fill(words["situation_at"], discloser,
                         label(lang, "institution", scenario["institution"]),
                         recipient, information)
    else:
        situation = fill(words["situation"], discloser, recipient, information)
    situation = f"{situation} {fill(words['law_date'], answer.law_date)}"
    todo = tuple(item.text for item in (*answer.unencoded, *answer.caveats, *answer.notes))
    given = answer.open if changes is None else tuple(changes)
    ordered = sorted(given, key=lambda c: _CHANGE_ORDER.index(c.verdict)
                     if c.verdict in _CHANGE_ORDER else len(_CHANGE_ORDER))
    return Summary(
        lang=lang,
        verdict=answer.verdict,
        verdict_line=f"{plain}.",
        situation=situation,
        todo=todo,
        changes=tuple((c.verdict, c.text) for c in ordered),
        grounds=tuple(_ground(answer, provision, words) for provision in answer.basis),
        codes=_codes(answer, words),
    )


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _ground(answer: Answer, provision: str, words: Mapping[str, str]) -> str:
    """A basis provision by its label, with the citation of the first step that proved it."""
    from .render import cite

    name = label(answer.lang, "provision", provision)
    step = next((s for s in answer.explanation.walk()
                 if s.kind in ("rule", "exception") and s.status == "true"
                 and s.citation is not None and s.provision == provision), None)
    if step is None:
        return name
    return f"{name} [{cite(short_citation(step.citation), words)}]"


def short_citation(citation: Citation) -> Citation:
    """The citation without its dates: instrument, article and any doubt."""
    return dataclasses.replace(citation, valid_from=None, valid_to=None)


def _codes(answer: Answer, words: Mapping[str, str]) -> str:
    view = answer.deontology
    if not view.codes:
        return words["no_code"]
    line = fill(words["codes_line"], "; ".join(view.codes.values()), words[view.verdict])
    if view.tensions:
        line = f"{line} {words['tensions']}: {len(view.tensions)}."
    return line


# -- As text -------------------------------------------------------------------

def wrapped(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """The words of ``text`` filled greedily into lines of at most ``width`` characters.

    The first line starts with ``first``, the others with ``rest``; a word
    longer than a line gets a line of its own; ``width`` 0 puts all on one
    line. Words are split at spaces, tabs and line breaks, as
    kb/engine/text.pl's wrapped/5 splits them.
    """
    words = [w for w in re.split(r"[ \t\n\r]", text) if w]
    if not words:
        return [first]
    lines, line = [], first + words[0]
    for word in words[1:]:
        if width <= 0 or len(line) + 1 + len(word) <= width:
            line = f"{line} {word}"
        else:
            lines.append(line)
            line = rest + word
    lines.append(line)
    return lines


def summary_lines(summary: Summary, *, width: int = WIDTH, hint: str = "cli") -> list[str]:
    """The one-screen answer as lines of text, at most 20 (see kb/engine/text.pl).

    The first item of what to do and of what could change the answer are
    always shown; then the others in turn, each while it fits; a heading
    says how many of its items are shown when some are left out. ``hint``
    is the last line: ``"cli"`` (``--full``), ``"prolog"`` (why/2) or
    ``"none"``.
    """
    from .render import interface_words

    if hint not in HINTS:
        raise ValueError(f"unknown hint {hint!r}; accepted: {', '.join(HINTS)}")
    words = interface_words(summary.lang)
    head = wrapped(summary.verdict_line, width) + wrapped(summary.situation, width)
    todo = [wrapped(text, width, "  - ", "    ") for text in summary.todo]
    changes = [wrapped(text, width, "  - ", "    ") for _, text in summary.changes]
    no_change = [] if changes else wrapped(words["no_change"], width, "", "  ")
    grounds = wrapped(f"{words['basis']}: {'; '.join(summary.grounds)}", width, "", "  ")
    codes = wrapped(summary.codes, width, "", "  ")
    key = HINTS[hint]
    hint_lines = wrapped(words[key], width, "", "  ") if key else []
    fixed = len(head) + 1 + len(grounds) + len(codes) + len(hint_lines)
    headings = (1 if todo else 0) + (1 if changes else len(no_change))
    todo_shown, change_shown = _chosen(todo, changes, MAX_LINES - fixed - headings)
    lines = [*head, ""]
    if todo:
        lines.append(_heading(words, "caveats", todo_shown, len(todo)))
        lines += [line for item in todo[:todo_shown] for line in item]
    if changes:
        lines.append(_heading(words, "open", change_shown, len(changes)))
        lines += [line for item in changes[:change_shown] for line in item]
    else:
        lines += no_change
    return lines + grounds + codes + hint_lines


def _chosen(todo: list[list[str]], changes: list[list[str]], room: int) -> tuple[int, int]:
    """How many items of each list fit in ``room`` lines: the first of each, then in turn."""
    turns = []
    for index in range(max(len(todo), len(changes))):
        if index < len(todo):
            turns.append(("todo", index, len(todo[index])))
        if index < len(changes):
            turns.append(("change", index, len(changes[index])))
    shown = {"todo": 0, "change": 0}
    still_open = {"todo": True, "change": True}
    for kind, index, cost in turns:
        if index == 0 or (still_open[kind] and cost <= room):
            room -= cost
            shown[kind] += 1
        else:
            still_open[kind] = False
    return shown["todo"], shown["change"]


def _heading(words: Mapping[str, str], key: str, shown: int, total: int) -> str:
    if shown < total:
        return f"{fill(words['some_of'], words[key], shown, total)}:"
    return f"{words[key]}:"
