"""The wheel ships the knowledge base, and an installed secret-kb works anywhere.

Builds a wheel from a clean copy of the checkout (so stale build/ output in the
checkout can neither hide nor add files), checks that every kb/ file is in it,
installs it into a fresh virtual environment (pyswip and click come from the
package index) and runs the console script from a directory outside the
checkout.
"""

import json
import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KB_SUFFIXES = {".pl", ".plt"}
# Top-level entries of the checkout that are not part of the source.
_SKIP_TOP = {".git", ".venv", "build", "dist", ".pytest_cache", ".hypothesis"}


def _kb_files() -> list[str]:
    """Every Prolog file under kb/, as a path relative to kb/ ('engine/prove.pl')."""
    kb = ROOT / "kb"
    return sorted(
        p.relative_to(kb).as_posix()
        for p in kb.rglob("*")
        if p.is_file() and p.suffix in KB_SUFFIXES
    )


def _ignore(directory: str, names: list[str]) -> set[str]:
    skip = {n for n in names if n == "__pycache__" or n.endswith((".pyc", ".qlf"))}
    if Path(directory).resolve() == ROOT:
        skip |= {n for n in names if n in _SKIP_TOP or n.endswith(".egg-info")}
    return skip


def _clean_env() -> dict[str, str]:
    """The environment minus anything that could make Python import the checkout."""
    env = dict(os.environ)
    for var in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV"):
        env.pop(var, None)
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def _run(cmd, **kwargs) -> subprocess.CompletedProcess:
    proc = subprocess.run(
        [str(c) for c in cmd],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=_clean_env(),
        **kwargs,
    )
    assert proc.returncode == 0, (
        f"{' '.join(map(str, cmd))} exited with {proc.returncode}\n"
        f"--- stdout ---\n{proc.stdout}\n--- stderr ---\n{proc.stderr}"
    )
    return proc


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("src") / "secret-kb"
    shutil.copytree(ROOT, src, ignore=_ignore)
    outdir = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--wheel", "--outdir", outdir, src], timeout=900)
    wheels = sorted(outdir.glob("*.whl"))
    assert len(wheels) == 1, f"expected one wheel in {outdir}, found {wheels}"
    return wheels[0]


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh virtual environment with the wheel installed; returns its bin/."""
    env_dir = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    _run([bindir / "python", "-m", "pip", "install", "--quiet", wheel], timeout=900)
    return bindir


# Files of the package that are not Python modules, and must ship all the same.
PACKAGE_DATA = ["secret_kb/schema/answer.schema.json", "secret_kb/schema/compact.schema.json",
                "secret_kb/py.typed", "secret_kb/web/static/page.css", "secret_kb/web/static/page.js"]


def test_wheel_ships_the_whole_kb(wheel):
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    assert "secret_kb/kb/load.pl" in names
    missing_data = [name for name in PACKAGE_DATA if name not in names]
    assert not missing_data, f"package data missing from the wheel: {missing_data}"
    kb_files = _kb_files()
    assert kb_files, "no Prolog files found under kb/"
    missing = [f"secret_kb/kb/{rel}" for rel in kb_files if f"secret_kb/kb/{rel}" not in names]
    assert not missing, (
        "kb files missing from the wheel (check packages/package-data in "
        f"pyproject.toml): {missing}"
    )


def test_installed_package_finds_its_kb(installed, tmp_path):
    code = (
        "import importlib.resources as r, pathlib, secret_kb\n"
        "load = pathlib.Path(secret_kb.__file__).parent / 'kb' / 'load.pl'\n"
        "assert load.is_file(), load\n"
        "assert (r.files('secret_kb.kb') / 'load.pl').is_file()\n"
        "from secret_kb.model import answer_schema\n"
        "assert answer_schema()['properties']['schema_version']\n"
        "print(load)\n"
    )
    proc = _run([installed / "python", "-c", code], cwd=tmp_path, timeout=120)
    load = Path(proc.stdout.strip())
    assert load.is_absolute() and load.resolve().is_relative_to(installed.parent.resolve()), (
        f"secret_kb/kb/load.pl resolved to {load}, not inside the fresh venv"
    )


def test_installed_cli_answers_outside_the_checkout(installed, tmp_path):
    proc = _run(
        [
            installed / "secret-kb", "ask",
            "--discloser", "educator",
            "--information", "client_status",
            "--recipient", "police",
            "--date", "2026-08-31",  # the last day of art. 458 (1867 Code)
            "--json",
        ],
        cwd=tmp_path,
        timeout=300,
    )
    try:
        answer = json.loads(proc.stdout)
    except json.JSONDecodeError as exc:
        pytest.fail(f"output is not JSON ({exc}):\n{proc.stdout}\n--- stderr ---\n{proc.stderr}")
    assert answer.get("verdict") == "forbidden", answer
    basis = answer.get("basis")
    basis_text = basis if isinstance(basis, str) else json.dumps(basis)
    assert "cp_458" in basis_text, answer


def test_installed_cli_runs_a_research_query_outside_the_checkout(installed, tmp_path):
    """The research sandbox (kb/research/) and its worker process are found in the installed package."""
    proc = _run([installed / "secret-kb", "query", "in_domain(recipient, T), rule(_, _, _)",
                 "--json", "--limit", "1"], cwd=tmp_path, timeout=300)
    rows = json.loads(proc.stdout)
    assert len(rows) == 1 and list(rows[0]) == ["T"] and isinstance(rows[0]["T"], str), rows


def test_wheel_metadata_is_complete(wheel):
    """Name, the one version, authors, licence, keywords, classifiers, readme, the extras."""
    import secret_kb

    with zipfile.ZipFile(wheel) as zf:
        (metadata,) = [n for n in zf.namelist() if n.endswith(".dist-info/METADATA")]
        text = zf.read(metadata).decode("utf-8")
        assert any(n.endswith(".dist-info/licenses/LICENSE") for n in zf.namelist())
    headers = [line.split(": ", 1) for line in text.split("\n\n", 1)[0].splitlines() if ": " in line]
    fields: dict[str, list[str]] = {}
    for key, value in headers:
        fields.setdefault(key, []).append(value)
    assert fields["Name"] == ["secret-kb"] and fields["Version"] == [secret_kb.__version__]
    assert fields["License-Expression"] == ["MIT"] and fields["License-File"] == ["LICENSE"]
    assert fields["Author"] and "professional secrecy" in fields["Keywords"][0]
    assert len(fields["Classifier"]) >= 8 and "Typing :: Typed" in fields["Classifier"]
    assert fields["Description-Content-Type"] == ["text/markdown"]
    assert {"pandas", "test"} <= set(fields["Provides-Extra"])
