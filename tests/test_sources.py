"""`secret-kb sources`: provisions and versions, seed coverage, unverified points."""

from __future__ import annotations

import json

from click.testing import CliRunner

from secret_kb.cli import main

CONTRACT_PROVISIONS = {
    "no_secrecy_duty", "cp_458", "cp_458_testimony", "cp_458bis", "cp_458ter",
    "cic_46bis1_request", "cic_46bis1_declaration", "cp_422bis", "necessity",
    "shared_secret", "mandate", "suspect_professional",
}
SEED_IDS = [f"s{n:02d}" for n in range(1, 33)]


def sources(*args: str):
    result = CliRunner().invoke(main, ["sources", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_every_contract_provision_is_listed_with_rules_and_dated_versions():
    listed = {item["provision"]: item for item in sources()}
    assert CONTRACT_PROVISIONS <= set(listed)
    for provision in CONTRACT_PROVISIONS:
        item = listed[provision]
        assert item["rules"], provision
        assert item["versions"], provision
        for version in item["versions"]:
            assert version["reference"] and version["verification"] in (
                "verified", "partial", "unverified")
            assert set(version) >= {"from", "to", "instrument", "article"}


def test_458bis_lists_both_versions_in_order():
    (item,) = [i for i in sources() if i["provision"] == "cp_458bis"]
    # The dated versions (a ground whose start is not known has no date).
    starts = [v["from"] for v in item["versions"] if v["article"] == "458bis" and v["from"]]
    assert starts[:2] == ["2001-03-27", "2012-01-30"]
    assert [v for v in item["versions"] if v["from"]][0]["to"] == "2012-01-30"


def test_every_seed_statement_is_encoded_and_tested_or_omitted_with_a_reason():
    statements = sources("--seed")
    assert [s["id"] for s in statements] == SEED_IDS
    missing = []
    for statement in statements:
        if statement["omitted"]:
            assert len(statement["omitted"]) > 20
            continue
        if not statement["rules"]:
            missing.append(f"{statement['id']}: no rule encodes it")
        if not statement["tests"]:
            missing.append(f"{statement['id']}: no test reaches it")
    assert missing == []


def test_omissions_are_the_deontological_and_contextual_statements():
    omitted = {s["id"] for s in sources("--seed") if s["omitted"]}
    assert omitted == {"s32"}


def test_unverified_points_include_the_new_criminal_code():
    points = sources("--unverified")
    ids = {p.get("id") for p in points}
    assert "new_criminal_code" in ids
    assert {"cp_458_confidant_by_state", "cp_458_covers_confirmation"} <= ids
    renumbered = {p["article"] for p in points if p["kind"] == "renumbering"}
    assert {"458", "458bis", "458ter", "422bis"} <= renumbered
    assert all(p["verification"] != "verified" for p in points if p["kind"] == "source")


def test_sources_text_and_bad_option():
    text = CliRunner().invoke(main, ["sources", "--lang", "en"])
    assert text.exit_code == 0
    assert "cp_458ter" in text.stdout and "2017-08-03" in text.stdout
    bad = CliRunner().invoke(main, ["sources", "--lang", "de"])
    assert bad.exit_code == 2
