"""Shared fixtures: the knowledge base, the saved queries of queries/, and the answer schema.

Every answer the knowledge base gives in this process during the test suite
is validated against the JSON Schema shipped in the package
(``validate_every_answer``), and counts towards the rule coverage that the
end of the run prints per provision: the session fails when a provision is
reached by no test.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import os

import jsonschema
import pytest

from secret_kb import Answer, CompactAnswer, KnowledgeBase
from secret_kb.model import answer_schema, compact_schema

# The suite does not depend on the locale it runs in: C names no language of the
# knowledge base, so a request without one is French (tests/test_languages.py sets
# the locale itself where it tests it).
os.environ["LC_ALL"] = "C.UTF-8"

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
_REACHED: set[str] = set()  # the rules some answer of the suite proved true


def check_answer(validator: jsonschema.Draft202012Validator, answer: Answer | dict) -> None:
    """Fail with every violation when ``answer.to_dict()`` does not fit the schema.

    ``answer`` may also be the JSON the knowledge base wrote (``format="json"``),
    read back: it is validated as written, and must be what the model gives.
    Each distinct answer is validated once: the load tests ask the same
    scenarios hundreds of times.
    """
    if isinstance(answer, dict):
        data, answer = answer, Answer.from_dict(answer, id=answer.get("id"))
        assert answer.to_dict() == data, "the kb's JSON is not the model's"
    else:
        data = answer.to_dict()
    key = json.dumps(data, sort_keys=True)
    if key in _VALIDATED:
        return
    _REACHED.update(s.id for s in answer.explanation.walk()
                    if s.kind in ("rule", "exception") and s.status == "true")
    for step in answer.deontology.explanation:
        _REACHED.update(s.id for s in step.walk()
                        if s.kind in ("rule", "exception") and s.status == "true")
    errors = sorted(validator.iter_errors(data), key=lambda e: e.json_path)
    assert not errors, "the answer does not fit secret_kb/schema/answer.schema.json:\n" + "\n".join(
        f"  {e.json_path}: {e.message[:300]}" for e in errors)
    _VALIDATED.add(key)


@pytest.fixture(scope="session")
def compact_validator() -> jsonschema.Draft202012Validator:
    schema = compact_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def check_compact(validator: jsonschema.Draft202012Validator, answer: CompactAnswer | dict) -> None:
    """Fail with every violation when a compact answer does not fit its schema.

    The JSON the knowledge base wrote must also be what the model gives back.
    """
    if isinstance(answer, dict):
        data = answer
        assert CompactAnswer.from_dict(data, id=data.get("id")).to_dict() == data, \
            "the kb's compact JSON is not the model's"
    else:
        data = answer.to_dict()
    errors = sorted(validator.iter_errors(data), key=lambda e: e.json_path)
    assert not errors, "the compact answer does not fit secret_kb/schema/compact.schema.json:\n" + \
        "\n".join(f"  {e.json_path}: {e.message[:300]}" for e in errors)


@pytest.fixture(scope="session", autouse=True)
def validate_every_answer(answer_validator, compact_validator):
    """Check each answer that KnowledgeBase.ask / ask_iter / ask_many return against its schema."""
    ask_many, ask, ask_iter = KnowledgeBase.ask_many, KnowledgeBase.ask, KnowledgeBase.ask_iter

    def checked(result, kwargs):
        if isinstance(result, Answer):
            check_answer(answer_validator, result)
        elif isinstance(result, CompactAnswer):
            check_compact(compact_validator, result)
        elif isinstance(result, str) and kwargs.get("format") == "json":
            if kwargs.get("compact"):
                check_compact(compact_validator, json.loads(result))
            else:
                check_answer(answer_validator, json.loads(result))

    def checked_ask_many(self, *args, **kwargs):
        results = ask_many(self, *args, **kwargs)
        for result in results:
            checked(result, kwargs)
        return results

    def checked_ask_iter(self, *args, **kwargs):
        results = ask_iter(self, *args, **kwargs)  # its errors raised here, as ask_iter does

        def checking():
            try:
                for result in results:
                    checked(result, kwargs)
                    yield result
            finally:
                results.close()

        return checking()

    def checked_ask(self, *args, **kwargs):
        answer = ask(self, *args, **kwargs)
        checked(answer, kwargs)
        return answer

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(KnowledgeBase, "ask_many", checked_ask_many)
        patch.setattr(KnowledgeBase, "ask", checked_ask)
        patch.setattr(KnowledgeBase, "ask_iter", checked_ask_iter)
        yield


def _coverage_rows() -> list[tuple[str, int, int, list[str]]]:
    """Per provision (and code of ethics): rules reached by the suite, rules in all, the others."""
    rows = []
    for item in KnowledgeBase().sources("provisions"):
        rules = item["rules"]
        missed = [r for r in rules if r not in _REACHED]
        rows.append((item["provision"], len(rules) - len(missed), len(rules), missed))
    return rows


def pytest_terminal_summary(terminalreporter):
    """Print which rules of each provision the suite's answers reached."""
    if not _REACHED:
        return
    terminalreporter.section("rule coverage per provision")
    for provision, reached, total, missed in _coverage_rows():
        line = f"{provision:24} {reached:3}/{total:<3}"
        terminalreporter.write_line(line + (f"  not reached: {', '.join(missed)}" if missed else ""))


def pytest_sessionfinish(session, exitstatus):
    """Fail the run when a whole provision is reached by no test (full runs only)."""
    if not _REACHED or session.config.option.keyword or session.config.args != ["tests"]:
        return
    unreached = [p for p, reached, total, _ in _coverage_rows() if total and not reached]
    if unreached:
        session.config.pluginmanager.get_plugin("terminalreporter").write_line(
            f"FAILED: provisions reached by no test: {', '.join(unreached)}", red=True)
        session.exitstatus = 1
