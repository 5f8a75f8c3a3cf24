"""`secret-kb check`: the rule base proven over the whole scenario space, as part of make test."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from secret_kb import KnowledgeBase
from secret_kb.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_the_rule_base_is_clean():
    cli = Path(sys.executable).parent / "secret-kb"
    run = subprocess.run([str(cli), "check", "--json"], capture_output=True, text=True,
                         timeout=300)
    report = json.loads(run.stdout)
    assert run.returncode == 0, report
    assert report["clean"] is True
    assert report["scenarios"] > 10_000
    for key in ("conflicts", "unreached", "uncited", "unworded", "undefined"):
        assert report[key] == [], key
    # the pruning keeps one value per class the rules can tell apart
    # (the rules of the health laws now tell the employer from the family:
    # what is checked is that some recipients still share a class)
    recipients = re.findall(r"^value\(recipient, (\w+),", (ROOT / "kb" / "vocabulary.pl").read_text(encoding="utf-8"), re.M)
    assert set(report["classes"]["recipient"]) < set(recipients)
    assert "none" in report["classes"]["institution"]
    # for review, outside clean: who is told what by the principle alone
    assert isinstance(report["unspoken"], list)
    for item in report["unspoken"]:
        assert item["recipients"] and set(item) == {"discloser", "recipients"}
    told = {(item["discloser"], t) for item in report["unspoken"] for t in item["recipients"]}
    assert ("educator", "press") in told            # nothing but the principle speaks to the press
    assert ("educator", "police") not in told       # 458bis, 422bis, necessity ... may
    assert ("social_worker", "person_concerned") not in told   # the GDPR, not encoded, is named


def test_a_report_that_is_not_clean_exits_1(monkeypatch):
    dirty = {"scenarios": 1, "dates": ["2020-01-01"], "classes": {}, "conflicts": [],
             "unreached": ["some_rule"], "uncited": [], "unworded": [], "undefined": [],
             "clean": False}
    monkeypatch.setattr(KnowledgeBase, "check", lambda self: dirty)
    result = CliRunner().invoke(main, ["check", "--lang", "en"])
    assert result.exit_code == 1
    assert "unreached: 1" in result.output and "NOT clean" in result.output
