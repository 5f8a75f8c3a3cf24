"""Shared fixtures: the knowledge base, the saved queries of queries/, and the answer schema.

Every answer the knowledge base gives in this process during the test suite
is validated against the JSON Schema shipped in the package
(``validate_every_answer``).
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import jsonschema
import pytest

from secret_kb import Answer, KnowledgeBase
from secret_kb.model import answer_schema

ROOT = Path(__file__).resolve().parents[1]
QUERY_FILES = sorted(p for p in (ROOT / "queries").iterdir() if p.suffix in (".toml", ".json"))


def load_query(path: Path) -> dict:
    """A saved query: its scenario and its expected answer."""
    text = path.read_text(encoding="utf-8")
    return tomllib.loads(text) if path.suffix == ".toml" else json.loads(text)


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase()


@pytest.fixture(scope="session")
def kb_en() -> KnowledgeBase:
    return KnowledgeBase(lang="en")


@pytest.fixture(scope="session")
def answer_validator() -> jsonschema.Draft202012Validator:
    schema = answer_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


_VALIDATED: set[str] = set()


def check_answer(validator: jsonschema.Draft202012Validator, answer: Answer) -> None:
    """Fail with every violation when ``answer.to_dict()`` does not fit the schema.

    Each distinct answer is validated once: the load tests ask the same
    scenarios hundreds of times.
    """
    data = answer.to_dict()
    key = json.dumps(data, sort_keys=True)
    if key in _VALIDATED:
        return
    errors = sorted(validator.iter_errors(data), key=lambda e: e.json_path)
    assert not errors, "the answer does not fit secret_kb/schema/answer.schema.json:\n" + "\n".join(
        f"  {e.json_path}: {e.message[:300]}" for e in errors)
    _VALIDATED.add(key)


@pytest.fixture(scope="session", autouse=True)
def validate_every_answer(answer_validator):
    """Check each answer that KnowledgeBase.ask / ask_many return against the schema."""
    ask_many, ask = KnowledgeBase.ask_many, KnowledgeBase.ask

    def checked_ask_many(self, *args, **kwargs):
        results = ask_many(self, *args, **kwargs)
        for result in results:
            if isinstance(result, Answer):
                check_answer(answer_validator, result)
        return results

    def checked_ask(self, *args, **kwargs):
        answer = ask(self, *args, **kwargs)
        check_answer(answer_validator, answer)
        return answer

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(KnowledgeBase, "ask_many", checked_ask_many)
        patch.setattr(KnowledgeBase, "ask", checked_ask)
        yield
