"""`secret-kb check`: the rule base proven over the whole scenario space, as part of make test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from secret_kb import KnowledgeBase
from secret_kb.cli import main


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
    assert "family" not in report["classes"]["recipient"] or "employer" not in report["classes"]["recipient"]
    assert "none" in report["classes"]["institution"]


def test_a_report_that_is_not_clean_exits_1(monkeypatch):
    dirty = {"scenarios": 1, "dates": ["2020-01-01"], "classes": {}, "conflicts": [],
             "unreached": ["some_rule"], "uncited": [], "unworded": [], "undefined": [],
             "clean": False}
    monkeypatch.setattr(KnowledgeBase, "check", lambda self: dirty)
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 1
    assert "unreached: 1" in result.output and "NOT clean" in result.output
