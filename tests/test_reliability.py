"""Issue 14's table, row by row: nothing a user sends crashes, exhausts or poisons the engine.

The research rows (a deep term, an atom bomb, an error-message bomb, fresh
functor names, a killed worker) are in tests/test_research_worker.py; the
others are here. Each test is bounded in time (subprocess timeouts, small
batches) and the memory cases run in a child process under an address-space
cap, their peak read from the child's own rusage. Speed and memory figures
at scale are the benchmark's (bench/run.py, docs/performance.md).
"""

from __future__ import annotations

import hashlib
import json
import os
import pty
import select
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from secret_kb import KBError, KnowledgeBase, Scenario
from secret_kb import image_cache, libswipl
from secret_kb.cli import MAX_LINE, main

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = Path(sys.executable).parent / "secret-kb"
POLICE = {"discloser": "educator", "information": "client_status", "recipient": "police",
          "date": "2025-01-01"}
LINES = [{"id": str(i), "discloser": ["doctor", "social_worker", "educator"][i % 3],
          "information": "confidence", "recipient": ["police", "colleague", "public_prosecutor"][i % 3],
          "date": "2025-01-01"} for i in range(3)]


def jsonl(count: int) -> bytes:
    return b"".join(json.dumps({**LINES[i % 3], "id": str(i)}).encode() + b"\n"
                    for i in range(count))


def python(code: str, timeout: float = 180, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, **kwargs)


def read_lines(stream, count: int, timeout: float) -> list[bytes]:
    """``count`` lines from a pipe, waiting at most ``timeout`` seconds in all."""
    deadline, lines = time.monotonic() + timeout, []
    while len(lines) < count:
        left = deadline - time.monotonic()
        assert left > 0 and select.select([stream], [], [], left)[0], f"only {len(lines)} lines"
        line = stream.readline()
        assert line, "the output ended"
        lines.append(line)
    return lines


# -- batches stream ------------------------------------------------------------------------

def test_each_answer_is_written_and_flushed_before_the_next_line_is_read():
    """The first answer comes while the batch's input is still open: one line in, one out."""
    proc = subprocess.Popen([str(SCRIPT), "batch", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        for i in range(3):
            proc.stdin.write(json.dumps({**POLICE, "id": i}).encode() + b"\n")
            proc.stdin.flush()
            (line,) = read_lines(proc.stdout, 1, 60)
            assert json.loads(line)["id"] == i
        proc.stdin.close()
        assert proc.wait(30) == 0
    finally:
        proc.kill()
        proc.wait()


def test_ask_iter_yields_before_it_has_read_its_input(kb):
    taken = []

    def scenarios():
        for i in range(1000):
            taken.append(i)
            yield {**POLICE, "id": i}

    answers = kb.ask_iter(scenarios())
    first = next(answers)
    assert first.id == 0 and first.verdict == "forbidden"
    assert len(taken) <= 2 + 4  # a few queued ahead, not the batch
    answers.close()  # the queued ones are cancelled
    assert kb.ask(POLICE).verdict == "forbidden"


def test_ask_iter_and_ask_many_keep_order_and_isolate_errors(kb):
    batch = [POLICE, {**POLICE, "discloser": "doktor"}, "not a scenario", {**POLICE, "id": 9}]
    results = list(kb.ask_iter(batch, return_errors=True, format="json"))
    assert [type(r).__name__ for r in results] == ["str", "KBError", "KBError", "str"]
    assert json.loads(results[3])["id"] == 9
    assert results[1].field == "discloser"
    with pytest.raises(KBError, match="^scenario 1: "):
        list(kb.ask_iter(batch))
    with pytest.raises(KBError) as caught:
        kb.ask_many(POLICE)  # one scenario is not a batch of its keys
    assert caught.value.field == "scenarios"


def test_a_long_batch_stays_small_in_a_child_under_a_memory_cap(tmp_path):
    """Memory independent of the batch's length: 150 answers (about 100 KB of JSON each) at
    most ~100 MB resident; the batch that was one Prolog string held over 1 MB per answer."""
    source = tmp_path / "batch.jsonl"
    source.write_bytes(jsonl(150))
    # The child's own high-water mark (VmHWM): its rusage would carry this process's size,
    # which Linux keeps across the exec of a forked child.
    code = (
        "import os, resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))\n"
        "from secret_kb.cli import main\n"
        "try:\n"
        f"    main(['batch', {str(source)!r}])\n"
        "except SystemExit as done:\n"
        "    status = done.code\n"
        "sys.stdout.flush()\n"
        "peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0]\n"
        "sys.stderr.write(str(int(peak.split()[1]) // 1024))\n"
        "os._exit(status)\n"
    )
    with open(tmp_path / "out.jsonl", "wb") as out:
        proc = subprocess.run([sys.executable, "-c", code], stdout=out, stderr=subprocess.PIPE,
                              timeout=300, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    peak_mb = int(proc.stderr.decode().split()[-1])
    lines = (tmp_path / "out.jsonl").read_bytes().splitlines()
    assert [json.loads(line)["id"] for line in lines] == [str(i) for i in range(150)]
    assert peak_mb < 120, f"a 150-line batch peaked at {peak_mb} MB"


def test_a_40_mb_line_is_its_own_error_and_the_batch_goes_on(tmp_path):
    big = json.dumps({**POLICE, "id": "big", "note": "a" * (40 << 20)}).encode()
    source = tmp_path / "batch.jsonl"
    source.write_bytes(json.dumps({**POLICE, "id": 1}).encode() + b"\n" + big + b"\n"
                       + json.dumps({**POLICE, "id": 3}).encode())
    run = subprocess.run([str(SCRIPT), "batch", str(source)], capture_output=True, timeout=120)
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert run.returncode == 1, run.stderr
    assert [r.get("id") for r in records] == [1, None, 3]
    assert records[0]["verdict"] == records[2]["verdict"] == "forbidden"
    error = records[1]["error"]
    assert error["field"] == "line" and f"at most {MAX_LINE:,}" in error["message"]
    assert error["value"] == len(big) + 1


@pytest.mark.parametrize("line, field, needle", [
    ('{"discloser": "educator", "discloser": "doctor", "information": "confidence", '
     '"recipient": "police"}', "discloser", "twice"),
    ('{"discloser": "doctor", "information": "medical_data", "recipient": "police", '
     '"facts": {"": true}}', "facts", "''"),
    ('{"discloser": "doctor", "information": "medical_data", "recipient": "police", '
     '"facts": {"person_consents": true, "person_consents": false}}', "person_consents", "twice"),
    ('{"id": ' + "9" * 5000 + "}", None, "not valid JSON"),
    ('{"discloser": "\\ud800"}', None, "surrogate"),
    ("[" * 100_000 + "]" * 100_000, None, "nested too deep"),
])
def test_a_broken_line_is_its_own_error(line, field, needle):
    result = CliRunner().invoke(main, ["batch", "-"], input=f"{json.dumps(POLICE)}\n{line}\n")
    first, second = (json.loads(text) for text in result.stdout.splitlines())
    assert result.exit_code == 1 and first["verdict"] == "forbidden"
    assert second["error"]["field"] == field and needle in second["error"]["message"], second


@pytest.mark.parametrize("signum, status", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_ends_the_batch_on_a_whole_line_with_a_status_saying_so(signum, status):
    proc = subprocess.Popen([str(SCRIPT), "batch", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        proc.stdin.write(jsonl(400))
        proc.stdin.flush()
        first = read_lines(proc.stdout, 3, 90)
        proc.send_signal(signum)
        rest, errors = proc.communicate(timeout=60)
    finally:
        proc.kill()
        proc.wait()
    output = b"".join(first) + rest
    assert proc.returncode == status, errors
    assert output.endswith(b"\n")
    records = [json.loads(line) for line in output.splitlines()]
    assert [r["id"] for r in records] == [str(i) for i in range(len(records))]
    assert len(records) < 400
    (line,) = errors.decode().splitlines()
    name = signal.Signals(signum).name
    assert line == f"error: the batch was cut short by {name} after {len(records):,} answers"


def test_a_reader_that_goes_away_ends_the_batch_with_one_line(tmp_path):
    source = tmp_path / "batch.jsonl"
    source.write_bytes(jsonl(200))
    proc = subprocess.Popen([str(SCRIPT), "batch", str(source)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    read_lines(proc.stdout, 1, 60)
    proc.stdout.close()  # as `| head -n 1` does
    errors = proc.stderr.read().decode()
    assert proc.wait(60) == 1
    (line,) = errors.splitlines()
    assert line.startswith("error: the output was closed after ") and "Traceback" not in errors


def test_a_batch_shows_its_progress_on_a_terminal_only(tmp_path):
    source = tmp_path / "batch.jsonl"
    source.write_bytes(jsonl(60))
    master, slave = pty.openpty()
    proc = subprocess.Popen([str(SCRIPT), "batch", str(source)], stdout=subprocess.PIPE,
                            stderr=slave, stdin=subprocess.DEVNULL)
    os.close(slave)
    shown = b""
    try:
        out, _ = proc.communicate(timeout=120)
        while select.select([master], [], [], 0.5)[0]:
            try:
                chunk = os.read(master, 1 << 16)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(master)
    assert proc.returncode == 0
    assert len(out.splitlines()) == 60 and b"answered" not in out
    assert b"answered" in shown and b"% read" in shown
    piped = subprocess.run([str(SCRIPT), "batch", str(source)], capture_output=True, timeout=120)
    assert piped.returncode == 0 and piped.stderr == b""


# -- a trusted precompiled image -----------------------------------------------------------

EVIL = """:- ( getenv('SECRET_KB_TEST_EVIL', File)
     -> open(File, write, Out), write(Out, pwned), close(Out)
     ;  true ).
"""

_START = """
import json, sys
from pathlib import Path
from secret_kb import KnowledgeBase
from secret_kb.engine import PrologEngine
engine = PrologEngine(Path(sys.argv[1]))
print(KnowledgeBase(engine=engine).ask(json.loads(sys.argv[2])).verdict)
"""


@pytest.fixture
def kb_copy(tmp_path) -> Path:
    import shutil

    copy = tmp_path / "kb"
    shutil.copytree(ROOT / "kb", copy, ignore=shutil.ignore_patterns(".qlf"))
    return copy


def forged_image(kb_dir: Path, tmp_path: Path) -> tuple[bytes, str]:
    """An image that runs code when loaded, named as this kb's image would be: (bytes, name)."""
    evil = tmp_path / "evil" / "evil.pl"
    evil.parent.mkdir()
    evil.write_text(EVIL, encoding="utf-8")
    subprocess.run(["swipl", "-q", "-g", f"qcompile('{evil}')", "-t", "halt"], check=True,
                   timeout=60, env={k: v for k, v in os.environ.items()
                                    if k != "SECRET_KB_TEST_EVIL"})
    data = evil.with_suffix(".qlf").read_bytes()
    digest = image_cache.kb_digest(kb_dir, libswipl.library_path())
    return data, f"kb-{digest}-{hashlib.sha256(data).hexdigest()[:16]}.qlf"


def start(kb_dir: Path, tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    marker = tmp_path / "PWNED"
    return subprocess.run([sys.executable, "-c", _START, str(kb_dir), json.dumps(POLICE)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "SECRET_KB_TEST_EVIL": str(marker), **env})


@pytest.mark.parametrize("how", ["writable by others", "another user's"])
def test_an_image_planted_in_a_shared_cache_is_never_loaded(kb_copy, tmp_path, how):
    data, name = forged_image(kb_copy, tmp_path)
    (kb_copy / ".qlf").mkdir(mode=0o755)
    (kb_copy / ".qlf").chmod(0o777)  # the kb's own place refused: the user cache is next
    cache = tmp_path / "xdg"
    shared = cache / "secret-kb" / image_cache._user_cache(kb_copy)[0].name
    shared.mkdir(parents=True)
    (shared / name).write_bytes(data)
    if how == "writable by others":
        shared.chmod(0o777)
    else:
        os.chown(shared, 65534, 65534)
    run = start(kb_copy, tmp_path, XDG_CACHE_HOME=str(cache))
    assert run.returncode == 0 and run.stdout.strip() == "forbidden", run.stderr
    assert not (tmp_path / "PWNED").exists()
    assert f"not loading the precompiled kb image in {shared}" in run.stderr
    assert sorted(p.name for p in shared.iterdir()) == [name]  # left alone, and nothing added


def test_the_same_image_in_a_trusted_place_does_run(kb_copy, tmp_path):
    """The control: the forged image is a real threat, it is its place that stops it."""
    data, name = forged_image(kb_copy, tmp_path)
    (kb_copy / ".qlf").mkdir(mode=0o755)
    (kb_copy / ".qlf" / name).write_bytes(data)
    start(kb_copy, tmp_path)
    assert (tmp_path / "PWNED").exists()


@pytest.mark.parametrize("kind", ["group-writable file", "symbolic link", "fifo"])
def test_an_image_that_is_not_a_plain_file_of_ours_is_removed_never_loaded(kb_copy, tmp_path,
                                                                            kind):
    data, name = forged_image(kb_copy, tmp_path)
    (kb_copy / ".qlf").mkdir(mode=0o755)
    image = kb_copy / ".qlf" / name
    if kind == "group-writable file":
        image.write_bytes(data)
        image.chmod(0o664)
    elif kind == "symbolic link":
        (tmp_path / "elsewhere.qlf").write_bytes(data)
        image.symlink_to(tmp_path / "elsewhere.qlf")
    else:
        os.mkfifo(image)  # reading it would hang the start for ever
    run = start(kb_copy, tmp_path)
    assert run.returncode == 0 and run.stdout.strip() == "forbidden", run.stderr
    assert not (tmp_path / "PWNED").exists()
    assert not image.exists() and not image.is_symlink()
    (rebuilt,) = (kb_copy / ".qlf").glob("kb-*.qlf")
    assert rebuilt.stat().st_mode & 0o777 == 0o644


def test_untrusted_says_why():
    assert image_cache.untrusted(ROOT / "kb") is None
    assert image_cache.untrusted(Path("/nonexistent/place")).startswith("it cannot be examined")
    assert image_cache.untrusted(ROOT / "README.md") == "it is not a directory"


# -- freeze and symbolic links ---------------------------------------------------------------

@pytest.mark.parametrize("force", [False, True])
def test_freeze_never_writes_through_a_symbolic_link(tmp_path, force):
    target = tmp_path / "precious.txt"
    target.write_text("precious\n")
    (tmp_path / "case.toml").symlink_to(target)
    args = ["freeze", "--name", "case", "--queries-dir", str(tmp_path), "--discloser", "doctor",
            "--information", "medical_data", "--recipient", "police", "--date", "2025-01-01"]
    result = CliRunner().invoke(main, args + (["--force"] if force else []))
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and "symbolic link" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert target.read_text() == "precious\n"


# -- deterministic answers -------------------------------------------------------------------

_DIGESTS = """
import hashlib, json, sys
from pathlib import Path
from secret_kb import KnowledgeBase, Scenario
files = json.loads(sys.argv[1])
out = {}
for lang in ("fr", "en"):
    kb = KnowledgeBase(lang)
    for name in files:
        text = kb.ask(Scenario.from_file(Path("queries") / name), format="json")
        out[lang + "/" + name] = hashlib.sha256(text.encode()).hexdigest()
print(json.dumps(out, sort_keys=True))
"""


def test_the_same_scenario_gives_the_same_bytes_in_any_process_and_order():
    names = sorted(p.name for p in (ROOT / "queries").glob("*.toml"))[::6]
    forward, backward = (subprocess.run([sys.executable, "-c", _DIGESTS, json.dumps(order)],
                                        capture_output=True, text=True, timeout=300, cwd=ROOT)
                         for order in (names, names[::-1]))
    assert forward.returncode == backward.returncode == 0, forward.stderr + backward.stderr
    assert json.loads(forward.stdout) == json.loads(backward.stdout)


def test_no_variable_number_in_an_answer(kb):
    """The conclusion code_permits(_) of the codes' necessity rule once came out as
    code_permits(_14160), a number that changes from one ask to the next."""
    scenario = {"discloser": "psychologist", "information": "confidence", "recipient": "police",
                "facts": {"grave_imminent_danger": True, "other_means": False}}
    first = kb.ask(scenario, format="json")
    kb.ask({**POLICE, "discloser": "doctor"})
    assert kb.ask(scenario, format="json") == first
    assert '"code_permits(_)"' in first
    import re

    assert not re.search(r"[(,\[ ]_[0-9]+", first)


def test_research_text_names_its_variables_the_same_every_time(kb):
    cyclic = [kb.query("X = f(X, Y, a)") for _ in range(2)]
    assert cyclic[0] == cyclic[1] == [{"X": "@(_A,[_A=f(_A,Y,a)])", "Y": None}]
    messages = []
    for _ in range(2):
        with pytest.raises(KBError) as caught:
            kb.query("atom_length(f(X, _, X), _)")
        messages.append(caught.value.message)
    assert messages[0] == messages[1] and "f(A,_,A)" in messages[0]


# -- one kind of error -------------------------------------------------------------------------

def _deep(depth: int) -> list:
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


BASE = {"discloser": "doctor", "information": "medical_data", "recipient": "police"}
BAD_INPUT = {
    "a duplicate key": (lambda kb: Scenario.from_json(
        '{"discloser": "doctor", "discloser": "nurse", "information": "x", "recipient": "y"}'),
        "discloser"),
    "an empty fact name": (lambda kb: kb.ask({**BASE, "facts": {"": True}}), "facts"),
    "an empty field name": (lambda kb: kb.ask({**BASE, "": 1}), ""),
    "a huge integer": (lambda kb: kb.ask({**BASE, "id": 10 ** 5000}), "id"),
    "a huge integer in JSON": (lambda kb: Scenario.from_json('{"id": ' + "9" * 5000 + "}"), None),
    "a lone surrogate": (lambda kb: kb.ask({**BASE, "discloser": "doctor\ud800"}), "discloser"),
    "a lone surrogate in a goal": (lambda kb: kb.query("X = '\ud800'"), "goal"),
    "a lone surrogate in a file name": (lambda kb: Scenario.from_file("\ud800.json"), "path"),
    "a NUL byte in a file name": (lambda kb: Scenario.from_file("a\x00.json"), "path"),
    "no file name": (lambda kb: Scenario.from_file(None), "path"),
    "JSON that is not text": (lambda kb: Scenario.from_json(None), "text"),
    "TOML that is not text": (lambda kb: Scenario.from_toml(b"x = 1"), "text"),
    "deep nesting": (lambda kb: kb.ask({**BASE, "id": _deep(100_000)}), "id"),
    "deep nesting in JSON": (lambda kb: Scenario.from_json("[" * 100_000 + "]" * 100_000), None),
    "NaN in JSON": (lambda kb: Scenario.from_json('{"discloser": NaN}'), None),
    "no iterable": (lambda kb: kb.ask_many(3), "scenarios"),
    "an infinite time limit": (lambda kb: kb.query("true", time_limit=float("inf")), "time_limit"),
    "a NaN time limit": (lambda kb: kb.query("true", time_limit=float("nan")), "time_limit"),
    "a huge solution cap": (lambda kb: kb.query("true", max_solutions=10 ** 400), "max_solutions"),
    "a catalogue part that is not text": (lambda kb: kb.sources("\ud800"), "what"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUT))
def test_bad_input_through_python_is_a_kb_error_naming_the_field(kb, case):
    call, field = BAD_INPUT[case]
    with pytest.raises(KBError) as caught:
        call(kb)
    assert caught.value.field == field, caught.value.message
    assert caught.value.message and len(caught.value.message) <= 4000


def test_bad_input_on_the_command_line_is_exit_2_and_one_line(tmp_path):
    path = tmp_path / "twice.json"
    path.write_text('{"discloser": "doctor", "discloser": "nurse", "information": "medical_data",'
                    ' "recipient": "police"}')
    result = CliRunner().invoke(main, ["ask", "--file", str(path)])
    assert result.exit_code == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: ") and "twice" in line


# -- Ctrl-C ----------------------------------------------------------------------------------------

def test_ctrl_c_cancels_the_prolog_call_and_the_next_call_works():
    code = (
        "import os, signal, threading, time\n"
        "from secret_kb import KnowledgeBase\n"
        "kb = KnowledgeBase()\n"
        f"kb.ask({POLICE!r})\n"
        "threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT)).start()\n"
        "start = time.monotonic()\n"
        "try:\n"
        "    kb.check()\n"
        "    print('finished')\n"
        "except KeyboardInterrupt:\n"
        "    print('interrupted', time.monotonic() - start < 5)\n"
        "start = time.monotonic()\n"
        f"print(kb.ask({POLICE!r}).verdict, time.monotonic() - start < 5)\n"
    )
    run = python(code)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["interrupted", "True", "forbidden", "True"]


def test_a_cancelled_job_never_cancels_the_next(kb):
    """An abort that arrives as its call ends is handled before the next call starts."""
    engine = kb._engine
    for _ in range(20):
        job = engine.submit("statistics", "{}")
        threading.Thread(target=engine.cancel, args=([job],)).start()
        try:
            engine.result(job)
        except KBError as error:
            assert "cancelled" in error.message
        assert kb.ask(POLICE).verdict == "forbidden"


# -- a missing SWI-Prolog -------------------------------------------------------------------------

def test_a_missing_swi_prolog_is_one_clear_message():
    code = ("import ctypes.util\n"
            "ctypes.util.find_library = lambda name: None\n"
            "from secret_kb import KnowledgeBase, KBError\n"
            "try:\n"
            "    KnowledgeBase()\n"
            "except KBError as error:\n"
            "    print(error.message)\n")
    run = python(code, env={**os.environ, "PATH": "/nonexistent"})
    assert run.stdout.strip() == "secret-kb needs SWI-Prolog: install swi-prolog-nox", run.stderr
    cli = subprocess.run([str(SCRIPT), "ask", "--discloser", "doctor", "--information",
                          "medical_data", "--recipient", "police"], capture_output=True, text=True,
                         timeout=60, env={**os.environ, "LIBSWIPL_PATH": "/nonexistent/libswipl.so",
                                          "SWI_HOME_DIR": "/nonexistent"})
    assert cli.returncode == 1 and cli.stdout == ""
    (line,) = cli.stderr.splitlines()
    assert line.startswith("error: secret-kb needs SWI-Prolog: install swi-prolog-nox")


def test_libswipl_found_by_its_bare_name_is_the_file_mapped(tmp_path):
    """With no swipl on the PATH, pyswip loads libswipl.so.9 by name: its file is not ./ ."""
    code = ("from secret_kb import libswipl, KnowledgeBase\n"
            "print(libswipl.library_path())\n"
            "print(KnowledgeBase().ask({'discloser': 'doctor', 'information': 'medical_data', "
            "'recipient': 'police'}).verdict)\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         cwd=tmp_path, env={**os.environ, "PATH": "/nonexistent",
                                            "PYTHONPATH": str(ROOT)})
    assert run.returncode == 0, run.stderr
    path, verdict = run.stdout.split()
    assert os.path.isabs(path) and Path(path).is_file() and verdict == "forbidden"
