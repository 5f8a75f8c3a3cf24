"""A scenario and its current answer saved as a regression case, ``queries/NAME.toml``.

The file has the shape of the saved queries (docs/answer.md): ``description``,
``seed``, ``[scenario]`` (with ``[scenario.facts]``) and ``[expected]``
(``verdict``, ``basis``, ``complete``, ``caveats`` and ``notes`` as ids);
``tests/test_queries.py`` runs every such file. The TOML is written here, by
hand: a few keys, arrays and basic strings (JSON's string syntax, which TOML
shares, minus the characters TOML wants escaped).
"""

from __future__ import annotations

import errno
import json
import os
import re
from pathlib import Path
from typing import Any, Iterable, Sequence

from .engine import kb_directory
from .errors import KBError
from .knowledge_base import KnowledgeBase, ScenarioLike
from .model import Answer, Scenario

NAME = re.compile(r"[a-z0-9_]+")
SEED = re.compile(r"s[0-9]{2}")
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_SCENARIO_KEYS = ("discloser", "institution", "information", "recipient", "date")


def queries_directory() -> Path:
    """The checkout's ``queries/`` when secret-kb runs from a checkout, else the current directory."""
    checkout = kb_directory().parent
    if (checkout / "pyproject.toml").is_file():
        return checkout / "queries"
    return Path.cwd()


def freeze(
    scenario: ScenarioLike,
    name: str,
    *,
    directory: Path | None = None,
    description: str | None = None,
    seeds: Iterable[str] = (),
    force: bool = False,
    kb: KnowledgeBase | None = None,
) -> tuple[Path, Answer]:
    """Ask ``scenario`` and save it with its answer as ``directory/NAME.toml``.

    The scenario is saved as the knowledge base understood it, its date
    included (the default date, today, is written out, so the case keeps
    testing the law of that day). Before writing, the text is read back
    and asked again: it must give the same answer. Raises :class:`KBError`
    for a bad name or seed id, an existing file (unless ``force``), or a
    scenario whose saved text would not give the same answer.
    """
    if not NAME.fullmatch(name):
        raise KBError(f"the name {name!r} must be lowercase letters, digits and _ only",
                      field="name", value=name, kind="domain_error")
    seeds = list(dict.fromkeys(seeds))
    for seed in seeds:
        if not SEED.fullmatch(seed):
            raise KBError(f"the seed statement {seed!r} must look like s14",
                          field="seed", value=seed, kind="domain_error")
    directory = queries_directory() if directory is None else Path(directory)
    if not directory.is_dir():
        raise KBError(f"{directory} is not a directory", field="queries_dir",
                      value=str(directory), kind="existence_error")
    path = directory / f"{name}.toml"
    if path.is_symlink():
        raise KBError(f"{path} is a symbolic link: freeze does not write through one "
                      "(remove it, or choose another name)", field="name", value=name,
                      kind="permission_error")
    if path.exists() and not force:
        raise KBError(f"{path} exists already; choose another name or use --force",
                      field="name", value=name, kind="permission_error")
    kb = kb or KnowledgeBase()
    answer = kb.ask(scenario)
    text = query_toml(answer, description=description or _summary(answer), seeds=seeds)
    again = kb.ask(Scenario.from_toml(text))
    if _expected(again) != _expected(answer):
        raise KBError("this scenario cannot be saved as TOML without changing its answer",
                      kind="domain_error")
    _write_new(path, text, force=force, name=name)
    return path, answer


def _write_new(path: Path, text: str, *, force: bool, name: str) -> None:
    """Write ``text`` to ``path``, never through a symbolic link (one made since the check too).

    ``O_NOFOLLOW`` refuses a link at ``path`` itself; without ``force``,
    ``O_EXCL`` refuses any file there.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW | (os.O_TRUNC if force else os.O_EXCL)
    try:
        fd = os.open(path, flags, 0o644)
    except FileExistsError:
        raise KBError(f"{path} exists already; choose another name or use --force",
                      field="name", value=name, kind="permission_error") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise KBError(f"{path} is a symbolic link: freeze does not write through one "
                          "(remove it, or choose another name)", field="name", value=name,
                          kind="permission_error") from None
        raise KBError(f"cannot write {path}: {error.strerror or error}", kind="io_error") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
    except OSError as error:
        raise KBError(f"cannot write {path}: {error.strerror or error}", kind="io_error") from None


def query_toml(answer: Answer, *, description: str, seeds: Sequence[str] = ()) -> str:
    """The saved-query TOML of an answer: its scenario and what is expected of it.

    Facts given as null (explicitly unknown) are written "unknown": TOML has no null.
    """
    scenario = answer.scenario
    lines = [f"description = {toml_value(description)}", f"seed = {toml_value(list(seeds))}",
             "", "[scenario]"]
    lines += [f"{key} = {toml_value(scenario[key])}" for key in _SCENARIO_KEYS
              if scenario.get(key) is not None]
    facts = {k: "unknown" if v is None else v for k, v in (scenario.get("facts") or {}).items()}
    if facts:
        lines += ["", "[scenario.facts]"]
        lines += [f"{toml_key(k)} = {toml_value(v)}" for k, v in facts.items()]
    lines += ["", "[expected]"]
    lines += [f"{k} = {toml_value(v)}" for k, v in _expected(answer).items()]
    return "\n".join(lines) + "\n"


def _expected(answer: Answer) -> dict[str, Any]:
    return {"verdict": answer.verdict, "basis": list(answer.basis), "complete": answer.complete,
            "caveats": [c.id for c in answer.caveats], "notes": [n.id for n in answer.notes]}


def _summary(answer: Answer) -> str:
    """A default description: who tells what to whom, when, and the verdict."""
    s = answer.scenario
    where = f" ({s['institution']})" if s.get("institution") else ""
    return (f"{s['discloser']}{where}, {s['information']} -> {s['recipient']}, "
            f"{s.get('date', answer.law_date)}: {answer.verdict} ({', '.join(answer.basis)})")


def toml_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else toml_value(key)


def toml_value(value: Any) -> str:
    """A boolean, integer, string or list of them as a TOML value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise KBError(f"{value!r} is not valid Unicode text", kind="domain_error") from None
        # JSON escapes ", \ and U+0000-U+001F as TOML does; TOML also wants U+007F escaped.
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise KBError(f"cannot write {value!r} as TOML", kind="type_error")
