"""Which tests reach which statement of the seed.

A test declares the statements it reaches with a comment tag on the lines
just above it, ``% seed: s14, s15`` in a plunit file or ``# seed: s14`` in
a pytest file; a saved query lists them under its ``seed`` key. The kb's
own plunit files ship with the package; the pytest files and the saved
queries are read when the checkout is there.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

from .engine import kb_directory

_TAG = re.compile(r"^\s*[%#]\s*seed:\s*(s\d\d(?:\s*,\s*s\d\d)*)\s*$")
_TEST_NAME = {
    ".plt": re.compile(r"^\s*test\(\s*([a-z]\w*)"),
    ".py": re.compile(r"^\s*def\s+(test_\w+)"),
}


def seed_tests() -> dict[str, list[str]]:
    """Map each seed statement id to the tests that declare they reach it."""
    found: dict[str, list[str]] = {}
    kb = kb_directory()
    checkout = kb.parent if (kb.parent / "pyproject.toml").is_file() else None
    sources = sorted((kb / "tests").glob("*.plt"))
    if checkout is not None:
        sources += sorted((checkout / "tests").glob("test_*.py"))
    for path in sources:
        for statement, test in _tagged_tests(path):
            found.setdefault(statement, []).append(f"{path.relative_to(kb.parent)}::{test}")
    if checkout is not None:
        for path in sorted((checkout / "queries").iterdir()):
            for statement in _query_statements(path):
                found.setdefault(statement, []).append(f"queries/{path.name}")
    return found


def _tagged_tests(path: Path):
    """(statement, test name) for each tag in the file and the test just below it."""
    pending: list[str] = []
    name_pattern = _TEST_NAME[path.suffix]
    for line in path.read_text(encoding="utf-8").splitlines():
        tag = _TAG.match(line)
        if tag:
            pending += [s.strip() for s in tag.group(1).split(",")]
            continue
        name = name_pattern.match(line)
        if name and pending:
            yield from ((statement, name.group(1)) for statement in pending)
            pending = []


def _query_statements(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".toml":
        return list(tomllib.loads(text).get("seed", []))
    if path.suffix == ".json":
        return list(json.loads(text).get("seed", []))
    return []
