"""A citable, installable release: one version everywhere, the licence, the sdist and the SWI-Prolog pack.

The sdist is built from a clean copy of the checkout, installed into a fresh
virtual environment (its dependencies from the package index) and its own
saved-query tests are run from the unpacked archive, against the installed
package. The pack (scripts/build_pack.py, `make pack`) is installed with
pack_install/2 from its directory and from its archive, each into a scratch
SWI-Prolog home, and asked a question there.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import venv
from pathlib import Path

import pytest

import secret_kb

from .test_packaging import _clean_env, _ignore, _run

ROOT = Path(__file__).resolve().parents[1]
VERSION = secret_kb.__version__


# -- one version, the licence, the citation ------------------------------------------

def test_one_version_everywhere():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "secret_kb.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+", VERSION), VERSION
    pack = (ROOT / "pack.pl").read_text("utf-8")
    assert re.search(rf"^version\('{re.escape(VERSION)}'\)\.$", pack, re.M), "pack.pl's version"
    citation = (ROOT / "CITATION.cff").read_text("utf-8")
    assert re.search(rf'^version: "{re.escape(VERSION)}"$', citation, re.M), "CITATION.cff's version"
    first = re.search(r"^## (\S+) — (\d{4}-\d{2}-\d{2})$", (ROOT / "CHANGELOG.md").read_text("utf-8"),
                      re.M)
    assert first and first[1] == VERSION, "CHANGELOG.md's newest entry"
    released = re.search(r'^date-released: "([\d-]+)"$', citation, re.M)
    assert released and released[1] == first[2], "CITATION.cff and CHANGELOG.md disagree on the date"


def test_the_licence_file_is_the_declared_licence():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert pyproject["license"] == "MIT" and pyproject["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text("utf-8")
    assert text.startswith("MIT License\n\nCopyright (c) ")
    assert "Permission is hereby granted, free of charge" in text
    assert 'THE SOFTWARE IS PROVIDED "AS IS"' in text
    assert re.search(r"^license: MIT$", (ROOT / "CITATION.cff").read_text("utf-8"), re.M)


def test_the_package_is_typed():
    assert (ROOT / "secret_kb" / "py.typed").is_file()
    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    assert "py.typed" in data["package-data"]["secret_kb"]


# -- the sdist --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sdist(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("src") / "secret-kb"
    shutil.copytree(ROOT, src, ignore=_ignore)
    outdir = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--sdist", "--outdir", outdir, src], timeout=900)
    (archive,) = outdir.glob("*.tar.gz")
    return archive


def test_the_sdist_holds_what_its_tests_need(sdist):
    with tarfile.open(sdist) as tar:
        names = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    queries = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "queries").iterdir())
    needed = [*queries, "tests/conftest.py", "tests/test_queries.py", "kb/load.pl",
              "kb/tests/helpers.pl", "docs/vocabulary.md", "scripts/gen_vocabulary.pl",
              "secret_kb/py.typed", "secret_kb/schema/compact.schema.json", "LICENSE",
              "CITATION.cff", "CHANGELOG.md", "pack.pl", "prolog/secret_kb.pl", "Makefile"]
    missing = [name for name in needed if name not in names]
    assert not missing, f"missing from the sdist (MANIFEST.in): {missing}"
    assert not [n for n in names if n.endswith((".qlf", ".pyc"))]


def test_the_sdist_installs_and_passes_its_own_tests(sdist, tmp_path_factory):
    env_dir = tmp_path_factory.mktemp("sdist-venv")
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    python = env_dir / "bin" / "python"
    _run([python, "-m", "pip", "install", "--quiet", sdist, "pytest>=8", "jsonschema>=4.18"],
         timeout=900)
    unpacked = tmp_path_factory.mktemp("sdist-src")
    with tarfile.open(sdist) as tar:
        tar.extractall(unpacked, filter="data")
    (top,) = unpacked.iterdir()
    shutil.rmtree(top / "secret_kb")  # so that the tests import the installed package
    # the saved queries, answered by Prolog, Python and the CLI of the installed package
    proc = _run([python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_queries.py",
                 "-k", "queries_exist or saved_query or agree_on_every_query"], cwd=top, timeout=900)
    assert re.search(r"\d+ passed", proc.stdout) and "failed" not in proc.stdout, proc.stdout
    where = _run([python, "-c", "import secret_kb; print(secret_kb.__file__, secret_kb.__version__)"],
                 cwd=top, timeout=120).stdout.split()
    assert Path(where[0]).is_relative_to(env_dir) and where[1] == VERSION
    version = _run([env_dir / "bin" / "secret-kb", "--version"], cwd=top, timeout=120)
    assert version.stdout == f"secret-kb {VERSION}\n"


# -- the SWI-Prolog pack ---------------------------------------------------------------

@pytest.fixture(scope="module")
def pack(tmp_path_factory) -> tuple[Path, Path]:
    outdir = tmp_path_factory.mktemp("pack")
    proc = _run([sys.executable, ROOT / "scripts" / "build_pack.py", outdir], timeout=120)
    directory, archive = (Path(line) for line in proc.stdout.split())
    assert directory.name == "secret_kb" and archive.name == f"secret_kb-{VERSION}.tgz"
    assert not (directory / "Makefile").exists()  # pack_install would run make
    return directory, archive


def _atom(path: Path | str) -> str:
    """A path as a quoted Prolog atom."""
    return "'" + str(path).replace("\\", "\\\\").replace("'", "\\'") + "'"


def _swipl(goal: str, home: Path) -> subprocess.CompletedProcess:
    swipl = shutil.which("swipl")
    assert swipl, "swipl is not on PATH"
    env = {**_clean_env(), "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config")}
    return subprocess.run([swipl, "-q", "--on-error=status", "-g", goal, "-t", "halt"],
                          capture_output=True, text=True, timeout=300, env=env, cwd=home,
                          stdin=subprocess.DEVNULL)


def _install_and_ask(source: str, tmp_path: Path) -> str:
    packs = tmp_path / "packs"
    packs.mkdir()
    installed = _swipl(f"pack_install({_atom(source)}, [interactive(false), "
                       f"package_directory({_atom(packs)})])", tmp_path)
    assert installed.returncode == 0, installed.stderr
    assert (packs / "secret_kb" / "prolog" / "secret_kb.pl").is_file()
    asked = _swipl(f"attach_packs({_atom(packs)}, []), use_module(library(secret_kb)), "
                   "pack_property(secret_kb, version(V)), "
                   "may_disclose([discloser=educator, information=client_status, recipient=police,"
                   " date=\"2018-03-01\"], Verdict, A), get_dict(basis, A, B), "
                   "law_diff(\"2018-06-01\", \"2020-01-15\", [discloser([cpas_staff]), "
                   "recipient([public_prosecutor]), information([administrative_data])], D), "
                   "get_dict(changes, D, Cs), length(Cs, N), "
                   "format('~w ~w ~w ~w~n', [V, Verdict, B, N])", tmp_path)
    assert asked.returncode == 0, asked.stderr
    return asked.stdout


def test_the_pack_installs_from_a_directory(pack, tmp_path):
    directory, _ = pack
    out = _install_and_ask(f"file://{directory}", tmp_path)
    assert out.split()[:3] == [VERSION, "forbidden", "[cp_458]"], out
    assert int(out.split()[3]) > 0


def test_the_pack_installs_from_an_archive(pack, tmp_path):
    _, archive = pack
    out = _install_and_ask(str(archive), tmp_path)
    assert out.split()[:3] == [VERSION, "forbidden", "[cp_458]"], out


def test_the_checkout_is_a_library_too():
    """`swipl -p library=prolog`: the same library(secret_kb), from the checkout."""
    proc = subprocess.run([shutil.which("swipl") or "swipl", "-q", "-p", "library=prolog", "-g",
                           "use_module(library(secret_kb)), compact_answer([discloser=doctor, "
                           "information=medical_data, recipient=colleague], A), "
                           "get_dict(verdict, A, V), writeln(V)", "-t", "halt"],
                          capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**os.environ})
    assert proc.returncode == 0 and proc.stdout.strip() == "forbidden", proc.stderr
