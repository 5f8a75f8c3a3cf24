"""Run the Prolog unit tests (kb/tests/*.plt) as pytest tests, one per file.

Each .plt file is run in its own SWI-Prolog process from the repository root:

    swipl --on-error=status -q -g run_tests -t halt kb/tests/X.plt

Notes on SWI-Prolog 9.0.4, checked by hand:
- Options must come *before* the file: everything after the first file is
  handed to the program as arguments, so `swipl X.plt -g run_tests` would just
  load the file and exit 0 without running a single test.
- A failing or erroring test makes run_tests/0 fail, and a failing -g goal
  exits with status 1.
- A .plt that does not load cleanly (missing ../load.pl, syntax error) only
  prints an error and goes on; --on-error=status turns that into exit status 1
  at halt/0 (not at an explicit halt(0), hence `-t halt`).
- Warnings such as "Test succeeded with choicepoint" do not fail the run.
"""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PLUNIT_DIR = ROOT / "kb" / "tests"
PLT_FILES = sorted(PLUNIT_DIR.glob("*.plt"))


def _swipl() -> str:
    swipl = shutil.which("swipl")
    if swipl is None:
        pytest.fail("swipl is not on PATH (run scripts/ensure-swipl.sh)")
    return swipl


def test_plunit_suite_is_not_empty():
    assert PLT_FILES, f"no .plt files in {PLUNIT_DIR}: the Prolog suite would pass vacuously"


@pytest.mark.parametrize("plt", PLT_FILES, ids=[p.name for p in PLT_FILES])
def test_plunit_file(plt: Path):
    cmd = [
        _swipl(),
        "--on-error=status",
        "-q",
        "-g", "run_tests",
        "-t", "halt",
        str(plt.relative_to(ROOT)),
    ]
    proc = subprocess.run(
        cmd,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, (
        f"{' '.join(cmd)} exited with {proc.returncode}\n"
        f"--- stdout ---\n{proc.stdout}\n--- stderr ---\n{proc.stderr}"
    )
