"""Scenarios and answers as frozen dataclasses, in the vocabulary of the scenario contract."""

from __future__ import annotations

import datetime as _dt
import json
import tomllib
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path
from typing import Any, Mapping

from .errors import KBError

VERDICTS = ("forbidden", "permitted", "obligatory", "not_covered")

# The version of the answer's JSON shape, described by secret_kb/schema/answer.schema.json.
# Bump the minor part when a key is added, the major part when one changes or goes.
SCHEMA_VERSION = "1.1"


def answer_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``Answer.to_dict()``, as shipped in the package."""
    text = resources.files(__package__).joinpath("schema/answer.schema.json").read_text("utf-8")
    return json.loads(text)


def compact_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``CompactAnswer.to_dict()``, as shipped in the package."""
    text = resources.files(__package__).joinpath("schema/compact.schema.json").read_text("utf-8")
    return json.loads(text)


@dataclass(frozen=True)
class Scenario:
    """One contemplated disclosure: who would tell what to whom, on which facts, when.

    Values are checked by the knowledge base when the scenario is asked; a
    ``Scenario`` only guarantees its shape (known fields, required ones
    present, facts a mapping).
    """

    discloser: str
    information: str
    recipient: str
    institution: str | None = None
    facts: Mapping[str, bool] = field(default_factory=dict)
    date: str | None = None
    id: Any = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Scenario":
        """Build a scenario from a mapping with the contract's field names."""
        if not isinstance(data, Mapping):
            raise KBError("a scenario must be a mapping of field names to values",
                          kind="type_error")
        known = [f.name for f in fields(cls)]
        for key in data:
            if key not in known:
                raise KBError(
                    f"unknown field {key!r}; accepted fields: {', '.join(known)}",
                    field=str(key), value=str(key), accepted=tuple(known),
                    kind="existence_error",
                )
        for required in ("discloser", "information", "recipient"):
            if data.get(required) is None:
                raise KBError(f"the field {required} is required", field=required,
                              kind="existence_error")
        facts = data.get("facts") or {}
        if not isinstance(facts, Mapping):
            raise KBError("facts must be a map of fact name to true or false",
                          field="facts", kind="type_error")
        date = data.get("date")
        if isinstance(date, _dt.date):
            date = date.isoformat()
        return cls(**{**data, "facts": dict(facts), "date": date})

    @classmethod
    def from_json(cls, text: str) -> "Scenario":
        """Build a scenario from a JSON object: the fields at top level, or under ``"scenario"``.

        Strict JSON (:func:`parse_json`): a key given twice, NaN or a lone
        surrogate is a :class:`KBError`, not a value.
        """
        return cls.from_dict(_scenario_part(parse_json(_text(text, "JSON"), "the scenario")))

    @classmethod
    def from_toml(cls, text: str) -> "Scenario":
        """Build a scenario from TOML: the fields at top level, or under ``[scenario]``."""
        text = _text(text, "TOML")
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise KBError(f"the scenario is not valid TOML: {error}", kind="syntax_error") from None
        return cls.from_dict(_scenario_part(data))

    @classmethod
    def from_file(cls, path: str | Path) -> "Scenario":
        """Read a scenario from a ``.json`` or ``.toml`` file (a saved query is one too)."""
        if not isinstance(path, (str, Path)):
            raise KBError(f"a scenario file is named by a path, not {type(path).__name__}",
                          field="path", kind="type_error")
        shown = str(path).encode("utf-8", "backslashreplace").decode("utf-8")
        if "\x00" in str(path):
            raise KBError(f"{shown!r}: a file name cannot hold a NUL character", field="path",
                          value=shown, kind="domain_error")
        path = Path(path)
        readers = {".json": cls.from_json, ".toml": cls.from_toml}
        if path.suffix not in readers:
            raise KBError(f"{shown}: a scenario file must end in .json or .toml", field="path",
                          value=shown, kind="io_error")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeError, ValueError) as error:  # UnicodeEncodeError: the name
            raise KBError(f"cannot read {shown}: {error}", field="path", value=shown,
                          kind="io_error") from None
        try:
            return readers[path.suffix](text)
        except KBError as error:
            raise KBError(f"{path}: {error.message}", field=error.field, value=error.value,
                          accepted=error.accepted, kind=error.kind) from None

    def to_dict(self) -> dict[str, Any]:
        """The scenario as the contract's mapping, leaving out fields not given."""
        data = {
            "discloser": self.discloser,
            "information": self.information,
            "recipient": self.recipient,
            "institution": self.institution,
            "facts": dict(self.facts),
            "date": self.date,
            "id": self.id,
        }
        return {k: v for k, v in data.items() if v is not None and v != {}}


def parse_json(text: str, subject: str) -> Any:
    """``text`` read as strict JSON, or a KBError (kind ``syntax_error``) saying why not.

    Stricter than :func:`json.loads`, so that what is read can be answered
    and written back as JSON: a key given twice in one object (json.loads
    keeps the last), NaN and Infinity, numbers too large to be read back
    (``1e400``, integers of more than 4,300 digits), lone surrogates
    (``"\\ud800"``) and nesting beyond Python's recursion limit are refused.
    The message starts with ``subject`` ("the scenario", "line 3").
    """
    def fail(problem: str, field: str | None = None) -> KBError:
        return KBError(f"{subject} {problem}", field=field, kind="syntax_error")

    try:
        data = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
        json.dumps(data, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except _DuplicateKey as twice:
        key = twice.args[0].encode("utf-8", "backslashreplace").decode("utf-8")[:200]
        raise fail(f"gives the key {key!r} twice", key) from None
    except json.JSONDecodeError as error:
        raise fail(f"is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})") \
            from None
    except UnicodeEncodeError:
        raise fail("holds a lone surrogate (\\uD800-\\uDFFF), not text") from None
    except RecursionError:
        raise fail("is nested too deep") from None
    except ValueError as error:  # NaN, Infinity, 1e400, an integer too long
        raise fail(f"is not valid JSON: {error}") from None
    return data


class _DuplicateKey(Exception):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise _DuplicateKey(key)
        data[key] = value
    return data


def _no_constant(constant: str) -> Any:
    raise ValueError(f"{constant} is not a JSON value")


def _text(text: Any, language: str) -> str:
    """``text`` when it is a string: else a KBError saying a scenario's ``language`` is text."""
    if not isinstance(text, str):
        raise KBError(f"a {language} scenario must be given as text (str), not "
                      f"{type(text).__name__}", field="text", kind="type_error")
    return text


def _scenario_part(data: Any) -> Any:
    """A saved query keeps its scenario under ``scenario``; a bare scenario is the whole object."""
    return data.get("scenario", data) if isinstance(data, dict) else data


@dataclass(frozen=True)
class Citation:
    """One version of a legal source: instrument, article, dates in force, reference."""

    id: str
    instrument: str
    article: str
    valid_from: str | None
    valid_to: str | None
    reference: str
    verification: str
    note: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Citation":
        return cls(data["id"], data["instrument"], data["article"], data["from"],
                   data["to"], data["reference"], data["verification"], data.get("note"))

    def to_dict(self) -> dict[str, Any]:
        data = {"id": self.id, "instrument": self.instrument, "article": self.article,
                "from": self.valid_from, "to": self.valid_to, "reference": self.reference,
                "verification": self.verification}
        if self.note is not None:
            data["note"] = self.note
        return data


@dataclass(frozen=True)
class Reason:
    """A condition that made an exception fail (status ``false``) or stay open (``unknown``)."""

    id: str
    status: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status, "text": self.text}


@dataclass(frozen=True, repr=False)
class Step:
    """A node of the justification tree: a rule, an exception, a condition or a note."""

    kind: str
    id: str
    status: str
    text: str
    children: tuple["Step", ...] = ()
    conclusion: str | None = None
    provision: str | None = None
    citation: Citation | None = None
    effect: str | None = None
    because: tuple[Reason, ...] = ()
    seed: tuple[str, ...] = ()
    interpretation: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Step":
        citation = data.get("citation")
        return cls(
            kind=data["kind"], id=data["id"], status=data["status"], text=data["text"],
            children=tuple(cls.from_dict(c) for c in data.get("children", ())),
            conclusion=data.get("conclusion"),
            provision=data.get("provision"),
            citation=Citation.from_dict(citation) if citation else None,
            effect=data.get("effect"),
            because=tuple(Reason(**r) for r in data.get("because", ())),
            seed=tuple(data.get("seed", ())),
            interpretation=data.get("interpretation"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "id": self.id, "status": self.status,
                                "text": self.text}
        optional = {"conclusion": self.conclusion, "provision": self.provision,
                    "effect": self.effect,
                    "interpretation": self.interpretation}
        data.update({k: v for k, v in optional.items() if v is not None})
        if self.citation is not None:
            data["citation"] = self.citation.to_dict()
        if self.kind in ("rule", "exception"):
            data["seed"] = list(self.seed)
        if self.kind == "exception" and self.status != "true":
            data["because"] = [r.to_dict() for r in self.because]
        data["children"] = [c.to_dict() for c in self.children]
        return data

    def walk(self):
        """This step and every step below it, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()

    def __repr__(self) -> str:
        """One line: ``Step(exception cp_458bis: false, 3 children)``."""
        count = len(self.children)
        below = f", {count} child{'ren' if count != 1 else ''}" if count else ""
        return f"Step({self.kind} {self.id}: {self.status}{below})"


@dataclass(frozen=True)
class OpenChange:
    """A way the verdict could still change: the facts it needs and the verdict it would give."""

    provision: str
    rule: str
    verdict: str
    needs: Mapping[str, bool]
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"provision": self.provision, "rule": self.rule, "verdict": self.verdict,
                "needs": dict(self.needs), "text": self.text}


@dataclass(frozen=True, repr=False)
class Change:
    """A set of fact changes that would change the verdict (``KnowledgeBase.whatif``)."""

    changes: Mapping[str, bool]
    verdict: str
    basis: tuple[str, ...]
    rule: str
    text: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Change":
        return cls(dict(data["changes"]), data["verdict"], tuple(data["basis"]), data["rule"],
                   data["text"])

    def to_dict(self) -> dict[str, Any]:
        return {"changes": dict(self.changes), "verdict": self.verdict,
                "basis": list(self.basis), "rule": self.rule, "text": self.text}

    def __repr__(self) -> str:
        """One line: ``Change(permitted if in_person_interest, not person_consents [shared_secret])``."""
        return f"Change({facts_condition(self.verdict, self.changes, self.basis[:1])})"


def facts_condition(verdict: str, facts: Mapping[str, bool | None], provisions=()) -> str:
    """"verdict if fact, not fact [provision]": an alternative said with ids only.

    The same form as the compact answer's ``open`` (kb/engine/report.pl,
    open_compact_text/2): a fact needed false is written ``not fact``.
    """
    needs = ", ".join(name if value else f"not {name}" for name, value in facts.items())
    where = f" [{', '.join(provisions)}]" if provisions else ""
    return f"{verdict} if {needs}{where}"


@dataclass(frozen=True)
class Question:
    """The fact to establish next (``KnowledgeBase.next_question``), and how to ask it."""

    question: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"question": self.question, "text": self.text}


@dataclass(frozen=True)
class Advice:
    """A caveat (what to do) or a note (what to know) attached to an answer."""

    id: str
    text: str
    provision: str
    citation: Citation

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Advice":
        return cls(data["id"], data["text"], data["provision"],
                   Citation.from_dict(data["citation"]))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "provision": self.provision,
                "citation": self.citation.to_dict()}


@dataclass(frozen=True)
class Unencoded:
    """A law the knowledge base does not encode that governs the case: the answer is not complete.

    ``text`` says what to look at and why the verdict cannot be relied on;
    ``citation`` names the instrument (and the version) to look at.
    """

    id: str
    text: str
    citation: Citation

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Unencoded":
        return cls(data["id"], data["text"], Citation.from_dict(data["citation"]))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "citation": self.citation.to_dict()}


@dataclass(frozen=True)
class Tension:
    """Where the law permits or demands what a code of ethics restrains."""

    id: str
    provision: str
    code: str
    article: str
    law_says: str
    code_says: str
    citation: Citation

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Tension":
        return cls(data["id"], data["provision"], data["code"], data["article"],
                   data["law_says"], data["code_says"], Citation.from_dict(data["citation"]))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "provision": self.provision, "code": self.code,
                "article": self.article, "law_says": self.law_says,
                "code_says": self.code_says, "citation": self.citation.to_dict()}


@dataclass(frozen=True)
class Deontology:
    """The codes of ethics' view of a disclosure, beside the legal verdict (never changing it).

    ``verdict`` is forbidden, permitted or not_covered (no code binds the
    discloser, or none reaches this information); ``basis`` the code rules
    that ground it; ``codes`` the codes that bind, as {id: label};
    ``explanation`` each code's proof.
    """

    verdict: str
    basis: tuple[str, ...]
    codes: Mapping[str, str]
    tensions: tuple[Tension, ...]
    explanation: tuple[Step, ...]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Deontology":
        return cls(data["verdict"], tuple(data["basis"]),
                   {c["id"]: c["label"] for c in data["codes"]},
                   tuple(Tension.from_dict(t) for t in data["tensions"]),
                   tuple(Step.from_dict(s) for s in data["explanation"]))

    def to_dict(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "basis": list(self.basis),
                "codes": [{"id": k, "label": v} for k, v in self.codes.items()],
                "tensions": [t.to_dict() for t in self.tensions],
                "explanation": [s.to_dict() for s in self.explanation]}


# The columns of a record (Answer.to_record, CompactAnswer.to_record), in order:
# flat values only (text, booleans, None), lists joined with "; ".
RECORD_COLUMNS = ("id", "discloser", "institution", "information", "recipient", "facts",
                  "law_date", "verdict", "basis", "complete", "open", "unencoded", "caveats",
                  "notes", "versions")


def _joined(items) -> str:
    return "; ".join(items)


def _record(answer: "Answer | CompactAnswer", open_texts, unencoded, caveats,
            notes) -> dict[str, Any]:
    """The flat record of an answer: the scenario's fields, then the answer's, all scalars."""
    scenario = answer.scenario
    facts = scenario.get("facts") or {}
    return {
        "id": answer.id,
        "discloser": scenario.get("discloser"),
        "institution": scenario.get("institution"),
        "information": scenario.get("information"),
        "recipient": scenario.get("recipient"),
        "facts": _joined(f"{name}={'unknown' if value is None else str(value).lower()}"
                         for name, value in facts.items()),
        "law_date": answer.law_date,
        "verdict": answer.verdict,
        "basis": _joined(answer.basis),
        "complete": answer.complete,
        "open": _joined(open_texts),
        "unencoded": _joined(unencoded),
        "caveats": _joined(caveats),
        "notes": _joined(notes),
        "versions": _joined(answer.versions),
    }


def _one_line(answer: "Answer | CompactAnswer", name: str) -> str:
    scenario = answer.scenario
    who = f"{scenario.get('discloser')} → {scenario.get('recipient')}: {scenario.get('information')}"
    state = "complete" if answer.complete else f"{len(answer.open)} open"
    return (f"{name}({answer.verdict} [{', '.join(answer.basis)}], {state}; {who}; "
            f"law of {answer.law_date})")


@dataclass(frozen=True, repr=False)
class CompactAnswer:
    """The compact answer (``ask(..., compact=True)``): what a table needs, without tree or words.

    ``open`` holds each alternative as ``"verdict if facts [provision]"``
    (a fact needed false written ``not fact``); ``unencoded``, ``caveats``
    and ``notes`` are ids; ``versions`` the source versions applied. The
    knowledge base builds it from the same computation as the whole answer
    (kb/engine/report.pl, compact_report/3), at a fraction of the size.
    """

    verdict: str
    basis: tuple[str, ...]
    complete: bool
    open: tuple[str, ...]
    unencoded: tuple[str, ...]
    caveats: tuple[str, ...]
    notes: tuple[str, ...]
    versions: tuple[str, ...]
    law_date: str
    scenario: Mapping[str, Any]
    id: Any = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], id: Any = None) -> "CompactAnswer":
        """Build a compact answer from the JSON the knowledge base returns."""
        return cls(verdict=data["verdict"], basis=tuple(data["basis"]),
                   complete=data["complete"], open=tuple(data["open"]),
                   unencoded=tuple(data["unencoded"]), caveats=tuple(data["caveats"]),
                   notes=tuple(data["notes"]), versions=tuple(data["versions"]),
                   law_date=data["law_date"], scenario=data["scenario"], id=id)

    def to_dict(self) -> dict[str, Any]:
        """The compact answer's JSON shape (with ``id`` when the scenario had one)."""
        data: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "compact": True}
        if self.id is not None:
            data["id"] = self.id
        data.update({"verdict": self.verdict, "basis": list(self.basis),
                     "complete": self.complete, "open": list(self.open),
                     "unencoded": list(self.unencoded), "caveats": list(self.caveats),
                     "notes": list(self.notes), "law_date": self.law_date,
                     "versions": list(self.versions), "scenario": dict(self.scenario)})
        return data

    def to_record(self) -> dict[str, Any]:
        """One flat row for a table: the columns of ``RECORD_COLUMNS``, as Answer.to_record gives."""
        return _record(self, self.open, self.unencoded, self.caveats, self.notes)

    def __repr__(self) -> str:
        return _one_line(self, "CompactAnswer")

    def _repr_markdown_(self) -> str:
        """The compact answer as a short Markdown block, for notebooks."""
        lines = [f"**{self.verdict.upper()}** — `{'`, `'.join(self.basis)}` "
                 f"(law of {self.law_date}{'' if self.complete else ', not complete'})"]
        lines += [f"- {text}" for text in self.open]
        for key in ("unencoded", "caveats", "notes"):
            if getattr(self, key):
                lines.append(f"- {key}: `{'`, `'.join(getattr(self, key))}`")
        return "\n".join(lines) + "\n"


@dataclass(frozen=True, repr=False)
class Answer:
    """The knowledge base's answer to a scenario, with the contract's keys as attributes."""

    verdict: str
    basis: tuple[str, ...]
    complete: bool
    open: tuple[OpenChange, ...]
    unencoded: tuple[Unencoded, ...]
    caveats: tuple[Advice, ...]
    notes: tuple[Advice, ...]
    explanation: Step
    law_date: str
    versions: tuple[str, ...]
    deontology: Deontology
    scenario: Mapping[str, Any]
    lang: str
    id: Any = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], id: Any = None) -> "Answer":
        """Build an answer from the JSON the knowledge base returns."""
        return cls(
            verdict=data["verdict"],
            basis=tuple(data["basis"]),
            complete=data["complete"],
            open=tuple(OpenChange(**o) for o in data["open"]),
            unencoded=tuple(Unencoded.from_dict(u) for u in data["unencoded"]),
            caveats=tuple(Advice.from_dict(c) for c in data["caveats"]),
            notes=tuple(Advice.from_dict(n) for n in data["notes"]),
            explanation=Step.from_dict(data["explanation"]),
            law_date=data["law_date"],
            versions=tuple(data["versions"]),
            deontology=Deontology.from_dict(data["deontology"]),
            scenario=data["scenario"],
            lang=data["lang"],
            id=id,
        )

    def summary(self, changes: Any = None, *, width: int = 80, hint: str = "none") -> str:
        """The one-screen answer as text: at most 20 lines of at most ``width`` characters.

        The verdict in plain words, who would tell whom what, what to do,
        what could change the verdict, the grounds with their articles and
        the codes of ethics' view, laid out as ``secret-kb ask`` and why/1
        lay them out (:mod:`secret_kb.summary`). ``changes`` are what could
        change the verdict: pass ``kb.whatif(scenario)`` to say it as
        ``secret-kb ask`` does (every change of a fact, given or not); by
        default the answer's ``open`` (the changes of facts still unknown).
        ``hint`` adds the last line of the command (``"cli"``) or of why/1
        (``"prolog"``); ``"none"`` (the default) leaves it out. The words
        come from the knowledge base (asked once per language).
        """
        from .summary import summarize, summary_lines

        return "\n".join(summary_lines(summarize(self, changes), width=width, hint=hint))

    def to_dict(self) -> dict[str, Any]:
        """The answer in the contract's JSON shape (with ``id`` when the scenario had one).

        It carries ``schema_version``; ``secret_kb/schema/answer.schema.json``
        describes it.
        """
        data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        if self.id is not None:
            data["id"] = self.id
        data.update({
            "verdict": self.verdict,
            "basis": list(self.basis),
            "complete": self.complete,
            "open": [o.to_dict() for o in self.open],
            "unencoded": [u.to_dict() for u in self.unencoded],
            "caveats": [c.to_dict() for c in self.caveats],
            "notes": [n.to_dict() for n in self.notes],
            "explanation": self.explanation.to_dict(),
            "law_date": self.law_date,
            "versions": list(self.versions),
            "deontology": self.deontology.to_dict(),
            "scenario": dict(self.scenario),
            "lang": self.lang,
        })
        return data

    def to_record(self) -> dict[str, Any]:
        """One flat row for a table (CSV, a DataFrame): the columns of ``RECORD_COLUMNS``.

        The scenario's fields (``facts`` as ``"name=true; name=false"``),
        then the verdict, the basis, ``complete``, the open alternatives as
        ``"verdict if facts [provision]"``, the ids of the laws not encoded,
        caveats and notes, the source versions applied: every list joined
        with ``"; "``. The compact answer of the same scenario gives the
        same record.
        """
        return _record(self, [facts_condition(o.verdict, o.needs, (o.provision,))
                              for o in self.open],
                       [u.id for u in self.unencoded], [c.id for c in self.caveats],
                       [n.id for n in self.notes])

    def __repr__(self) -> str:
        """One line: ``Answer(forbidden [cp_458], 1 open; doctor → colleague: medical_data; law of …)``."""
        return _one_line(self, "Answer")

    def _repr_markdown_(self) -> str:
        """The one-screen answer as Markdown (``render_markdown(one_screen=True)``), for notebooks."""
        from .render import render_markdown  # render imports this module

        return render_markdown(self, one_screen=True)


# -- The law's evolution (KnowledgeBase.diff, KnowledgeBase.timeline) ----------------

DIFF_COLUMNS = ("discloser", "institution", "information", "recipient", "facts",
                "verdict_before", "basis_before", "verdict_after", "basis_after",
                "ended", "began")


@dataclass(frozen=True, repr=False)
class LawChange:
    """One class scenario, on one set of facts, whose verdict or basis differs between two dates.

    ``discloser`` ... ``recipient`` name the class by its representative
    (``institution`` None when none is said) and ``members`` lists, per
    field, every value of the class; ``facts`` is the situation compared
    (empty: every fact unknown). ``ended`` and ``began`` are the source
    versions that explain the change: in force on the first date only, and
    on the second only.
    """

    discloser: str
    institution: str | None
    information: str
    recipient: str
    members: Mapping[str, tuple[str, ...]]
    facts: Mapping[str, bool]
    verdict_before: str
    basis_before: tuple[str, ...]
    verdict_after: str
    basis_after: tuple[str, ...]
    ended: tuple[Citation, ...]
    began: tuple[Citation, ...]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "LawChange":
        return cls(data["discloser"], data["institution"], data["information"],
                   data["recipient"], {k: tuple(v) for k, v in data["members"].items()},
                   dict(data["facts"]), data["before"]["verdict"],
                   tuple(data["before"]["basis"]), data["after"]["verdict"],
                   tuple(data["after"]["basis"]),
                   tuple(Citation.from_dict(c) for c in data["ended"]),
                   tuple(Citation.from_dict(c) for c in data["began"]))

    def to_dict(self) -> dict[str, Any]:
        """The change as the knowledge base gives it (``secret-kb diff --format json``)."""
        return {"discloser": self.discloser, "institution": self.institution,
                "information": self.information, "recipient": self.recipient,
                "members": {k: list(v) for k, v in self.members.items()},
                "facts": dict(self.facts),
                "before": {"verdict": self.verdict_before, "basis": list(self.basis_before)},
                "after": {"verdict": self.verdict_after, "basis": list(self.basis_after)},
                "ended": [c.to_dict() for c in self.ended],
                "began": [c.to_dict() for c in self.began]}

    def to_record(self) -> dict[str, Any]:
        """One flat row (``DIFF_COLUMNS``): lists joined with "; ", versions by id."""
        return {"discloser": self.discloser, "institution": self.institution,
                "information": self.information, "recipient": self.recipient,
                "facts": _joined(f"{k}={str(v).lower()}" for k, v in self.facts.items()),
                "verdict_before": self.verdict_before, "basis_before": _joined(self.basis_before),
                "verdict_after": self.verdict_after, "basis_after": _joined(self.basis_after),
                "ended": _joined(c.id for c in self.ended),
                "began": _joined(c.id for c in self.began)}

    def __repr__(self) -> str:
        """One line: ``LawChange(cpas_staff → public_prosecutor, … : obligatory → forbidden)``."""
        facts = ", ".join(n if v else f"not {n}" for n, v in self.facts.items()) or "no fact"
        return (f"LawChange({self.discloser} → {self.recipient}: {self.information}"
                f"{f' at {self.institution}' if self.institution else ''}, if {facts}: "
                f"{self.verdict_before} [{', '.join(self.basis_before)}] → "
                f"{self.verdict_after} [{', '.join(self.basis_after)}])")


@dataclass(frozen=True, repr=False)
class LawDiff:
    """What changed in the law between two dates (``KnowledgeBase.diff``): a list of changes.

    ``walked`` counts the class scenarios of the space (those of ``secret-kb
    check``), ``concerned`` those a change of the law could concern and
    that were answered on both dates.
    """

    date_from: str
    date_to: str
    walked: int
    concerned: int
    changes: tuple[LawChange, ...]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "LawDiff":
        return cls(data["from"], data["to"], data["walked"], data["concerned"],
                   tuple(LawChange.from_dict(c) for c in data["changes"]))

    def to_dict(self) -> dict[str, Any]:
        return {"from": self.date_from, "to": self.date_to, "walked": self.walked,
                "concerned": self.concerned, "changes": [c.to_dict() for c in self.changes]}

    def to_records(self) -> list[dict[str, Any]]:
        """The changes as flat rows (``DIFF_COLUMNS``), for CSV or a DataFrame."""
        return [c.to_record() for c in self.changes]

    def __len__(self) -> int:
        return len(self.changes)

    def __iter__(self):
        return iter(self.changes)

    def __repr__(self) -> str:
        return (f"LawDiff({self.date_from} → {self.date_to}: {len(self.changes)} changes, "
                f"{self.concerned} of {self.walked} class scenarios concerned)")


@dataclass(frozen=True, repr=False)
class Period:
    """A span of time in which a scenario's verdict, basis and open alternatives stay the same.

    ``date_to`` is the first day of the next period (None for the last);
    ``open`` the alternatives as ``"verdict if facts [provision]"``;
    ``versions`` the source versions applied on ``date_from``; ``ended`` and
    ``began`` the source versions that explain the change from the period
    before (empty for the first).
    """

    date_from: str
    date_to: str | None
    verdict: str
    basis: tuple[str, ...]
    complete: bool
    open: tuple[str, ...]
    versions: tuple[str, ...]
    ended: tuple[Citation, ...]
    began: tuple[Citation, ...]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Period":
        return cls(data["from"], data["to"], data["verdict"], tuple(data["basis"]),
                   data["complete"], tuple(data["open"]), tuple(data["versions"]),
                   tuple(Citation.from_dict(c) for c in data["ended"]),
                   tuple(Citation.from_dict(c) for c in data["began"]))

    def to_dict(self) -> dict[str, Any]:
        return {"from": self.date_from, "to": self.date_to, "verdict": self.verdict,
                "basis": list(self.basis), "complete": self.complete, "open": list(self.open),
                "versions": list(self.versions), "ended": [c.to_dict() for c in self.ended],
                "began": [c.to_dict() for c in self.began]}

    def __repr__(self) -> str:
        return (f"Period({self.date_from} – {self.date_to or '…'}: {self.verdict} "
                f"[{', '.join(self.basis)}], {len(self.open)} open)")


@dataclass(frozen=True, repr=False)
class RuleSentence:
    """A rule of the rule book said as one sentence a lawyer can check (``KnowledgeBase.rules``).

    ``layer`` is the provision (or code of ethics) the rule encodes,
    ``text`` the rule's own wording, ``reading`` the interpretation it
    encodes with the source supporting it (or None), ``overrides`` the rules
    it sets aside and ``exceptions`` those that set it aside.
    """

    id: str
    layer: str
    sentence: str
    text: str
    citation: Citation
    reading: str | None
    reading_citation: Citation | None
    overrides: tuple[str, ...]
    exceptions: tuple[str, ...]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "RuleSentence":
        reading = data.get("reading")
        return cls(data["id"], data["layer"], data["sentence"], data["text"],
                   Citation.from_dict(data["citation"]),
                   reading["text"] if reading else None,
                   Citation.from_dict(reading["citation"]) if reading else None,
                   tuple(data["overrides"]), tuple(data["exceptions"]))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "layer": self.layer, "sentence": self.sentence, "text": self.text,
                "citation": self.citation.to_dict(),
                "reading": None if self.reading is None else {
                    "text": self.reading, "citation": self.reading_citation.to_dict()},
                "overrides": list(self.overrides), "exceptions": list(self.exceptions)}

    def __repr__(self) -> str:
        return f"RuleSentence({self.id}: {self.sentence[:80]}{'…' if len(self.sentence) > 80 else ''})"
