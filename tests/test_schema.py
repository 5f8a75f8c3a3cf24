"""The answer's JSON Schema: it is sound, it fits the answers, and it refuses broken ones.

Every answer given during the test suite is validated against it by the
autouse fixture ``validate_every_answer`` (tests/conftest.py); these tests
check the schema itself.
"""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest

from secret_kb import KnowledgeBase, Scenario
from secret_kb.model import SCHEMA_VERSION, answer_schema

from .conftest import QUERY_FILES, ROOT

POLICE = {"id": "q1", "discloser": "educator", "information": "client_status",
          "recipient": "police", "date": "2018-03-01"}


@pytest.fixture(scope="module")
def answer_dict(kb) -> dict:
    return kb.ask({"discloser": "doctor", "information": "medical_data", "recipient": "colleague",
                   "date": "2018-03-01", "facts": {"person_consents": True, "same_mission": None},
                   "id": 7}).to_dict()


def errors(validator, data) -> list[str]:
    return [e.message for e in validator.iter_errors(data)]


def test_the_schema_is_draft_2020_12_and_matches_the_version():
    schema = answer_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema_version"] == {"const": SCHEMA_VERSION}
    shipped = ROOT / "secret_kb" / "schema" / "answer.schema.json"
    assert json.loads(shipped.read_text(encoding="utf-8")) == schema


def test_answers_carry_the_schema_version(kb):
    assert kb.ask(POLICE).to_dict()["schema_version"] == SCHEMA_VERSION == "1.1"


def test_every_saved_query_fits_in_both_languages(answer_validator, kb, kb_en):
    scenarios = [Scenario.from_file(p) for p in QUERY_FILES]
    for base in (kb, kb_en):
        for answer in base.ask_many(scenarios):
            assert errors(answer_validator, answer.to_dict()) == []


def test_an_answer_fits(answer_validator, answer_dict):
    assert answer_dict["id"] == 7 and answer_dict["scenario"]["facts"]["same_mission"] is None
    assert errors(answer_validator, answer_dict) == []


def _broken(answer_dict, change) -> dict:
    data = copy.deepcopy(answer_dict)
    change(data)
    return data


BROKEN = {
    "verdict-maybe": lambda d: d.update(verdict="maybe"),
    "no-verdict": lambda d: d.pop("verdict"),
    "no-schema-version": lambda d: d.pop("schema_version"),
    "other-schema-version": lambda d: d.update(schema_version="2.0"),
    "extra-key": lambda d: d.update(extra=1),
    "null-id": lambda d: d.update(id=None),
    "lang-de": lambda d: d.update(lang="de"),
    "complete-as-string": lambda d: d.update(complete="true"),
    "empty-basis": lambda d: d.update(basis=[]),
    "bad-law-date": lambda d: d.update(law_date="2018-13-01"),
    "status-as-boolean": lambda d: d["explanation"].update(status=True),
    "kind-unknown": lambda d: d["explanation"]["children"][0].update(kind="principle"),
    "deep-step-extra-key": lambda d: d["explanation"]["children"][0]["children"][0].update(x=1),
    "rule-without-seed": lambda d: d["explanation"].pop("seed"),
    "failed-exception-without-because": lambda d: next(
        c for c in d["explanation"]["children"] if c["kind"] == "exception").pop("because"),
    "citation-date-format": lambda d: d["explanation"]["citation"].update({"from": "8 June 1867"}),
    "citation-verification": lambda d: d["explanation"]["citation"].update(verification="maybe"),
    "citation-without-to": lambda d: d["explanation"]["citation"].pop("to"),
    "needs-not-boolean": lambda d: d["open"][0]["needs"].update(same_mission="yes"),
    "open-verdict": lambda d: d["open"][0].update(verdict="perhaps"),
    "note-without-citation": lambda d: d["notes"][0].pop("citation"),
    "scenario-extra-field": lambda d: d["scenario"].update(recipeint="police"),
    "scenario-fact-string": lambda d: d["scenario"]["facts"].update(person_consents="true"),
}


@pytest.mark.parametrize("change", BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_answer_fails(answer_validator, answer_dict, change):
    broken = _broken(answer_dict, change)
    assert errors(answer_validator, broken), "the schema accepted a broken answer"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, answer_schema(), cls=jsonschema.Draft202012Validator)


def test_the_suite_validates_answers_through_the_fixture(answer_dict):
    """The autouse fixture is in place: KnowledgeBase.ask_many is the checking wrapper."""
    assert KnowledgeBase.ask_many.__name__ == "checked_ask_many"
    assert KnowledgeBase.ask.__name__ == "checked_ask"
    assert KnowledgeBase.ask_iter.__name__ == "checked_ask_iter"
