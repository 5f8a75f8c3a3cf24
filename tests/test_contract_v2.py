"""Contract version 2 end to end: every new name accepted by every interface, and its contradictions refused.

Each v2 role, institution, kind of information, recipient and fact of the
scenario contract (version 2; docs/vocabulary.md) goes through
Prolog may_disclose/3 (a research query), KnowledgeBase.ask, the CLI
(`ask --discloser ... --fact NAME=true`), a TOML file, a JSON file, a
batch, an interview and whatif, in French and English, and must yield a
reasoned answer (a verdict with a basis and an explanation), never an
error. The contradictions the contract lists are bad input: exit status 2
and one line naming both sides.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from secret_kb import KBError, KnowledgeBase
from secret_kb.cli import main

V2_ROLES = ["clinical_psychologist", "physiotherapist", "dentist", "teacher", "control_doctor",
            "occupational_doctor", "advisory_doctor", "youth_aid_council_member", "volunteer"]
V2_INSTITUTIONS = ["general_welfare_centre", "child_abuse_centre", "family_justice_centre", "prison"]
V2_INFORMATION = ["fitness_for_work", "cause_of_death", "whole_file"]
V2_RECIPIENTS = ["person_concerned", "parents", "partner", "next_of_kin", "court_expert", "lawyer",
                 "insurer", "advisory_doctor", "occupational_doctor", "trusted_person",
                 "inspection_service", "health_authority", "school", "child_abuse_centre",
                 "control_doctor", "professional_order"]
V2_FACTS = ["person_requests_disclosure", "person_is_minor", "minor_capable_of_discernment",
            "person_deceased", "person_consented_before_death", "seized_by_investigating_judge",
            "court_order_to_produce", "via_designated_practitioner", "deceased_objected",
            "accredited_mediation", "law_obliges_disclosure", "victim_vulnerable_classic",
            "victim_partner_violence", "victim_honour_violence", "same_team", "notifiable_disease",
            "discloser_is_index_case"]

BASE = {"discloser": "doctor", "information": "medical_data", "recipient": "colleague",
        "date": "2026-12-01"}
VERDICTS = {"forbidden", "permitted", "obligatory", "not_covered"}
LANGS = ["fr", "en"]


def v2_scenarios() -> list[tuple[str, dict]]:
    """(label, scenario): the base scenario with one v2 name in it."""
    cases = [(f"role={v}", {**BASE, "discloser": v}) for v in V2_ROLES]
    cases += [(f"institution={v}", {**BASE, "institution": v}) for v in V2_INSTITUTIONS]
    cases += [(f"information={v}", {**BASE, "information": v}) for v in V2_INFORMATION]
    cases += [(f"recipient={v}", {**BASE, "recipient": v}) for v in V2_RECIPIENTS]
    cases += [(f"fact={v}", {**BASE, "facts": {v: True}}) for v in V2_FACTS]
    return cases


CASES = v2_scenarios()
IDS = [label for label, _ in CASES]


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def cli_args(scenario: dict) -> list[str]:
    args = ["--discloser", scenario["discloser"], "--information", scenario["information"],
            "--recipient", scenario["recipient"], "--date", scenario["date"]]
    if "institution" in scenario:
        args += ["--institution", scenario["institution"]]
    for fact, value in scenario.get("facts", {}).items():
        args += ["--fact", f"{fact}={'true' if value else 'false'}"]
    return args


def toml_text(scenario: dict) -> str:
    lines = [f'{key} = "{value}"' for key, value in scenario.items() if key != "facts"]
    if scenario.get("facts"):
        lines.append("[facts]")
        lines += [f"{fact} = {'true' if value else 'false'}" for fact, value in scenario["facts"].items()]
    return "\n".join(lines) + "\n"


def assert_reasoned(answer: dict, scenario: dict) -> None:
    """A verdict, its basis, an explanation tree, and the scenario as given."""
    assert answer["verdict"] in VERDICTS, answer
    assert answer["basis"], answer
    assert answer["explanation"]["text"], answer
    for field in ("discloser", "information", "recipient"):
        assert answer["scenario"][field] == scenario[field]


def test_the_lists_are_the_contracts_v2_names(kb):
    """Every name above is in the vocabulary (no typo makes a test vacuous)."""
    for domain, names in (("role", V2_ROLES), ("institution", V2_INSTITUTIONS),
                          ("information", V2_INFORMATION), ("recipient", V2_RECIPIENTS),
                          ("fact", V2_FACTS)):
        values = {row["V"] for row in kb.query(f"in_domain({domain}, V)", max_solutions=1000)}
        assert set(names) <= values, (domain, set(names) - values)


@pytest.mark.parametrize("lang", LANGS)
def test_prolog_may_disclose_answers_every_v2_name(kb, lang):
    for label, scenario in CASES:
        facts = ", ".join(f"{f}={'true' if v else 'false'}" for f, v in scenario.get("facts", {}).items())
        fields = [f"{k}={v}" if k != "date" else f'date="{v}"'
                  for k, v in scenario.items() if k != "facts"]
        goal = f"may_disclose([{', '.join(fields)}, facts=[{facts}]], V, _)"
        rows = kb.query(goal, lang=lang)
        assert len(rows) == 1 and rows[0]["V"] in VERDICTS, (label, rows)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("label, scenario", CASES, ids=IDS)
def test_python_ask(label, scenario, lang):
    answer = KnowledgeBase(lang).ask(scenario)
    assert_reasoned(answer.to_dict(), scenario)
    assert answer.lang == lang


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("label, scenario", CASES, ids=IDS)
def test_cli_ask_options_text_and_json(label, scenario, lang):
    result = run("ask", *cli_args(scenario), "--json", "--lang", lang)
    assert result.exit_code == 0, (label, result.output)
    assert_reasoned(json.loads(result.stdout), scenario)
    text = run("ask", *cli_args(scenario), "--lang", lang)
    assert text.exit_code == 0 and text.stdout.strip(), (label, text.output)


@pytest.mark.parametrize("label, scenario", CASES, ids=IDS)
def test_toml_and_json_files(label, scenario, tmp_path):
    for lang in LANGS:
        toml = tmp_path / f"scenario_{lang}.toml"
        toml.write_text(toml_text(scenario), encoding="utf-8")
        as_json = tmp_path / f"scenario_{lang}.json"
        as_json.write_text(json.dumps(scenario), encoding="utf-8")
        for path in (toml, as_json):
            result = run("ask", "--file", str(path), "--json", "--lang", lang)
            assert result.exit_code == 0, (label, path.suffix, result.output)
            assert_reasoned(json.loads(result.stdout), scenario)


@pytest.mark.parametrize("lang", LANGS)
def test_batch_answers_every_v2_name(lang):
    lines = [json.dumps({"id": label, **scenario}) for label, scenario in CASES]
    result = run("batch", "-", "--lang", lang, input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == IDS
    for record, (_, scenario) in zip(records, CASES):
        assert "error" not in record, record
        assert_reasoned(record, scenario)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("label, scenario", CASES, ids=IDS)
def test_interview_and_whatif(label, scenario, lang):
    # Every question is answered "unknown": the interview must end with an answer.
    result = run("interview", "--json", *cli_args(scenario), "--lang", lang, input="unknown\n" * 40)
    assert result.exit_code == 0, (label, result.output)
    lines = result.stdout.splitlines()
    for line in lines[:-1]:
        question = json.loads(line)
        assert question["text"], question
    assert_reasoned(json.loads(lines[-1]), scenario)
    whatif = run("whatif", *cli_args(scenario), "--json", "--lang", lang)
    assert whatif.exit_code == 0, (label, whatif.output)
    for change in json.loads(whatif.stdout):
        assert change["verdict"] in VERDICTS and change["text"], change


@pytest.mark.parametrize("lang", LANGS)
def test_the_question_for_every_v2_fact_has_a_text(kb, lang):
    """The interview's question for a fact is ui(question) filled with its label."""
    (template,) = kb.query(f"template(ui(question), {lang}, T)", lang=lang)
    for fact in V2_FACTS:
        rows = kb.query(f"value_label(fact, {fact}, {lang}, L)", lang=lang)
        assert len(rows) == 1 and rows[0]["L"], (fact, rows)
        text = template["T"].replace("~w", rows[0]["L"])
        assert rows[0]["L"] in text and text != template["T"]


# -- Contradictions of version 2: bad input, exit 2, one line naming both ---------------

CONTRADICTIONS = [
    ("person_concerned", {"person_deceased": True}, ["person_deceased=true", "person_concerned"]),
    ("next_of_kin", {"person_deceased": False}, ["person_deceased=false", "next_of_kin"]),
    ("person_concerned", {"person_consented_before_death": True},
     ["person_consented_before_death=true", "person_concerned"]),
    ("person_concerned", {"deceased_objected": True}, ["deceased_objected=true", "person_concerned"]),
    ("family", {"victim_vulnerable_classic": True, "victim_vulnerable": False},
     ["victim_vulnerable_classic", "victim_vulnerable=false"]),
    ("family", {"victim_partner_violence": True, "victim_vulnerable": False},
     ["victim_partner_violence", "victim_vulnerable=false"]),
    ("family", {"victim_honour_violence": True, "victim_vulnerable": False},
     ["victim_honour_violence", "victim_vulnerable=false"]),
    ("colleague", {"same_team": True, "same_mission": False}, ["same_team", "same_mission"]),
    ("partner", {"person_requests_disclosure": True, "person_consents": False},
     ["person_requests_disclosure", "person_consents"]),
    ("family", {"person_consented_before_death": True, "person_deceased": False},
     ["person_consented_before_death", "person_deceased"]),
    ("family", {"deceased_objected": True, "person_deceased": False},
     ["deceased_objected", "person_deceased"]),
    ("parents", {"minor_capable_of_discernment": True, "person_is_minor": False},
     ["minor_capable_of_discernment", "person_is_minor"]),
    ("police", {"only_way_to_protect": True, "grave_imminent_danger": False},
     ["only_way_to_protect", "grave_imminent_danger"]),
]


@pytest.mark.parametrize("recipient, facts, needles", CONTRADICTIONS,
                         ids=[f"{r}-{'-'.join(f)}" for r, f, _ in CONTRADICTIONS])
def test_cli_refuses_each_v2_contradiction_in_one_line(recipient, facts, needles):
    scenario = {**BASE, "recipient": recipient, "facts": facts}
    result = run("ask", *cli_args(scenario))
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])


@pytest.mark.parametrize("recipient, facts, needles", CONTRADICTIONS,
                         ids=[f"{r}-{'-'.join(f)}" for r, f, _ in CONTRADICTIONS])
def test_python_refuses_each_v2_contradiction(kb, recipient, facts, needles):
    with pytest.raises(KBError) as caught:
        kb.ask({**BASE, "recipient": recipient, "facts": facts})
    assert caught.value.field == "facts"
    for needle in needles:
        assert needle in str(caught.value)


def test_a_fact_against_the_recipient_reads_as_one_sentence(kb):
    with pytest.raises(KBError) as caught:
        kb.ask({**BASE, "recipient": "person_concerned", "facts": {"person_deceased": True}})
    assert "person_deceased=true contradicts recipient person_concerned" in str(caught.value)


def test_what_a_recipient_entails_is_not_asked_again(kb):
    """Recipient next_of_kin: the person has died; no interview question asks it."""
    scenario = {**BASE, "recipient": "next_of_kin"}
    question = kb.next_question(scenario)
    assert question is None or question.question not in {"person_deceased",
                                                          "person_consented_before_death"}
    for change in kb.whatif(scenario):
        assert change.changes.get("person_deceased") is not False


# -- Laws not encoded ---------------------------------------------------------------

def test_the_person_concerned_asking_is_not_answered_with_confidence(kb):
    answer = kb.ask({"discloser": "social_worker", "information": "whole_file",
                     "recipient": "person_concerned", "date": "2026-12-01"})
    assert answer.complete is False and not answer.open
    assert [u.id for u in answer.unencoded] == ["gdpr_right_of_access"]
    assert answer.unencoded[0].citation.article == "15"
    text = kb.ask({"discloser": "social_worker", "information": "whole_file",
                   "recipient": "person_concerned", "date": "2026-12-01"}, format="text", width=0)
    assert answer.unencoded[0].text in text  # first under what to do, on one screen
