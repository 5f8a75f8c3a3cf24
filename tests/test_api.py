"""The Python API: answers, errors, batches, threads, and hostile input."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from secret_kb import Answer, KBError, KnowledgeBase, Scenario

# Seed, situation 1: the police ask, in a drugs case, whether the young man is
# followed; no danger is at stake and the educator is suspected of nothing.
POLICE = {"discloser": "educator", "information": "client_status", "recipient": "police",
          "date": "2018-03-01",
          "facts": {"grave_imminent_danger": False, "only_way_to_protect": False,
                    "discloser_is_suspect": False}}
CONTRACT_KEYS = {"verdict", "basis", "complete", "open", "caveats", "explanation", "law_date"}
PWNED = Path("/tmp/secret_kb_pwned")
HOSTILE = [
    "x\"), shell('touch /tmp/secret_kb_pwned'), (\"",
    "'; shell('touch /tmp/secret_kb_pwned'). %",
    "educator), shell('touch /tmp/secret_kb_pwned'",
    "josé\\\"'\n\u0000",
]


def test_answer_has_the_contract_keys_as_attributes(kb):
    answer = kb.ask(POLICE)
    assert isinstance(answer, Answer)
    assert answer.verdict == "forbidden"
    assert answer.basis == ("cp_458",)
    assert answer.complete is True
    assert answer.law_date == "2018-03-01"
    assert CONTRACT_KEYS <= set(answer.to_dict())
    with pytest.raises(dataclasses.FrozenInstanceError):
        answer.verdict = "permitted"


def test_explanation_is_a_cited_tree(kb):
    answer = kb.ask(POLICE)
    root = answer.explanation
    assert (root.kind, root.id, root.status) == ("rule", "cp_458", "true")
    assert root.citation.article == "458" and root.citation.valid_from == "1867-06-08"
    tried = {s.id: s for s in root.children if s.kind == "exception"}
    assert tried["cp_458_testimony_court"].status == "false"
    # the recipient made it fail; the unknown oath does not matter then
    assert [r.id for r in tried["cp_458_testimony_court"].because] == ["recipient_in"]
    assert all(s.citation for s in root.walk() if s.kind in ("rule", "exception", "note"))


def test_to_dict_round_trips_through_the_model(kb):
    answer = kb.ask({**POLICE, "id": "q1"})
    data = answer.to_dict()
    assert data["id"] == "q1"
    assert Answer.from_dict(data, id="q1") == answer


def test_open_says_what_would_change_the_verdict(kb):
    answer = kb.ask({"discloser": "doctor", "information": "medical_data",
                     "recipient": "colleague", "facts": {"person_consents": True}})
    assert answer.verdict == "forbidden" and answer.complete is False
    (change,) = answer.open
    assert change.provision == "shared_secret" and change.verdict == "permitted"
    assert change.needs == {"in_person_interest": True, "recipient_bound_by_secrecy": True,
                            "same_mission": True, "strictly_necessary": True}
    assert "consent_not_sufficient" in [n.id for n in answer.notes]


def test_languages_word_the_same_answer(kb, kb_en):
    fr, en = kb.ask(POLICE), kb_en.ask(POLICE)
    assert fr.verdict == en.verdict and fr.basis == en.basis
    assert fr.explanation.text != en.explanation.text
    assert "secret" in fr.explanation.text and "secrecy" in en.explanation.text
    assert kb.ask(POLICE, lang="en").explanation.text == en.explanation.text


def test_scenario_from_dict_json_toml_and_date_objects(kb):
    from_dict = Scenario.from_dict(POLICE)
    from_json = Scenario.from_json(
        '{"discloser": "educator", "information": "client_status", "recipient": "police",'
        ' "date": "2018-03-01", "facts": {"grave_imminent_danger": false,'
        ' "only_way_to_protect": false, "discloser_is_suspect": false}}')
    from_toml = Scenario.from_toml(
        '[scenario]\ndiscloser = "educator"\ninformation = "client_status"\n'
        'recipient = "police"\ndate = 2018-03-01\n[scenario.facts]\n'
        'grave_imminent_danger = false\nonly_way_to_protect = false\n'
        'discloser_is_suspect = false\n')
    assert from_dict == from_json == from_toml
    assert kb.ask(from_toml).law_date == "2018-03-01"
    assert kb.ask({**POLICE, "date": dt.date(2018, 3, 1)}).law_date == "2018-03-01"


def test_today_is_the_default_date(kb):
    answer = kb.ask({k: v for k, v in POLICE.items() if k != "date"})
    assert answer.law_date == dt.date.today().isoformat()


@pytest.mark.parametrize("field, value, accepted", [
    ("discloser", "doktor", "social_worker"),
    ("information", "gossip", "medical_data"),
    ("recipient", "neighbour", "public_prosecutor"),
    ("institution", "bank", "cpas"),
])
def test_unknown_names_are_refused_with_the_accepted_values(kb, field, value, accepted):
    with pytest.raises(KBError) as caught:
        kb.ask({**POLICE, field: value})
    error = caught.value
    assert (error.field, error.value, error.kind) == (field, value, "domain_error")
    assert accepted in error.accepted
    assert field in error.message and value in error.message


@pytest.mark.parametrize("scenario, field, words", [
    ({**POLICE, "facts": {"grave_danger": True}}, "facts", ["grave_danger"]),
    ({**POLICE, "facts": {"same_mission": "yes"}}, "facts", ["same_mission"]),
    ({**POLICE, "facts": {"only_way_to_protect": True, "other_means": True}}, "facts",
     ["only_way_to_protect", "other_means"]),
    ({**POLICE, "date": "2018-02-30"}, "date", ["2018-02-30"]),
    ({**POLICE, "date": "01/03/2018"}, "date", ["01/03/2018"]),
    ({**POLICE, "colour": "red"}, "colour", ["colour", "discloser"]),
    ({"discloser": "educator", "information": "confidence"}, "recipient", ["recipient"]),
])
def test_bad_input_names_what_is_wrong(kb, scenario, field, words):
    with pytest.raises(KBError) as caught:
        kb.ask(scenario)
    assert caught.value.field == field
    for word in words:
        assert word in caught.value.message


def test_scenario_objects_check_their_shape():
    with pytest.raises(KBError) as caught:
        Scenario.from_dict({**POLICE, "discloer": "x"})
    assert caught.value.field == "discloer"
    with pytest.raises(KBError, match="recipient"):
        Scenario.from_dict({"discloser": "educator", "information": "confidence"})
    with pytest.raises(KBError, match="TOML"):
        Scenario.from_toml("discloser = ")
    with pytest.raises(KBError, match="JSON"):
        Scenario.from_json("{")


@pytest.mark.parametrize("field", ["discloser", "information", "recipient", "institution",
                                   "date", "facts"])
@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_strings_are_refused_as_data(kb, field, payload):
    PWNED.unlink(missing_ok=True)
    scenario = dict(POLICE)
    if field == "facts":
        scenario["facts"] = {payload: True}
    else:
        scenario[field] = payload
    with pytest.raises(KBError) as caught:
        kb.ask(scenario)
    assert caught.value.field == field
    assert not PWNED.exists()
    assert kb.ask(POLICE).verdict == "forbidden"  # the engine is still sound


def test_ask_many_answers_in_order_and_isolates_errors(kb):
    batch = [POLICE, {**POLICE, "discloser": "doktor"}, {**POLICE, "discloser": "private_individual"},
             "not a scenario"]
    results = kb.ask_many(batch, return_errors=True)
    assert [type(r).__name__ for r in results] == ["Answer", "KBError", "Answer", "KBError"]
    assert results[0].verdict == "forbidden" and results[2].verdict == "not_covered"
    with pytest.raises(KBError, match="scenario 1"):
        kb.ask_many(batch)


def test_an_unknown_language_is_refused():
    with pytest.raises(KBError) as caught:
        KnowledgeBase(lang="nl")
    assert caught.value.field == "lang" and caught.value.accepted == ("fr", "en")


def test_a_broken_kb_file_stops_start_up(tmp_path):
    kb_copy = tmp_path / "kb"
    import shutil
    shutil.copytree(Path(__file__).resolve().parents[1] / "kb", kb_copy)
    with (kb_copy / "law" / "case_law.pl").open("a") as f:
        f.write("\nrule(broken, verdict(permitted), all([).\n")
    code = ("from pathlib import Path\n"
            "from secret_kb.engine import PrologEngine\n"
            "from secret_kb import KBError\n"
            "try:\n"
            f"    PrologEngine(Path({str(kb_copy)!r}))\n"
            "except KBError as e:\n"
            "    print('REFUSED:', e.message)\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "REFUSED:" in run.stdout and "half-loaded" in run.stdout
    assert "Traceback" not in run.stderr


def test_the_kb_loads_every_library_it_needs_eagerly():
    """With autoloading off, every role and recipient still gets an answer.

    A library autoloaded mid-query can be left half-loaded by a resource
    limit (docs/design.md, "What the code relies on in pyswip and SWI-Prolog").
    """
    root = Path(__file__).resolve().parents[1]
    goal = ("forall((vocabulary:in_domain(role, R), vocabulary:in_domain(recipient, T)),"
            " (may_disclose([discloser=R, information=confidence, recipient=T,"
            " facts=[person_consents=true]], _, _),"
            " with_output_to(string(_), why([discloser=R, information=confidence, recipient=T]))))")
    run = subprocess.run(
        ["swipl", "-q", "-g", "set_prolog_flag(autoload, false)",
         "-g", f"consult('{root / 'kb' / 'load.pl'}')", "-g", goal, "-t", "halt"],
        capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0 and run.stderr == "", run.stderr


def test_importing_the_package_does_not_start_prolog():
    code = ("import sys\n"
            "import secret_kb, secret_kb.model, secret_kb.engine, secret_kb.render, secret_kb.cli\n"
            "secret_kb.Scenario.from_dict({'discloser': 'a', 'information': 'b', 'recipient': 'c'})\n"
            "assert 'pyswip' not in sys.modules, sorted(m for m in sys.modules if 'swip' in m)\n"
            "print('NO PROLOG')\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and "NO PROLOG" in run.stdout, run.stderr


def test_ask_renders_text_and_json_in_prolog(kb):
    import json

    text = kb.ask(POLICE, format="text")
    assert text.startswith("INTERDIT: le secret s'impose, il faut se taire.\n")
    assert "\nFondement: art. 458 du Code pénal" in text
    full = kb.ask(POLICE, format="full_text")
    assert full.startswith("INTERDIT — ") and "\nFondement:\n" in full
    written = kb.ask({**POLICE, "id": "q1"}, format="json")
    data = json.loads(written)
    assert data["schema_version"] == "1.1" and data["id"] == "q1"
    assert data == kb.ask({**POLICE, "id": "q1"}).to_dict()
    assert "id" not in json.loads(kb.ask({**POLICE, "id": None}, format="json"))
    with pytest.raises(KBError) as caught:
        kb.ask(POLICE, format="pdf")
    assert caught.value.field == "format"
    with pytest.raises(KBError) as caught:
        kb.ask(POLICE, lang="nl", format="text")
    assert caught.value.field == "lang" and caught.value.accepted == ("fr", "en")
