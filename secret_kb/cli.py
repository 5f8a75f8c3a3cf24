"""The ``secret-kb`` command: a thin shell over :class:`~secret_kb.KnowledgeBase`.

Errors never show a traceback: bad input is one line ``error: <message>`` on
standard error and exit status 2; a failure of the engine (or of this
program) is one such line and exit status 1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, BinaryIO

import click

from .errors import KBError
from .knowledge_base import LANGUAGES, KnowledgeBase
from .model import Scenario
from .coverage import seed_tests
from .render import render_json, render_sources, render_text

_BOOLEANS = {"true": True, "false": False}


class _OneLineErrors(click.Group):
    """A click group that reports every error as one line, without traceback."""

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        """Run the command line; in standalone mode, exit with its status."""
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            status = super().main(*args, standalone_mode=False, **kwargs)
        except click.exceptions.NoArgsIsHelpError as error:
            error.show()
            status = error.exit_code
        except click.ClickException as error:
            status = _fail(error.format_message(), error.exit_code)
        except click.Abort:
            status = _fail("aborted", 1)
        except KBError as error:
            status = _fail(error.message, 1 if error.kind == "engine" else 2)
        except Exception as error:  # the promise: no traceback, ever
            status = _fail(f"unexpected failure: {type(error).__name__}: {error}", 1)
        sys.exit(status if isinstance(status, int) else 0)


def _fail(message: str, status: int) -> int:
    click.echo(f"error: {' '.join(str(message).split())}", err=True)
    return status


def _facts(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict:
    """Parse ``--fact NAME=true|false`` options; names are checked by the knowledge base."""
    facts: dict[str, bool] = {}
    for item in values:
        name, equals, value = item.rpartition("=")
        if not equals:
            raise click.BadParameter(f"expected NAME=true or NAME=false, got {item!r}")
        if value.lower() not in _BOOLEANS:
            raise click.BadParameter(f"the fact {name} must be true or false, not {value!r}")
        if name in facts:
            raise click.BadParameter(f"the fact {name} is given more than once")
        facts[name] = _BOOLEANS[value.lower()]
    return facts


_LANG = click.option("--lang", type=click.Choice(LANGUAGES), default="fr", show_default=True,
                     help="Language of the answer's wording.")


@click.group(cls=_OneLineErrors)
def main() -> None:
    """Belgian professional secrecy law: may this professional tell this to that person?

    \b
    Example:
      secret-kb ask --discloser educator --information client_status --recipient police
    """


@main.command()
@click.option("--discloser", metavar="ROLE", help="Who holds the information (e.g. social_worker).")
@click.option("--information", metavar="KIND", help="What kind of information (e.g. confidence).")
@click.option("--recipient", metavar="WHO", help="Who would receive it (e.g. police).")
@click.option("--institution", metavar="PLACE", help="Where the discloser works (e.g. cpas).")
@click.option("--fact", "facts", metavar="NAME=true|false", multiple=True, callback=_facts,
              help="A known fact; repeat for each. A fact not given is unknown.")
@click.option("--date", metavar="YYYY-MM-DD",
              help="Date of the disclosure; the law in force then applies. Default: today.")
@click.option("--file", "path", type=click.Path(dir_okay=False, path_type=Path),
              help="Read the scenario from a .json or .toml file instead of the options above.")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON.")
@_LANG
def ask(discloser, information, recipient, institution, facts, date, path, as_json, lang):
    """Ask whether one disclosure is forbidden, permitted or obligatory.

    Prints the verdict first, its grounds, what could change it, what to do,
    and the reasoning; --json prints the answer in the contract's JSON shape.

    \b
    Examples:
      secret-kb ask --discloser social_worker --information confidence \\
          --recipient police --fact grave_imminent_danger=true --date 2018-03-01
      secret-kb ask --file scenario.toml --json --lang en
    """
    fields = {"discloser": discloser, "information": information, "recipient": recipient,
              "institution": institution, "date": date}
    if path is not None:
        given = [f"--{name}" for name, value in fields.items() if value is not None]
        if facts:
            given.append("--fact")
        if given:
            raise click.UsageError(f"--file replaces the scenario options: drop {', '.join(given)}")
        scenario: Scenario | dict = Scenario.from_file(path)
    else:
        scenario = {k: v for k, v in fields.items() if v is not None}
        if facts:
            scenario["facts"] = facts
    answer = KnowledgeBase(lang).ask(scenario)
    click.echo(render_json(answer) if as_json else render_text(answer))


@main.command()
@click.argument("source", metavar="FILE", type=click.File("rb"))
@_LANG
@click.pass_context
def batch(ctx: click.Context, source: BinaryIO, lang: str) -> None:
    """Answer a JSON Lines file of scenarios (FILE, or - for standard input).

    Each non-blank line holds one scenario object; blank lines are skipped.
    Writes one JSON answer per scenario line, in order, carrying the
    scenario's "id" when it has one. A bad line gives
    {"id": ..., "error": {...}} on its line and the batch goes on; the exit
    status is 1 when any line failed.

    \b
    Example:
      printf '%s\\n' '{"id": 1, "discloser": "educator", "information": "client_status", "recipient": "police"}' \\
          | secret-kb batch - --lang en
    """
    parsed = [_parse_line(number, raw) for number, raw in enumerate(source, 1) if raw.strip()]
    good = [item for item in parsed if not isinstance(item, KBError)]
    answers = iter(KnowledgeBase(lang).ask_many(good, return_errors=True))
    failed = False
    for item in parsed:
        result = item if isinstance(item, KBError) else next(answers)
        if isinstance(result, KBError):
            failed = True
            ident = item.get("id") if isinstance(item, dict) else None
            record = {"id": ident, "error": result.to_dict()}
        else:
            record = result.to_dict()
        click.echo(json.dumps(record, ensure_ascii=False))
    ctx.exit(1 if failed else 0)


@main.command()
@click.option("--seed", "part", flag_value="seed",
              help="Each statement of the seed (s01-s32): the rules that encode it and the "
                   "tests that reach it, or why it is left out.")
@click.option("--unverified", "part", flag_value="unverified",
              help="Every point our sources do not fully verify: source versions, "
                   "interpretive readings, article numbers.")
@click.option("--json", "as_json", is_flag=True, help="Print the listing as JSON.")
@_LANG
def sources(part: str | None, as_json: bool, lang: str) -> None:
    """List what the knowledge base holds: provisions, versions and references.

    Without an option, every provision of the contract with the rules that
    encode it and each version of its sources (dates in force, official
    reference, verification).

    \b
    Examples:
      secret-kb sources
      secret-kb sources --seed --json
      secret-kb sources --unverified --lang en
    """
    part = part or "provisions"
    items = KnowledgeBase(lang).sources(part)
    if part == "seed":
        reached = seed_tests()
        for item in items:
            item["tests"] = reached.get(item["id"], [])
    if as_json:
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
    else:
        click.echo(render_sources(part, items, lang))


def _parse_line(number: int, raw: bytes) -> dict | KBError:
    """One JSON Lines line as a scenario object, or the error that says why it is not one."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return KBError(f"line {number} is not UTF-8 text", kind="syntax_error")
    except json.JSONDecodeError as error:
        return KBError(f"line {number} is not valid JSON: {error.msg} (column {error.colno})",
                       kind="syntax_error")
    if not isinstance(data, dict):
        return KBError(f"line {number} is not a JSON object", kind="type_error")
    return data
