"""The secret-kb command line: answers, one-line errors, batches, and hostile input.

Most tests run the click group in-process with CliRunner; a few run the
installed console script in a real subprocess.
"""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import secret_kb.cli as cli
from secret_kb import KBError, KnowledgeBase, Scenario
from secret_kb.cli import main

CONTRACT_KEYS = {"verdict", "basis", "complete", "open", "caveats", "explanation", "law_date"}
# The seed's first situation, on the last day of the 1867 Criminal Code (art. 458).
SEED = ["--discloser", "educator", "--information", "client_status", "--recipient", "police",
        "--date", "2026-08-31"]
SEED_LINE = {"discloser": "educator", "information": "client_status", "recipient": "police",
             "date": "2026-08-31"}
PWNED = Path("/tmp/secret_kb_pwned")
HOSTILE = ["x\"), shell('touch /tmp/secret_kb_pwned'), (\"", "'; halt. %"]


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def run_env(env: dict[str, str], *args: str):
    return CliRunner().invoke(main, list(args), env=env)


def assert_one_line_error(result, status: int = 2, *needles: str) -> str:
    """The command failed with `status` and exactly one `error: ...` line on stderr."""
    assert result.exit_code == status, (result.exit_code, result.output)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.output
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def batch_records(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def installed_script() -> Path:
    """The console script of this environment (the venv's), else the one on PATH."""
    beside = Path(sys.executable).parent / "secret-kb"
    found = beside if beside.is_file() else shutil.which("secret-kb")
    if found is None:
        pytest.fail("the secret-kb console script is not installed (pip install -e .)")
    return Path(found)


@pytest.fixture
def no_pwned_file():
    """Fail if anything managed to run `touch /tmp/secret_kb_pwned`."""
    PWNED.unlink(missing_ok=True)
    yield
    assert not PWNED.exists(), "a hostile string was executed"


# -- ask: answers ------------------------------------------------------------

def test_text_output_gives_the_verdict_first_and_the_article():
    result = run("ask", *SEED)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    # French by default, the verdict in plain words, on one screen.
    assert lines[0] == "INTERDIT: le secret s'impose, il faut se taire."
    assert "Code pénal, art. 458" in result.stdout
    assert len(lines) <= 20
    assert "[x]" not in result.stdout  # the reasoning is in --full


def test_full_text_shows_open_questions_and_why_exceptions_failed():
    result = run("ask", "--discloser", "doctor", "--information", "medical_data",
                 "--recipient", "colleague", "--fact", "person_consents=true", "--lang", "en",
                 "--full")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("FORBIDDEN — The principle is secrecy")
    assert "What could change the answer:" in result.stdout
    assert "because:" in result.stdout
    assert "[?]" in result.stdout and "([x] true · [ ] false · [?] unknown)" in result.stdout
    assert len(result.stdout.splitlines()) > 40


def test_the_one_screen_answer_is_wrapped_to_the_terminal():
    narrow = run_env({"COLUMNS": "50"}, "ask", *SEED, "--lang", "en")
    wide = run_env({"COLUMNS": "120"}, "ask", *SEED, "--lang", "en")
    assert narrow.exit_code == wide.exit_code == 0
    assert max(len(line) for line in narrow.stdout.splitlines()) <= 50
    assert max(len(line) for line in wide.stdout.splitlines()) > 80
    assert narrow.stdout.splitlines()[0] == wide.stdout.splitlines()[0]
    assert len(wide.stdout.splitlines()) <= 20
    assert "(1 of " in narrow.stdout  # on a narrow terminal, fewer items fit


def test_full_is_for_text_only():
    assert_one_line_error(run("ask", *SEED, "--full", "--json"), 2, "--full")


def test_json_output_for_the_seed_situation():
    result = run("ask", *SEED, "--json")
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert CONTRACT_KEYS <= answer.keys()
    assert answer["verdict"] == "forbidden"
    assert answer["basis"] == ["cp_458"]
    # Nothing is known of a danger or a suspicion: those exceptions stay open.
    assert answer["complete"] is False
    assert {o["provision"] for o in answer["open"]} == {"cp_422bis", "necessity",
                                                        "suspect_professional"}


def test_languages_differ():
    fr = run("ask", *SEED, "--lang", "fr")
    en = run("ask", *SEED, "--lang", "en")
    assert fr.exit_code == en.exit_code == 0
    assert fr.stdout != en.stdout
    assert "Code pénal" in fr.stdout and "Criminal Code" in en.stdout
    assert json.loads(run("ask", *SEED, "--json", "--lang", "en").stdout)["lang"] == "en"


def test_facts_accept_true_and_false_in_any_case():
    result = run("ask", "--discloser", "social_worker", "--information", "confidence",
                 "--recipient", "trial_court", "--fact", "called_to_testify=TRUE",
                 "--fact", "learned_in_profession=True", "--json")
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert answer["verdict"] == "permitted"
    assert answer["scenario"]["facts"] == {"called_to_testify": True,
                                           "learned_in_profession": True}


def test_date_is_passed_to_the_knowledge_base():
    result = run("ask", *SEED, "--date", "2018-03-01", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["law_date"] == "2018-03-01"


def test_file_toml(tmp_path):
    path = tmp_path / "scenario.toml"
    path.write_text(
        '[scenario]\ndiscloser = "social_worker"\ninformation = "confidence"\n'
        'recipient = "trial_court"\ndate = 2018-03-01\n'
        "[scenario.facts]\ncalled_to_testify = true\n",
        encoding="utf-8",
    )
    result = run("ask", "--file", str(path), "--json")
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert answer["verdict"] == "permitted"
    assert answer["law_date"] == "2018-03-01"


def test_file_json(tmp_path):
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps({**SEED_LINE, "id": "seed"}), encoding="utf-8")
    result = run("ask", "--file", str(path), "--json")
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert answer["id"] == "seed" and answer["verdict"] == "forbidden"
    text = run("ask", "--file", str(path))
    assert text.stdout.startswith("INTERDIT")


# -- ask: bad input ----------------------------------------------------------

@pytest.mark.parametrize(
    "args, needles",
    [
        (["--discloser", "plumber", "--information", "confidence", "--recipient", "police"],
         ["discloser", "plumber", "social_worker"]),
        ([*SEED, "--fact", "grave_imminent_dangr=true"],
         ["grave_imminent_dangr", "grave_imminent_danger"]),
        ([*SEED, "--fact", "grave_imminent_danger=maybe"], ["grave_imminent_danger", "maybe"]),
        ([*SEED, "--fact", "grave_imminent_danger"], ["--fact", "grave_imminent_danger"]),
        ([*SEED, "--fact", "other_means=true", "--fact", "other_means=false"], ["other_means"]),
        ([*SEED, "--date", "2018-02-30"], ["date", "2018-02-30"]),
        ([*SEED, "--fact", "only_way_to_protect=true", "--fact", "other_means=true"],
         ["only_way_to_protect", "other_means"]),
        (["--discloser", "educator", "--information", "client_status"], ["recipient"]),
        ([*SEED, "--lang", "de"], ["--lang", "de"]),
        (["--file", "/nonexistent/scenario.toml"], ["/nonexistent/scenario.toml"]),
    ],
    ids=["unknown-discloser", "misspelt-fact", "fact-maybe", "fact-without-value",
         "fact-twice", "bad-date", "contradiction", "missing-recipient", "bad-lang",
         "missing-file"],
)
def test_bad_input_is_one_line_and_exit_2(args, needles):
    assert_one_line_error(run("ask", *args), 2, *needles)


def test_malformed_toml_file(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('discloser = "educator\ninformation = \n', encoding="utf-8")
    assert_one_line_error(run("ask", "--file", str(path)), 2, "TOML")


def test_file_with_unknown_field(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({**SEED_LINE, "recipeint": "police"}), encoding="utf-8")
    assert_one_line_error(run("ask", "--file", str(path)), 2, "recipeint")


def test_file_cannot_be_combined_with_field_options(tmp_path):
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(SEED_LINE), encoding="utf-8")
    assert_one_line_error(run("ask", "--file", str(path), "--discloser", "doctor"), 2,
                          "--file", "--discloser")


def test_engine_failure_is_one_line_and_exit_1(monkeypatch):
    class BrokenKB:
        def __init__(self, lang):
            pass

        def ask(self, scenario, **options):
            raise KBError("the Prolog engine has stopped")

    monkeypatch.setattr(cli, "KnowledgeBase", BrokenKB)
    assert_one_line_error(run("ask", *SEED), 1, "engine has stopped")


def test_unexpected_failure_has_no_traceback(monkeypatch):
    def explode(self, scenario, **options):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(cli.KnowledgeBase, "ask", explode)
    assert_one_line_error(run("ask", *SEED), 1, "boom")


# -- ask: formats ------------------------------------------------------------

def test_format_json_is_the_json_flag():
    by_flag = run("ask", *SEED, "--date", "2018-03-01", "--json")
    by_format = run("ask", *SEED, "--date", "2018-03-01", "--format", "json")
    both = run("ask", *SEED, "--date", "2018-03-01", "--format", "json", "--json")
    assert by_flag.exit_code == by_format.exit_code == both.exit_code == 0
    assert by_flag.stdout == by_format.stdout == both.stdout
    assert json.loads(by_flag.stdout)["schema_version"] == "1.1"


@pytest.mark.parametrize("fmt", ["text", "markdown", "dot", "svg"])
def test_json_flag_with_another_format_is_a_usage_error(fmt):
    assert_one_line_error(run("ask", *SEED, "--json", "--format", fmt), 2, "--json", fmt)


def test_format_markdown_and_text():
    text = run("ask", *SEED, "--lang", "en", "--format", "text")
    assert text.exit_code == 0 and text.stdout == run("ask", *SEED, "--lang", "en").stdout
    report = run("ask", *SEED, "--lang", "en", "--format", "markdown")
    assert report.exit_code == 0, report.output
    assert report.stdout.startswith("# FORBIDDEN: secrecy applies, keep silent.\n")
    assert "\n## Grounds\n" in report.stdout and "[^cp_458]: Criminal Code, art. 458" in report.stdout
    # The one-screen answer first: what could change it, the strongest verdict first.
    changes = report.stdout.split("## What could change the answer\n\n")[1].splitlines()
    assert changes[0].startswith("- obligatory if informing the recipient is the only way")


def test_format_dot_and_svg():
    dot = run("ask", *SEED, "--format", "dot")
    assert dot.exit_code == 0 and dot.stdout.startswith("digraph answer {")
    if shutil.which("dot") is None:
        pytest.skip("Graphviz's dot is not installed (scripts/ensure-system-packages.sh)")
    svg = run("ask", *SEED, "--format", "svg")
    assert svg.exit_code == 0, svg.output
    assert svg.stdout.lstrip().startswith(("<?xml", "<svg")) and "</svg>" in svg.stdout


def test_format_svg_without_graphviz_is_one_line_and_exit_2(monkeypatch):
    import secret_kb.graph as graph

    monkeypatch.setattr(graph.shutil, "which", lambda name: None)
    assert_one_line_error(run("ask", *SEED, "--format", "svg"), 2, "install graphviz")


def test_bad_format_is_one_line_and_exit_2():
    assert_one_line_error(run("ask", *SEED, "--format", "pdf"), 2, "--format", "pdf")


# -- freeze ------------------------------------------------------------------

TRICKY = 'A "quoted" \\ back\tslash, line\nbreak, DEL \x7f, é, 😀 and [table] = x'


def freeze(tmp_path, *args: str):
    return run("freeze", *args, "--queries-dir", str(tmp_path))


def check_saved_query(path: Path):
    """What tests/test_queries.py checks of a saved query, on this one."""
    from secret_kb import KnowledgeBase, Scenario

    from .conftest import load_query

    expected = load_query(path)["expected"]
    answer = KnowledgeBase().ask(Scenario.from_file(path))
    assert answer.verdict == expected["verdict"]
    assert list(answer.basis) == expected["basis"]
    assert answer.complete is expected["complete"]
    assert [c.id for c in answer.caveats] == expected["caveats"]
    assert [n.id for n in answer.notes] == expected["notes"]
    return answer


def test_freeze_round_trip(tmp_path):
    result = freeze(tmp_path, "--name", "educator_asked_by_police", *SEED,
                    "--institution", "youth_aid_service", "--fact", "grave_imminent_danger=false",
                    "--date", "2018-03-01", "--seed", "s09", "--seed", "s14",
                    "--description", TRICKY)
    assert result.exit_code == 0, result.output
    path = tmp_path / "educator_asked_by_police.toml"
    assert result.stdout.strip() == f"{path}: forbidden (cp_458)"
    import tomllib

    saved = tomllib.loads(path.read_text(encoding="utf-8"))
    assert saved["description"] == TRICKY
    assert saved["seed"] == ["s09", "s14"]
    assert saved["scenario"] == {**SEED_LINE, "institution": "youth_aid_service",
                                 "date": "2018-03-01",
                                 "facts": {"grave_imminent_danger": False}}
    answer = check_saved_query(path)
    assert saved["expected"]["verdict"] == "forbidden" and answer.basis == ("cp_458",)
    assert saved["expected"]["notes"]  # the ids of the answer's notes


def test_freeze_pins_todays_date_and_writes_a_default_description(tmp_path):
    result = freeze(tmp_path, "--name", "today", *SEED)
    assert result.exit_code == 0, result.output
    import tomllib

    saved = tomllib.loads((tmp_path / "today.toml").read_text(encoding="utf-8"))
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", saved["scenario"]["date"])
    assert saved["description"] and saved["seed"] == []
    check_saved_query(tmp_path / "today.toml")


def test_freeze_a_scenario_file_and_a_saved_query(tmp_path):
    scenario = tmp_path / "scenario.json"
    scenario.write_text(json.dumps({**SEED_LINE, "id": "x", "date": "2018-03-01"}),
                        encoding="utf-8")
    assert freeze(tmp_path, str(scenario), "--name", "from_json").exit_code == 0
    check_saved_query(tmp_path / "from_json.toml")
    from .conftest import QUERY_FILES, load_query

    for original in QUERY_FILES[:3]:
        result = freeze(tmp_path, str(original), "--name", f"copy_{original.stem}")
        assert result.exit_code == 0, result.output
        copy = tmp_path / f"copy_{original.stem}.toml"
        check_saved_query(copy)
        assert load_query(copy)["expected"]["verdict"] == load_query(original)["expected"]["verdict"]


@pytest.mark.parametrize("name", ["Upper", "a-b", "../escape", "a b", "x.toml", "", "é"])
def test_freeze_refuses_bad_names(tmp_path, name):
    assert_one_line_error(freeze(tmp_path, "--name", name, *SEED), 2, "name")
    assert list(tmp_path.iterdir()) == []


def test_freeze_refuses_an_existing_file_unless_forced(tmp_path):
    path = tmp_path / "taken.toml"
    path.write_text("# keep me\n", encoding="utf-8")
    assert_one_line_error(freeze(tmp_path, "--name", "taken", *SEED), 2, "taken.toml", "--force")
    assert path.read_text(encoding="utf-8") == "# keep me\n"
    assert freeze(tmp_path, "--name", "taken", *SEED, "--force").exit_code == 0
    check_saved_query(path)


@pytest.mark.parametrize("args, needles", [
    (["--seed", "14"], ["seed", "14"]),
    (["--discloser", "doctor"], ["SCENARIO", "--discloser"]),
    (["--queries-dir", "/nonexistent/queries"], ["/nonexistent/queries"]),
], ids=["bad-seed", "file-and-options", "missing-dir"])
def test_freeze_bad_input(tmp_path, args, needles):
    scenario = tmp_path / "scenario.json"
    scenario.write_text(json.dumps(SEED_LINE), encoding="utf-8")
    result = run("freeze", str(scenario), "--name", "x", "--queries-dir", str(tmp_path), *args)
    assert_one_line_error(result, 2, *needles)
    assert not (tmp_path / "x.toml").exists()


def test_freeze_keeps_an_explicitly_unknown_fact(tmp_path):
    scenario = tmp_path / "scenario.json"
    scenario.write_text(json.dumps({"discloser": "social_worker", "information": "confidence",
                                    "recipient": "press", "date": "2018-03-01",
                                    "facts": {"learned_in_profession": None}}),
                        encoding="utf-8")
    result = freeze(tmp_path, str(scenario), "--name", "nulls")
    assert result.exit_code == 0, result.output
    saved = (tmp_path / "nulls.toml").read_text(encoding="utf-8")
    assert 'learned_in_profession = "unknown"' in saved
    # TOML has no null: "unknown" keeps the default from applying, so the answer is unchanged
    assert KnowledgeBase().ask(Scenario.from_file(tmp_path / "nulls.toml")).complete is False


def test_freeze_defaults_to_the_checkouts_queries():
    from secret_kb.freeze import queries_directory

    from .conftest import ROOT

    assert queries_directory() == ROOT / "queries"


# -- batch -------------------------------------------------------------------

BATCH = "\n".join([
    json.dumps({"id": "a", **SEED_LINE}),
    '{"id": "b", "discloser": ',
    json.dumps({"id": "c", **SEED_LINE, "discloser": "plumber"}),
    json.dumps({"id": 4, **SEED_LINE, "recipient": "trial_court",
                "facts": {"called_to_testify": True}}),
]) + "\n"


def check_batch(result):
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    records = batch_records(result)
    assert [r.get("id") for r in records] == ["a", None, "c", 4]
    assert ["error" in r for r in records] == [False, True, True, False]
    assert records[0]["verdict"] == "forbidden" and records[3]["verdict"] == "permitted"
    assert records[1]["error"]["type"] == "syntax_error"
    assert records[2]["error"]["field"] == "discloser"
    assert "social_worker" in records[2]["error"]["accepted"]


def test_batch_file_keeps_order_ids_and_goes_on_after_errors(tmp_path):
    path = tmp_path / "scenarios.jsonl"
    path.write_text(BATCH, encoding="utf-8")
    check_batch(run("batch", str(path)))


def test_batch_from_stdin():
    check_batch(run("batch", "-", input=BATCH))


def test_batch_makes_one_call_into_prolog(monkeypatch):
    calls = []
    original = cli.KnowledgeBase.ask_many

    def counting(self, scenarios, **kwargs):
        calls.append(list(scenarios))
        return original(self, calls[-1], **kwargs)

    monkeypatch.setattr(cli.KnowledgeBase, "ask_many", counting)
    run("batch", "-", input=BATCH)
    assert len(calls) == 1 and len(calls[0]) == 3


def test_batch_all_good_exits_0_skips_blank_lines_and_speaks_english():
    lines = [json.dumps({"id": 1, **SEED_LINE}), "", "   ", json.dumps(SEED_LINE), ""]
    result = run("batch", "-", "--lang", "en", input="\n".join(lines))
    assert result.exit_code == 0, result.output
    records = batch_records(result)
    assert len(records) == 2
    assert records[0]["id"] == 1 and "id" not in records[1]
    assert all(r["lang"] == "en" for r in records)


def test_batch_line_that_is_not_an_object():
    result = run("batch", "-", input="[1, 2]\n")
    assert result.exit_code == 1
    (record,) = batch_records(result)
    assert record["id"] is None and record["error"]["type"] == "type_error"


def test_batch_missing_file_is_one_line_and_exit_2():
    assert_one_line_error(run("batch", "/nonexistent/scenarios.jsonl"), 2, "nonexistent")


# -- hostile strings ---------------------------------------------------------

@pytest.mark.parametrize("payload", HOSTILE)
@pytest.mark.parametrize("field", ["discloser", "information", "recipient", "institution",
                                   "date", "fact-name", "fact-value"])
def test_hostile_option_is_refused_as_data(field, payload, no_pwned_file):
    fields = {"discloser": "educator", "information": "client_status", "recipient": "police"}
    if field == "fact-name":
        args = ["--fact", f"{payload}=true"]
    elif field == "fact-value":
        args = ["--fact", f"grave_imminent_danger={payload}"]
    else:
        fields[field] = payload
        args = []
    for name, value in fields.items():
        args += [f"--{name}", value]
    named = {"fact-name": "facts", "fact-value": "grave_imminent_danger"}.get(field, field)
    assert_one_line_error(run("ask", *args), 2, named)


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_batch_lines_are_refused_as_data(payload, no_pwned_file):
    scenarios = [{"id": field, **SEED_LINE, field: payload}
                 for field in ("discloser", "information", "recipient", "institution", "date")]
    scenarios.append({"id": "fact", **SEED_LINE, "facts": {payload: True}})
    scenarios.append({"id": "value", **SEED_LINE, "facts": {"grave_imminent_danger": payload}})
    scenarios.append({"id": payload, **SEED_LINE})
    result = run("batch", "-", input="".join(json.dumps(s) + "\n" for s in scenarios))
    assert result.exit_code == 1, result.output
    records = batch_records(result)
    assert [r.get("id") for r in records] == [s["id"] for s in scenarios]
    assert all("error" in r for r in records[:-1])
    assert records[-1]["verdict"] == "forbidden"


# -- help --------------------------------------------------------------------

@pytest.mark.parametrize("command", [[], ["ask"], ["batch"], ["freeze"]])
def test_every_command_is_documented_with_an_example(command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout and "secret-kb " in result.stdout


# -- the installed console script --------------------------------------------

def run_script(*args: str, input: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(installed_script()), *args], input=input, capture_output=True,
                          text=True, timeout=300, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def test_installed_script_answers_in_json():
    proc = run_script("ask", *SEED, "--json")
    assert proc.returncode == 0, proc.stderr
    answer = json.loads(proc.stdout)
    assert answer["verdict"] == "forbidden" and answer["basis"] == ["cp_458"]


def test_installed_script_refuses_bad_and_hostile_input(no_pwned_file):
    proc = run_script("ask", "--discloser", HOSTILE[0], "--information", "client_status",
                      "--recipient", "police", "--institution", HOSTILE[1])
    assert proc.returncode == 2
    assert proc.stdout == "" and "Traceback" not in proc.stderr
    assert len(proc.stderr.splitlines()) == 1 and proc.stderr.startswith("error: ")
    assert "discloser" in proc.stderr or "institution" in proc.stderr


def test_installed_script_batch_from_stdin(no_pwned_file):
    proc = run_script("batch", "-", input=BATCH)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert [json.loads(line).get("id") for line in proc.stdout.splitlines()] == ["a", None, "c", 4]


def test_python_dash_m_runs_the_command():
    proc = subprocess.run([sys.executable, "-m", "secret_kb", "ask", *SEED, "--json"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["verdict"] == "forbidden"
    usage = subprocess.run([sys.executable, "-m", "secret_kb", "--help"], capture_output=True,
                           text=True, timeout=60)
    assert usage.returncode == 0 and usage.stdout.startswith("Usage: secret-kb ")


def test_json_is_written_as_the_knowledge_base_wrote_it():
    result = run("ask", *SEED, "--date", "2018-03-01", "--json")
    written = KnowledgeBase().ask({**SEED_LINE, "date": "2018-03-01"}, format="json")
    assert result.exit_code == 0 and result.stdout == written + "\n"
    line = json.dumps({"id": "x", **SEED_LINE, "date": "2018-03-01"})
    batch = run("batch", "-", input=line + "\n")
    assert batch.stdout == KnowledgeBase().ask(json.loads(line), format="json") + "\n"
