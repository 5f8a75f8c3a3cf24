"""The Python face of the knowledge base: ask a scenario, get an answer."""

from __future__ import annotations

import datetime as _dt
import gc
import json
import math
import os
import reprlib
from collections import deque
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

from .engine import PrologEngine, shared_engine
from .errors import KBError
from .model import (Answer, Change, CompactAnswer, LawDiff, Period, Question, RuleSentence,
                    Scenario)

if TYPE_CHECKING:
    import pandas

ScenarioLike = Scenario | Mapping[str, Any]

# What ask and ask_many return, by format: an Answer, or the answer rendered
# by the knowledge base (kb_api:ask_json/2's "format").
FORMATS = (None, "text", "full_text", "json")

# The environment variables that name the locale of messages, strongest first
# (POSIX: LC_ALL overrides LC_MESSAGES, which overrides LANG).
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

# How many scenarios of a stream are handed to the engine ahead of the one
# being read: the engine answers the next while the caller reads this one,
# and a stream holds at most this many answers, whatever its length.
AHEAD = 4


class KnowledgeBase:
    """Belgian professional secrecy law, asked one scenario or a batch at a time.

    >>> kb = KnowledgeBase()
    >>> kb.ask({"discloser": "educator", "information": "client_status",
    ...         "recipient": "police"}).verdict
    'forbidden'

    All instances in a process share one Prolog engine; any thread may ask.
    Scenarios are checked by the knowledge base (in Prolog), once: a bad
    one raises :class:`KBError` with the ``field``, ``value`` and
    ``accepted`` values that Prolog reports.

    ``lang`` is one of :func:`languages` (``"fr"``, ``"nl"``, ``"en"``);
    without one, the language of the environment's locale, else French
    (:func:`default_language`).
    """

    def __init__(self, lang: str | None = None, *, engine: PrologEngine | None = None) -> None:
        """A knowledge base answering in ``lang`` (KBError unless the kb words answers in it).

        ``lang`` None: the locale's language, else the kb's default (:func:`default_language`).
        """
        self._engine = engine or shared_engine()
        if lang is None:
            lang = default_language(engine=self._engine)
        _check_language(lang, self._engine)
        self.lang = lang

    def ask(self, scenario: ScenarioLike, *, lang: str | None = None,
            format: str | None = None, width: int | None = None,
            compact: bool = False) -> Answer | CompactAnswer | str:
        """Answer one scenario; raise :class:`KBError` naming the field if it is bad.

        ``format`` None gives an :class:`Answer`; ``"text"`` the one-screen
        answer for a person (what why/1 and ``secret-kb ask`` print, rendered
        by the knowledge base: kb/engine/text.pl), its lines at most ``width``
        characters (default 80; 0 for no wrapping); ``"full_text"`` the
        complete answer as text (``secret-kb ask --full``); ``"json"`` the
        answer as JSON text, as the knowledge base wrote it (with
        ``schema_version``, and ``id`` when the scenario has one), to be
        written out as is.

        ``compact=True`` gives the compact answer instead
        (:class:`CompactAnswer`, or its JSON text with ``format="json"``):
        verdict, basis, complete, open, the ids of caveats and notes, the
        versions applied, no tree and no words (docs/researchers.md).
        """
        build = _builder(format, compact)
        (result,) = self._answers("answer", [scenario], lang, False, build, format,
                                  indexed=False, width=width, compact=compact)
        return result

    def ask_many(
        self,
        scenarios: Iterable[ScenarioLike],
        *,
        lang: str | None = None,
        return_errors: bool = False,
        format: str | None = None,
        width: int | None = None,
        compact: bool = False,
    ) -> list[Answer | CompactAnswer | str | KBError]:
        """Answer a batch of scenarios, in order: :meth:`ask_iter`'s answers as a list.

        A bad scenario raises :class:`KBError` (its message names its index),
        unless ``return_errors`` is true: then its place in the list holds
        the error and the others are answered all the same. ``format`` and
        ``compact`` are those of :meth:`ask`: each answer an :class:`Answer`
        (a :class:`CompactAnswer`), or its text.
        """
        return list(self.ask_iter(scenarios, lang=lang, return_errors=return_errors,
                                  format=format, width=width, compact=compact))

    def ask_iter(
        self,
        scenarios: Iterable[ScenarioLike],
        *,
        lang: str | None = None,
        return_errors: bool = False,
        format: str | None = None,
        width: int | None = None,
        compact: bool = False,
    ) -> Iterator[Answer | CompactAnswer | str | KBError]:
        """Answer scenarios one by one, as they come: yield each answer as soon as it is ready.

        ``scenarios`` may be any iterable, a generator reading a file
        included: it is read as the answers are taken, a few scenarios ahead
        (``AHEAD``), so memory does not grow with its length. Errors,
        ``format``, ``width`` and ``compact`` as for :meth:`ask_many`.
        Closing the iterator early (or Ctrl-C while it waits) cancels the
        answers queued for it.
        """
        return self._answers("answer", scenarios, lang, return_errors,
                             _builder(format, compact), format, width=width, compact=compact)

    def table(self, scenarios: Iterable[ScenarioLike], *, lang: str | None = None,
              return_errors: bool = False) -> "pandas.DataFrame":
        """The answers to ``scenarios`` as a pandas DataFrame, one row per scenario.

        The columns are those of :meth:`Answer.to_record` (``RECORD_COLUMNS``
        of :mod:`secret_kb.model`): the scenario's fields, then verdict,
        basis, complete, open, unencoded, caveats, notes, versions. The
        answers are compact ones (``ask_many(compact=True)``), in one call
        into Prolog. With ``return_errors`` a bad scenario gives a row whose
        ``error`` column holds the message (the column is there only then).
        Needs pandas: ``pip install 'secret-kb[pandas]'``.
        """
        try:
            import pandas
        except ImportError:
            raise KBError("KnowledgeBase.table needs pandas: pip install 'secret-kb[pandas]'",
                          kind="engine") from None
        from .model import RECORD_COLUMNS

        results = self.ask_many(scenarios, lang=lang, compact=True, return_errors=return_errors)
        rows = [_error_record(r) if isinstance(r, KBError) else r.to_record() for r in results]
        columns = list(RECORD_COLUMNS)
        if any(isinstance(r, KBError) for r in results):
            columns.append("error")
        return pandas.DataFrame.from_records(rows, columns=columns)

    def timeline(self, scenario: ScenarioLike, *, lang: str | None = None) -> list[Period]:
        """One scenario across every era of the law, oldest first (its own date is left aside).

        Each :class:`Period` holds the verdict, basis and open alternatives
        that stay the same from ``date_from`` to ``date_to``, and the source
        versions that ended or began with it (kb/engine/evolution.pl).
        """
        (periods,) = self._answers("timeline", [scenario], lang, False, _periods, None,
                                   indexed=False)
        return periods

    def diff(self, date_from: str | _dt.date, date_to: str | _dt.date, *,
             discloser: Iterable[str] | str | None = None,
             institution: Iterable[str] | str | None = None,
             information: Iterable[str] | str | None = None,
             recipient: Iterable[str] | str | None = None,
             lang: str | None = None) -> LawDiff:
        """What changed in the law between two dates, over the scenario space of ``check``.

        Walks the classes of values no rule tells apart (those of
        ``secret-kb check``), each with every fact unknown and with each set
        of facts that makes a changed rule hold; lists each whose verdict or
        basis differs, with the source versions that explain it. The
        fields given (a value or a list of values) restrict the space to
        those values. Across the Criminal Code of 2024 (2026-09-01) every
        class changes: restrict the space there, or expect minutes.
        """
        params: dict[str, Any] = {"from": _iso(date_from), "to": _iso(date_to)}
        for name, values in (("discloser", discloser), ("institution", institution),
                             ("information", information), ("recipient", recipient)):
            if values is not None:
                params[name] = [values] if isinstance(values, str) else list(values)
        return LawDiff.from_dict(self._catalogue("diff", lang, params))

    def rules(self, provision: Iterable[str] | str | None = None, *,
              lang: str | None = None) -> list[RuleSentence]:
        """Every rule of the rule book as a sentence a lawyer can check, in statute order.

        ``provision`` (a provision, a code of ethics, or ``principle``; one
        or a list) keeps the rules that encode it. Each
        :class:`RuleSentence` carries its citation and its reading.
        """
        layers = [] if provision is None else [provision] if isinstance(provision, str) \
            else list(provision)
        return [RuleSentence.from_dict(item)
                for item in self._catalogue("rules", lang, {"layers": layers})]

    def vocabulary(self, domain: Iterable[str] | str | None = None, *,
                   lang: str | None = None) -> list[dict[str, Any]]:
        """Every value of the vocabulary with its meaning and label: ``{domain, value, meaning, label}``.

        ``domain`` (role, institution, information, recipient, fact,
        provision, code, verdict, or the field that takes it: discloser,
        facts; one or a list) keeps those; a fact also has its ``default``
        and whether it is a ``claim`` the knowledge base cannot check.
        """
        domains = [] if domain is None else [domain] if isinstance(domain, str) else list(domain)
        return self._catalogue("values", lang, {"domains": domains})

    def whatif(self, scenario: ScenarioLike, *, lang: str | None = None) -> list[Change]:
        """The minimal sets of fact changes that would change the verdict, smallest first.

        A change may set an unknown fact or flip a given one; no set
        contradicts the given facts, and none contains another that gives
        the same verdict on the same basis.
        """
        (changes,) = self._answers("whatif", [scenario], lang, False, _changes, None,
                                   indexed=False)
        return changes

    def next_question(self, scenario: ScenarioLike, *, lang: str | None = None) -> Question | None:
        """The unknown fact whose answer matters most, or None once nothing can change the verdict.

        Facts given as ``None`` (explicitly unknown) are not asked again.
        """
        (question,) = self._answers("next_question", [scenario], lang, False, _question, None,
                                    indexed=False)
        return question

    def sources(self, what: str = "provisions", *, lang: str | None = None) -> list[dict[str, Any]]:
        """What the knowledge base holds, as JSON-ready dicts.

        ``what`` is ``"provisions"`` (every provision, its rules and the
        versions of its sources), ``"seed"`` (each statement of the seed,
        the rules that encode it or why it is left out), ``"unverified"``
        (every point our sources do not fully verify), ``"wording"`` (the
        interface words of an answer, a dict), ``"languages"`` (the languages
        of the answers) or ``"vocabulary"`` (a dict: ``languages``, each named
        in itself; ``domains``, every value of role, institution, information,
        recipient, fact, provision, code and verdict with its label and
        meaning; ``links``, the address of the official text by source id,
        where known).
        """
        return self._catalogue(what, lang, {})

    def _catalogue(self, what: str, lang: str | None, params: Mapping[str, Any]) -> Any:
        """One request to kb_api:sources_json/2: the part ``what``, with its parameters."""
        lang = lang or self.lang
        if not _readable(what):
            raise KBError(f"the catalogue part cannot be read: {_shown(what)}", field="what",
                          value=_shown(what), kind="type_error")
        _lang_json(lang)  # a language that cannot be read is a KBError naming it
        request = {**params, "what": what, "lang": lang}
        try:
            text = _json(request)
        except (TypeError, ValueError):
            raise KBError(f"the parameters of {what} cannot be read: {_shown(params)}",
                          kind="type_error") from None
        response = json.loads(self._engine.call("sources", text))
        if "error" in response:
            raise KBError.from_report(response["error"])
        return response["items"]

    def check(self) -> dict[str, Any]:
        """Prove the rule base over the whole scenario space (kb/engine/check.pl).

        Returns the report: the number of scenarios walked, the value
        classes and dates used, and the lists of conflicts, unreached rules,
        uncited or unworded rules and undefined predicates; ``clean`` is
        true when all are empty.
        """
        return self.sources("check")

    def query(
        self,
        text: str,
        *,
        max_solutions: int | None = None,
        max_inferences: int | None = None,
        time_limit: float | None = None,
        lang: str | None = None,
    ) -> "Solutions":
        """Run a research goal over the knowledge base's public predicates; return its bindings.

        ``text`` is a Prolog goal, e.g. ``"in_domain(role, R)"``. It is parsed
        and checked in Prolog, never run as written: only the public
        predicates of the knowledge base (may_disclose/3, rule/3, in_domain/2,
        ...) and a whitelist of pure built-ins are allowed
        (docs/research.md). The result is a :class:`Solutions` list, one dict per
        solution mapping each named variable to its value (atoms and strings
        as ``str``, numbers as numbers, lists as lists, an unbound variable as
        ``None``, other terms as their Prolog text).

        The limits can only be lowered: ``max_solutions`` (default 100, at
        most 10,000), ``max_inferences`` (default and maximum 2,000,000) and
        ``time_limit`` in seconds (default and maximum 5). A refused or
        unreadable goal raises :class:`KBError` with kind
        ``permission_error``, ``domain_error`` or ``syntax_error``; a limit
        reached raises it with kind ``resource_error``, and the message says
        which limit.

        The goal runs in a separate ``swipl`` process (:mod:`secret_kb.research`),
        under operating-system limits: a query that crashes or exhausts it is
        a ``resource_error`` too, and never touches the engine that answers
        :meth:`ask`.
        """
        if not isinstance(text, str):
            raise KBError(f"a query must be text, not {type(text).__name__}", field="goal",
                          kind="type_error")
        if not _readable(text):
            raise KBError(f"the goal is not Unicode text: {_shown(text)}", field="goal",
                          value=_shown(text), kind="type_error")
        lang = lang or self.lang
        _check_language(lang)
        request: dict[str, Any] = {"goal": text, "lang": lang}
        for key, value in (("max_solutions", max_solutions), ("max_inferences", max_inferences),
                           ("time_limit", time_limit)):
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)) \
                    or not _readable(value) or (isinstance(value, float) and not math.isfinite(value)):
                raise KBError(f"{key} must be a number, not {_shown(value)}", field=key,
                              value=_shown(value), kind="type_error")
            request[key] = value  # Prolog checks the range
        from .research import shared_worker  # a child process, started on the first query

        response = json.loads(shared_worker(self._engine.kb_dir).call(request))
        if not response.get("ok"):
            raise KBError.from_report(response["error"])
        names = response["variables"]
        rows = [{name: row.get(name) for name in names} for row in response["solutions"]]
        return Solutions(rows, variables=names, truncated=response["truncated"],
                         limits=response["limits"])

    def _answers(self, query: str, scenarios: Iterable[ScenarioLike], lang: str | None,
                 return_errors: bool, build, format: str | None, *, indexed: bool = True,
                 given: bool = False, ready=None, width: int | None = None,
                 compact: bool = False):
        """The replies to ``query`` for each scenario, in order: a list, or an iterator when ``indexed``.

        Each reply is built by ``build`` from the knowledge base's JSON, or
        is a KBError (raised unless ``return_errors``; with ``indexed``, its
        message names the scenario's index). The language and the format are
        checked before any scenario is read. With ``given``, a KBError among
        the scenarios stands for one that could not be read (secret-kb
        batch's broken lines) and takes its place in the replies. ``ready``,
        when given, says whether the next scenario can be read without
        waiting (a pipe): the scenarios are read ahead only then, so that an
        answer is never held back waiting for the next line to come.
        """
        if format not in FORMATS:
            raise KBError(f"unknown format {_shown(format)}; accepted: text, full_text, json "
                          "(or None)", field="format", value=_shown(format),
                          accepted=("text", "full_text", "json"), kind="domain_error")
        if compact is not False and compact is not True:
            raise KBError(f"compact must be True or False, not {_shown(compact)}", field="compact",
                          value=_shown(compact), kind="type_error")
        if compact and format in ("text", "full_text"):
            raise KBError(f"a compact answer is data: format None or json, not {format}",
                          field="format", value=format, accepted=("json",), kind="domain_error")
        lang = lang or self.lang
        _check_language(lang, self._engine)
        if isinstance(scenarios, (Mapping, Scenario, str, bytes)):
            raise KBError("give an iterable of scenarios (ask answers a single one)",
                          field="scenarios", value=_shown(scenarios), kind="type_error")
        try:
            source = iter(scenarios)
        except TypeError:
            raise KBError(f"the scenarios must be an iterable, not {type(scenarios).__name__}",
                          field="scenarios", kind="type_error") from None
        shape = f'"format": {json.dumps(format or "data")}, '
        if width is not None:  # Prolog checks its value
            if not _readable(width):
                raise KBError(f"the width cannot be read: {_shown(width)}", field="width",
                              value=_shown(width), kind="type_error")
            shape += f'"width": {_json(width)}, '
        if compact:
            shape += '"compact": true, '
        head = (f'{{"lang": {_lang_json(lang)}, "query": {json.dumps(query)}, '
                f'{shape}"scenarios": [')
        key = query if format is None else format
        replies = self._stream(source, head, key, build, given, ready)
        if not indexed:
            results = list(replies)
            if not return_errors:
                for result in results:
                    if isinstance(result, KBError):
                        raise result
            return results
        return _checked(replies, return_errors)

    def _stream(self, source: Iterator, head: str, key: str, build, given: bool, ready):
        """Yield the reply to each scenario of ``source``, asked one per call, ``AHEAD`` queued."""
        engine = self._engine
        queued: deque = deque()  # (KBError, None) or (None, reply)
        try:
            while True:
                while len(queued) <= AHEAD and (not queued or ready is None or ready()):
                    scenario = next(source, _END)
                    if scenario is _END:
                        break
                    if given and isinstance(scenario, KBError):
                        queued.append((scenario, None))
                        continue
                    try:
                        request = head + _encode(scenario) + "]}"
                    except KBError as error:
                        queued.append((error, None))
                        continue
                    queued.append((None, engine.submit("ask", request)))
                if not queued:
                    return
                error, reply = queued.popleft()
                yield error if reply is None else _reply(engine.result(reply), key, build)
        finally:  # closed early, or an error: the engine drops what was queued
            pending = [reply for _, reply in queued if reply is not None]
            if pending:
                engine.cancel(pending)


_END = object()


def _checked(replies: Iterator, return_errors: bool):
    """The replies, each KBError raised with its scenario's index unless ``return_errors``."""
    for index, result in enumerate(replies):
        if isinstance(result, KBError) and not return_errors:
            replies.close()
            raise _at_index(result, index)
        yield result


def _reply(text: str, key: str, build):
    """The one reply of a response of ask_json/2, built by ``build``, or its KBError."""
    with _gc_paused():  # the JSON read is freed on return, before the collector is back
        response = json.loads(text)
        if "error" in response:  # the request as a whole (its width, say)
            raise KBError.from_report(response["error"])
        (reply,) = response["results"]
        if not reply["ok"]:
            return KBError.from_report(reply["error"])
        return build(reply[key], reply.get("id"))


def _builder(format: str | None, compact: bool = False):
    if format is not None:
        return _rendered
    return _compact if compact is True else _answer


class Solutions(list):
    """The solutions of a research query, in order: a list of ``{variable: value}`` dicts.

    ``variables`` names the query's variables in the order of its text (those
    starting with ``_`` are left out); ``truncated`` is true when the goal had
    more solutions than ``max_solutions``; ``limits`` holds the limits it ran
    under.
    """

    def __init__(self, rows: Iterable[dict[str, Any]] = (), *, variables: Iterable[str] = (),
                 truncated: bool = False, limits: Mapping[str, Any] | None = None) -> None:
        super().__init__(rows)
        self.variables = list(variables)
        self.truncated = truncated
        self.limits = dict(limits or {})


def _answer(data: dict, ident: Any) -> Answer:
    return Answer.from_dict(data, id=ident)


def _compact(data: dict, ident: Any) -> CompactAnswer:
    return CompactAnswer.from_dict(data, id=ident)


def _rendered(text: str, _ident: Any) -> str:
    return text


def _periods(data: list, _ident: Any) -> list[Period]:
    return [Period.from_dict(p) for p in data]


def _error_record(error: KBError) -> dict[str, Any]:
    """A table row for a scenario that could not be answered: only its error."""
    return {"error": error.message}


def _iso(date: str | _dt.date) -> Any:
    """A date for a request: a date as ISO text; anything else as given (Prolog checks it)."""
    return date.isoformat() if isinstance(date, _dt.date) else date


def _changes(data: list, _ident: Any) -> list[Change]:
    return [Change.from_dict(c) for c in data]


def _question(data: dict | None, _ident: Any) -> Question | None:
    return None if data is None else Question(**data)


@contextmanager
def _gc_paused():
    """Python's cyclic garbage collector off while an answer is read.

    An answer is about 30 KB of JSON: thousands of dicts, lists and frozen
    dataclasses, none of them in a cycle, so reference counting frees them
    all. Yet every few hundred allocations start a collection, and those of
    the older generations walk every object alive: with many answers kept,
    reading them took twice as long or more (bench/run.py,
    docs/performance.md). It is turned back on by whoever turned it off.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# Per engine: the languages of the knowledge base, in its order, and its default.
_LANGUAGES: dict[PrologEngine, tuple[tuple[str, ...], str]] = {}


def _declared(engine: PrologEngine | None) -> tuple[tuple[str, ...], str]:
    """The knowledge base's languages and its default language, asked once per engine."""
    engine = engine or shared_engine()
    if engine not in _LANGUAGES:
        response = json.loads(engine.call("sources", '{"what": "languages"}'))
        if "error" in response:
            raise KBError.from_report(response["error"])
        _LANGUAGES[engine] = (tuple(response["items"]), response["default"])
    return _LANGUAGES[engine]


def languages(engine: PrologEngine | None = None) -> tuple[str, ...]:
    """The languages the knowledge base words its answers in, in its order: ``("fr", "en", "nl")``.

    They are the kb's (``language/1`` of kb/vocabulary.pl), asked once per
    engine: this is the one list of languages.
    """
    return _declared(engine)[0]


def locale_language(environ: Mapping[str, str] | None = None,
                    engine: PrologEngine | None = None) -> str | None:
    """The language of the environment's locale, if the knowledge base words answers in it.

    The first of ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set and
    not empty names the locale (POSIX's order); its language is the part
    before ``_``, ``.`` or ``@``: ``nl_BE.UTF-8`` is ``nl``, ``fr_BE`` is
    ``fr``, ``en_GB`` is ``en``. None when no variable is set, or when the
    locale's language is not one of :func:`languages` (``C``, ``POSIX``,
    ``de_DE`` ...): a weaker variable is not read then.
    ``environ`` defaults to :data:`os.environ`.
    """
    environ = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        value = environ.get(name)
        if value:
            code = value.replace(".", "_").replace("@", "_").split("_", 1)[0].lower()
            return code if code in languages(engine) else None
    return None


def default_language(environ: Mapping[str, str] | None = None,
                     engine: PrologEngine | None = None) -> str:
    """The language of a request that names none: the locale's, else the kb's default (French).

    Precedence: an explicit language (``lang=``, ``--lang``) over the locale (:func:`locale_language`) over French.
    """
    return locale_language(environ, engine) or _declared(engine)[1]


def check_language(lang: Any, engine: PrologEngine | None = None) -> None:
    """Raise :class:`KBError` (field ``lang``) unless the knowledge base words answers in ``lang``.

    A language of :func:`languages` passes at once; anything else is
    checked by Prolog (kb_api's request_language), whose error comes back as
    data, with the languages accepted.
    """
    if isinstance(lang, str) and lang in languages(engine):
        return
    engine = engine or shared_engine()
    response = json.loads(engine.call("sources", f'{{"what": "languages", "lang": {_lang_json(lang)}}}'))
    if "error" in response:
        raise KBError.from_report(response["error"])


def _check_language(lang: Any, engine: PrologEngine | None = None) -> None:
    check_language(lang, engine)


def _lang_json(lang: Any) -> str:
    """The language as JSON text for a request (Prolog checks its value)."""
    if not _readable(lang):
        shown = _shown(lang)
        raise KBError(f"the language cannot be read: {shown}", field="lang", value=shown,
                      kind="type_error")
    return _json(lang)


def _encode(scenario: ScenarioLike) -> str:
    """The scenario as JSON text; Prolog checks the values.

    Only what Prolog can read gets through: text keys, and values that are
    JSON (no NaN or infinity, no nesting beyond Python's recursion limit) and
    Unicode (no lone surrogates). Anything else is a KBError naming the
    field, so that one bad scenario never spoils a batch.
    """
    if isinstance(scenario, Scenario):
        data = scenario.to_dict()
    elif isinstance(scenario, Mapping):
        data = dict(scenario)
    else:
        raise KBError(f"a scenario must be a mapping or a Scenario, not {type(scenario).__name__}",
                      kind="type_error")
    for key, value in data.items():
        if not isinstance(key, str) or not _readable(key):
            shown = _shown(key)
            raise KBError(f"a field name must be text, not {shown}", field=shown, value=shown,
                          kind="type_error")
        if isinstance(value, _dt.date):
            data[key] = value.isoformat()
        if not _readable(data[key]):
            shown = _shown(value)
            raise KBError(f"the value of {key} cannot be read: {shown}", field=key, value=shown,
                          kind="type_error")
    try:
        return _json(data)
    except (TypeError, ValueError, RecursionError):  # nested just one level too deep
        raise KBError("the scenario cannot be read: it is nested too deep",
                      kind="type_error") from None


def _json(value: Any) -> str:
    """``value`` as JSON text that crosses to Prolog as UTF-8 (raises if it cannot)."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    text.encode("utf-8")
    return text


def _readable(value: Any) -> bool:
    try:
        _json(value)
    except (TypeError, ValueError, RecursionError):  # UnicodeEncodeError is a ValueError
        return False
    return not _huge_integer(value)


def _huge_integer(value: Any) -> bool:
    """An integer in ``value`` too long for SWI-Prolog's JSON reader (255 characters at most).

    Such a number makes the whole request unreadable, every scenario of the
    batch with it. (Walked with a stack: ``value`` may be nested deep.)
    """
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, int) and item.bit_length() > 840:  # about 10**253
            return True
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return False


_SHOWN = reprlib.Repr()
_SHOWN.maxstring = _SHOWN.maxother = 60


def _shown(value: Any) -> str:
    """A short, printable rendering of a bad value, for a message (reprlib: bounded in size and depth)."""
    try:
        shown = _SHOWN.repr(value)
    except ValueError:  # an integer too long for Python to write
        shown = f"an integer of about {int(value.bit_length() * 0.30103):,} digits"
    except Exception:  # a value whose own __repr__ fails
        shown = f"a {type(value).__name__}"
    return shown.encode("utf-8", "backslashreplace").decode("utf-8")


def _at_index(error: KBError, index: int) -> KBError:
    return KBError(f"scenario {index}: {error.message}", field=error.field, value=error.value,
                   accepted=error.accepted, kind=error.kind)
