"""The one module that talks to SWI-Prolog.

One Prolog engine per process, owned by one worker thread. Callers on any
thread hand it a JSON request and wait for the JSON response, so pyswip's
thread-unsafe state is only ever touched by that worker.

No goal is ever built from user text: the worker calls fixed predicates
through the C interface and passes data as UTF-8 Prolog strings
(``kb_api:ask_json/2``, ``kb_api:sources_json/2`` and
``kb_api:engine_statistics_json/2``: JSON in, JSON out). See
``shared/reference/pyswip-engineering.md`` for the measurements behind
these choices.

Start-up is on the command line's critical path (README, "Speed and
memory"), so two things are done once and reused:

- pyswip finds libswipl by running ``swipl --dump-runtime-variables``; we
  find it from the ``swipl`` on the PATH without running it (``_swipl_paths``)
  and hand it to pyswip through ``LIBSWIPL_PATH``/``SWI_HOME_DIR``, falling
  back to pyswip's own search when the layout is not one we know;
- the knowledge base is loaded from a precompiled ``.qlf`` (``qcompile/2``)
  named after a digest of every kb file's content, the kb's place and the
  SWI-Prolog library, so a changed kb is never loaded stale: a new digest
  finds no file, and the kb is loaded from source and compiled again
  (``_QuickLoad``). ``SECRET_KB_QLF=0`` turns this off.
"""

from __future__ import annotations

import atexit
import json
import os
import queue
import sys
import threading
from ctypes import byref, c_char_p, c_int
from pathlib import Path

from .errors import KBError


def _swipl_paths() -> tuple[str, str] | None:
    """``(libswipl, home)`` of the ``swipl`` on the PATH, found without running it.

    The layouts known: ``HOME/bin/ARCH/swipl`` with ``HOME/boot.prc``, and
    libswipl in ``HOME/lib/ARCH`` (older builds), beside ``HOME`` (``PREFIX/lib``)
    or in the multiarch directory beside it (Debian: ``/usr/lib/swi-prolog``
    and ``/usr/lib/x86_64-linux-gnu/libswipl.so.9``). None when anything is
    unclear: pyswip then searches as usual (it runs ``swipl`` to ask).
    """
    for directory in os.environ.get("PATH", "").split(os.pathsep):
        exe = os.path.join(directory or ".", "swipl")
        if os.path.isfile(exe) and os.access(exe, os.X_OK):
            break
    else:
        return None
    real = Path(os.path.realpath(exe))
    arch, home = real.parent.name, real.parent.parent.parent
    if real.parent.parent.name != "bin" or not (home / "boot.prc").is_file():
        return None
    places = [home / "lib" / arch, home.parent]
    multiarch = getattr(sys.implementation, "_multiarch", None)
    if multiarch:
        places.append(home.parent / multiarch)
    found = {os.path.realpath(lib) for place in places for lib in place.glob("libswipl.so*")}
    return (found.pop(), str(home)) if len(found) == 1 else None


def _import_pyswip() -> None:
    """Import pyswip (which starts Prolog in this thread), telling it where libswipl is."""
    given = [name for name in ("LIBSWIPL_PATH", "SWI_HOME_DIR") if os.environ.get(name)]
    paths = None if given else _swipl_paths()
    if paths:
        os.environ["LIBSWIPL_PATH"], os.environ["SWI_HOME_DIR"] = paths
    # pyswip encodes sys.argv as UTF-8 when imported (and never uses it): an
    # argument that is not UTF-8 (typed in a Latin-1 terminal) stopped the import.
    argv = getattr(sys, "argv", None)
    if argv is not None:
        sys.argv = [arg.encode("utf-8", "backslashreplace").decode("utf-8") for arg in argv]
    try:
        import pyswip.prolog  # noqa: F401  (importing it runs PL_initialise)
    finally:
        if argv is not None:
            sys.argv = argv
        if paths:  # only pyswip's import reads them; keep them from child processes
            del os.environ["LIBSWIPL_PATH"], os.environ["SWI_HOME_DIR"]


_import_pyswip()
from pyswip import core  # noqa: E402  (after _import_pyswip, which sets where it loads from)

_ENTRY_MODULE = "kb_api"
# The only predicates Python ever calls, by name: entry -> predicate/2.
ENTRIES = {"ask": "ask_json", "sources": "sources_json", "statistics": "engine_statistics_json"}
# Research queries are not among them: they run in a process of their own (research.py).
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


class _Reply:
    """A result handed from the worker thread to the thread waiting for it.

    What ``concurrent.futures.Future`` does here, without its import (and
    that of ``logging``), which the command line's start-up would pay for.
    """

    __slots__ = ("_done", "_value", "_error")

    def __init__(self) -> None:
        self._done = threading.Event()
        self._value: str | None = None
        self._error: BaseException | None = None

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
        self._kb_dir = kb_dir or kb_directory()
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
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
        """Send one JSON request to an entry predicate (see ``ENTRIES``); return its JSON response."""
        if entry not in ENTRIES:
            raise KBError(f"unknown entry {entry!r}; accepted: {', '.join(ENTRIES)}")
        if not self._worker.is_alive():
            raise KBError("the Prolog engine has stopped")
        job = _Reply()
        self._jobs.put(((entry, request), job))
        return job.result()

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
        # Each answer leaves two or three atoms behind (its streams are blobs),
        # each holding a few kilobytes until atom garbage collection. By default
        # that waits for 10,000 of them (some 3,000 asks, over 10 MB); at 1,000
        # it runs every few hundred asks, in about a millisecond, and memory
        # stays flat within a megabyte or two (tests/test_load.py, bench/run.py).
        self._run_constant("set_prolog_flag(agc_margin, 1000)")
        self._load(kb_dir)
        self._entries = {entry: _predicate(_ENTRY_MODULE, name, 2) for entry, name in ENTRIES.items()}
        # A check, not a warm-up: the kb loads every library it uses eagerly (with
        # autoloading off, every entry answers: tests/test_load.py), so nothing is
        # left to load under a limit; JSON both ways works.
        self.call("statistics", "{}")

    def _load(self, kb_dir: Path) -> None:
        """Load the kb: from its precompiled .qlf when one matches it, else from source.

        A load from source also writes the .qlf, unless it reported errors:
        then start-up fails, whatever was loaded.
        """
        quick = _QuickLoad(kb_dir)
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


class _QuickLoad:
    """The kb's precompiled image: ``KB/.qlf/kb-DIGEST-CHECK.qlf`` (else in the user's cache).

    DIGEST covers the content and relative path of every ``.pl`` file under
    the kb, the kb's absolute path and the SWI-Prolog library loaded (path,
    size, time), so any change to any of them names another file: a stale
    image is never found, only rebuilt. CHECK is the digest of the image
    itself, checked before it is loaded (SWI-Prolog aborts the process on a
    truncated .qlf): a damaged image is removed, never loaded. Images are
    written under a temporary name and renamed into place, so processes
    starting together never read half a file.
    """

    def __init__(self, kb_dir: Path) -> None:
        self.kb_dir = kb_dir
        self._build: Path | None = None
        self.digest = None if os.environ.get("SECRET_KB_QLF", "1") == "0" else _kb_digest(kb_dir)
        self.places = [kb_dir / ".qlf"] + _user_cache(kb_dir)
        self.fresh = self._find() if self.digest else None

    def _find(self) -> Path | None:
        for place in self.places:
            for image in place.glob(f"kb-{self.digest}-*.qlf"):
                if _file_digest(image) == image.stem.rsplit("-", 1)[1]:
                    return image
                image.unlink(missing_ok=True)
        return None

    def start(self) -> Path | None:
        """A loader file to qcompile (in a fresh build directory), or None: load from source."""
        import tempfile

        for place in self.places if self.digest else ():
            try:
                place.mkdir(parents=True, exist_ok=True)
                build = Path(tempfile.mkdtemp(prefix=".build-", dir=place))
            except OSError:
                continue
            api = str(self.kb_dir / "engine" / "api.pl")
            loader = build / "kb"  # no .pl: a stray build directory is no kb file
            loader.write_text(f":- use_module({_quoted_atom(api)}).\n", encoding="utf-8")
            self._build = loader
            return loader
        return None

    def finish(self, install: bool) -> None:
        """Move the built image into place when ``install``; always remove the build directory."""
        import shutil

        if self._build is None:
            return
        build, self._build = self._build.parent, None
        try:
            if install:
                image = build.parent / f"kb-{self.digest}-{_file_digest(build / 'kb.qlf')}.qlf"
                os.replace(build / "kb.qlf", image)
                for old in build.parent.glob("kb-*.qlf"):
                    if old != image:
                        old.unlink(missing_ok=True)
        except OSError:
            pass  # no image this time: the next start builds it
        finally:
            shutil.rmtree(build, ignore_errors=True)

    def discard(self) -> None:
        """Remove the image found (it could not be loaded): the kb loads from source."""
        if self.fresh is not None:
            self.fresh.unlink(missing_ok=True)
            self.fresh = None


def _kb_digest(kb_dir: Path) -> str:
    """What an image of the kb depends on: its files, its place and the SWI-Prolog library."""
    import hashlib

    digest = hashlib.sha256()
    library = os.path.realpath(core._path)
    stat = os.stat(library)
    digest.update(f"{kb_dir}\0{library}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    for path in sorted(kb_dir.rglob("*.pl")):
        relative = path.relative_to(kb_dir)
        if any(part.startswith(".") for part in relative.parts):
            continue  # .qlf/ holds the build directories of processes starting now
        digest.update(relative.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:24]


def _file_digest(path: Path) -> str:
    import hashlib

    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError:
        return ""


def _user_cache(kb_dir: Path) -> list[Path]:
    """Where images go when the kb's own directory is not writable: one directory per kb."""
    import hashlib

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return []
    return [Path(base) / "secret-kb" / hashlib.sha256(str(kb_dir).encode()).hexdigest()[:16]]


def _quoted_atom(text: str) -> str:
    """``text`` as a quoted Prolog atom (for the loader file; a path, never user input)."""
    escaped = "".join(
        "\\\\" if c == "\\" else "\\'" if c == "'" else
        c if c.isprintable() else f"\\x{ord(c):x}\\" for c in text)
    return f"'{escaped}'"


_shared: PrologEngine | None = None
_shared_lock = threading.Lock()


def shared_engine() -> PrologEngine:
    """The process's one engine, started on first use."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = PrologEngine()
        return _shared
