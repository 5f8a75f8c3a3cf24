"""The documentation: generated where it can drift, short where it is read first, self-contained.

- docs/vocabulary.md is generated from kb/vocabulary.pl by scripts/gen_vocabulary.pl
  (`make docs`): regenerated here into a temporary file, it must equal the committed one;
- README.md has at most 150 lines, and every docs/*.md it links to exists;
- nothing in the repository points to files outside it (the design, reference and seed
  folders that sit beside the checkout, not in it).
"""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
VOCABULARY = ROOT / "docs" / "vocabulary.md"
# Spelled in two pieces, so that this file does not itself point outside.
OUTSIDE = tuple("shared" + "/" + folder for folder in ("design", "reference", "seed"))
SEARCHED = ("README.md", "docs", "kb", "secret_kb", "tests")
TEXT_SUFFIXES = {".md", ".pl", ".plt", ".py", ".json", ".toml", ".txt"}


def test_the_vocabulary_doc_is_up_to_date(tmp_path):
    swipl = shutil.which("swipl")
    assert swipl, "swipl is not on PATH"
    fresh = tmp_path / "vocabulary.md"
    with fresh.open("wb") as out:
        run = subprocess.run([swipl, str(ROOT / "scripts" / "gen_vocabulary.pl")],
                             stdout=out, stderr=subprocess.PIPE, timeout=120, cwd=tmp_path)
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
    assert VOCABULARY.is_file(), "docs/vocabulary.md is missing: run `make docs`"
    assert fresh.read_bytes() == VOCABULARY.read_bytes(), (
        "docs/vocabulary.md is stale (kb/vocabulary.pl changed): run `make docs` and commit it")


def test_the_vocabulary_doc_lists_every_name():
    """A sanity check of the generator: every value of every domain has its row."""
    swipl = shutil.which("swipl")
    assert swipl, "swipl is not on PATH"
    listing = subprocess.run(
        [swipl, "-q", "-g", f"consult('{ROOT / 'kb' / 'load.pl'}')", "-g",
         "forall((vocabulary:in_domain(D, V)), format('~w ~w~n', [D, V]))",
         "-t", "halt"],
        capture_output=True, text=True, timeout=120,
    )
    assert listing.returncode == 0, listing.stderr
    text = VOCABULARY.read_text(encoding="utf-8")
    missing = [line for line in listing.stdout.splitlines()
               if f"| `{line.split()[1]}` |" not in text]
    assert not missing, f"docs/vocabulary.md has no row for {missing}: run `make docs`"


def test_the_readme_is_short():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 150, f"README.md has {len(lines)} lines (at most 150): move detail to docs/"


def test_every_doc_the_readme_links_to_exists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = set(re.findall(r"\]\((docs/[^)#\s]+)", readme))
    assert links, "README.md links to no page of docs/"
    missing = sorted(link for link in links if not (ROOT / link).is_file())
    assert not missing, f"README.md links to missing docs: {missing}"


def test_every_link_between_docs_resolves():
    missing = []
    for page in sorted((ROOT / "docs").glob("*.md")):
        for target in re.findall(r"\]\(([^)#\s:]+\.md)", page.read_text(encoding="utf-8")):
            if not (page.parent / target).is_file():
                missing.append(f"{page.name} -> {target}")
    assert not missing, f"broken links in docs/: {missing}"


def _searched_files():
    for name in SEARCHED:
        path = ROOT / name
        if path.is_file():
            yield path
        elif path.is_dir():
            for file in path.rglob("*"):
                if file.is_file() and file.suffix in TEXT_SUFFIXES and "__pycache__" not in file.parts:
                    yield file


@pytest.mark.parametrize("outside", OUTSIDE)
def test_nothing_points_outside_the_repository(outside):
    this_file = Path(__file__).resolve()
    found = [str(f.relative_to(ROOT)) for f in _searched_files()
             if f.resolve() != this_file and outside in f.read_text(encoding="utf-8", errors="replace")]
    assert not found, f"{outside} is not in the repository; point into docs/ instead: {found}"
