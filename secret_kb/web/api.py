"""The JSON API of ``secret-kb serve``: the same answers as the command line and Python.

Every endpoint answers with the JSON that ``secret-kb`` and
:class:`~secret_kb.KnowledgeBase` give: ``POST /api/ask`` the answer's JSON
text as the knowledge base writes it (``secret-kb ask --json``), ``POST
/api/batch`` JSON Lines as ``secret-kb batch`` writes them, and so on. Bad
input is a 4xx response holding ``{"error": {"type", "field", "value",
"accepted", "message"}}``, the error object of :meth:`KBError.to_dict`.
"""

from __future__ import annotations

import json
from typing import Any, AsyncIterator, Callable

import anyio
import anyio.to_thread
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse

from ..errors import KBError
from ..knowledge_base import KnowledgeBase
from ..model import SCHEMA_VERSION, answer_schema


class HTTPError(KBError):
    """A KBError that carries the HTTP status it is answered with."""

    def __init__(self, message: str, *, status: int, **details: Any) -> None:
        super().__init__(message, **details)
        self.status = status


def status_of(error: KBError) -> int:
    """The HTTP status of an error: its own, 500 for the engine, 503 for a limit, else 400."""
    if isinstance(error, HTTPError):
        return error.status
    if error.kind == "engine":
        return 500
    if error.kind == "resource_error":
        return 503
    return 400


def error_response(error: KBError) -> JSONResponse:
    return JSONResponse({"error": error.to_dict()}, status_code=status_of(error))


async def kb_error(request: Request, error: KBError) -> Response:
    """Any KBError raised by an endpoint: its error object, with its status."""
    if not request.url.path.startswith("/api/"):
        from .pages import error_page

        return error_page(request, error, status_of(error))
    return error_response(error)


async def unexpected(request: Request, error: Exception) -> Response:
    """A failure of this program: one error object, never a traceback."""
    return error_response(KBError(f"unexpected failure: {type(error).__name__}: {error}"))


# -- Reading requests ------------------------------------------------------------

async def body(request: Request, limit: int) -> bytes:
    """The request's body, refused (413) as soon as it is longer than ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(limit: int) -> HTTPError:
    return HTTPError(f"the request body is larger than {limit} bytes", status=413, field="body",
                     value=limit, kind="resource_error")


async def json_object(request: Request) -> dict[str, Any]:
    """The body as one JSON object (strict JSON: no NaN nor Infinity)."""
    raw = await body(request, request.app.state.limits.body)
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_not_json)
    except UnicodeDecodeError:
        raise KBError("the request body is not UTF-8 text", field="body",
                      kind="syntax_error") from None
    except json.JSONDecodeError as error:
        raise KBError(f"the request body is not valid JSON: {error.msg} (line {error.lineno}, "
                      f"column {error.colno})", field="body", kind="syntax_error") from None
    except ValueError as error:
        raise KBError(f"the request body is not valid JSON: {error}", field="body",
                      kind="syntax_error") from None
    except RecursionError:
        raise KBError("the request body is nested too deep", field="body",
                      kind="syntax_error") from None
    if not isinstance(data, dict):
        raise KBError("the request body must be a JSON object (a scenario)", field="body",
                      kind="type_error")
    return data


def _not_json(constant: str):
    raise ValueError(f"{constant} is not a JSON value")


def knowledge_base(request: Request) -> KnowledgeBase:
    """The knowledge base in the request's ``lang`` (query parameter, default fr; checked)."""
    return KnowledgeBase(request.query_params.get("lang", "fr"))


def choice(request: Request, name: str, accepted: tuple[str, ...]) -> str:
    """A query parameter that must be one of ``accepted`` (the first is the default)."""
    value = request.query_params.get(name, accepted[0])
    if value not in accepted:
        raise KBError(f"unknown {name} {value!r}; accepted: {', '.join(accepted)}", field=name,
                      value=value, accepted=accepted, kind="domain_error")
    return value


async def call(request: Request, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``function`` run off the event loop, within the request's time limit.

    The knowledge base answers one call at a time (docs/design.md); a call
    that runs over the limit is answered with a resource error (503) at
    once, and finishes in the background.
    """
    seconds = request.app.state.limits.seconds
    try:
        with anyio.fail_after(seconds):
            return await anyio.to_thread.run_sync(lambda: function(*args, **kwargs),
                                                  abandon_on_cancel=True)
    except TimeoutError:
        raise HTTPError(f"the answer took longer than the time limit of {seconds:g} s",
                        status=503, field="time_limit", value=seconds,
                        kind="resource_error") from None


# -- Endpoints -------------------------------------------------------------------

async def health(request: Request) -> Response:
    """Whether the server answers: its schema version, languages and whether research is on."""
    languages = await call(request, lambda: KnowledgeBase().sources("languages"))
    return JSONResponse({"status": "ok", "schema_version": SCHEMA_VERSION,
                         "languages": languages,
                         "research": request.app.state.limits.allow_research})


async def ask(request: Request) -> Response:
    """One scenario in; its answer out: JSON (``format=json``), or text (``text``, ``full_text``)."""
    output = choice(request, "format", ("json", "text", "full_text"))
    width = request.query_params.get("width")
    if width is not None and not width.isdigit():
        raise KBError(f"the width must be a non-negative integer, not {width!r}", field="width",
                      value=width, kind="type_error")
    scenario = await json_object(request)
    kb = knowledge_base(request)
    if output == "text":
        text = await call(request, kb.ask, scenario, format="text",
                          width=None if width is None else int(width))
        return PlainTextResponse(text)
    text = await call(request, kb.ask, scenario, format=output)
    if output == "full_text":
        return PlainTextResponse(text)
    return Response(text, media_type="application/json")


async def whatif(request: Request) -> Response:
    """One scenario in; what would change its verdict out, as ``secret-kb whatif --json``."""
    scenario = await json_object(request)
    kb = knowledge_base(request)
    changes = await call(request, kb.whatif, scenario)
    return JSONResponse([change.to_dict() for change in changes])


async def next_question(request: Request) -> Response:
    """One scenario in; the fact whose answer matters most out (null when none can matter)."""
    scenario = await json_object(request)
    kb = knowledge_base(request)
    question = await call(request, kb.next_question, scenario)
    return JSONResponse(None if question is None else question.to_dict())


async def batch(request: Request) -> Response:
    """JSON Lines of scenarios in; one JSON answer per line out, streamed, as ``secret-kb batch``.

    A bad line gives ``{"id": ..., "error": {...}}`` on its line and the
    batch goes on. Lines are answered in groups (``Limits.batch_group``),
    each within the time limit; a group over it ends the stream with an
    error line.
    """
    from ..cli import _parse_line

    limits = request.app.state.limits
    raw = await body(request, limits.batch_body)
    kb = knowledge_base(request)
    parsed = [_parse_line(number, line) for number, line in enumerate(raw.splitlines(), 1)
              if line.strip()]

    async def lines() -> AsyncIterator[bytes]:
        for start in range(0, len(parsed), limits.batch_group):
            group = parsed[start:start + limits.batch_group]
            good = [item for item in group if not isinstance(item, KBError)]
            try:
                answers = iter(await call(request, kb.ask_many, good, return_errors=True,
                                          format="json"))
            except KBError as error:
                yield _line({"id": None, "error": error.to_dict()})
                return
            for item in group:
                result = item if isinstance(item, KBError) else next(answers)
                if isinstance(result, KBError):
                    ident = item.get("id") if isinstance(item, dict) else None
                    yield _line({"id": ident, "error": result.to_dict()})
                else:
                    yield result.encode("utf-8") + b"\n"

    return StreamingResponse(lines(), media_type="application/x-ndjson")


def _line(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8") + b"\n"


async def query(request: Request) -> Response:
    """A research query (``secret-kb query --json``), only when the server allows research.

    The body is ``{"goal": TEXT, "max_solutions": N, "max_inferences": N,
    "time_limit": S}``; the goal runs in the research sandbox, a separate
    process under its own limits (docs/research.md).
    """
    if not request.app.state.limits.allow_research:
        raise HTTPError("research queries are off on this server (start it with "
                        "--allow-research)", status=403, field="goal", kind="permission_error")
    data = await json_object(request)
    unknown = sorted(set(data) - {"goal", "max_solutions", "max_inferences", "time_limit"})
    if unknown:
        raise KBError(f"unknown field {unknown[0]!r}", field=unknown[0], value=unknown[0],
                      accepted=("goal", "max_solutions", "max_inferences", "time_limit"),
                      kind="existence_error")
    if "goal" not in data:
        raise KBError("the field goal is required", field="goal", kind="existence_error")
    kb = knowledge_base(request)
    options = {k: data[k] for k in ("max_solutions", "max_inferences", "time_limit") if k in data}
    solutions = await call(request, kb.query, data["goal"], **options)
    return JSONResponse({"variables": solutions.variables, "solutions": list(solutions),
                         "truncated": solutions.truncated, "limits": solutions.limits})


async def sources(request: Request) -> Response:
    """The listings of ``secret-kb sources --json``: ``what=provisions|seed|unverified``."""
    part = choice(request, "what", ("provisions", "seed", "unverified"))
    kb = knowledge_base(request)
    items = await call(request, kb.sources, part)
    if part == "seed":
        from ..coverage import seed_tests

        reached = seed_tests()
        for item in items:
            item["tests"] = reached.get(item["id"], [])
    return JSONResponse(items)


async def vocabulary(request: Request) -> Response:
    """Every name a scenario may use, with its label in ``lang`` and its meaning."""
    kb = knowledge_base(request)
    return JSONResponse(await call(request, kb.sources, "vocabulary"))


async def openapi(request: Request) -> Response:
    """The OpenAPI 3.1 description of the API; its answer schema is the project's JSON Schema."""
    return JSONResponse(openapi_document())


def openapi_document() -> dict[str, Any]:
    """The OpenAPI document: every endpoint, its parameters, bodies, responses and errors."""
    lang = {"name": "lang", "in": "query", "required": False,
            "description": "The language of the answer's wording (a language of GET /api/health).",
            "schema": {"type": "string", "default": "fr"}}
    scenario_body = {"required": True, "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/Scenario"}}}}
    errors = {str(code): {"description": text, "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/ErrorResponse"}}}}
        for code, text in ((400, "Bad input: the error names the field"),
                           (413, "The request body is too large"),
                           (503, "The time limit was reached"))}

    def json_response(description: str, schema: dict[str, Any]) -> dict[str, Any]:
        return {"200": {"description": description,
                        "content": {"application/json": {"schema": schema}}}, **errors}

    schema = answer_schema()
    scenario = {
        "description": "One contemplated disclosure (the scenario contract; docs/vocabulary.md "
                       "lists the names, GET /api/vocabulary too). A fact not given is unknown.",
        "type": "object", "required": ["discloser", "information", "recipient"],
        "additionalProperties": False,
        "properties": {
            "discloser": {"type": "string"}, "information": {"type": "string"},
            "recipient": {"type": "string"}, "institution": {"type": "string"},
            "facts": {"type": "object", "additionalProperties": {"type": ["boolean", "null"]}},
            "date": {"type": "string", "format": "date"},
            "id": {"description": "Any JSON value, given back with the answer"}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "secret-kb", "version": SCHEMA_VERSION,
                 "description": "Belgian professional secrecy law: may this professional tell "
                                "this to that person? The same answers as the secret-kb command "
                                "and its Python API (docs/usage.md). Not legal advice."},
        "paths": {
            "/api/ask": {"post": {
                "summary": "Answer one scenario",
                "parameters": [lang, {"name": "format", "in": "query", "required": False,
                                      "schema": {"enum": ["json", "text", "full_text"],
                                                 "default": "json"}},
                               {"name": "width", "in": "query", "required": False,
                                "schema": {"type": "integer", "minimum": 0}}],
                "requestBody": scenario_body,
                "responses": {"200": {"description": "The answer (format json), or its text",
                                      "content": {
                                          "application/json": {"schema": {
                                              "$ref": "#/components/schemas/Answer"}},
                                          "text/plain": {"schema": {"type": "string"}}}},
                              **errors}}},
            "/api/batch": {"post": {
                "summary": "Answer JSON Lines of scenarios, streamed, one answer per line",
                "parameters": [lang],
                "requestBody": {"required": True, "content": {"application/x-ndjson": {
                    "schema": {"type": "string"}}}},
                "responses": {"200": {"description": "One line per scenario line: its answer, "
                                                     "or {\"id\", \"error\"}",
                                      "content": {"application/x-ndjson": {"schema": {
                                          "oneOf": [{"$ref": "#/components/schemas/Answer"},
                                                    {"$ref": "#/components/schemas/LineError"}]}}}},
                              "413": errors["413"]}}},
            "/api/whatif": {"post": {
                "summary": "The smallest sets of fact changes that would change the verdict",
                "parameters": [lang], "requestBody": scenario_body,
                "responses": json_response("The changes, smallest first", {
                    "type": "array", "items": {"$ref": "#/components/schemas/Change"}})}},
            "/api/next-question": {"post": {
                "summary": "The unknown fact whose answer matters most (null: none matters)",
                "parameters": [lang], "requestBody": scenario_body,
                "responses": json_response("The question, or null", {
                    "oneOf": [{"$ref": "#/components/schemas/Question"}, {"type": "null"}]})}},
            "/api/query": {"post": {
                "summary": "A research query (only with secret-kb serve --allow-research)",
                "parameters": [lang],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["goal"], "additionalProperties": False,
                    "properties": {"goal": {"type": "string"},
                                   "max_solutions": {"type": "integer"},
                                   "max_inferences": {"type": "integer"},
                                   "time_limit": {"type": "number"}}}}}},
                "responses": {**json_response("The bindings, one object per solution",
                                              {"type": "object"}),
                              "403": {"description": "Research is off on this server",
                                      "content": {"application/json": {"schema": {
                                          "$ref": "#/components/schemas/ErrorResponse"}}}}}}},
            "/api/sources": {"get": {
                "summary": "The provisions and their source versions, the seed, or what is "
                           "unverified",
                "parameters": [lang, {"name": "what", "in": "query", "required": False,
                                      "schema": {"enum": ["provisions", "seed", "unverified"],
                                                 "default": "provisions"}}],
                "responses": json_response("The listing", {"type": "array"})}},
            "/api/vocabulary": {"get": {
                "summary": "Every name a scenario may use, with its label and meaning",
                "parameters": [lang],
                "responses": json_response("The languages and the domains' values",
                                           {"type": "object"})}},
            "/api/health": {"get": {
                "summary": "Whether the server answers",
                "responses": {"200": {"description": "ok", "content": {"application/json": {
                    "schema": {"type": "object"}}}}}}},
        },
        "components": {"schemas": {
            "Answer": schema,
            "Scenario": scenario,
            "Change": {"type": "object", "required": ["changes", "verdict", "basis", "rule", "text"],
                       "properties": {"changes": {"type": "object",
                                                  "additionalProperties": {"type": "boolean"}},
                                      "verdict": {"type": "string"},
                                      "basis": {"type": "array", "items": {"type": "string"}},
                                      "rule": {"type": "string"}, "text": {"type": "string"}}},
            "Question": {"type": "object", "required": ["question", "text"],
                         "properties": {"question": {"type": "string"},
                                        "text": {"type": "string"}}},
            "Error": {"type": "object", "required": ["type", "field", "value", "accepted", "message"],
                      "properties": {"type": {"type": "string"},
                                     "field": {"type": ["string", "null"]},
                                     "value": {},
                                     "accepted": {"type": "array"},
                                     "message": {"type": "string"}}},
            "ErrorResponse": {"type": "object", "required": ["error"],
                              "properties": {"error": {"$ref": "#/components/schemas/Error"}}},
            "LineError": {"type": "object", "required": ["id", "error"],
                          "properties": {"id": {}, "error": {"$ref": "#/components/schemas/Error"}}},
        }},
    }
