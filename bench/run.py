"""The benchmark: how fast and how lean secret-kb is, against SWI-Prolog itself.

One command, one run (``make bench``, or ``.venv/bin/python bench/run.py``).
The same scenarios (every saved query of queries/, and a generated mix of
every role x every recipient x three sets of facts) are answered:

(a) natively: ``swipl`` loads kb/load.pl and times may_disclose/3 over them,
    read from a JSON file whose path it gets in argv (bench/native.pl);
(b) through ``KnowledgeBase.ask``, one by one;
(c) through ``KnowledgeBase.ask_many``, in one batch;
(d) cold start: ``secret-kb ask --json`` in a fresh process against bare
    ``swipl`` loading kb/load.pl and answering the same question (medians);
(e) memory: RSS and the Prolog atom table over 100,000 asks after a warm-up;
(f) 8 Python threads x 1,000 asks;
(g) ``secret-kb check``, when the command exists;
(h) ``secret-kb batch`` streaming JSON Lines files of 1,000, 10,000 and
    100,000 scenarios: answers per second and the process's peak RSS;
(i) the research worker (a child ``swipl``): its start, and its restart
    after it was killed.

It prints each figure, each ratio and each target with PASS or FAIL, and
exits 1 when a target fails. ``--quick`` runs smaller counts (a smoke run;
its memory figures prove little).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NATIVE = Path(__file__).resolve().parent / "native.pl"
COLD_QUERY = ROOT / "queries" / "seed1_police_asks_if_followed.toml"

# Three sets of facts for the generated mix: all unknown; what shared secrecy
# needs; danger to a minor (only_way_to_protect entails other_means=false and
# can_protect=false, so none of these contradict each other).
FACT_SETS = (
    {},
    {"person_consents": True, "same_mission": True, "recipient_bound_by_secrecy": True,
     "in_person_interest": True, "strictly_necessary": True},
    {"grave_imminent_danger": True, "only_way_to_protect": True, "proportionate": True,
     "victim_minor": True, "listed_offence": True, "victim_examined_or_confided": True,
     "called_to_testify": True},
)
# Dates either side of the law's changes (2001, 2012, 2017, CC 44/2019).
DATES = ("2000-06-01", "2013-01-01", "2018-06-01", "2021-01-01", "2025-01-01")

TARGETS = {"ask": 3.0, "ask_many": 2.0, "cold": 2.0}
BATCH_RSS_LIMIT_MB = 200  # peak resident memory of secret-kb batch, whatever its length
RSS_LIMIT_KB = 2048     # growth over the measured asks, after warm-up
ATOMS_LIMIT = 100       # growth of the atoms in use (after atom GC), idem


# -- the scenarios --------------------------------------------------------------

def native(*args: str, timeout: float = 600) -> str:
    """Run bench/native.pl with ``args`` (paths and words only, never goal text)."""
    run = subprocess.run([_swipl(), "-q", str(NATIVE), *args], capture_output=True,
                         text=True, timeout=timeout)
    if run.returncode != 0:
        sys.exit(f"bench/native.pl {' '.join(args)} failed:\n{run.stderr}")
    return run.stdout


def saved_scenarios() -> list[dict]:
    from secret_kb import Scenario

    paths = sorted(p for p in (ROOT / "queries").iterdir() if p.suffix in (".toml", ".json"))
    return [Scenario.from_file(p).to_dict() for p in paths]


def generated_scenarios(vocabulary: dict[str, list[str]]) -> list[dict]:
    facts = set(vocabulary["fact"])
    infos, places = vocabulary["information"], vocabulary["institution"]
    scenarios = []
    for f, fact_set in enumerate(FACT_SETS):
        for r, role in enumerate(vocabulary["role"]):
            for t, recipient in enumerate(vocabulary["recipient"]):
                k = len(scenarios)
                scenario = {"discloser": role, "information": infos[(r + t + f) % len(infos)],
                            "recipient": recipient, "date": DATES[k % len(DATES)]}
                if k % 3 == 0:
                    scenario["institution"] = places[k // 3 % len(places)]
                known = {name: value for name, value in fact_set.items() if name in facts}
                if known:
                    scenario["facts"] = known
                scenarios.append(scenario)
    return scenarios


# -- measurements -----------------------------------------------------------------

def verdict(kb, scenario) -> str:
    from secret_kb import KBError

    try:
        return kb.ask(scenario).verdict
    except KBError:
        return "error"


def measure_speed(kb, scenarios: list[dict], rounds: int, kb_dir: Path) -> dict:
    """(a), (b) and (c), round after round, so that a busy spell of the machine hits all three.

    Each round of (a) is a fresh ``swipl`` that answers every scenario once
    untimed, then once timed. The figure of each path is its best round, in
    wall-clock time; the CPU time of the process (all its threads) is kept
    too, as a check that is less sensitive to other work on the machine.
    """
    from secret_kb import KBError

    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as f:
        json.dump(scenarios, f, ensure_ascii=False)
    verdicts = {"ask": [verdict(kb, s) for s in scenarios],  # warm-up, and what to compare
                "ask_many": ["error" if isinstance(r, KBError) else r.verdict
                             for r in kb.ask_many(scenarios, return_errors=True)]}
    times: dict[str, list[float]] = {"native": [], "ask": [], "ask_many": []}
    cpu: dict[str, list[float]] = {"native": [], "ask": [], "ask_many": []}

    def timed(name: str, run) -> None:
        start, start_cpu = time.perf_counter(), time.process_time()
        run()
        times[name].append(time.perf_counter() - start)
        cpu[name].append(time.process_time() - start_cpu)

    try:
        for _ in range(rounds):
            result = json.loads(native("time", str(kb_dir), f.name, "1"))
            times["native"] += result["rounds"]
            cpu["native"] += result["cpu"]
            verdicts["native"] = result["verdicts"]
            timed("ask", lambda: [verdict(kb, s) for s in scenarios])
            timed("ask_many", lambda: kb.ask_many(scenarios, return_errors=True))
    finally:
        os.unlink(f.name)
    return {name: {"per_answer": min(t) / len(scenarios), "rounds": t,
                   "cpu_per_answer": min(cpu[name]) / len(scenarios), "cpu_rounds": cpu[name],
                   "verdicts": verdicts[name]} for name, t in times.items()}


def measure_cold(runs: int, kb_dir: Path) -> dict:
    """The CLI and bare swipl, answering the same question from the same file, interleaved."""
    from secret_kb import Scenario

    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as f:
        json.dump(Scenario.from_file(COLD_QUERY).to_dict(), f)
    commands = {
        "native": [_swipl(), "-q", str(NATIVE), "answer", str(kb_dir), f.name],
        "cli": [_cli(), "ask", "--file", f.name, "--json"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    outputs = {}
    try:
        first = {}
        for name, command in commands.items():  # untimed: disk cache, the kb's .qlf
            start = time.perf_counter()
            outputs[name] = _run(command)
            first[name] = time.perf_counter() - start
        for _ in range(runs):
            for name, command in commands.items():
                start = time.perf_counter()
                _run(command)
                times[name].append(time.perf_counter() - start)
    finally:
        os.unlink(f.name)
    same = json.loads(outputs["native"])["verdict"] == json.loads(outputs["cli"])["verdict"]
    return {name: statistics.median(t) for name, t in times.items()} | {
        "first_cli": first["cli"], "same_verdict": same, "runs": runs}


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def measure_memory(kb, scenarios: list[dict], asks: int, warm_up: int) -> dict:
    """``asks`` asks after ``warm_up`` ones; every tenth is bad input with a fresh name."""
    from secret_kb import KBError
    from secret_kb.engine import shared_engine

    engine = shared_engine()
    step = max(asks // 10, 1)

    def ask(i: int) -> None:
        scenario = scenarios[i % len(scenarios)]
        if i % 10 == 9:  # unknown names never become atoms, nor stay anywhere
            scenario = {**scenario, "discloser": f"nobody_{i}", "facts": {f"fact_{i}": True}}
        try:
            kb.ask(scenario)
        except KBError:
            pass

    for i in range(warm_up):
        ask(i)
    samples = []
    start = time.perf_counter()
    for i in range(asks + 1):
        if i % step == 0:
            stats = engine.statistics(collect=True)
            samples.append({"asks": i, "rss_kb": rss_kb(), "atoms": stats["atoms"],
                            "threads": stats["threads"]})
        if i < asks:
            ask(warm_up + i)
    elapsed = time.perf_counter() - start
    first, last = samples[0], samples[-1]
    return {"asks": asks, "warm_up": warm_up, "samples": samples, "seconds": elapsed,
            "rss_growth_kb": last["rss_kb"] - first["rss_kb"],
            "rss_spread_kb": max(s["rss_kb"] for s in samples) - min(s["rss_kb"] for s in samples),
            "atoms_growth": last["atoms"] - first["atoms"],
            "threads": sorted({s["threads"] for s in samples})}


def measure_threads(kb, scenarios: list[dict], expected: list[str], threads: int,
                    asks: int) -> dict:
    from secret_kb.engine import shared_engine

    engine = shared_engine()
    before = engine.statistics()["threads"]
    wrong: list[int] = []

    def worker(n: int) -> None:
        for k in range(asks):
            index = (n * asks + k) % len(scenarios)
            if verdict(kb, scenarios[index]) != expected[index]:
                wrong.append(index)

    pool = [threading.Thread(target=worker, args=(n,)) for n in range(threads)]
    start = time.perf_counter()
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    elapsed = time.perf_counter() - start
    return {"seconds": elapsed, "per_answer": elapsed / (threads * asks), "wrong": len(wrong),
            "prolog_threads": [before, engine.statistics()["threads"]]}


def measure_check(cli: str) -> dict | None:
    """``secret-kb check``: its time and exit status, or None when there is no such command."""
    probe = subprocess.run([cli, "check", "--help"], capture_output=True, text=True)
    if probe.returncode != 0:
        return None
    start = time.perf_counter()
    run = subprocess.run([cli, "check"], capture_output=True, text=True, timeout=1800)
    return {"seconds": time.perf_counter() - start, "status": run.returncode}


def measure_batch(scenarios: list[dict], lines: int) -> dict:
    """``secret-kb batch`` over a file of ``lines`` scenarios (the benchmark's, in turn, each
    with an id): its wall-clock time, its peak RSS and the lines it wrote.

    The peak is the child's VmHWM (/proc/PID/status), read as its output comes: the
    high-water mark of its own memory since it started. Not its rusage: Linux carries the
    ru_maxrss of the process that forked it (this one, large) across the exec.
    """
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        for i in range(lines):
            f.write(json.dumps({**scenarios[i % len(scenarios)], "id": i}, ensure_ascii=False))
            f.write("\n")
    try:
        start = time.perf_counter()
        proc = subprocess.Popen([_cli(), "batch", f.name], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL)
        written = peak_kb = 0
        while chunk := proc.stdout.read1(1 << 20):  # read as it comes: a pipe, not a file
            written += chunk.count(b"\n")
            peak_kb = max(peak_kb, _high_water_kb(proc.pid))
        status = proc.wait()
        elapsed = time.perf_counter() - start
    finally:
        os.unlink(f.name)
    return {"lines": lines, "written": written, "seconds": elapsed,
            "per_second": lines / elapsed, "peak_rss_mb": peak_kb / 1024, "status": status}


def _high_water_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:  # it has just ended
        pass
    return 0


def measure_research_worker(kb_dir: Path, restarts: int) -> dict:
    """The research worker's first start (kb loaded, sandbox warmed up), then its restarts:
    each time it is killed, and the next query's time (a new worker, then its answer)."""
    import signal

    from secret_kb.research import ResearchWorker

    worker = ResearchWorker(kb_dir)
    request = {"goal": "in_domain(role, R)", "max_solutions": 1}
    try:
        start = time.perf_counter()
        worker.call(request)
        first = time.perf_counter() - start
        times = []
        for _ in range(restarts):
            process = worker._proc
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            start = time.perf_counter()
            worker.call(request)
            times.append(time.perf_counter() - start)
    finally:
        worker.close()
    return {"first": first, "restart": statistics.median(times), "restarts": times}


# -- the report -------------------------------------------------------------------

def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
               platform.processor() or "unknown CPU")
    memory = next((int(line.split()[1]) for line in
                   Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal:")), 0)
    system = platform.platform(terse=True)
    release = Path("/etc/os-release")
    if release.is_file():
        for line in release.read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                system = line.split("=", 1)[1].strip('"')
    swipl = subprocess.run([_swipl(), "--version"], capture_output=True, text=True).stdout
    swipl = " ".join(swipl.split()[:3]) or "SWI-Prolog"
    return (f"{cpu}, {os.cpu_count()} cores, {memory / 2**20:.0f} GiB RAM, {system}, "
            f"Python {platform.python_version()}, {swipl}, pyswip {metadata.version('pyswip')}")


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, ...]] = []
        self.failed: list[str] = []

    def row(self, figure: str, value: str, ratio: str = "", target: str = "",
            ok: bool | None = None) -> None:
        result = "" if ok is None else "PASS" if ok else "FAIL"
        if ok is False:
            self.failed.append(figure)
        self.rows.append((figure, value, ratio, target, result))

    def print(self) -> None:
        header = ("figure", "value", "ratio", "target", "result")
        widths = [max(len(r[i]) for r in [header, *self.rows]) for i in range(5)]
        for line in [header, tuple("-" * w for w in widths), *self.rows]:
            print("  ".join(cell.ljust(w) for cell, w in zip(line, widths)).rstrip())


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="smaller counts: a smoke run, not figures to quote")
    parser.add_argument("--rounds", type=int,
                        help="timed rounds of (a), (b), (c), interleaved (default 5)")
    parser.add_argument("--cold-runs", type=int, help="runs of each cold start (default 10)")
    parser.add_argument("--asks", type=int, help="asks of the memory run (default 100000)")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    options = parser.parse_args()
    rounds = options.rounds or (1 if options.quick else 5)
    cold_runs = options.cold_runs or (3 if options.quick else 10)
    asks = options.asks or (5_000 if options.quick else 100_000)
    warm_up = min(10_000, asks // 2)
    thread_asks = 100 if options.quick else 1_000
    batches = (100, 300, 1_000) if options.quick else (1_000, 10_000, 100_000)
    restarts = 2 if options.quick else 5

    from secret_kb import KnowledgeBase
    from secret_kb.engine import kb_directory

    kb_dir = kb_directory()
    today = dt.date.today().isoformat()
    print(f"secret-kb benchmark, {today}: {machine()}")
    vocabulary = json.loads(native("vocabulary", str(kb_dir)))
    saved, generated = saved_scenarios(), generated_scenarios(vocabulary)
    scenarios = saved + generated
    print(f"{len(scenarios)} scenarios: {len(saved)} saved queries, {len(generated)} generated "
          f"({len(vocabulary['role'])} roles x {len(vocabulary['recipient'])} recipients x "
          f"{len(FACT_SETS)} sets of facts, information kinds, institutions and dates in turn)")

    figures: dict = {"date": today, "machine": machine(), "scenarios": len(scenarios)}
    kb = KnowledgeBase()
    progress(f"(a)-(c) {rounds} rounds of native, ask and ask_many")
    speed = measure_speed(kb, scenarios, rounds, kb_dir)
    figures["native"], figures["ask"], figures["ask_many"] = \
        nat, one, many = speed["native"], speed["ask"], speed["ask_many"]
    progress(f"(d) cold start, {cold_runs} runs each")
    figures["cold"] = cold = measure_cold(cold_runs, kb_dir)
    progress(f"(f) 8 threads x {thread_asks:,} asks")
    figures["threads"] = par = measure_threads(kb, scenarios, nat["verdicts"], 8, thread_asks)
    progress(f"(e) memory: {warm_up:,} asks to warm up, then {asks:,}")
    figures["memory"] = mem = measure_memory(kb, scenarios, asks, warm_up)
    progress("(g) secret-kb check")
    figures["check"] = check = measure_check(_cli())
    figures["batch"] = runs = []
    for lines in batches:
        progress(f"(h) secret-kb batch, {lines:,} lines")
        runs.append(measure_batch(scenarios, lines))
    progress(f"(i) the research worker: its start, {restarts} restarts")
    figures["research_worker"] = research = measure_research_worker(kb_dir, restarts)

    table = Table()
    base = nat["per_answer"]
    table.row(f"(a) native may_disclose/3, per answer (best of {rounds} rounds)", ms(base), "1")
    cpu_base = nat["cpu_per_answer"]
    table.row("(b) KnowledgeBase.ask, one by one, per answer", ms(one["per_answer"]),
              f"{one['per_answer'] / base:.2f}x (b)/(a)", f"<= {TARGETS['ask']:g}x",
              one["per_answer"] / base <= TARGETS["ask"])
    table.row(f"(c) KnowledgeBase.ask_many, {len(scenarios)} in one batch, per answer",
              ms(many["per_answer"]), f"{many['per_answer'] / base:.2f}x (c)/(a)",
              f"<= {TARGETS['ask_many']:g}x", many["per_answer"] / base <= TARGETS["ask_many"])
    table.row("    the same in CPU time: (a); (b)/(a), (c)/(a)",
              ms(cpu_base), f"{one['cpu_per_answer'] / cpu_base:.2f}x, "
                            f"{many['cpu_per_answer'] / cpu_base:.2f}x")
    agree = sum(a == b == c for a, b, c in zip(nat["verdicts"], one["verdicts"], many["verdicts"]))
    table.row("    the same verdicts in (a), (b) and (c)", f"{agree}/{len(scenarios)}", "",
              "all", agree == len(scenarios))
    table.row(f"(d) cold start, bare swipl (median of {cold_runs})", ms(cold["native"]), "1")
    table.row(f"    cold start, secret-kb ask --json (median of {cold_runs})", ms(cold["cli"]),
              f"{cold['cli'] / cold['native']:.2f}x", f"<= {TARGETS['cold']:g}x",
              cold["cli"] / cold["native"] <= TARGETS["cold"] and cold["same_verdict"])
    table.row("    its first run (builds the kb's .qlf if the kb changed)", ms(cold["first_cli"]))
    table.row(f"(e) memory, {asks:,} asks after {warm_up:,}: RSS growth",
              f"{mem['rss_growth_kb'] / 1024:+.2f} MB", f"spread {mem['rss_spread_kb'] / 1024:.2f} MB",
              f"<= {RSS_LIMIT_KB / 1024:g} MB", mem["rss_growth_kb"] <= RSS_LIMIT_KB)
    table.row("    Prolog atoms in use (after atom GC): growth", f"{mem['atoms_growth']:+d}", "",
              f"<= {ATOMS_LIMIT}", mem["atoms_growth"] <= ATOMS_LIMIT)
    table.row("    Prolog threads", " ".join(map(str, mem["threads"])), "", "constant",
              len(mem["threads"]) == 1)
    table.row(f"(f) 8 threads x {thread_asks:,} asks, per answer", ms(par["per_answer"]),
              f"{par['per_answer'] / base:.2f}x (f)/(a)")
    table.row("    wrong verdicts; Prolog threads before, after",
              f"{par['wrong']}; {par['prolog_threads'][0]}, {par['prolog_threads'][1]}", "",
              "0; constant", par["wrong"] == 0 and len(set(par["prolog_threads"])) == 1)
    if check is None:
        table.row("(g) secret-kb check", "skipped: no such command")
    else:
        table.row("(g) secret-kb check", f"{check['seconds']:.1f} s, exit {check['status']}")
    for run in runs:
        table.row(f"(h) secret-kb batch, {run['lines']:,} lines: answers per second",
                  f"{run['per_second']:.1f}/s", f"{run['seconds']:.1f} s in all",
                  "every line", run["written"] == run["lines"] and run["status"] in (0, 1))
        table.row("    its peak RSS", f"{run['peak_rss_mb']:.0f} MB", "",
                  f"<= {BATCH_RSS_LIMIT_MB} MB", run["peak_rss_mb"] <= BATCH_RSS_LIMIT_MB)
    table.row("(i) research worker: first start (kb, sandbox, warm-up)", ms(research["first"]))
    table.row(f"    restart after a kill, to the next answer (median of "
              f"{len(research['restarts'])})", ms(research["restart"]))
    print()
    table.print()
    print()
    print(f"memory samples ({mem['seconds']:.0f} s for {asks:,} asks):")
    for sample in mem["samples"]:
        print(f"  {sample['asks']:>7,} asks: RSS {sample['rss_kb'] / 1024:7.2f} MB, "
              f"atoms {sample['atoms']:,}, threads {sample['threads']}")
    if options.json:
        options.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    if table.failed:
        print(f"\nFAIL: {'; '.join(f.strip() for f in table.failed)}")
        return 1
    print("\nevery target holds")
    return 0


def progress(step: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {step} ...", file=sys.stderr, flush=True)


def _swipl() -> str:
    swipl = shutil.which("swipl")
    if swipl is None:
        sys.exit("swipl is not on the PATH: run `make setup` first")
    return swipl


def _cli() -> str:
    beside = Path(sys.executable).parent / "secret-kb"
    cli = str(beside) if beside.is_file() else shutil.which("secret-kb")
    if cli is None:
        sys.exit("the secret-kb command is not installed: run `make setup` first")
    return cli


def _run(command: list[str]) -> str:
    run = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({run.returncode}):\n{run.stderr}")
    return run.stdout


if __name__ == "__main__":
    sys.exit(main())
