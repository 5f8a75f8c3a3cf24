"""The Python face of the knowledge base: ask a scenario, get an answer."""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Iterable, Mapping

from .engine import PrologEngine, shared_engine
from .errors import KBError
from .model import Answer, Scenario

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
            {"lang": lang, "scenarios": requests}, ensure_ascii=False)))
        if "error" in response:
            raise KBError.from_report(response["error"])
        replies = iter(response["results"])
        results: list[Answer | KBError] = []
        for index, item in enumerate(encoded):
            result = item if isinstance(item, KBError) else _result(next(replies))
            if isinstance(result, KBError) and not return_errors:
                raise _at_index(result, index) if len(encoded) > 1 else result
            results.append(result)
        return results


    def sources(self, what: str = "provisions", *, lang: str | None = None) -> list[dict[str, Any]]:
        """What the knowledge base holds, as JSON-ready dicts.

        ``what`` is ``"provisions"`` (every provision, its rules and the
        versions of its sources), ``"seed"`` (each statement of the seed,
        the rules that encode it or why it is left out) or ``"unverified"``
        (every point our sources do not fully verify).
        """
        lang = lang or self.lang
        _check_language(lang)
        response = json.loads(self._engine.call("sources", json.dumps({"what": what, "lang": lang})))
        if "error" in response:
            raise KBError.from_report(response["error"])
        return response["items"]


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


def _result(reply: Mapping[str, Any]) -> Answer | KBError:
    if reply["ok"]:
        return Answer.from_dict(reply["answer"], id=reply.get("id"))
    return KBError.from_report(reply["error"])


def _at_index(error: KBError, index: int) -> KBError:
    return KBError(f"scenario {index}: {error.message}", field=error.field, value=error.value,
                   accepted=error.accepted, kind=error.kind)
