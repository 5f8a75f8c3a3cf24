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

All the files are also loaded together, in one process, and must run as many
tests there as they do one by one (so that a file that does not load with the
others, or whose units clash with another file's, fails):

    swipl -q -g "expand_file_name('kb/tests/*.plt', Fs), maplist([F]>>load_files(F, []), Fs),
                 (run_tests -> halt(0) ; halt(1))" -t 'halt(1)' kb/load.pl

Each .plt is a module of its own, and shares its helpers through
kb/tests/helpers.pl. plunit prints its summary ("All 73 tests passed") as an
informational message, which -q silences: the counts are taken from runs
without -q, which differ in nothing else.
"""

import re
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


def _run_command(plt: Path) -> list[str]:
    """The command that runs one file's tests, as its header's Run: line shows it."""
    return ["swipl", "--on-error=status", "-q", "-g", "run_tests", "-t", "halt",
            plt.relative_to(ROOT).as_posix()]


def _run(cmd: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [_swipl(), *cmd[1:]],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _report(cmd: list[str], proc: subprocess.CompletedProcess) -> str:
    return (
        f"{' '.join(cmd)} exited with {proc.returncode}\n"
        f"--- stdout ---\n{proc.stdout}\n--- stderr ---\n{proc.stderr}"
    )


@pytest.mark.parametrize("plt", PLT_FILES, ids=[p.name for p in PLT_FILES])
def test_plunit_file(plt: Path):
    cmd = _run_command(plt)
    proc = _run(cmd)
    assert proc.returncode == 0, _report(cmd, proc)


# plunit 9's summary when every test passed (its ~D writes 1,423).
_ALL_PASSED = re.compile(
    r"^% (?:All ([\d,]+) tests passed|(test passed)|(No tests to run))$", re.M
)


def _tests_passed(cmd: list[str]) -> int:
    """Run cmd (no -q), require exit 0, and return the number of tests plunit ran."""
    proc = _run(cmd)
    assert proc.returncode == 0, _report(cmd, proc)
    found = _ALL_PASSED.findall(proc.stdout + proc.stderr)
    assert len(found) == 1, "not one plunit summary in the output of " + _report(cmd, proc)
    count, one, _none = found[0]
    return int(count.replace(",", "")) if count else (1 if one else 0)


def _tests_in_file(plt: Path) -> int:
    return _tests_passed([c for c in _run_command(plt) if c != "-q"])


# Every .plt in one process (the command of the module docstring); run without -q.
ALL_TOGETHER = [
    "swipl", "-q",
    "-g", "expand_file_name('kb/tests/*.plt', Fs), maplist([F]>>load_files(F, []), Fs), "
          "(run_tests -> halt(0) ; halt(1))",
    "-t", "halt(1)",
    "kb/load.pl",
]


def test_all_plunit_files_run_together():
    together = _tests_passed([c for c in ALL_TOGETHER if c != "-q"])
    alone = {plt.name: _tests_in_file(plt) for plt in PLT_FILES}
    assert all(alone.values()), f"a .plt file runs no test on its own: {alone}"
    assert together == sum(alone.values()), (
        f"the .plt files loaded together run {together} tests, one by one "
        f"{sum(alone.values())}: {alone}"
    )


def _units(plt: Path) -> list[str]:
    return re.findall(r"^:- begin_tests\((\w+)", plt.read_text(encoding="utf-8"), re.M)


def test_plunit_unit_names_are_unique():
    seen: dict[str, str] = {}
    clashes = []
    for plt in PLT_FILES:
        units = _units(plt)
        assert units, f"{plt.name} declares no test unit"
        for unit in units:
            if unit in seen:
                clashes.append(f"{unit} in {seen[unit]} and {plt.name}")
            seen.setdefault(unit, plt.name)
    assert not clashes, f"plunit unit names used twice: {clashes}"


@pytest.mark.parametrize("plt", PLT_FILES, ids=[p.name for p in PLT_FILES])
def test_plunit_header_shows_the_command_that_runs_it(plt: Path):
    header = plt.read_text(encoding="utf-8").split("*/", 1)[0]
    runs = re.findall(r"^\s*Run: (.*)$", header, re.M)
    assert runs == [" ".join(_run_command(plt))], (
        f"{plt.name}: the header's Run: line should be `{' '.join(_run_command(plt))}`, "
        f"the command test_plunit_file runs; found {runs}"
    )
