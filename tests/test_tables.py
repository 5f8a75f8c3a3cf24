"""Answers for analysis: the compact answer, records and tables, CSV, one-line reprs, the vocabulary.

Also the vocabulary's discoverability: `secret-kb vocab`, the nearest value
suggested for a misspelt one, shell completion of values, and `--fact
NAME=yes|no|unknown`.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

import secret_kb
from secret_kb import Answer, CompactAnswer, KBError
from secret_kb.cli import main
from secret_kb.model import RECORD_COLUMNS
from secret_kb.render import render_markdown

from .conftest import QUERY_FILES, load_query

DOCTOR = {"discloser": "doctor", "information": "medical_data", "recipient": "colleague",
          "date": "2018-03-01", "facts": {"person_consents": True}}


def run(*args: str, input: str | None = None, env: dict | None = None):
    return CliRunner().invoke(main, list(args), input=input, env=env, prog_name="secret-kb")


@pytest.fixture(scope="module")
def saved_scenarios() -> list[dict]:
    return [load_query(p)["scenario"] for p in QUERY_FILES]


# -- the compact answer -------------------------------------------------------------

def test_compact_answers_agree_with_the_whole_ones(kb_en, saved_scenarios):
    """On every saved query: same verdict, basis, complete, versions, advice; the same record."""
    full = kb_en.ask_many(saved_scenarios)
    compact = kb_en.ask_many(saved_scenarios, compact=True)
    for whole, small in zip(full, compact):
        assert isinstance(small, CompactAnswer)
        assert (small.verdict, small.basis, small.complete, small.law_date, small.versions) == \
            (whole.verdict, whole.basis, whole.complete, whole.law_date, whole.versions)
        assert small.caveats == tuple(c.id for c in whole.caveats)
        assert small.notes == tuple(n.id for n in whole.notes)
        assert small.unencoded == tuple(u.id for u in whole.unencoded)
        assert len(small.open) == len(whole.open)
        assert small.to_record() == whole.to_record()


def test_compact_json_is_at_most_2_kb(kb, saved_scenarios):
    texts = kb.ask_many(saved_scenarios, compact=True, format="json")
    sizes = [len(t.encode("utf-8")) for t in texts]
    assert max(sizes) <= 2048, max(sizes)
    whole = kb.ask_many(saved_scenarios, format="json")
    assert sum(sizes) * 10 < sum(len(t.encode("utf-8")) for t in whole)


def test_compact_open_says_the_facts(kb_en):
    answer = kb_en.ask({**DOCTOR, "facts": {}}, compact=True)
    assert "permitted if in_person_interest, person_consents, recipient_bound_by_secrecy, " \
           "same_mission, strictly_necessary [shared_secret]" in answer.open
    assert answer.verdict == "forbidden" and answer.basis == ("cp_458",)


def test_compact_is_refused_as_text(kb):
    with pytest.raises(KBError, match="compact"):
        kb.ask(DOCTOR, compact=True, format="text")
    with pytest.raises(KBError, match="compact"):
        kb.ask(DOCTOR, compact="yes")


def test_ask_compact_cli():
    result = run("ask", "--discloser", "doctor", "--information", "medical_data",
                 "--recipient", "colleague", "--date", "2018-03-01", "--compact")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["compact"] is True and data["verdict"] == "forbidden"
    assert "explanation" not in data and len(result.stdout.encode()) <= 2048
    usage = run("ask", "--discloser", "doctor", "--information", "medical_data",
                "--recipient", "colleague", "--compact", "--format", "markdown")
    assert usage.exit_code == 2 and "--compact" in usage.stderr


# -- records, tables, CSV -----------------------------------------------------------

def test_a_record_is_flat(kb_en):
    record = kb_en.ask({**DOCTOR, "id": 7}).to_record()
    assert tuple(record) == RECORD_COLUMNS
    assert all(v is None or isinstance(v, (str, bool, int)) for v in record.values()), record
    assert record["id"] == 7 and record["facts"] == "person_consents=true"
    assert record["law_date"] == "2018-03-01" and record["basis"] == "cp_458"
    assert record["open"].startswith("permitted if in_person_interest")


def test_table_gives_a_dataframe(kb_en):
    pandas = pytest.importorskip("pandas")
    scenarios = [DOCTOR, {**DOCTOR, "recipient": "police"}, {**DOCTOR, "date": "2026-09-01"}]
    frame = kb_en.table(scenarios)
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == list(RECORD_COLUMNS) and len(frame) == 3
    assert list(frame["basis"]) == ["cp_458", "cp_458", "cp2024_352"]
    assert frame["complete"].dtype == bool
    with_error = kb_en.table([DOCTOR, {"discloser": "docter"}], return_errors=True)
    assert list(with_error.columns)[-1] == "error"
    assert "did you mean doctor" in with_error["error"][1]
    with pytest.raises(KBError, match="scenario 1"):
        kb_en.table([DOCTOR, {"discloser": "docter"}])


def test_table_without_pandas_says_how_to_get_it(kb, monkeypatch):
    import builtins

    real = builtins.__import__

    def no_pandas(name, *args, **kwargs):
        if name == "pandas":
            raise ImportError("no pandas here")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(KBError, match=r"secret-kb\[pandas\]"):
        kb.table([DOCTOR])


def test_batch_csv_has_a_header_and_a_row_per_line():
    lines = "\n".join(json.dumps(s) for s in [{**DOCTOR, "id": "a"}, {"id": "b", "discloser": "x"},
                                             {**DOCTOR, "id": "c", "recipient": "police"}])
    result = run("batch", "-", "--format", "csv", input=lines + "\n")
    assert result.exit_code == 1  # line b failed
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    assert rows[0]["verdict"] == "forbidden" and rows[0]["error"] == ""
    assert rows[1]["verdict"] == "" and "unknown discloser" in rows[1]["error"]
    assert list(rows[0]) == [*RECORD_COLUMNS, "error"]


def test_batch_compact_is_json_lines_of_compact_answers():
    result = run("batch", "-", "--compact", input=json.dumps({**DOCTOR, "id": 1}) + "\n")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["compact"] is True and data["id"] == 1


@pytest.mark.parametrize("fmt,delimiter", [("csv", ","), ("tsv", "\t")])
def test_query_csv_and_tsv(fmt, delimiter):
    result = run("query", "in_domain(verdict, V), verdict_rank(V, R)", "--format", fmt)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter=delimiter))
    assert rows == [{"V": "forbidden", "R": "1"}, {"V": "permitted", "R": "2"},
                    {"V": "obligatory", "R": "3"}]


def test_query_jsonl():
    result = run("query", "domain_values(verdict, Vs), member(V, Vs)", "--format", "jsonl",
                 "--limit", "2")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["V"] for row in lines] == ["forbidden", "permitted"]
    assert lines[0]["Vs"][:2] == ["forbidden", "permitted"]


# -- notebook-friendly objects ---------------------------------------------------------

def test_reprs_are_one_line(kb_en):
    answer = kb_en.ask(DOCTOR)
    shown = [repr(answer), repr(kb_en.ask(DOCTOR, compact=True)), repr(answer.explanation),
             repr(kb_en.whatif(DOCTOR)[0])]
    for text in shown:
        assert "\n" not in text and len(text) < 200, text
    assert shown[0] == ("Answer(forbidden [cp_458], 1 open; doctor → colleague: medical_data; "
                        "law of 2018-03-01)")
    assert shown[2].startswith("Step(rule cp_458: true, ")
    assert shown[3].startswith("Change(") and " if " in shown[3]


def test_markdown_repr_is_the_one_screen_answer(kb_en):
    answer = kb_en.ask(DOCTOR)
    summary = answer._repr_markdown_()
    assert summary.startswith("# FORBIDDEN")
    assert "**Grounds**" in summary and "## What could change the answer" in summary
    assert "## Reasoning" not in summary and "## Exceptions that do not apply" not in summary
    assert "---" not in summary and summary.count("\n") < 40
    assert render_markdown(answer).startswith(summary.split("\n\n[^")[0])
    assert isinstance(answer, Answer)
    assert kb_en.ask(DOCTOR, compact=True)._repr_markdown_().startswith("**FORBIDDEN**")


# -- the vocabulary ----------------------------------------------------------------------

def test_vocab_json_lists_every_value_with_its_meaning(kb_en):
    result = run("vocab", "--json", "--lang", "en")
    items = json.loads(result.stdout)
    facts = {i["value"]: i for i in items if i["domain"] == "fact"}
    assert facts["person_consents"]["default"] is None and facts["person_consents"]["meaning"]
    assert facts["learned_in_profession"]["default"] is True
    assert facts["law_obliges_disclosure"]["claim"] is True
    count = kb_en.query("aggregate_all(count, in_domain(_, _), N)")[0]["N"]
    assert len(items) == count


def test_vocab_of_one_domain_by_its_name_or_its_field():
    by_domain = run("vocab", "role", "--json")
    by_field = run("vocab", "discloser", "--json")
    assert by_domain.stdout == by_field.stdout
    assert {i["domain"] for i in json.loads(by_domain.stdout)} == {"role"}
    text = run("vocab", "recipient", "--lang", "en")
    assert text.stdout.startswith("recipient:\n") and "  police: the police" in text.stdout
    bad = run("vocab", "recipents")
    assert bad.exit_code == 2 and "did you mean recipient" in bad.stderr


@pytest.mark.parametrize("field,given,nearest", [
    ("discloser", "docter", "doctor"), ("discloser", "Doctor", "doctor"),
    ("recipient", "polise", "police"), ("information", "medical", "medical_data"),
])
def test_an_unknown_value_suggests_the_nearest(kb, field, given, nearest):
    scenario = {"discloser": "doctor", "information": "medical_data", "recipient": "police",
                field: given}
    with pytest.raises(KBError) as caught:
        kb.ask(scenario)
    assert f"did you mean {nearest}?" in caught.value.message
    assert caught.value.field == field and nearest in caught.value.accepted


def test_no_suggestion_for_a_value_far_from_every_one(kb):
    with pytest.raises(KBError) as caught:
        kb.ask({"discloser": "zzzzzz", "information": "medical_data", "recipient": "police"})
    assert "did you mean" not in caught.value.message


def test_the_cli_suggests_too():
    result = run("ask", "--discloser", "docter", "--information", "medical_data",
                 "--recipient", "police", "--fact", "person_consnets=yes")
    assert result.exit_code == 2 and "did you mean doctor?" in result.stderr
    fact = run("ask", "--discloser", "doctor", "--information", "medical_data",
               "--recipient", "police", "--fact", "person_consnets=yes")
    assert "did you mean person_consents?" in fact.stderr


@pytest.mark.parametrize("word,value", [("yes", True), ("no", False), ("unknown", None),
                                        ("oui", True), ("TRUE", True), ("false", False)])
def test_fact_values_are_the_interviews_words(word, value):
    result = run("ask", "--discloser", "social_worker", "--information", "confidence",
                 "--recipient", "trial_court", "--fact", f"called_to_testify={word}", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["scenario"]["facts"] == {"called_to_testify": value}


def test_a_fact_value_that_is_no_reply_is_refused():
    result = run("ask", "--discloser", "doctor", "--information", "medical_data",
                 "--recipient", "police", "--fact", "called_to_testify=maybe")
    assert result.exit_code == 2 and "yes, no or unknown" in result.stderr


def _complete(words: str) -> list[str]:
    env = {"_SECRET_KB_COMPLETE": "bash_complete", "COMP_WORDS": words,
           "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1))}
    result = run(env=env)
    return [line.split(",", 1)[1] for line in result.stdout.splitlines()]


def test_shell_completion_completes_values():
    assert _complete("secret-kb ask --discloser doc") == ["doctor"]
    assert "police" in _complete("secret-kb ask --recipient po")
    assert _complete("secret-kb ask --fact person_consents") == ["person_consents="]
    assert _complete("secret-kb ask --fact person_consents=") == [
        "person_consents=yes", "person_consents=no", "person_consents=unknown"]
    assert _complete("secret-kb vocab rec") == ["recipient"]
    assert "cp_458ter" in _complete("secret-kb rules --provision cp_458t")
    assert _complete("secret-kb diff --discloser cpas_") == ["cpas_staff", "cpas_council_member"]


# -- the version -------------------------------------------------------------------------

def test_version_option():
    result = run("--version")
    assert result.exit_code == 0 and result.stdout == f"secret-kb {secret_kb.__version__}\n"
