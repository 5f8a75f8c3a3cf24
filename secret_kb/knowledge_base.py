"""The Python face of the knowledge base: ask a scenario, get an answer."""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Iterable, Mapping

from .engine import PrologEngine, shared_engine
from .errors import KBError
from .model import Answer, Change, Question, Scenario

LANGUAGES = ("fr", "en")

ScenarioLike = Scenario | Mapping[str, Any]


class KnowledgeBase:
    """Belgian professional secrecy law, asked one scenario or a batch at a time.

    >>> kb = KnowledgeBase()
    >>> kb.ask({"discloser": "educator", "information": "client_status",
    ...         "recipient": "police"}).verdict
    'forbidden'

    All instances in a process share one Prolog engine; any thread may ask.
    """

    def __init__(self, lang: str = "fr", *, engine: PrologEngine | None = None) -> None:
        _check_language(lang)
        self.lang = lang
        self._engine = engine or shared_engine()

    def ask(self, scenario: ScenarioLike, *, lang: str | None = None) -> Answer:
        """Answer one scenario; raise :class:`KBError` naming the field if it is bad."""
        (result,) = self.ask_many([scenario], lang=lang)
        return result

    def ask_many(
        self,
        scenarios: Iterable[ScenarioLike],
        *,
        lang: str | None = None,
        return_errors: bool = False,
    ) -> list[Answer | KBError]:
        """Answer a batch of scenarios in one call into Prolog, in order.

        A bad scenario raises :class:`KBError` (its message names its index),
        unless ``return_errors`` is true: then its place in the list holds
        the error and the others are answered all the same.
        """
        return self._batch("answer", scenarios, lang, return_errors, _answer)

    def whatif(self, scenario: ScenarioLike, *, lang: str | None = None) -> list[Change]:
        """The minimal sets of fact changes that would change the verdict, smallest first.

        A change may set an unknown fact or flip a given one; no set
        contradicts the given facts, and none contains another that gives
        the same verdict on the same basis.
        """
        (changes,) = self._batch("whatif", [scenario], lang, False, _changes)
        return changes

    def next_question(self, scenario: ScenarioLike, *, lang: str | None = None) -> Question | None:
        """The unknown fact whose answer matters most, or None once nothing can change the verdict.

        Facts given as ``None`` (explicitly unknown) are not asked again.
        """
        (question,) = self._batch("next_question", [scenario], lang, False, _question)
        return question

    def sources(self, what: str = "provisions", *, lang: str | None = None) -> list[dict[str, Any]]:
        """What the knowledge base holds, as JSON-ready dicts.

        ``what`` is ``"provisions"`` (every provision, its rules and the
        versions of its sources), ``"seed"`` (each statement of the seed,
        the rules that encode it or why it is left out), ``"unverified"``
        (every point our sources do not fully verify) or ``"wording"`` (the
        interface words of an answer, a dict).
        """
        lang = lang or self.lang
        _check_language(lang)
        response = json.loads(self._engine.call("sources", json.dumps({"what": what, "lang": lang})))
        if "error" in response:
            raise KBError.from_report(response["error"])
        return response["items"]

    def _batch(self, query: str, scenarios: Iterable[ScenarioLike], lang: str | None,
               return_errors: bool, build):
        """One call into Prolog for a batch: each reply built by ``build``, or its KBError."""
        lang = lang or self.lang
        _check_language(lang)
        encoded: list[Any] = []
        for scenario in scenarios:
            try:
                encoded.append(_encode(scenario))
            except KBError as error:
                encoded.append(error)
        requests = [s for s in encoded if not isinstance(s, KBError)]
        response = json.loads(self._engine.call("ask", json.dumps(
            {"lang": lang, "query": query, "scenarios": requests}, ensure_ascii=False)))
        if "error" in response:
            raise KBError.from_report(response["error"])
        replies = iter(response["results"])
        results = []
        for index, item in enumerate(encoded):
            reply = None if isinstance(item, KBError) else next(replies)
            result = item if reply is None else (
                build(reply[query], reply.get("id")) if reply["ok"]
                else KBError.from_report(reply["error"]))
            if isinstance(result, KBError) and not return_errors:
                raise _at_index(result, index) if len(encoded) > 1 else result
            results.append(result)
        return results


def _answer(data: dict, ident: Any) -> Answer:
    return Answer.from_dict(data, id=ident)


def _changes(data: list, _ident: Any) -> list[Change]:
    return [Change.from_dict(c) for c in data]


def _question(data: dict | None, _ident: Any) -> Question | None:
    return None if data is None else Question(**data)


def _check_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise KBError(f"unknown language {lang!r}; accepted: {', '.join(LANGUAGES)}",
                      field="lang", value=lang, accepted=LANGUAGES, kind="domain_error")


def _encode(scenario: ScenarioLike) -> dict[str, Any]:
    """The scenario as JSON-ready data; Prolog checks the values."""
    if isinstance(scenario, Scenario):
        data = scenario.to_dict()
    elif isinstance(scenario, Mapping):
        data = dict(scenario)
    else:
        raise KBError(f"a scenario must be a mapping or a Scenario, not {type(scenario).__name__}",
                      kind="type_error")
    for key, value in data.items():
        if isinstance(value, _dt.date):
            data[key] = value.isoformat()
        try:
            json.dumps(data[key])
        except (TypeError, ValueError):
            raise KBError(f"the value of {key} cannot be read: {value!r}", field=str(key),
                          value=repr(value), kind="type_error") from None
    return data


def _at_index(error: KBError, index: int) -> KBError:
    return KBError(f"scenario {index}: {error.message}", field=error.field, value=error.value,
                   accepted=error.accepted, kind=error.kind)
