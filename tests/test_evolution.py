"""The law's evolution as data: `diff` between two dates, a scenario's `timeline`, the rule book as sentences.

The diffs are taken over restricted dimensions (--discloser, --recipient ...),
so that each walks tens of class scenarios, not the 78,000 of the whole space.
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

from secret_kb import KBError, LawDiff, Period
from secret_kb.cli import main

BEFORE, AFTER = "2018-06-01", "2020-01-15"  # around CC 44/2019 (published 2019-04-04)
CPAS = {"discloser": "cpas_staff", "recipient": "public_prosecutor"}


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


@pytest.fixture(scope="module")
def cpas_diff(kb_en) -> LawDiff:
    return kb_en.diff(BEFORE, AFTER, **CPAS)


# -- diff ------------------------------------------------------------------------

def test_the_annulment_of_46bis1_3_is_the_change_and_its_reason(cpas_diff):
    """CPAS staff, serious indications of terrorism: obligatory (46bis/1 §3) -> forbidden, CC 44/2019."""
    assert cpas_diff.walked == cpas_diff.concerned > 0
    assert cpas_diff.changes, cpas_diff
    for change in cpas_diff.changes:
        assert (change.discloser, change.recipient) == ("cpas_staff", "public_prosecutor")
        assert change.facts == {"serious_indications_terrorism": True}
        assert (change.verdict_before, change.basis_before) == ("obligatory", ("cic_46bis1_declaration",))
        assert (change.verdict_after, change.basis_after) == ("forbidden", ("cp_458",))
        assert [c.id for c in change.ended] == ["cic_46bis1_declaration"]
        assert "cc_44_2019" in [c.id for c in change.began]
        assert change.ended[0].valid_to == "2019-04-04"
    # every kind of information, in every institution: the duty reads no information
    assert len({(c.institution, c.information) for c in cpas_diff.changes}) == cpas_diff.walked


def test_each_change_is_what_the_answers_on_both_dates_say(kb_en, cpas_diff):
    """The diff's before and after are the verdicts asked, date by date, for the same situation."""
    for change in cpas_diff.changes[:4]:
        scenario = {"discloser": change.discloser, "information": change.information,
                    "recipient": change.recipient, "facts": dict(change.facts)}
        if change.institution:
            scenario["institution"] = change.institution
        before, after = kb_en.ask_many([{**scenario, "date": BEFORE}, {**scenario, "date": AFTER}],
                                       compact=True)
        assert (before.verdict, before.basis) == (change.verdict_before, change.basis_before)
        assert (after.verdict, after.basis) == (change.verdict_after, change.basis_after)


def test_the_diff_misses_no_change_an_answer_shows(kb_en):
    """Brute force on a small space: every class scenario, with no fact and with each open
    alternative of either date, asked on both dates; each that differs is in the diff."""
    space = {"discloser": ["cpas_staff", "youth_aid_worker"],
             "information": ["administrative_data", "confidence"],
             "recipient": ["public_prosecutor", "police"]}
    diff = kb_en.diff(BEFORE, AFTER, institution="cpas", **space)
    found = {(c.discloser, c.information, c.recipient, tuple(sorted(c.facts.items())))
             for c in diff.changes}
    scenarios = [{"discloser": d, "institution": "cpas", "information": k, "recipient": t}
                 for d in space["discloser"] for k in space["information"]
                 for t in space["recipient"]]
    expected = set()
    for scenario in scenarios:
        situations = {()}
        for date in (BEFORE, AFTER):
            for text in kb_en.ask({**scenario, "date": date}, compact=True).open:
                situations.add(tuple(sorted(_needs(text).items())))
        for facts in situations:
            one, two = kb_en.ask_many([{**scenario, "facts": dict(facts), "date": d}
                                       for d in (BEFORE, AFTER)], compact=True)
            if (one.verdict, one.basis) != (two.verdict, two.basis):
                expected.add((scenario["discloser"], scenario["information"],
                              scenario["recipient"], facts))
    assert expected, "the space holds no change: the test proves nothing"
    assert expected <= found, f"changes the diff misses: {sorted(expected - found)}"


def _needs(open_text: str) -> dict[str, bool]:
    """The facts of a compact open alternative: "permitted if a, not b [p]"."""
    match = re.fullmatch(r"\w+ if (.+) \[\w+\]", open_text)
    assert match, open_text
    return {part.removeprefix("not "): not part.startswith("not ") for part in match[1].split(", ")}


def test_no_change_of_the_law_means_an_empty_diff(kb_en):
    same = kb_en.diff(AFTER, AFTER, **CPAS)
    assert same.changes == () and same.concerned == 0 and same.walked > 0


def test_a_change_that_concerns_the_class_but_not_its_verdict(kb_en):
    """Youth-aid secrecy moved from the 1991 decree to the 2018 code: bound either way."""
    diff = kb_en.diff(BEFORE, AFTER, discloser="youth_aid_worker", recipient="police")
    assert diff.concerned == diff.walked > 0
    assert diff.changes == ()


def test_diff_refuses_bad_dates_and_values_by_name(kb_en):
    with pytest.raises(KBError, match="2019-02-30"):
        kb_en.diff("2019-02-30", AFTER, **CPAS)
    with pytest.raises(KBError, match="did you mean cpas_staff"):
        kb_en.diff(BEFORE, AFTER, discloser="cpas_staf")


def test_diff_cli_text_csv_json():
    args = ["diff", "--from", BEFORE, "--to", AFTER, "--discloser", "cpas_staff",
            "--recipient", "public_prosecutor", "--information", "administrative_data",
            "--lang", "en"]
    text = run(*args)
    assert text.exit_code == 0, text.output
    assert "obligatory [cic_46bis1_declaration] → forbidden [cp_458], when serious_indications_terrorism" \
        in text.stdout
    assert "Ended: Code of Criminal Procedure, art. 46bis/1, § 3, 2017-09-01 – 2019-04-04" in text.stdout
    assert "Began: Constitutional Court" in text.stdout
    rows = list(csv.DictReader(io.StringIO(run(*args, "--format", "csv").stdout)))
    assert rows and {r["ended"] for r in rows} == {"cic_46bis1_declaration"}
    assert rows[0]["facts"] == "serious_indications_terrorism=true"
    data = json.loads(run(*args, "--json").stdout)
    assert data["from"] == BEFORE and len(data["changes"]) == len(rows)
    assert data["changes"][0]["members"]["discloser"] == ["cpas_staff"]
    bad = run("diff", "--from", BEFORE, "--to", AFTER, "--recipient", "polise")
    assert bad.exit_code == 2 and "did you mean police" in bad.stderr


# -- timeline --------------------------------------------------------------------

TERROR = {"discloser": "cpas_staff", "information": "administrative_data",
          "recipient": "public_prosecutor", "facts": {"serious_indications_terrorism": True}}


@pytest.fixture(scope="module")
def terror_timeline(kb_en) -> list[Period]:
    return kb_en.timeline(TERROR)


def test_timeline_periods_follow_each_other(terror_timeline):
    assert terror_timeline[0].date_from == "1867-06-08"
    assert terror_timeline[-1].date_to is None
    for one, two in zip(terror_timeline, terror_timeline[1:]):
        assert one.date_to == two.date_from
        assert (one.verdict, one.basis, one.open) != (two.verdict, two.basis, two.open)


def test_timeline_of_the_duty_to_declare(terror_timeline):
    periods = {p.date_from: p for p in terror_timeline}
    duty = periods["2017-09-01"]
    assert (duty.verdict, duty.basis, duty.date_to) == ("obligatory", ("cic_46bis1_declaration",),
                                                        "2019-04-04")
    assert "cic_46bis1_declaration" in [c.id for c in duty.began]
    after = periods["2019-04-04"]
    assert (after.verdict, after.basis) == ("forbidden", ("cp_458",))
    assert [c.id for c in after.ended] == ["cic_46bis1_declaration"]
    assert [c.id for c in after.began] == ["cc_44_2019"]


def test_each_period_is_the_answer_on_its_first_day(kb_en, terror_timeline):
    answers = kb_en.ask_many([{**TERROR, "date": p.date_from} for p in terror_timeline],
                             compact=True)
    for period, answer in zip(terror_timeline, answers):
        assert (answer.verdict, answer.basis, answer.open, answer.versions) == \
            (period.verdict, period.basis, period.open, period.versions), period


def test_timeline_cli(tmp_path):
    args = ["timeline", "--discloser", "cpas_staff", "--information", "administrative_data",
            "--recipient", "public_prosecutor", "--fact", "serious_indications_terrorism=yes",
            "--lang", "en"]
    text = run(*args)
    assert text.exit_code == 0, text.output
    assert "2017-09-01 – 2019-04-04: obligatory [cic_46bis1_declaration]" in text.stdout
    rows = list(csv.DictReader(io.StringIO(run(*args, "--format", "csv").stdout)))
    assert rows[0]["from"] == "1867-06-08" and rows[-1]["to"] == ""
    assert json.loads(run(*args, "--json").stdout)[-1]["to"] is None


# -- the rule book as sentences ---------------------------------------------------

@pytest.fixture(scope="module")
def rules_en(kb_en):
    return kb_en.rules()


def test_every_rule_is_one_sentence(kb_en, rules_en):
    count = kb_en.query("aggregate_all(count, rule(_, _, _), N)")[0]["N"]
    assert len(rules_en) == count == len({r.id for r in rules_en})
    for rule in rules_en:
        assert rule.sentence.startswith("Under ") and rule.sentence.endswith("."), rule
        assert "~" not in rule.sentence and "_G" not in rule.sentence, rule
        assert ("setting aside" in rule.sentence) == bool(rule.overrides), rule
        assert rule.citation.reference, rule


def test_the_sentence_of_458ter(kb, kb_en):
    (rule,) = kb_en.rules("cp_458ter")
    assert rule.sentence.startswith(
        "Under art. 458ter of the Criminal Code (case consultation), disclosure is permitted, "
        "setting aside art. 458 of the Criminal Code (professional secrecy), when all of: "
        "recipient: the participants of a case consultation; one of (")
    assert rule.citation.article == "458ter" and "cp_458quater" in rule.exceptions
    (french,) = kb.rules("cp_458ter")
    assert french.sentence.startswith("En application de « art. 458ter du Code pénal")
    assert "la révélation est permise" in french.sentence


def test_readings_come_with_their_source(rules_en):
    read = [r for r in rules_en if r.reading]
    assert read and all(r.reading_citation is not None for r in read)
    (cp_422bis,) = [r for r in rules_en if r.id == "cp_422bis"]
    assert cp_422bis.reading.startswith("Reading adopted")


def test_rules_cli():
    result = run("rules", "--provision", "cic_46bis1_declaration", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "cic_46bis1_declaration — Under art. 46bis/1 §3" in result.stdout
    assert "Source: Code of Criminal Procedure, art. 46bis/1, § 3, 2017-09-01 – 2019-04-04" \
        in result.stdout
    assert json.loads(run("rules", "--provision", "principle", "--json").stdout)
    bad = run("rules", "--provision", "cp_458te")
    assert bad.exit_code == 2 and "did you mean cp_458ter" in bad.stderr


@pytest.mark.parametrize("command", ["diff", "timeline", "rules", "vocab"])
def test_the_research_commands_are_documented_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout and f"secret-kb {command}" in result.stdout
