"""Research queries run in a worker process: nothing a query does reaches the caller.

The rows of issue 14 that concern research queries, as regression tests,
each bounded in time (subprocess timeouts, wall-clock asserts) and memory
(the worker runs under a 1 GiB address-space limit; the caller's own peak
is measured in a child Python process, RUSAGE_SELF).
"""

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from secret_kb import KBError, KnowledgeBase
from secret_kb import research
from secret_kb.cli import main

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = Path(sys.executable).parent / "secret-kb"

DEEP = ("length(_K, 20000), pairs_keys_values(_P, _K, _), append(_P0, [_], _P), "
        "_K = [_|_P0], last(_K, D)")
MILLION_A = "length(_L, 1000000), _L = [97|_T], append(_T, [97], _L), atom_codes(_A, _L)"
ATOM_BOMB = MILLION_A + ", findall(_S, sub_atom(_A, 0, _, _, _S), _B), length(_B, N)"
MESSAGE_BOMB = MILLION_A + ", atom_length(f(" + ", ".join(["_A"] * 200) + "), _)"
SLOW = "length(L, 1000000), between(1, inf, _), msort(L, _), fail"  # seconds, few inferences
SCENARIO = {"discloser": "nurse", "information": "confidence", "recipient": "press"}


def worker(kb: KnowledgeBase) -> research.ResearchWorker:
    return research.shared_worker(kb._engine.kb_dir)


def python(code: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)


def test_the_answering_engine_has_no_query_entry(kb):
    with pytest.raises(KBError, match="unknown entry"):
        kb._engine.call("query", json.dumps({"goal": "true"}))


def test_a_deep_term_written_back_does_not_kill_the_caller():
    run = subprocess.run([str(SCRIPT), "query", DEEP], capture_output=True, text=True, timeout=120)
    assert run.returncode in (1, 2), run
    assert run.stderr.startswith("error: ") and len(run.stderr.splitlines()) == 1, run.stderr
    assert "Traceback" not in run.stderr


def test_a_deep_term_from_python(kb):
    with pytest.raises(KBError) as caught:
        kb.query(DEEP)
    assert caught.value.kind == "resource_error" and "nested" in caught.value.message
    assert kb.ask(SCENARIO).verdict == "forbidden"
    assert kb.query("X = f(f(a))") == [{"X": "f(f(a))"}]


def test_an_atom_bomb_is_an_error_and_the_caller_stays_small():
    code = (
        "import resource, time\n"
        "from secret_kb import KnowledgeBase, KBError\n"
        "kb = KnowledgeBase()\n"
        f"assert kb.ask({SCENARIO!r}).verdict == 'forbidden'\n"
        "start = time.monotonic()\n"
        "try:\n"
        f"    kb.query({ATOM_BOMB!r})\n"
        "    print('NO ERROR')\n"
        "except KBError as e:\n"
        "    print('KBError', e.kind)\n"
        "print(round(time.monotonic() - start, 1))\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)\n"
        f"print(kb.ask({SCENARIO!r}).verdict)\n"
        "print(kb.query('X = 1'))\n"
    )
    run = python(code)
    assert run.returncode == 0, run.stderr
    kind, elapsed, peak_mb, verdict, after = run.stdout.splitlines()
    assert kind == "KBError resource_error"
    assert float(elapsed) < 10
    assert int(peak_mb) < 600, f"the caller's resident memory reached {peak_mb} MB"
    assert verdict == "forbidden" and after == "[{'X': 1}]"


def test_an_error_message_bomb_is_quick_and_short(kb):
    start = time.monotonic()
    with pytest.raises(KBError) as caught:
        kb.query(MESSAGE_BOMB)
    assert time.monotonic() - start < 8
    assert caught.value.kind == "type_error"
    assert len(caught.value.message) <= 5000 and len(str(caught.value.value)) <= 200
    assert kb.query("X = 1") == [{"X": 1}]


def test_fresh_functor_names_do_not_grow_the_caller(kb):
    kb.query("true")  # the worker is up
    before = kb._engine.statistics(collect=True)
    rss_before = _rss(os.getpid())
    for i in range(2000):
        goal = (f"zq_fresh_{i}(X)", f"X = zq_made_{i}(a)", f"zq_broken_{i}(")[i % 3]
        try:
            kb.query(goal)
        except KBError as error:
            assert error.kind in ("permission_error", "syntax_error")
    after = kb._engine.statistics(collect=True)
    assert after["functors"] - before["functors"] < 50
    assert after["atoms"] - before["atoms"] < 200
    assert _rss(os.getpid()) - rss_before < 30 << 20


def test_a_killed_worker_is_a_resource_error_and_the_next_query_works(kb):
    kb.query("true")
    pid = worker(kb).pid
    threading.Timer(0.5, os.kill, (pid, signal.SIGKILL)).start()
    with pytest.raises(KBError) as caught:
        kb.query(SLOW)
    assert caught.value.kind == "resource_error" and "killed" in caught.value.message
    assert kb.query("member(X, [a])") == [{"X": "a"}]
    assert worker(kb).pid != pid


def test_a_dead_worker_is_replaced_before_the_next_query(kb):
    kb.query("true")
    pid = worker(kb).pid
    os.kill(pid, signal.SIGKILL)
    time.sleep(0.2)
    assert kb.query("member(X, [a])") == [{"X": "a"}]
    assert worker(kb).pid not in (None, pid)


def test_the_wall_clock_deadline_kills_a_stalled_worker(kb, monkeypatch):
    kb.query("true")
    monkeypatch.setattr(research, "ANSWER_MARGIN", -4.5)  # 0.5 s in all, for a 5 s query
    start = time.monotonic()
    result = CliRunner().invoke(main, ["query", SLOW])
    assert time.monotonic() - start < 4
    assert result.exit_code == 1, result.output
    assert "took too long" in result.stderr
    monkeypatch.undo()
    assert kb.query("member(X, [a])") == [{"X": "a"}]


def test_ctrl_c_stops_the_query_and_the_next_one_works():
    code = (
        "import os, signal, threading, time\n"
        "from secret_kb import KnowledgeBase\n"
        "kb = KnowledgeBase()\n"
        "kb.query('true')\n"
        "threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT)).start()\n"
        "start = time.monotonic()\n"
        "try:\n"
        f"    kb.query({SLOW!r})\n"
        "except KeyboardInterrupt:\n"
        "    print(time.monotonic() - start < 2)\n"
        "print(kb.query('X = 1'))\n"
    )
    run = python(code)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["True", "[{'X': 1}]"]


def test_the_worker_runs_under_operating_system_limits(kb):
    kb.query("true")
    limits = Path(f"/proc/{worker(kb).pid}/limits").read_text()
    address = next(line for line in limits.splitlines() if line.startswith("Max address space"))
    cpu = next(line for line in limits.splitlines() if line.startswith("Max cpu time"))
    assert str(research.MEMORY_LIMIT) in address
    assert str(research.CPU_LIMIT) in cpu


def test_a_worn_worker_is_replaced(kb, monkeypatch):
    kb.query("true")
    pid = worker(kb).pid
    monkeypatch.setattr(research, "RECYCLE_RSS", 1)
    kb.query("true")
    assert worker(kb).pid is None  # stopped after its answer
    monkeypatch.undo()
    assert kb.query("member(X, [a])") == [{"X": "a"}]
    assert worker(kb).pid != pid


def _rss(pid: int) -> int:
    with open(f"/proc/{pid}/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
