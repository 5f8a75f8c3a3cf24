"""Research queries, run in a ``swipl`` process of their own (kb/research/worker.pl).

The engine that answers ``ask`` never sees a research query: no text of one
is ever parsed in this process, so none can crash it (a term written 20,000
levels deep), exhaust it (atoms, which no Prolog stack limit bounds) or grow
it for good (every functor read is kept for ever). A child ``swipl`` does it
all instead:

- started on the first research query, with the knowledge base and the
  research sandbox loaded and warmed up (it writes ``{"ready": true}``);
- one request per line on its standard input, for one fixed entry
  predicate, ``kb_api:query_json/2`` (the query text is JSON data inside the
  request, never a goal), one response per line on its standard output;
- under operating-system limits set on the child before it runs
  (``resource.setrlimit`` in ``preexec_fn``): address space
  (``MEMORY_LIMIT``), CPU seconds (``CPU_LIMIT``), no core file; and a
  wall-clock timeout here, for each answer (the query's own time limit plus
  ``ANSWER_MARGIN``) and for the start (``START_TIMEOUT``);
- replaced when it dies, when it is killed for missing a deadline, and,
  before it runs out, once it has used ``RECYCLE_RSS`` of memory or
  ``RECYCLE_CPU`` seconds of CPU.

A worker that dies or is killed during a query is a :class:`KBError` of kind
``resource_error`` (the command line exits 1); the next query starts a new
one. ``swipl kb/load.pl`` users keep ``research_query/3`` in their own
session: there is no second process there (docs/research.md).
"""

from __future__ import annotations

import atexit
import json
import os
import resource
import select
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from functools import partial
from pathlib import Path

from .errors import KBError
from .libswipl import MISSING

MEMORY_LIMIT = 1 << 30          # bytes of address space (RLIMIT_AS)
CPU_LIMIT = 300                 # CPU seconds over the worker's life (RLIMIT_CPU)
RECYCLE_CPU = 240               # ... a worker that has used this much is replaced first
RECYCLE_RSS = 384 << 20         # bytes resident after an answer: replaced beyond this
START_TIMEOUT = 120.0           # seconds to load the kb and warm up (a loaded machine)
ANSWER_MARGIN = 5.0             # seconds beyond the query's own time limit
DEFAULT_TIME_LIMIT = 5.0        # the query's time limit when none is given (policy.pl)
MAX_RESPONSE = 64 << 20         # bytes of one response line (the bindings are at most 2 MB)
MAX_REQUEST = 1 << 20           # characters of a goal sent at all (Prolog allows 10,000)


def _limits() -> list[tuple[int, tuple[int, int]]]:
    """The child's limits, no higher than this process's own hard limits."""
    wanted = [(resource.RLIMIT_AS, MEMORY_LIMIT, MEMORY_LIMIT),
              (resource.RLIMIT_CPU, CPU_LIMIT, CPU_LIMIT + 5),
              (resource.RLIMIT_CORE, 0, 0)]
    limits = []
    for which, soft, hard in wanted:
        _, current = resource.getrlimit(which)
        if current != resource.RLIM_INFINITY:
            soft, hard = min(soft, current), min(hard, current)
        limits.append((which, (soft, hard)))
    return limits


def _set_limits(limits) -> None:
    """Set on the child, between fork and exec: nothing but system calls."""
    for which, values in limits:
        resource.setrlimit(which, values)


def _stopped(kind: str) -> KBError:
    return KBError(f"the research query {kind}; its worker process was stopped, and the next "
                   "query starts a new one", field="goal", kind="resource_error")


class ResearchWorker:
    """One ``swipl`` child answering research queries, one at a time, restarted as needed."""

    def __init__(self, kb_dir: Path) -> None:
        self._script = kb_dir / "research" / "worker.pl"
        self._lock = threading.Lock()
        self._proc: subprocess.Popen | None = None
        self._stderr = None
        self.started = 0  # how many workers this one has started (for tests and the benchmark)
        atexit.register(self.close)

    @property
    def pid(self) -> int | None:
        """The process id of the running worker, or None."""
        proc = self._proc
        return proc.pid if proc is not None and proc.poll() is None else None

    def call(self, request: dict) -> str:
        """Send one request (a dict for ``kb_api:query_json/2``); return its JSON response text."""
        goal = request.get("goal")
        if isinstance(goal, str) and len(goal) > MAX_REQUEST:  # Prolog's own limit is far lower
            raise KBError(f"the goal is too long: {len(goal):,} characters, at most 10,000",
                          field="goal", value=len(goal), kind="domain_error")
        line = json.dumps(request, ensure_ascii=True).encode("ascii") + b"\n"
        # (the query's limit can only be lowered: Prolog refuses a higher one)
        timeout = min(float(request.get("time_limit") or DEFAULT_TIME_LIMIT),
                      DEFAULT_TIME_LIMIT) + ANSWER_MARGIN
        with self._lock:
            proc = self._running()
            try:
                proc.stdin.write(line)
                proc.stdin.flush()
                response = self._read_line(proc, time.monotonic() + timeout)
            except BrokenPipeError:
                response = None
            except BaseException:  # KeyboardInterrupt included: the query is abandoned
                proc.kill()
                self._stop()
                raise
            if response is None:
                self._stop()
                raise _stopped(self._death(proc))
            self._recycle_if_worn(proc)
            # a binding may hold a lone surrogate (atom_codes(A, [0xD800])): shown as U+FFFD
            return response.decode("utf-8", "replace")

    def close(self) -> None:
        """Stop the worker, if one runs (idempotent)."""
        with self._lock:
            self._stop()

    # -- the child -------------------------------------------------------------

    def _running(self) -> subprocess.Popen:
        """The live worker: the current one, or a new one started now."""
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        self._stop()
        return self._start()

    def _start(self) -> subprocess.Popen:
        swipl = shutil.which("swipl")
        if swipl is None:
            raise KBError(f"{MISSING} (swipl, which runs research queries, is not on the PATH)")
        if not self._script.is_file():
            raise KBError(f"the research worker ({self._script}) is missing from this installation")
        self._stderr = tempfile.TemporaryFile()
        self._proc = proc = subprocess.Popen(
            [swipl, "-q", "--no-packs", str(self._script)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr,
            preexec_fn=partial(_set_limits, _limits()), start_new_session=True, close_fds=True,
        )
        self.started += 1
        ready = self._read_line(proc, time.monotonic() + START_TIMEOUT)
        if ready is None or json.loads(ready) != {"ready": True}:
            self._stop()
            raise KBError("the research worker could not start: " + self._death(proc))
        return proc

    @staticmethod
    def _read_line(proc: subprocess.Popen, deadline: float) -> bytes | None:
        """One line of the worker's output, or None at its end, past the deadline or too long."""
        fd = proc.stdout.fileno()
        chunks: list[bytes] = []
        size = 0
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                proc.kill()  # past the deadline: _death() says so
                proc.deadline_missed = True
                return None
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                return None
            end = chunk.find(b"\n")
            if end >= 0:
                # one request, one response: nothing can follow it before the next request
                chunks.append(chunk[:end])
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_RESPONSE:
                proc.kill()
                proc.too_long = True
                return None

    def _death(self, proc: subprocess.Popen) -> str:
        """What became of a worker that gave no answer."""
        try:
            code = proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            return "gave no answer"
        if getattr(proc, "deadline_missed", False):
            return "took too long"
        if getattr(proc, "too_long", False):
            return "gave an answer too large to read"
        if code < 0:
            name = signal.Signals(-code).name if -code in signal.valid_signals() else str(-code)
            reasons = {"SIGXCPU": "ran out of CPU time", "SIGKILL": "was killed",
                       "SIGSEGV": "crashed its worker (SIGSEGV)", "SIGABRT": "exhausted its "
                       f"worker's memory (at most {MEMORY_LIMIT >> 20} MB)"}
            return reasons.get(name, f"stopped its worker ({name})")
        tail = self._stderr_tail()
        return f"stopped its worker (exit status {code}{': ' + tail if tail else ''})"

    def _stderr_tail(self) -> str:
        if self._stderr is None:
            return ""
        try:
            self._stderr.seek(0, os.SEEK_END)
            size = self._stderr.tell()
            self._stderr.seek(max(0, size - 400))
            lines = self._stderr.read().decode("utf-8", "replace").strip().splitlines()
        except (OSError, ValueError):
            return ""
        return lines[-1][:300] if lines else ""

    def _recycle_if_worn(self, proc: subprocess.Popen) -> None:
        """Replace a worker that has grown (atoms, functors) or used up its CPU time."""
        try:
            with open(f"/proc/{proc.pid}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
            ticks = os.sysconf("SC_CLK_TCK")
            cpu = (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
            rss = int(fields[21]) * resource.getpagesize()
        except (OSError, ValueError, IndexError):
            return  # no /proc: the operating-system limits remain
        if rss > RECYCLE_RSS or cpu > RECYCLE_CPU:
            self._stop()

    def _stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            if proc.poll() is None:
                try:
                    proc.stdin.close()  # end of input: the worker halts
                    proc.wait(timeout=2)
                except (OSError, subprocess.TimeoutExpired):
                    proc.kill()
                    proc.wait()
            for stream in (proc.stdin, proc.stdout):
                try:
                    stream.close()
                except OSError:
                    pass
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None


_workers: dict[Path, ResearchWorker] = {}
_workers_lock = threading.Lock()


def shared_worker(kb_dir: Path) -> ResearchWorker:
    """The process's research worker for the knowledge base in ``kb_dir``, made on first use."""
    with _workers_lock:
        worker = _workers.get(kb_dir)
        if worker is None:
            worker = _workers[kb_dir] = ResearchWorker(kb_dir)
        return worker
