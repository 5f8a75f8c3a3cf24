"""What would change it, and the interview: in Python, on every saved query, and through the CLI."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from secret_kb import Change, KBError, Question, Scenario
from secret_kb.cli import main
from secret_kb.interview import interview, parse_reply

from .conftest import QUERY_FILES, load_query

FACT_COUNT = 30  # the facts of the vocabulary (contract table F, plus client_is_offender)
CONSENT_ONLY = {"discloser": "doctor", "information": "medical_data", "recipient": "colleague",
                "facts": {"person_consents": True}, "date": "2020-01-01"}
IDS = [p.stem for p in QUERY_FILES]
# Claims the user makes and the kb cannot check: never asked, never open,
# so an interview starts from them (vocabulary:claim_fact/1).
CLAIMS = set(re.findall(r"^claim_fact\((\w+)\)\.", (Path(__file__).resolve().parents[1] / "kb" /
                                                    "vocabulary.pl").read_text(encoding="utf-8"), re.M))


def with_facts(scenario: dict, changes: dict) -> dict:
    return {**scenario, "facts": {**scenario.get("facts", {}), **changes}}


def test_the_claims_are_read_from_the_vocabulary():
    assert "law_obliges_disclosure" in CLAIMS


def test_whatif_gives_changes_that_do_change_the_verdict(kb):
    before = kb.ask(CONSENT_ONLY).verdict
    changes = kb.whatif(CONSENT_ONLY)
    assert changes and all(isinstance(c, Change) for c in changes)
    for change in changes:
        after = kb.ask(with_facts(CONSENT_ONLY, change.changes))
        assert after.verdict == change.verdict != before
        assert list(after.basis) == list(change.basis)
    sizes = [len(c.changes) for c in changes]
    assert sizes == sorted(sizes)


# seed: s18
def test_whatif_flips_a_contradicting_given_fact_with_the_one_it_sets(kb):
    scenario = {"discloser": "educator", "information": "confidence", "recipient": "police",
                "facts": {"other_means": True}, "date": "2020-01-01"}
    duty = [c for c in kb.whatif(scenario) if c.verdict == "obligatory"]
    assert [c.changes for c in duty] == [{"only_way_to_protect": True, "other_means": False}]


@pytest.mark.parametrize("path", QUERY_FILES, ids=IDS)
def test_open_is_whatif_on_unknown_facts_for_every_saved_query(kb, path):
    scenario = Scenario.from_file(path)
    answer = kb.ask(scenario)
    known = set(answer.scenario["facts"]) | {"learned_in_profession"}
    from_whatif = {(json.dumps(c.changes, sort_keys=True), c.verdict)
                   for c in kb.whatif(scenario) if not set(c.changes) & known}
    from_open = {(json.dumps(dict(o.needs), sort_keys=True), o.verdict) for o in answer.open}
    assert from_open == from_whatif
    # complete: nothing open, and no law the kb does not encode bears on it
    assert answer.complete is (not from_open and not answer.unencoded)


@pytest.mark.parametrize("path", QUERY_FILES, ids=IDS)
def test_the_interview_settles_every_saved_query(kb, path):
    query = load_query(path)
    scenario = Scenario.from_file(path).to_dict()
    facts = scenario.pop("facts", {})
    claims = {name: value for name, value in facts.items() if name in CLAIMS}
    if claims:
        scenario["facts"] = claims
    answer, asked = interview(kb, scenario, lambda q: facts.get(q.question))
    assert len(asked) < FACT_COUNT
    assert len({q.question for q in asked}) == len(asked)
    assert answer.verdict == query["expected"]["verdict"]
    assert kb.next_question({**scenario, "facts": {**answer.scenario["facts"]}}) is None


def test_next_question_is_none_once_nothing_can_change_the_verdict(kb):
    # A default is an assumption: the interview confirms it first.
    first = kb.next_question(CONSENT_ONLY)
    assert isinstance(first, Question) and first.question == "learned_in_profession"
    assert "?" in first.text
    learned = with_facts(CONSENT_ONLY, {"learned_in_profession": True})
    assert kb.next_question(learned).question == "recipient_bound_by_secrecy"
    unknowable = with_facts(learned, {"recipient_bound_by_secrecy": None})
    assert kb.next_question(unknowable) is None


def test_replies():
    assert [parse_reply(r) for r in ("yes", " Oui ", "no", "NON", "unknown", "?")] == [
        True, True, False, False, None, None]
    with pytest.raises(KBError) as caught:
        parse_reply("maybe")
    assert caught.value.field == "answer" and "yes" in caught.value.accepted


def test_whatif_command_as_text_and_json():
    args = ["whatif", "--discloser", "doctor", "--information", "medical_data",
            "--recipient", "colleague", "--fact", "person_consents=true", "--lang", "en"]
    text = CliRunner().invoke(main, args)
    assert text.exit_code == 0 and "permitted if" in text.stdout
    listed = json.loads(CliRunner().invoke(main, [*args, "--json"]).stdout)
    assert {"changes", "verdict", "basis", "rule", "text"} <= listed[0].keys()
    assert any(c["basis"] == ["shared_secret"] for c in listed)


def test_interview_at_the_terminal_reasks_a_bad_reply():
    result = CliRunner().invoke(main, ["interview", "--lang", "en", "--discloser", "doctor",
                                       "--information", "medical_data", "--fact",
                                       "person_consents=true"],
                                input="colleague\nmaybe\nyes\nyes\nyes\nyes\nyes\n")
    assert result.exit_code == 0, result.output
    assert "Is it established that" in result.output
    assert "answer yes, no or unknown" in result.output
    assert "PERMITTED" in result.output


def test_interview_through_a_pipe():
    cli = Path(sys.executable).parent / "secret-kb"
    run = subprocess.run(
        [str(cli), "interview", "--json", "--lang", "en", "--discloser", "doctor",
         "--information", "medical_data", "--recipient", "colleague",
         "--fact", "person_consents=true"],
        input="yes\nyes\nno\n", capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    questions, final = lines[:-1], lines[-1]
    assert [q["question"] for q in questions] == ["learned_in_profession",
                                                  "recipient_bound_by_secrecy", "same_mission"]
    assert final["verdict"] == "forbidden" and final["complete"] is True


@pytest.mark.parametrize("replies, needle", [("yes\nperhaps\n", "answer"), ("yes\n", "ended")])
def test_interview_through_a_pipe_refuses_bad_or_missing_replies(replies, needle):
    cli = Path(sys.executable).parent / "secret-kb"
    run = subprocess.run(
        [str(cli), "interview", "--json", "--discloser", "doctor", "--information",
         "medical_data", "--recipient", "colleague", "--fact", "person_consents=true"],
        input=replies, capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and needle in run.stderr and "Traceback" not in run.stderr


def test_interview_json_needs_the_required_fields():
    result = CliRunner().invoke(main, ["interview", "--json", "--discloser", "doctor"])
    assert result.exit_code == 2 and "information" in result.output
