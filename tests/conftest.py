"""Shared fixtures: the knowledge base, and the saved queries of queries/."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from secret_kb import KnowledgeBase

ROOT = Path(__file__).resolve().parents[1]
QUERY_FILES = sorted(p for p in (ROOT / "queries").iterdir() if p.suffix in (".toml", ".json"))


def load_query(path: Path) -> dict:
    """A saved query: its scenario and its expected answer."""
    text = path.read_text(encoding="utf-8")
    return tomllib.loads(text) if path.suffix == ".toml" else json.loads(text)


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase()


@pytest.fixture(scope="session")
def kb_en() -> KnowledgeBase:
    return KnowledgeBase(lang="en")
