"""Renderings of an :class:`~secret_kb.model.Answer` in Python: Markdown for a report, and
the listings of ``secret-kb sources`` (the justification tree as Graphviz is in
:mod:`secret_kb.graph`).

The text for a practitioner and the JSON are not rendered here: the knowledge
base writes them (``KnowledgeBase.ask(..., format="text")``, ``"json"``;
kb/engine/text.pl), so that why/1 and ``secret-kb ask`` print the same text.

Every sentence comes from the knowledge base: the legal ones from the answer
itself (its text fields, worded in the answer's language), the interface
words (section headings, "because", …) from its ``ui`` templates
(``kb/lang/LANG.pl``, through ``kb/engine/wording.pl``), fetched once per language. This module only adds
the layout.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from types import MappingProxyType
from typing import Any, Iterable, Iterator, Mapping

from .knowledge_base import KnowledgeBase
from .model import Answer, Citation, Step

MARKS = {"true": "[x]", "false": "[ ]", "unknown": "[?]"}
_INDENT = "  "
_BREAKS = {"Cc", "Zl", "Zp"}  # control characters, line and paragraph separators


@functools.lru_cache(maxsize=None)
def interface_words(lang: str) -> Mapping[str, str]:
    """The knowledge base's interface words in ``lang`` (read-only, asked once per language)."""
    return MappingProxyType(dict(KnowledgeBase(lang).sources("wording")))


def fill(template: str, *values: object) -> str:
    """A word with ``~w`` placeholders (Prolog's format), with the values put in, in order."""
    parts = template.split("~w")
    if len(parts) != len(values) + 1:
        raise ValueError(f"{template!r} has {len(parts) - 1} places, not {len(values)}")
    text = parts[0]
    for value, part in zip(values, parts[1:]):
        text += str(value) + part
    return text


def one_line(text: str) -> str:
    """Text on one line: control characters and line breaks become spaces, runs of spaces one."""
    spaced = "".join(" " if unicodedata.category(c) in _BREAKS else c for c in str(text))
    return re.sub(" +", " ", spaced).strip(" ")


def mark(status: str) -> str:
    return MARKS.get(status, MARKS["unknown"])


def article(text: str, words: Mapping[str, str]) -> str:
    """An article in the language's form ("art. 458"), or as it is when not a number ("advies 88/07")."""
    return fill(words["article"], text) if text[:1].isdigit() else text


def cite(citation: Citation, words: Mapping[str, str]) -> str:
    """Instrument, article, version dates (… for an open end) and any doubt on the source."""
    parts = [citation.instrument]
    if citation.article:
        parts.append(article(citation.article, words))
    if citation.valid_from or citation.valid_to:
        parts.append(f"{citation.valid_from or '…'} – {citation.valid_to or '…'}")
    if citation.verification in ("partial", "unverified"):
        parts.append(words[citation.verification])
    return ", ".join(parts)


def failed_exceptions(answer: Answer) -> list[Step]:
    """The exceptions to the deciding rule that did not apply (false or unknown), in order."""
    return [s for s in answer.explanation.children
            if s.kind == "exception" and s.status != "true"]


def _deciding_step(answer: Answer) -> Step:
    """The proved rule or exception of the first basis id (the root if none matches)."""
    first = answer.basis[0] if answer.basis else None
    return next((s for s in _proved(answer) if s.provision == first), answer.explanation)


def _proved(answer: Answer) -> Iterator[Step]:
    """The rules and exceptions of the explanation that hold and carry a citation."""
    return (s for s in answer.explanation.walk()
            if s.kind in ("rule", "exception") and s.status == "true" and s.citation is not None)


def _grounds(answer: Answer, provision: str) -> list[Citation]:
    """The citations of the steps that proved a basis id, each once."""
    citations: dict[str, Citation] = {}
    for step in _proved(answer):
        if step.provision == provision:
            citations.setdefault(step.citation.id, step.citation)
    return list(citations.values())


# -- Markdown ------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&!])")


def md(text: str) -> str:
    """Text as one line of Markdown that shows as written (no markup, no HTML, no line breaks)."""
    return _MD_SPECIAL.sub(r"\\\1", one_line(text))


def render_markdown(answer: Answer, changes: Iterable[Any] | None = None, *,
                    one_screen: bool = False) -> str:
    """The answer as a Markdown report a researcher can paste.

    First the one-screen answer (:mod:`secret_kb.summary`): a level-1
    heading with the verdict in plain words, who would tell whom what and
    the date of the law, what to do, what could change the verdict
    (``changes``, as :meth:`KnowledgeBase.whatif` gives them; by default
    the answer's ``open``), the grounds and the codes' view. Then the
    complete answer, under a rule: the rule that decides, the grounds with
    every citation, the exceptions that did not apply (those that concern
    the case; the others counted), the reasoning as nested lists, the codes
    of ethics. Each cited step points to a footnote holding the full
    citation: instrument, article, version dates, official reference,
    verification, note.

    ``one_screen`` stops after the one-screen answer, its footnotes kept
    (a notebook's view of an answer: ``Answer._repr_markdown_``).
    """
    from .summary import summarize

    words = interface_words(answer.lang)
    summary = summarize(answer, changes)
    notes: dict[str, Citation] = {}

    def ref(citation: Citation | None) -> str:
        if citation is None:
            return ""
        notes.setdefault(citation.id, citation)
        return f"[^{citation.id}]"

    out = [f"# {md(summary.verdict_line)}", "", md(summary.situation)]

    def section(key: str, items: list[str]) -> None:
        if items:
            out.extend(["", f"## {md(words[key])}", ""])
            out.extend(items)

    section("caveats", [f"- {md(u.text)}{ref(u.citation)}" for u in answer.unencoded]
            + [f"- {md(c.text)}{ref(c.citation)}" for c in answer.caveats]
            + [f"- {md(n.text)}{ref(n.citation)}" for n in answer.notes])
    if summary.changes:
        section("open", [f"- {md(text)}" for _, text in summary.changes])
    else:
        out.extend(["", md(words["no_change"])])
    out += ["", f"**{md(words['basis'])}**: {md('; '.join(summary.grounds))}",
            "", md(summary.codes)]
    if one_screen:
        return _with_footnotes(out, notes, words)
    out += ["", "---", ""]
    deciding = _deciding_step(answer)
    out.append(f"**{md(words[answer.verdict].upper())}** — {md(deciding.text)}{ref(deciding.citation)}")
    grounds = []
    for provision in answer.basis:
        name = md(_provision_label(answer.lang, provision))
        cited = "; ".join(f"{md(cite(c, words))}{ref(c)}" for c in _grounds(answer, provision))
        grounds.append(f"- {name}: {cited}" if cited else f"- {name}")
    section("basis", grounds)
    concerned, others = concerned_exceptions(answer)
    why_not = []
    for step in concerned:
        why_not.append(f"- {md(_step_name(answer.lang, step))} — {md(step.text)}{ref(step.citation)} "
                       f"— *{md(words['because'])}*:")
        why_not += [f"  - {mark(r.status)} {md(r.text)}" for r in step.because]
    if others:
        why_not.append(f"- {md(fill_count(words['not_concerned'], len(others)))}")
    if why_not:
        why_not.insert(0, f"*{md(legend(words))}*")
        why_not.insert(1, "")
    section("why_not", why_not)
    tree: list[str] = [f"*{md(legend(words))}*", ""]
    _md_tree(tree, answer.explanation, 0, words, ref)
    section("tree", tree)
    out += ["", "---", "", f"## {md(words['deontology'])}", ""]
    view = answer.deontology
    if not view.codes:
        out.append(md(words["no_code"]))
    else:
        out.append(f"**{md(words['deontic_view'])}**: {md(words[view.verdict].upper())}")
        out += ["", f"**{md(words['codes'])}**: {md('; '.join(view.codes.values()))}"]
        tensions = []
        for tension in view.tensions:
            code = view.codes.get(tension.code, tension.code)
            tensions.append(f"- {md(_provision_label(answer.lang, tension.provision))} ↔ "
                            f"{md(code)}{ref(tension.citation)}")
            tensions.append(f"  - *{md(words['law_says'])}*: {md(tension.law_says)}")
            tensions.append(f"  - *{md(words['code_says'])}*: {md(tension.code_says)}")
        section("tensions", tensions)
        code_tree: list[str] = []
        for step in view.explanation:
            _md_tree(code_tree, step, 0, words, ref)
        section("code_reasoning", code_tree)
    return _with_footnotes(out, notes, words)


def _with_footnotes(out: list[str], notes: dict[str, Citation], words: Mapping[str, str]) -> str:
    if notes:
        out.append("")
        out += [f"[^{c.id}]: {_md_citation(c, words)}" for c in notes.values()]
    return "\n".join(out) + "\n"


# The conditions on the parties: an exception one of which is false was not
# written for this discloser, workplace, information or recipient.
PARTY_CONDITIONS = ("role_in", "institution_in", "information_in", "recipient_in")


def concerned_exceptions(answer: Answer) -> tuple[list[Step], list[Step]]:
    """The exceptions that did not apply, split: those that concern the case, and the others.

    An exception does not concern the case when one of its failing
    conditions on the discloser, the workplace, the information or the
    recipient is false (kb/engine/text.pl, concerns_the_case/1).
    """
    concerned, others = [], []
    for step in failed_exceptions(answer):
        party = any(r.status == "false" and r.id in PARTY_CONDITIONS for r in step.because)
        (others if party else concerned).append(step)
    return concerned, others


def legend(words: Mapping[str, str]) -> str:
    """What the marks [x] [ ] [?] mean, in the words' language."""
    return fill_count(words["legend"], MARKS["true"], MARKS["false"], MARKS["unknown"])


def fill_count(template: str, *values: object) -> str:
    """A template with its ``~w`` and ``~d`` put in, in order."""
    from .summary import fill as fill_all

    return fill_all(template, *values)


def _provision_label(lang: str, provision: str) -> str:
    from .summary import label

    return label(lang, "provision", provision)


def _step_name(lang: str, step: Step) -> str:
    """A rule or exception by the label of its provision (its text if it has none)."""
    return _provision_label(lang, step.provision) if step.provision else step.text


def _md_tree(out: list[str], step: Step, depth: int, words: Mapping[str, str], ref) -> None:
    indent = _INDENT * depth
    out.append(f"{indent}- {mark(step.status)} {md(step.text)}{ref(step.citation)}")
    if step.kind == "exception" and step.status != "true" and step.because:
        out.append(f"{indent}{_INDENT}- *{md(words['because'])}*:")
        out += [f"{indent}{_INDENT * 2}- {mark(r.status)} {md(r.text)}" for r in step.because]
        return
    for child in step.children:
        _md_tree(out, child, depth + 1, words, ref)


def _md_citation(citation: Citation, words: Mapping[str, str]) -> str:
    """A footnote: the short citation, then the official reference and any note on it."""
    text = f"{md(cite(citation, words))}: {md(citation.reference)}"
    if not citation.note:
        return text
    return f"{text}{'' if text.endswith(('.', '!', '?')) else '.'} {md(citation.note)}"


# -- secret-kb sources -----------------------------------------------------------

def render_sources(part: str, items: list[dict], lang: str) -> str:
    """A listing of ``secret-kb sources`` (provisions, seed or unverified) as text."""
    words = interface_words(lang)
    lines: list[str] = []
    for item in items:
        if part == "provisions":
            lines.append(f"{item['provision']} — {item['label']}")
            lines.append(f"{_INDENT}{words['rules']}: {', '.join(item['rules']) or words['none']}")
            if item["advice"]:
                lines.append(f"{_INDENT}{words['advice']}: {', '.join(item['advice'])}")
            lines += [f"{_INDENT}- {cite(Citation.from_dict(c), words)}: {c['reference']}"
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


def _unverified_line(item: dict, words: Mapping[str, str]) -> str:
    if item["kind"] == "source":
        citation = item["citation"]
        note = f" — {citation['note']}" if "note" in citation else ""
        return f"[{words[item['verification']]}] {citation['reference']}{note}"
    if item["kind"] == "interpretation":
        return f"[{item['id']}] {item['text']}"
    return f"[{words['unverified']}] {item['instrument']}, {article(item['article'], words)}"


# -- secret-kb diff, timeline, rules, vocab -------------------------------------------

def _facts_words(facts: Mapping[str, bool], words: Mapping[str, str]) -> str:
    if not facts:
        return words["all_facts_unknown"]
    return ", ".join(name if value else f"not {name}" for name, value in facts.items())


def _outcome(verdict: str, basis) -> str:
    return f"{verdict} [{', '.join(basis)}]"


def render_diff(diff, lang: str) -> str:
    """``secret-kb diff`` as text: the changes grouped by what changed and why.

    Each group is one transition (verdict and basis before and after, the
    facts of the situation, the versions that ended and began), then, for
    each field, every value of the class scenarios it concerns; the JSON
    and CSV formats list every class scenario.
    """
    words = interface_words(lang)
    lines = [fill_count(words["diff_heading"], diff.date_from, diff.date_to),
             fill_count(words["diff_walked"], f"{diff.walked:,}", f"{diff.concerned:,}",
                      f"{len(diff.changes):,}")]
    if not diff.changes:
        return "\n".join(lines + ["", words["diff_none"]])
    groups: dict[tuple, list] = {}
    for change in diff.changes:
        key = (change.verdict_before, change.basis_before, change.verdict_after,
               change.basis_after, tuple(change.facts.items()),
               tuple(c.id for c in change.ended), tuple(c.id for c in change.began))
        groups.setdefault(key, []).append(change)
    for changes in groups.values():
        first = changes[0]
        lines += ["", f"{_outcome(first.verdict_before, first.basis_before)} → "
                      f"{_outcome(first.verdict_after, first.basis_after)}, "
                      f"{words['when_facts']} {_facts_words(first.facts, words)} "
                      f"({fill(words['diff_cases'], len(changes))})"]
        for key, citations in (("ended", first.ended), ("began", first.began)):
            lines += [f"{_INDENT}{words[key]}: {cite(c, words)}: {c.reference}" for c in citations]
        for field in ("discloser", "institution", "information", "recipient"):
            values = dict.fromkeys(value for c in changes for value in c.members[field])
            lines.append(f"{_INDENT}{field}: {', '.join(values)}")
    return "\n".join(lines)


def render_timeline(periods, lang: str) -> str:
    """``secret-kb timeline`` as text: each period, what could change it, and why it began."""
    words = interface_words(lang)
    lines = [words["timeline_heading"]]
    for period in periods:
        lines += ["", f"{period.date_from} – {period.date_to or '…'}: "
                      f"{_outcome(period.verdict, period.basis)}"]
        for key, citations in (("ended", period.ended), ("began", period.began)):
            lines += [f"{_INDENT}{words[key]}: {cite(c, words)}: {c.reference}" for c in citations]
        if period.open:
            lines.append(f"{_INDENT}{words['open']}:")
            lines += [f"{_INDENT * 2}- {text}" for text in period.open]
    return "\n".join(lines)


def render_rules(rules, lang: str) -> str:
    """``secret-kb rules`` as text: each rule's sentence, its source and its reading."""
    words = interface_words(lang)
    lines = [words["rules_heading"]]
    for rule in rules:
        lines += ["", f"{rule.id} — {one_line(rule.sentence)}",
                  f"{_INDENT}{words['source']}: {cite(rule.citation, words)}: "
                  f"{one_line(rule.citation.reference)}"]
        if rule.reading:
            lines.append(f"{_INDENT}{words['reading']}: {one_line(rule.reading)}")
        if rule.exceptions:
            lines.append(f"{_INDENT}{words['set_aside_by']}: {', '.join(rule.exceptions)}")
    return "\n".join(lines)


def render_vocabulary(items: list[dict], lang: str) -> str:
    """``secret-kb vocab`` as text: each domain, then each value with its label and meaning."""
    words = interface_words(lang)
    lines: list[str] = []
    domain = None
    for item in items:
        if item["domain"] != domain:
            domain = item["domain"]
            lines += ["" if lines else None, f"{domain}:"]
        label = f" — {item['label']}" if item.get("label") and item["label"] != item["meaning"] else ""
        extra = []
        if item.get("default") is not None:
            extra.append(f"{words['default']}: {str(item['default']).lower()}")
        if item.get("claim"):
            extra.append(words["claim"])
        tail = f" ({'; '.join(extra)})" if extra else ""
        lines.append(f"{_INDENT}{item['value']}: {item['meaning']}{label}{tail}")
    return "\n".join(line for line in lines if line is not None)
