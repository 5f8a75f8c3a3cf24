"""The worker thread that owns a SWI-Prolog engine, and the calls it makes into libswipl.

One Prolog engine per process, owned by one worker thread. Callers on any
thread hand it a JSON request and wait for the JSON response, so pyswip's
thread-unsafe state is only ever touched by that worker.

No goal is ever built from user text: the worker calls fixed predicates
through the C interface and passes data as UTF-8 Prolog strings
(``kb_api:ask_json/2``, ``kb_api:sources_json/2`` and
``kb_api:engine_statistics_json/2``: JSON in, JSON out).

pyswip is imported (and SWI-Prolog started) by the first
:class:`PrologEngine`, never when this module is imported
(:func:`secret_kb.libswipl.load`). The kb is loaded from its precompiled
image when one matches it (:mod:`secret_kb.image_cache`).

A call can be cancelled (:meth:`PrologEngine.cancel`; Ctrl-C in a caller
waiting for its answer does it): the worker's Prolog engine is sent
SWI-Prolog's own abort signal (``prolog:abort``), which unwinds the call in
progress at its next safe point, through every ``catch/3`` of the kb (they
run their recovery, then the abort goes on), and the engine is free for the
next call. A signal that arrives as the call ends anyway is handled before
the next call starts, so it never cancels another.
"""

from __future__ import annotations

import atexit
import json
import queue
import threading
from ctypes import byref, c_char_p, c_int
from pathlib import Path

from . import libswipl
from .errors import KBError
from .image_cache import ImageCache

# pyswip's core module, once SWI-Prolog is started (_start_prolog).
core = None


def _start_prolog() -> None:
    """Import pyswip (which starts SWI-Prolog in this thread), once per process."""
    global core
    if core is None:
        core = libswipl.load()


_ENTRY_MODULE = "kb_api"
# The only predicates Python ever calls, by name: entry -> predicate/2.
ENTRIES = {"ask": "ask_json", "sources": "sources_json", "statistics": "engine_statistics_json"}
# Research queries are not among them: they run in a process of their own (research.py).
_STOP = object()

# How long a cancelling caller waits for the call in progress to unwind.
CANCEL_WAIT = 10.0


class _Reply:
    """A result handed from the worker thread to the thread waiting for it.

    What ``concurrent.futures.Future`` does here, without its import (and
    that of ``logging``), which the command line's start-up would pay for.
    ``cancelled`` is set by :meth:`PrologEngine.cancel` (a job not started
    yet is then skipped); ``aborting`` once the abort signal was sent.
    """

    __slots__ = ("_done", "_value", "_error", "cancelled", "aborting")

    def __init__(self) -> None:
        self._done = threading.Event()
        self._value: str | None = None
        self._error: BaseException | None = None
        self.cancelled = False
        self.aborting = False

    def done(self, timeout: float | None = None) -> bool:
        """Whether the result is in (waiting up to ``timeout`` seconds for it)."""
        return self._done.wait(timeout)

    def set_result(self, value) -> None:
        self._value = value
        self._done.set()

    def set_exception(self, error: BaseException) -> None:
        self._error = error
        self._done.set()

    def result(self):
        self._done.wait()
        if self._error is not None:
            raise self._error
        return self._value


class PrologEngine:
    """A SWI-Prolog engine with the knowledge base loaded, safe to share across threads."""

    def __init__(self, kb_dir: Path | None = None) -> None:
        """Start SWI-Prolog (on first use in the process) and a worker with the kb in ``kb_dir``.

        ``kb_dir`` defaults to the kb of this installation
        (:func:`secret_kb.engine.kb_directory`). Raises :class:`KBError`
        when the kb cannot be loaded, or loads with errors.
        """
        if kb_dir is None:
            from .engine import kb_directory

            kb_dir = kb_directory()
        _start_prolog()
        self._kb_dir = kb_dir
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._state = threading.Lock()  # guards _running and each job's flags
        self._running: _Reply | None = None
        self._session: _PrologSession | None = None
        started = _Reply()
        self._worker = threading.Thread(
            target=self._run, args=(started,), name="secret-kb-prolog", daemon=True
        )
        self._worker.start()
        started.result()  # re-raises a start-up failure here, in the caller
        atexit.register(self.close)  # runs before pyswip's own clean-up

    @property
    def kb_dir(self) -> Path:
        """The directory of the knowledge base this engine loaded."""
        return self._kb_dir

    def call(self, entry: str, request: str) -> str:
        """Send one JSON request to an entry predicate (see ``ENTRIES``); return its JSON response.

        Ctrl-C (KeyboardInterrupt) while waiting cancels the call in the
        engine too (:meth:`cancel`) before it goes on up.
        """
        return self.result(self.submit(entry, request))

    def submit(self, entry: str, request: str) -> _Reply:
        """Queue one request and return at once: its answer is ``result(reply)``.

        Requests are answered one at a time, in the order submitted, so a
        caller may queue the next while the engine answers this one.
        """
        if entry not in ENTRIES:
            raise KBError(f"unknown entry {entry!r}; accepted: {', '.join(ENTRIES)}")
        if not self._worker.is_alive():
            raise KBError("the Prolog engine has stopped")
        job = _Reply()
        self._jobs.put(((entry, request), job))
        return job

    def result(self, job: _Reply) -> str:
        """The answer of a submitted request, waited for; Ctrl-C cancels it (and raises)."""
        try:
            return job.result()
        except KeyboardInterrupt:
            self.cancel([job])
            raise

    def cancel(self, jobs) -> None:
        """Cancel submitted requests: those not started are skipped, the one running is aborted.

        Returns once the engine has stopped working on them (or after
        ``CANCEL_WAIT`` seconds); each cancelled request's result is then a
        :class:`KBError`, unless it was already answered.
        """
        with self._state:
            for job in jobs:
                job.cancelled = True
            running = self._running
            if running is not None and running.cancelled and not running.aborting:
                running.aborting = self._session is not None and self._session.abort()
        if running is not None and running.cancelled:
            running.done(CANCEL_WAIT)

    def statistics(self, *, collect: bool = False) -> dict[str, int]:
        """The engine's own figures: ``atoms``, ``threads``, ``clauses`` ... (statistics/2).

        With ``collect``, garbage (stacks and atoms) is collected first, so
        ``atoms`` counts only the atoms still in use. For load tests and the
        benchmark; it changes nothing the knowledge base answers.
        """
        response = json.loads(self.call("statistics", json.dumps({"collect": collect})))
        if "error" in response:
            raise KBError.from_report(response["error"])
        return response

    def close(self) -> None:
        """Stop the worker and release its Prolog engine (idempotent)."""
        if self._worker.is_alive():
            self._jobs.put((_STOP, None))
            self._worker.join(timeout=5)

    # -- the worker thread ---------------------------------------------------

    def _run(self, started: _Reply) -> None:
        try:
            session = _PrologSession(self._kb_dir)
        except BaseException as error:  # reported to the constructor's caller
            _destroy_engine()  # (if one was attached) or Prolog complains at exit
            started.set_exception(error if isinstance(error, KBError) else KBError(str(error)))
            return
        self._session = session
        started.set_result(None)
        while True:
            request, job = self._jobs.get()
            if request is _STOP:
                _destroy_engine()
                return
            with self._state:
                if job.cancelled:
                    job.set_exception(_cancelled())
                    continue
                self._running = job
            try:
                result = session.call(*request)
            except BaseException as error:
                result = error if isinstance(error, KBError) else KBError(str(error))
            with self._state:
                self._running = None
                aborted = job.aborting
            if aborted:  # the signal may not have been handled yet: it is, now
                session.clear_signals()
                if isinstance(result, KBError):
                    result = _cancelled()
            if isinstance(result, KBError):
                job.set_exception(result)
            else:
                job.set_result(result)


class _PrologSession:
    """The calls into libswipl, made from the worker thread only."""

    def __init__(self, kb_dir: Path) -> None:
        if core.PL_thread_attach_engine(None) < 0:
            raise KBError("could not attach a Prolog engine to the worker thread")
        self._run_constant("set_prolog_flag(debug_on_error, false)")
        self._run_constant("set_prolog_flag(report_error, true)")
        # Each answer leaves two or three atoms behind (its streams are blobs),
        # each holding a few kilobytes until atom garbage collection. By default
        # that waits for 10,000 of them (some 3,000 asks, over 10 MB); at 1,000
        # it runs every few hundred asks, in about a millisecond, and memory
        # stays flat within a megabyte or two (tests/test_load.py, bench/run.py).
        self._run_constant("set_prolog_flag(agc_margin, 1000)")
        self._load(kb_dir)
        self._entries = {entry: _predicate(_ENTRY_MODULE, name, 2) for entry, name in ENTRIES.items()}
        self._thread = core._lib.PL_thread_self()
        self._abort_signal = _signal_number(b"prolog:abort")
        # A check, not a warm-up: this engine runs no query under a limit (research
        # queries run in a child process: research.py), so the kb's autoload/1
        # declarations may load their libraries when first called (with autoloading
        # off they load at once, and every entry answers: tests/test_load.py);
        # JSON both ways works.
        self.call("statistics", "{}")

    def _load(self, kb_dir: Path) -> None:
        """Load the kb: from its precompiled .qlf when one matches it, else from source.

        A load from source also writes the .qlf, unless it reported errors:
        then start-up fails, whatever was loaded.
        """
        quick = ImageCache(kb_dir, libswipl.library_path())
        consult = _predicate("user", "consult", 1)
        if quick.fresh is not None:
            errors_before = self._error_count()
            if self._call(consult, [str(quick.fresh)]) is not None \
                    and self._error_count() == errors_before:
                return
            quick.discard()  # it did not load: the kb loads from source, and is compiled again
        errors_before = self._error_count()
        build = quick.start()
        if build is None:
            loaded = self._call(consult, [str(kb_dir / "engine" / "api.pl")])
        else:
            loaded = self._call(_predicate("system", "qcompile", 2), [str(build)],
                                constants=[b"[include(user)]"])
        clean = loaded is not None and self._error_count() == errors_before
        quick.finish(install=clean)
        if loaded is None:
            raise KBError(f"could not load the knowledge base from {kb_dir}")
        if not clean:
            raise KBError(
                f"the knowledge base in {kb_dir} has errors (see the messages above); "
                "refusing to start half-loaded"
            )

    def abort(self) -> bool:
        """Ask the call in progress to abort (from any thread); False if this Prolog cannot."""
        if self._abort_signal is None:
            return False
        raise_ = core._lib.PL_thread_raise
        raise_.argtypes, raise_.restype = [c_int, c_int], c_int
        return bool(raise_(self._thread, self._abort_signal))

    @staticmethod
    def clear_signals() -> None:
        """Handle the signals pending for this engine (an abort that came late), and forget them."""
        core._lib.PL_handle_signals()
        core._lib.PL_clear_exception()

    def call(self, entry: str, request: str) -> str:
        """Run ``Entry(Request, Response)`` and return Response."""
        result = self._call(self._entries[entry], [request], outputs=1)
        if result is None:
            raise KBError("the knowledge base could not answer this request")
        return result[0]

    @staticmethod
    def _call(predicate, inputs: list[str], outputs: int = 0,
              constants: list[bytes] = ()) -> list[str] | None:
        """Call ``predicate`` with ``inputs`` as Prolog strings, then ``outputs`` unbound.

        ``constants`` (terms written in this file, never user text) come
        after the inputs. Returns the outputs as text, or None when the call
        fails.
        """
        frame = core.PL_open_foreign_frame()
        try:
            args = core.PL_new_term_refs(len(inputs) + len(constants) + outputs)
            for offset, text in enumerate(inputs):
                data = text.encode("utf-8")
                core.PL_put_chars(args + offset, core.PL_STRING | core.REP_UTF8, len(data), data)
            for offset, term in enumerate(constants, len(inputs)):
                if not core.PL_chars_to_term(term, args + offset):
                    raise KBError(f"Prolog set-up term unreadable: {term!r}")
            first_output = len(inputs) + len(constants)
            query = core.PL_open_query(
                None, core.PL_Q_NODEBUG | core.PL_Q_CATCH_EXCEPTION, predicate, args
            )
            try:
                if not core.PL_next_solution(query):
                    return None
                # BUF_RING is BUF_STACK in SWI-Prolog 9: each text stays in a
                # buffer until its mark is released. Without the mark, every
                # answer stayed in memory (about 100 KB an ask; tests/test_load.py).
                with core.PL_STRINGS_MARK():
                    results = []
                    for offset in range(first_output, first_output + outputs):
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


def _cancelled() -> KBError:
    return KBError("the call was cancelled (interrupted)", kind="engine")


def _signal_number(name: bytes) -> int | None:
    """The number of SWI-Prolog's signal ``name`` (its own signals have no fixed numbers), or None.

    Read from the signal table as on_signal/3 does, by name (``'$on_signal'/4``
    with the handler left as it is).
    """
    goal = b"'$on_signal'(_, '" + name + b"', user:H, user:H)"
    frame = core.PL_open_foreign_frame()
    try:
        term, number = core.PL_new_term_ref(), core.PL_new_term_ref()
        if not core.PL_chars_to_term(goal, term):
            return None
        query = core.PL_open_query(None, core.PL_Q_NODEBUG | core.PL_Q_CATCH_EXCEPTION,
                                   _predicate("system", "call", 1), term)
        try:
            value = c_int()
            if core.PL_next_solution(query) and core.PL_get_arg(1, term, number) \
                    and core.PL_get_integer(number, byref(value)):
                return value.value
            return None
        finally:
            core.PL_cut_query(query)
    finally:
        core.PL_discard_foreign_frame(frame)


def _destroy_engine() -> int:
    """Release the Prolog engine of the calling thread (PL_thread_destroy_engine)."""
    destroy = core._lib.PL_thread_destroy_engine
    destroy.restype = c_int
    return destroy()
