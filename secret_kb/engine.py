"""The one module that talks to SWI-Prolog.

One Prolog engine per process, owned by one worker thread. Callers on any
thread hand it a JSON request and wait for the JSON response, so pyswip's
thread-unsafe state is only ever touched by that worker.

No goal is ever built from user text: the worker calls fixed predicates
through the C interface and passes data as UTF-8 Prolog strings
(``kb_api:ask_json/2`` and ``kb_api:sources_json/2``: JSON in, JSON out). See
``shared/reference/pyswip-engineering.md`` for the measurements behind
these choices.
"""

from __future__ import annotations

import atexit
import queue
import threading
from concurrent.futures import Future
from ctypes import byref, c_char_p, c_int
from pathlib import Path

import pyswip.prolog  # noqa: F401  (importing it runs PL_initialise, in this thread)
from pyswip import core

from .errors import KBError

_ENTRY_MODULE = "kb_api"
# The only predicates Python ever calls, by name: entry -> predicate/2.
ENTRIES = {"ask": "ask_json", "sources": "sources_json"}
_STOP = object()

_destroy_engine = core._lib.PL_thread_destroy_engine
_destroy_engine.restype = c_int


def kb_directory() -> Path:
    """Where the knowledge base lives: inside the installed package, or the checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "kb", here.parent / "kb"):
        if (candidate / "load.pl").is_file():
            return candidate
    raise KBError("the knowledge base (kb/load.pl) is missing from this installation")


class PrologEngine:
    """A SWI-Prolog engine with the knowledge base loaded, safe to share across threads."""

    def __init__(self, kb_dir: Path | None = None) -> None:
        self._kb_dir = kb_dir or kb_directory()
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        started: Future = Future()
        self._worker = threading.Thread(
            target=self._run, args=(started,), name="secret-kb-prolog", daemon=True
        )
        self._worker.start()
        started.result()  # re-raises a start-up failure here, in the caller
        atexit.register(self.close)  # runs before pyswip's own clean-up

    def call(self, entry: str, request: str) -> str:
        """Send one JSON request to an entry predicate (see ``ENTRIES``); return its JSON response."""
        if entry not in ENTRIES:
            raise KBError(f"unknown entry {entry!r}; accepted: {', '.join(ENTRIES)}")
        if not self._worker.is_alive():
            raise KBError("the Prolog engine has stopped")
        job: Future = Future()
        self._jobs.put(((entry, request), job))
        return job.result()

    def close(self) -> None:
        """Stop the worker and release its Prolog engine (idempotent)."""
        if self._worker.is_alive():
            self._jobs.put((_STOP, None))
            self._worker.join(timeout=5)

    # -- the worker thread ---------------------------------------------------

    def _run(self, started: Future) -> None:
        try:
            session = _PrologSession(self._kb_dir)
        except BaseException as error:  # reported to the constructor's caller
            started.set_exception(error if isinstance(error, KBError) else KBError(str(error)))
            return
        started.set_result(None)
        while True:
            request, job = self._jobs.get()
            if request is _STOP:
                _destroy_engine()
                return
            try:
                job.set_result(session.call(*request))
            except BaseException as error:
                job.set_exception(error if isinstance(error, KBError) else KBError(str(error)))


class _PrologSession:
    """The calls into libswipl, made from the worker thread only."""

    def __init__(self, kb_dir: Path) -> None:
        if core.PL_thread_attach_engine(None) < 0:
            raise KBError("could not attach a Prolog engine to the worker thread")
        self._run_constant("set_prolog_flag(debug_on_error, false)")
        self._run_constant("set_prolog_flag(report_error, true)")
        errors_before = self._error_count()
        loaded = self._call(_predicate("user", "consult", 1), [str(kb_dir / "engine" / "api.pl")])
        if loaded is None:
            raise KBError(f"could not load the knowledge base from {kb_dir}")
        if self._error_count() != errors_before:
            raise KBError(
                f"the knowledge base in {kb_dir} has errors (see the messages above); "
                "refusing to start half-loaded"
            )
        self._entries = {entry: _predicate(_ENTRY_MODULE, name, 2) for entry, name in ENTRIES.items()}
        # warm-up: JSON, dicts, the rule base and the catalogue are ready
        self.call("ask", '{"scenarios": [{"discloser": "nurse", "information": "confidence",'
                         ' "recipient": "press", "date": "2020-01-01"}]}')
        self.call("sources", '{"what": "seed"}')

    def call(self, entry: str, request: str) -> str:
        """Run ``Entry(Request, Response)`` and return Response."""
        result = self._call(self._entries[entry], [request], outputs=1)
        if result is None:
            raise KBError("the knowledge base could not answer this request")
        return result[0]

    @staticmethod
    def _call(predicate, inputs: list[str], outputs: int = 0) -> list[str] | None:
        """Call ``predicate`` with ``inputs`` as Prolog strings, then ``outputs`` unbound.

        Returns the outputs as text, or None when the call fails.
        """
        frame = core.PL_open_foreign_frame()
        try:
            args = core.PL_new_term_refs(len(inputs) + outputs)
            for offset, text in enumerate(inputs):
                data = text.encode("utf-8")
                core.PL_put_chars(args + offset, core.PL_STRING | core.REP_UTF8, len(data), data)
            query = core.PL_open_query(
                None, core.PL_Q_NODEBUG | core.PL_Q_CATCH_EXCEPTION, predicate, args
            )
            try:
                if not core.PL_next_solution(query):
                    return None
                results = []
                for offset in range(len(inputs), len(inputs) + outputs):
                    out = c_char_p()
                    flags = core.CVT_STRING | core.REP_UTF8 | core.BUF_RING
                    if not core.PL_get_chars(args + offset, byref(out), flags):
                        raise KBError("the knowledge base gave an unreadable answer")
                    results.append(out.value.decode("utf-8"))
                return results
            finally:
                core.PL_cut_query(query)
        finally:
            core.PL_discard_foreign_frame(frame)

    @staticmethod
    def _run_constant(goal: str) -> None:
        """Run a goal written in this file (never user text)."""
        frame = core.PL_open_foreign_frame()
        try:
            term = core.PL_new_term_ref()
            if not core.PL_chars_to_term(goal.encode(), term) or not core.PL_call(term, None):
                raise KBError(f"Prolog set-up step failed: {goal}")
        finally:
            core.PL_discard_foreign_frame(frame)

    @staticmethod
    def _error_count() -> int:
        """How many errors SWI-Prolog has reported so far (load errors included)."""
        frame = core.PL_open_foreign_frame()
        try:
            args = core.PL_new_term_refs(2)
            core.PL_put_atom_chars(args, b"errors")
            query = core.PL_open_query(None, core.PL_Q_NODEBUG,
                                       _predicate("system", "statistics", 2), args)
            try:
                count = c_int()
                if core.PL_next_solution(query):
                    core.PL_get_integer(args + 1, byref(count))
                return count.value
            finally:
                core.PL_cut_query(query)
        finally:
            core.PL_discard_foreign_frame(frame)


def _predicate(module: str, name: str, arity: int):
    return core.PL_predicate(name.encode(), arity, module.encode())


_shared: PrologEngine | None = None
_shared_lock = threading.Lock()


def shared_engine() -> PrologEngine:
    """The process's one engine, started on first use."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = PrologEngine()
        return _shared
