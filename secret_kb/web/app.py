"""The ASGI application of ``secret-kb serve``: its routes, limits and errors."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib import resources

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..errors import KBError
from . import api, pages

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class Limits:
    """What one request may cost.

    ``body`` is the largest request body of ``/api/ask``, ``/api/whatif``,
    ``/api/next-question`` and ``/api/query`` (bytes), ``batch_body`` that of
    ``/api/batch``; ``seconds`` the time limit of each call into the
    knowledge base (for a batch, of each group of ``batch_group`` lines);
    ``allow_research`` lets ``POST /api/query`` run research queries (in the
    research sandbox, a separate process), refused otherwise.
    """

    body: int = 64 * 1024
    batch_body: int = 8 * 1024 * 1024
    seconds: float = 30.0
    batch_group: int = 64
    allow_research: bool = False


def create_app(limits: Limits | None = None) -> Starlette:
    """The application: the page at ``/``, the API under ``/api/``, ``/openapi.json``."""
    limits = limits or Limits()
    routes = [
        Route("/", pages.home, methods=["GET"]),
        Route("/interview", pages.interview, methods=["GET"]),
        Route("/answer", pages.answer, methods=["GET"]),
        Route("/static/{name}", static, methods=["GET"]),
        Route("/api/health", api.health, methods=["GET"]),
        Route("/api/ask", api.ask, methods=["POST"]),
        Route("/api/batch", api.batch, methods=["POST"]),
        Route("/api/whatif", api.whatif, methods=["POST"]),
        Route("/api/next-question", api.next_question, methods=["POST"]),
        Route("/api/query", api.query, methods=["POST"]),
        Route("/api/sources", api.sources, methods=["GET"]),
        Route("/api/vocabulary", api.vocabulary, methods=["GET"]),
        Route("/openapi.json", api.openapi, methods=["GET"]),
    ]
    app = Starlette(routes=routes, exception_handlers={404: not_found, 405: not_allowed,
                                                       KBError: api.kb_error,
                                                       Exception: api.unexpected})
    app.state.limits = limits
    return app


_STATIC = {"page.css": "text/css; charset=utf-8", "page.js": "text/javascript; charset=utf-8"}


async def static(request: Request) -> Response:
    """The page's own style sheet and script (shipped in the package: nothing from elsewhere)."""
    name = request.path_params["name"]
    if name not in _STATIC:
        return await not_found(request, None)
    body = resources.files(__package__).joinpath("static", name).read_bytes()
    return Response(body, media_type=_STATIC[name],
                    headers={"cache-control": "max-age=3600"})


async def not_found(request: Request, _exc) -> Response:
    error = KBError(f"no such page or endpoint: {request.url.path}", field="path",
                    value=request.url.path, kind="existence_error")
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": error.to_dict()}, status_code=404)
    return pages.error_page(request, error, 404)


async def not_allowed(request: Request, _exc) -> Response:
    error = KBError(f"{request.method} is not accepted at {request.url.path}", field="method",
                    value=request.method, kind="permission_error")
    return JSONResponse({"error": error.to_dict()}, status_code=405)


def serve(host: str = LOOPBACK, port: int = 8000, *, limits: Limits | None = None) -> None:
    """Run the application with uvicorn until interrupted; say where to open it.

    The knowledge base's engine is started before the server listens, so the
    first request is answered as fast as the others.
    """
    import uvicorn

    from ..knowledge_base import KnowledgeBase

    KnowledgeBase()  # starts the engine (and fails here, not in a request, if it cannot)
    limits = limits or Limits()
    shown = f"[{host}]" if ":" in host else host
    print(f"secret-kb serve: open http://{shown}:{port}/ in a browser (Ctrl-C stops it)",
          file=sys.stderr, flush=True)
    uvicorn.run(create_app(limits), host=host, port=port, log_level="warning",
                timeout_graceful_shutdown=5)
