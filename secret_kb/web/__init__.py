"""``secret-kb serve``: the web page and the JSON API, one small ASGI application.

:func:`create_app` builds it (Starlette; :mod:`secret_kb.web.api` for the API,
:mod:`secret_kb.web.pages` for the page); :func:`serve` runs it with uvicorn,
on loopback unless told otherwise. docs/usage.md describes the API, and
docs/design.md why Starlette and uvicorn.
"""

from __future__ import annotations

from .app import Limits, create_app, serve

__all__ = ["create_app", "serve", "Limits"]
