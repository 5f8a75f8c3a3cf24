"""Load and faults: many threads, many asks, and a knowledge base that is broken or changed.

The full figures (100,000 asks, the speed against SWI-Prolog itself) come
from the benchmark, bench/run.py; these tests hold the same properties at a
size CI can afford (the longest, 8 threads x 1,000 asks, takes about 20 seconds).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from secret_kb import KBError
from secret_kb.engine import shared_engine

ROOT = Path(__file__).resolve().parents[1]

# Quick to answer, and four different verdicts between them.
SCENARIOS = [
    {"discloser": "private_individual", "information": "public_fact", "recipient": "employer",
     "date": "2000-06-01"},
    {"discloser": "educator", "information": "client_status", "recipient": "police",
     "date": "2018-03-01", "facts": {"grave_imminent_danger": False,
                                     "only_way_to_protect": False,
                                     "discloser_is_suspect": False}},
    {"discloser": "service_director", "information": "factual_followup",
     "recipient": "case_consultation", "date": "2000-06-01",
     "facts": {"person_consents": True, "same_mission": True, "recipient_bound_by_secrecy": True,
               "in_person_interest": True, "strictly_necessary": True}},
    {"discloser": "hospital_admin_agent", "information": "social_report", "recipient": "police",
     "date": "2000-06-01",
     "facts": {"grave_imminent_danger": True, "only_way_to_protect": True, "proportionate": True,
               "victim_minor": True, "listed_offence": True, "victim_examined_or_confided": True}},
    {"discloser": "police_officer", "information": "administrative_data",
     "recipient": "case_consultation", "date": "2000-06-01"},
]


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    pytest.skip("no VmRSS in /proc/self/status")


def test_eight_threads_give_the_serial_answers(kb):
    engine = shared_engine()
    serial = [kb.ask(s).to_dict() for s in SCENARIOS]
    assert len({a["verdict"] for a in serial}) >= 3
    threads_before = engine.statistics()["threads"]
    failures: list[str] = []

    def worker(offset: int) -> None:
        for i in range(1000):
            index = (i + offset) % len(SCENARIOS)
            try:
                if kb.ask(SCENARIOS[index]).to_dict() != serial[index]:
                    failures.append(f"thread {offset}, ask {i}: another answer")
            except Exception as error:  # noqa: BLE001  (every failure is reported)
                failures.append(f"thread {offset}, ask {i}: {error!r}")

    pool = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    assert failures == []
    # callers never touch Prolog: only the engine's own thread does
    assert engine.statistics()["threads"] == threads_before


def test_memory_and_atoms_stay_flat(kb):
    """3,000 asks after a warm-up; every tenth is bad input with names never seen before.

    Each ask leaves two or three garbage atoms (its streams), collected every
    1,000 (the engine's agc_margin): 3,000 asks span about nine collections.
    The benchmark does 100,000.
    """
    engine = shared_engine()

    def ask(i: int) -> None:
        scenario = SCENARIOS[i % len(SCENARIOS)]
        if i % 10 == 9:
            scenario = {**scenario, "discloser": f"nobody_{i}", "facts": {f"fact_{i}": True}}
        try:
            kb.ask(scenario)
        except KBError:
            assert i % 10 == 9

    for i in range(500):
        ask(i)
    rss, atoms = rss_kb(), engine.statistics(collect=True)["atoms"]
    for i in range(500, 3500):
        ask(i)
    grown_kb = rss_kb() - rss
    grown_atoms = engine.statistics(collect=True)["atoms"] - atoms
    # Before the fix in engine._call, each answer's text stayed in Prolog's
    # string buffers: about 100 KB an ask, 300 MB here.
    assert grown_kb < 3 * 1024, f"RSS grew by {grown_kb} kB over 3,000 asks"
    assert grown_atoms <= 50, f"{grown_atoms} more atoms in use after 3,000 asks"


def test_engine_statistics_are_read_only_figures(kb):
    engine = shared_engine()
    stats = engine.statistics()
    assert {"atoms", "threads", "clauses", "errors"} <= set(stats)
    assert all(isinstance(v, int) and v >= 0 for v in stats.values())
    before = kb.ask(SCENARIOS[1]).to_dict()
    assert engine.statistics(collect=True)["atoms"] > 0
    assert kb.ask(SCENARIOS[1]).to_dict() == before
    assert json.loads(engine.call("statistics", "[]"))["error"]["type"] == "type_error"


def test_with_autoloading_off_every_entry_answers():
    """Nothing is loaded on first use, so no resource limit can leave a library half-loaded.

    That is why the engine does not warm up (docs/design.md, "What the code
    relies on in pyswip and SWI-Prolog"): each entry answers in a Prolog with autoloading off.
    """
    goal = r"""
        E = ask, kb_api:ask_json("{\"lang\": \"en\", \"scenarios\": [{\"discloser\": \"doctor\", \"information\": \"medical_data\", \"recipient\": \"colleague\", \"facts\": {\"person_consents\": true}}, {\"discloser\": \"x\"}, 3]}", R1), writeln(E-R1),
        forall(lists:member(Q, ["whatif", "next_question"]),
               ( format(string(Rq), "{\"query\": \"~w\", \"scenarios\": [{\"discloser\": \"educator\", \"information\": \"confidence\", \"recipient\": \"police\"}]}", [Q]),
                 kb_api:ask_json(Rq, R2), writeln(Q-R2) )),
        forall(lists:member(W, ["provisions", "seed", "unverified", "wording"]),
               ( format(string(Rw), "{\"what\": \"~w\", \"lang\": \"en\"}", [W]),
                 kb_api:sources_json(Rw, R3), writeln(W-R3) )),
        kb_api:engine_statistics_json("{\"collect\": true}", R4), writeln(statistics-R4),
        kb_api:ask_json("not json", R5), writeln(bad-R5)
    """
    run = subprocess.run(
        ["swipl", "-q", "-g", "set_prolog_flag(autoload, false)",
         "-g", f"consult('{ROOT / 'kb' / 'load.pl'}')", "-g", " ".join(goal.split()),
         "-t", "halt"],
        capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0 and run.stderr == "", run.stderr
    replies = dict(line.split("-", 1) for line in run.stdout.splitlines())
    assert list(replies) == ["ask", "whatif", "next_question", "provisions", "seed",
                             "unverified", "wording", "statistics", "bad"]
    results = json.loads(replies["ask"])["results"]
    assert [r["ok"] for r in results] == [True, False, False]
    assert json.loads(replies["whatif"])["results"][0]["ok"]
    assert all(json.loads(replies[w])["items"] for w in ("provisions", "seed", "wording"))
    assert json.loads(replies["statistics"])["threads"] >= 1
    assert json.loads(replies["bad"])["error"]["type"] == "syntax_error"


# -- the precompiled image of the kb (kb/.qlf/) ----------------------------------------

_ASK = """
import json, sys
from pathlib import Path
from secret_kb import KBError, KnowledgeBase
from secret_kb.engine import PrologEngine
try:
    engine = PrologEngine(Path(sys.argv[1]))
except KBError as error:
    print("REFUSED:", error.message)
    raise SystemExit(0)
answer = KnowledgeBase(engine=engine).ask(json.loads(sys.argv[2]))
print("ANSWER:", json.dumps(answer.to_dict(), ensure_ascii=False))
"""


@pytest.fixture
def kb_copy(tmp_path) -> Path:
    copy = tmp_path / "kb"
    shutil.copytree(ROOT / "kb", copy, ignore=shutil.ignore_patterns(".qlf"))
    return copy


def start(kb_dir: Path, scenario: dict = SCENARIOS[1]) -> str:
    """A fresh process starts an engine on kb_dir and asks scenario; its report line."""
    run = subprocess.run([sys.executable, "-c", _ASK, str(kb_dir), json.dumps(scenario)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    (line,) = [line for line in run.stdout.splitlines() if line.startswith(("ANSWER:", "REFUSED:"))]
    return line


def images(kb_dir: Path) -> list[Path]:
    return sorted((kb_dir / ".qlf").glob("*.qlf"))


def test_a_changed_kb_is_compiled_again_never_loaded_stale(kb_copy):
    first = start(kb_copy)
    assert "un éducateur" in first
    (old,) = images(kb_copy)
    assert start(kb_copy) == first  # loaded from the image this time
    vocabulary = kb_copy / "lang" / "fr.pl"  # the French labels
    vocabulary.write_text(vocabulary.read_text(encoding="utf-8").replace(
        '"un éducateur"', '"un éducateur (relu)"'), encoding="utf-8")
    second = start(kb_copy)
    assert "un éducateur (relu)" in second
    (new,) = images(kb_copy)
    assert new != old


def test_a_broken_kb_stops_start_up_though_an_image_exists(kb_copy):
    assert start(kb_copy).startswith("ANSWER:")
    assert images(kb_copy)
    with (kb_copy / "law" / "case_law.pl").open("a", encoding="utf-8") as f:
        f.write("\nrule(broken, verdict(permitted), all([).\n")
    report = start(kb_copy)
    assert report.startswith("REFUSED:") and "half-loaded" in report
    assert len(images(kb_copy)) == 1  # the old image is left, and no new one made


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_a_damaged_image_is_replaced_never_loaded(kb_copy, damage):
    """SWI-Prolog aborts the whole process on a truncated .qlf: it must never get one."""
    first = start(kb_copy)
    (image,) = images(kb_copy)
    data = image.read_bytes()
    image.write_bytes(data[: len(data) // 2] if damage == "truncated" else b"garbage\n")
    assert start(kb_copy) == first
    (rebuilt,) = images(kb_copy)
    assert rebuilt.stat().st_size > 1000


def test_no_image_when_turned_off(kb_copy):
    run = subprocess.run([sys.executable, "-c", _ASK, str(kb_copy), json.dumps(SCENARIOS[0])],
                         capture_output=True, text=True, timeout=120,
                         env={**os.environ, "SECRET_KB_QLF": "0"})
    assert run.returncode == 0 and "ANSWER:" in run.stdout, run.stderr
    assert images(kb_copy) == []
