"""The engine of the knowledge base, as the rest of the package sees it.

- :mod:`secret_kb.libswipl` finds libswipl and starts SWI-Prolog (pyswip);
- :mod:`secret_kb.worker` runs the Prolog engine on its own thread
  (:class:`PrologEngine`);
- :mod:`secret_kb.image_cache` keeps the kb's precompiled image.

Importing this module starts nothing: the process's engine starts on first
use (:func:`shared_engine`).
"""

from __future__ import annotations

import threading
from pathlib import Path

from .errors import KBError
from .worker import ENTRIES, PrologEngine

__all__ = ["ENTRIES", "PrologEngine", "kb_directory", "shared_engine"]


def kb_directory() -> Path:
    """Where the knowledge base lives: inside the installed package, or the checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "kb", here.parent / "kb"):
        if (candidate / "load.pl").is_file():
            return candidate
    raise KBError("the knowledge base (kb/load.pl) is missing from this installation")


_shared: PrologEngine | None = None
_shared_lock = threading.Lock()


def shared_engine() -> PrologEngine:
    """The process's one engine, started on first use."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = PrologEngine()
        return _shared
