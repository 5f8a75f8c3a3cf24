"""The ``secret-kb`` command: a thin shell over :class:`~secret_kb.KnowledgeBase`.

Errors never show a traceback: bad input is one line ``error: <message>`` on
standard error and exit status 2; a failure of the engine (or of this
program), or a research query reaching a limit, is one such line and exit
status 1.
"""

from __future__ import annotations

import io
import json
import os
import select
import shutil
import signal
import stat
import sys
import threading
import time
from collections import deque
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import click

from . import __version__
from .errors import KBError
from .knowledge_base import KnowledgeBase, _builder, check_language, default_language, languages
from .model import Scenario, parse_json
from .render import fill, interface_words, render_markdown, render_sources

if TYPE_CHECKING:
    from .model import Question

# The modules only some commands need (graph, freeze, interview, coverage) are
# imported by those commands: every command pays for the start-up of the others
# otherwise (docs/performance.md).

FORMATS = ("text", "markdown", "json", "dot", "svg")

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
            status = _fail(error.message, 1 if error.kind in ("engine", "resource_error") else 2)
        except Exception as error:  # the promise: no traceback, ever
            status = _fail(f"unexpected failure: {type(error).__name__}: {error}", 1)
        sys.exit(status if isinstance(status, int) else 0)


def _terminal_width() -> int:
    """The width to wrap the one-screen answer to: the terminal's ($COLUMNS, else 80)."""
    return max(shutil.get_terminal_size((80, 24)).columns, 20)


def _fail(message: str, status: int) -> int:
    click.echo(f"error: {' '.join(str(message).split())}", err=True)
    return status


def _facts(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict:
    """Parse ``--fact NAME=VALUE`` options; names are checked by the knowledge base.

    VALUE is true or false, or a reply of the interview (yes, no, unknown,
    oui, non, inconnu ...): unknown makes the fact explicitly unknown.
    """
    from .interview import REPLIES

    facts: dict[str, bool | None] = {}
    for item in values:
        name, equals, value = item.rpartition("=")
        if not equals:
            raise click.BadParameter(f"expected NAME=yes, NAME=no or NAME=unknown, got {item!r}")
        key = value.strip().lower()
        if key not in _BOOLEANS and key not in REPLIES:
            raise click.BadParameter(f"the fact {name} must be yes, no or unknown "
                                     f"(or true, false), not {value!r}")
        if name in facts:
            raise click.BadParameter(f"the fact {name} is given more than once")
        facts[name] = _BOOLEANS[key] if key in _BOOLEANS else REPLIES[key]
    return facts


# -- Shell completion of values (docs/usage.md: how to enable it) ----------------------

def _item(value: str, help: str | None = None):
    """One completion (click.shell_completion is imported only when the shell completes)."""
    from click.shell_completion import CompletionItem

    return CompletionItem(value, help=help)


def _complete_values(domain: str):
    """A shell_complete callback: the values of a vocabulary domain that start as typed."""
    def complete(ctx: click.Context, param: click.Parameter, incomplete: str) -> list:
        return [_item(item["value"], item["meaning"])
                for item in _vocabulary(domain) if str(item["value"]).startswith(incomplete)]
    return complete


def _complete_fact(ctx: click.Context, param: click.Parameter, incomplete: str) -> list:
    """``--fact`` completes a fact's name, then, after ``=``, yes, no or unknown."""
    name, equals, value = incomplete.partition("=")
    if equals:
        return [_item(f"{name}={reply}") for reply in ("yes", "no", "unknown")
                if reply.startswith(value)]
    return [_item(f"{item['value']}=", item["meaning"])
            for item in _vocabulary("fact") if item["value"].startswith(name)]


def _vocabulary(*domains: str) -> list[dict]:
    """The vocabulary's values, for completion: none when the knowledge base cannot start."""
    try:
        return KnowledgeBase().vocabulary(list(domains))
    except KBError:
        return []


class _Language(click.ParamType):
    """A language of the knowledge base's answers: the knowledge base checks it."""

    name = "lang"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        try:
            check_language(value)
        except KBError as error:
            if error.kind in ("engine", "resource_error"):
                raise
            self.fail(error.message, param, ctx)
        return value


class _LanguageOption(click.Option):
    """--lang: its help names the knowledge base's languages, asked of it only when help is shown."""

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        try:
            names = ", ".join(languages())
        except KBError:  # help is shown all the same
            names = "the knowledge base's languages"
        self.help = (f"Language of the answer's wording: {names}. Default: the locale's "
                     "(LC_ALL, LC_MESSAGES, LANG: nl_BE gives nl), else fr.")
        return super().get_help_record(ctx)


# The default is a callable, so the locale is read when the command runs, not at import.
_LANG = click.option("--lang", cls=_LanguageOption, type=_Language(), default=default_language)

_SCENARIO_OPTIONS = [
    click.option("--discloser", metavar="ROLE", shell_complete=_complete_values("role"),
                 help="Who holds the information (e.g. social_worker)."),
    click.option("--information", metavar="KIND", shell_complete=_complete_values("information"),
                 help="What kind of information (e.g. confidence)."),
    click.option("--recipient", metavar="WHO", shell_complete=_complete_values("recipient"),
                 help="Who would receive it (e.g. police)."),
    click.option("--institution", metavar="PLACE", shell_complete=_complete_values("institution"),
                 help="Where the discloser works (e.g. cpas)."),
    click.option("--fact", "facts", metavar="NAME=yes|no|unknown", multiple=True, callback=_facts,
                 shell_complete=_complete_fact,
                 help="A fact: yes, no or unknown (true, false); repeat for each. "
                      "A fact not given is unknown."),
    click.option("--date", metavar="YYYY-MM-DD",
                 help="Date of the disclosure; the law in force then applies. Default: today."),
]


def scenario_options(command):
    """The scenario's field options (--discloser ... --date), shared by the commands that ask."""
    for option in reversed(_SCENARIO_OPTIONS):
        command = option(command)
    return command


def _scenario(path: Path | None, source: str, **fields: Any) -> Scenario | dict:
    """The scenario from a file (``source`` names its option) or from the field options."""
    facts = fields.pop("facts")
    if path is not None:
        given = [f"--{name}" for name, value in fields.items() if value is not None]
        if facts:
            given.append("--fact")
        if given:
            raise click.UsageError(f"{source} replaces the scenario options: drop {', '.join(given)}")
        return Scenario.from_file(path)
    scenario: dict[str, Any] = {k: v for k, v in fields.items() if v is not None}
    if facts:
        scenario["facts"] = facts
    return scenario


@click.group(cls=_OneLineErrors)
@click.version_option(__version__, "--version", prog_name="secret-kb",
                      message="%(prog)s %(version)s")
def main() -> None:
    """Belgian professional secrecy law: may this professional tell this to that person?

    \b
    Example:
      secret-kb ask --discloser educator --information client_status --recipient police
    """


@main.command()
@scenario_options
@click.option("--file", "path", type=click.Path(dir_okay=False, path_type=Path),
              help="Read the scenario from a .json or .toml file instead of the options above.")
@click.option("--format", "output_format", type=click.Choice(FORMATS),
              help="text (the default), markdown (a report), json (the contract's shape), "
                   "dot (the reasoning as a Graphviz graph) or svg (drawn by Graphviz's dot).")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON (--format json).")
@click.option("--full", is_flag=True,
              help="The complete text: every exception tried and why, the reasoning, the codes'.")
@click.option("--compact", is_flag=True,
              help="Print the compact answer, as JSON: verdict, basis, complete, open, the ids "
                   "of caveats and notes, versions; no tree, no words (docs/researchers.md).")
@_LANG
def ask(path, output_format, as_json, full, compact, lang, **fields):
    """Ask whether one disclosure is forbidden, permitted or obligatory.

    Prints the answer on one screen (at most about 20 lines, wrapped to the
    terminal): the verdict in plain words, what to do, what could change
    it, the grounds with their articles, the codes of ethics' view. --full
    prints the complete answer: the grounds with every citation, the
    exceptions that did not apply and why, the reasoning. --format markdown
    prints a report (the one-screen answer first), --json (or --format
    json) the contract's JSON shape, --format dot or svg the reasoning as a
    graph.

    \b
    Examples:
      secret-kb ask --discloser social_worker --information confidence \\
          --recipient police --fact grave_imminent_danger=true --date 2018-03-01
      secret-kb ask --file scenario.toml --full --lang en
      secret-kb ask --file scenario.toml --json --lang en
      secret-kb ask --file scenario.toml --format svg > reasoning.svg
    """
    if as_json and output_format not in (None, "json"):
        raise click.UsageError(f"--json means --format json: drop --json or --format {output_format}")
    if compact and output_format not in (None, "json"):
        raise click.UsageError(f"--compact prints JSON: drop --compact or --format {output_format}")
    if compact and full:
        raise click.UsageError("--compact prints JSON: drop --compact or --full")
    output_format = output_format or ("json" if as_json or compact else "text")
    if full and output_format != "text":
        raise click.UsageError(f"--full is for the text answer, not --format {output_format}")
    kb = KnowledgeBase(lang)
    scenario = _scenario(path, "--file", **fields)
    if compact:
        click.echo(kb.ask(scenario, format="json", compact=True))
        return
    if output_format == "text":  # rendered by the knowledge base, written as is
        if full:
            click.echo(kb.ask(scenario, format="full_text"))
        else:
            click.echo(kb.ask(scenario, format="text", width=_terminal_width()))
        return
    if output_format == "json":
        click.echo(kb.ask(scenario, format="json"))
        return
    answer = kb.ask(scenario)
    if output_format == "markdown":
        click.echo(render_markdown(answer, kb.whatif(scenario)))
        return
    from .graph import render_dot, render_svg

    click.echo({"dot": render_dot, "svg": render_svg}[output_format](answer))


@main.command()
@click.argument("source", metavar="FILE", type=click.File("rb"))
@click.option("--format", "output_format", type=click.Choice(("jsonl", "csv")), default="jsonl",
              show_default=True,
              help="jsonl: one JSON answer per line; csv: one row per scenario, the columns of "
                   "Answer.to_record() and an error column (compact answers).")
@click.option("--compact", is_flag=True, help="JSON Lines of compact answers (no tree, no words).")
@_LANG
@click.pass_context
def batch(ctx: click.Context, source: BinaryIO, output_format: str, compact: bool,
          lang: str) -> None:
    """Answer a JSON Lines file of scenarios (FILE, or - for standard input).

    Each non-blank line holds one scenario object; blank lines are skipped.
    Writes one JSON answer per scenario line, in order, each as soon as it
    is ready, carrying the scenario's "id" when it has one (each answer as
    the knowledge base wrote it). The file is read as it is answered, so
    memory does not grow with its length. A bad line (not JSON, a key given
    twice, longer than 1 MiB ...) gives {"id": ..., "error": {...}} on its
    line and the batch goes on; the exit status is 1 when any line failed.
    SIGTERM or Ctrl-C stops it after the answer being written: the output
    ends with a whole line, and the exit status is 128 + the signal's
    number (143, 130). On a terminal, standard error shows the progress.

    \b
    Example:
      printf '%s\\n' '{"id": 1, "discloser": "educator", "information": "client_status", "recipient": "police"}' \\
          | secret-kb batch - --lang en
    """
    csv = output_format == "csv"
    with _Stop() as stop:
        kb = KnowledgeBase(lang)
        out = sys.stdout.buffer
        progress = _Progress(source) if sys.stderr.isatty() else None
        ids: deque = deque()  # the id of each line handed to the knowledge base, in order
        lines = _batch_lines(source, ids, stop)
        failed = answered = 0
        try:
            if csv:
                from .model import RECORD_COLUMNS

                columns = [*RECORD_COLUMNS, "error"]
                out.write(_csv_line(columns, dict(zip(columns, columns))))
            # CSV rows are compact answers; JSON Lines the answers' JSON text, as written
            answers = kb._answers("answer", lines, None, True,
                                  _builder(None, True) if csv else _answer_text,
                                  None if csv else "json", given=True, compact=csv or compact,
                                  ready=partial(_readable_now, source))
            for result in answers:
                ident = ids.popleft()
                if isinstance(result, KBError):
                    failed += 1
                    line = (_csv_line(columns, {"id": ident, "error": result.message}) if csv
                            else json.dumps({"id": ident, "error": result.to_dict()},
                                            ensure_ascii=False).encode("utf-8") + b"\n")
                else:
                    line = (_csv_line(columns, result.to_record()) if csv
                            else result.encode("utf-8") + b"\n")
                out.write(line)  # a whole line, then flushed
                out.flush()
                answered += 1
                if progress is not None:
                    progress.show(answered, failed)
                if stop.signal is not None:
                    break
        except BrokenPipeError:  # the reader went away (| head): what it took is all there is
            _fail(f"the output was closed after {answered:,} answers", 1)
            ctx.exit(1)
        finally:
            if progress is not None:
                progress.clear()
    if stop.signal is not None:
        name = signal.Signals(stop.signal).name
        _fail(f"the batch was cut short by {name} after {answered:,} answers", 1)
        ctx.exit(128 + stop.signal)
    ctx.exit(1 if failed else 0)


def _csv_line(columns: list[str], row: dict) -> bytes:
    """One CSV row (its columns in order, missing ones empty) as a whole line of bytes."""
    import csv

    text = io.StringIO()
    csv.DictWriter(text, fieldnames=columns, lineterminator="\n").writerow(
        {name: row.get(name, "") for name in columns})
    return text.getvalue().encode("utf-8")

# The longest line a batch reads (in bytes): a scenario is a few hundred.
MAX_LINE = 1 << 20


def _batch_lines(source: BinaryIO, ids: deque, stop: "_Stop"):
    """The scenarios of a JSON Lines file, read as they are asked for; a bad line is its KBError.

    Blank lines are skipped. A line over ``MAX_LINE`` bytes is read no
    further than that (the rest is skipped to the end of the line). Each
    line's id (None when there is none) is appended to ``ids``. Reading
    stops when ``stop`` has caught a signal.
    """
    number = 0
    while stop.signal is None:
        raw = source.readline(MAX_LINE + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE and not raw.endswith(b"\n"):
            size = len(raw)
            while not raw.endswith(b"\n"):
                raw = source.readline(1 << 16)
                if not raw:
                    break
                size += len(raw)
            ids.append(None)
            yield KBError(f"line {number} is too long: {size:,} bytes, at most {MAX_LINE:,}",
                          field="line", value=size, kind="domain_error")
            continue
        if not raw.strip():
            continue
        item = _parse_line(number, raw)
        ids.append(item.get("id") if isinstance(item, dict) else None)
        yield item


def _readable_now(source: BinaryIO) -> bool:
    """Whether reading ``source`` would not wait (a file always; a pipe when data is there)."""
    try:
        return bool(select.select([source.fileno()], [], [], 0)[0])
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return True  # in memory (tests): never waits


def _answer_text(text: str, _ident: Any) -> str:
    return text


class _Stop:
    """SIGTERM and SIGINT caught while a batch runs: remembered (``signal``), never raised.

    The batch checks it after each line it writes, so it ends on a whole
    line. The previous handlers come back on exit.
    """

    SIGNALS = (signal.SIGTERM, signal.SIGINT)

    def __init__(self) -> None:
        self.signal: int | None = None
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> "_Stop":
        if threading.current_thread() is threading.main_thread():
            for number in self.SIGNALS:
                self._previous[number] = signal.signal(number, self._caught)
        return self

    def _caught(self, number: int, _frame: Any) -> None:
        if self.signal is None:
            self.signal = number

    def __exit__(self, *_exc: Any) -> None:
        for number, handler in self._previous.items():
            signal.signal(number, handler)


class _Progress:
    """A one-line progress report on standard error (a terminal): answers, errors, rate, share."""

    def __init__(self, source: BinaryIO) -> None:
        self._source = source
        self._start = self._shown = time.monotonic()
        try:
            info = os.fstat(source.fileno())
            self._size = info.st_size if stat.S_ISREG(info.st_mode) and info.st_size else None
        except (OSError, ValueError, AttributeError):
            self._size = None

    def show(self, answered: int, failed: int) -> None:
        now = time.monotonic()
        if now - self._shown < 0.2:
            return
        self._shown = now
        rate = answered / max(now - self._start, 1e-9)
        line = f"{answered:,} answered, {failed:,} errors, {rate:,.0f}/s"
        if self._size:
            try:
                line += f", {min(100, 100 * self._source.tell() // self._size)}% read"
            except (OSError, ValueError):
                pass
        sys.stderr.write(f"\r\x1b[K{line}")
        sys.stderr.flush()

    def clear(self) -> None:
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()


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
        from .coverage import seed_tests

        reached = seed_tests()
        for item in items:
            item["tests"] = reached.get(item["id"], [])
    if as_json:
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
    else:
        click.echo(render_sources(part, items, lang))


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the whole report as JSON.")
@_LANG
def check(as_json: bool, lang: str) -> None:
    """Prove the rule base over the whole scenario space; exit 0 only when clean.

    Walks every class of roles, institutions, kinds of information and
    recipients that the rules can tell apart, with every fact unknown, on
    one day in each era of the law, and checks one verdict and one view per
    scenario; then every rule's reachability on a day its version is in
    force, every citation and wording, and undefined predicates. Lists
    too, for review (not part of clean), the recipients to whom nothing
    beyond the principle speaks for each discloser (unspoken). The lists
    keep the report's keys (conflicts, unworded ...) in every language.

    \b
    Example:
      secret-kb check --lang nl
    """
    report = KnowledgeBase(lang).check()
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        words = interface_words(lang)
        click.echo(fill(words["check_scenarios"], report["scenarios"], ", ".join(report["dates"])))
        for key in ("conflicts", "unreached", "uncited", "unworded", "undefined"):
            click.echo(f"{key}: {len(report[key])}" + (f"  {report[key]}" if report[key] else ""))
        unspoken = report.get("unspoken", [])
        pairs = sum(len(item["recipients"]) for item in unspoken)
        click.echo(fill(words["check_unspoken"], pairs))
        groups: dict[tuple[str, ...], list[str]] = {}
        for item in unspoken:
            groups.setdefault(tuple(item["recipients"]), []).append(item["discloser"])
        for recipients, disclosers in groups.items():
            click.echo(f"  {', '.join(disclosers)} -> {', '.join(recipients)}")
        click.echo(words["clean"] if report["clean"] else words["not_clean"])
    if not report["clean"]:
        raise click.exceptions.Exit(1)


@main.command()
@click.argument("source", metavar="[SCENARIO]", required=False,
                type=click.Path(dir_okay=False, path_type=Path))
@click.option("--name", required=True, metavar="NAME",
              help="The saved query's name: lowercase letters, digits and _ (queries/NAME.toml).")
@click.option("--description", metavar="TEXT", help="What the case is about (default: a summary).")
@click.option("--seed", "seeds", metavar="sNN", multiple=True,
              help="A seed statement the case illustrates; repeat for each.")
@scenario_options
@click.option("--queries-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where to write (default: the checkout's queries/, else the current directory).")
@click.option("--force", is_flag=True, help="Overwrite NAME.toml if it exists.")
def freeze(source, name, description, seeds, queries_dir, force, **fields):
    """Save a scenario and its current answer as a regression case.

    SCENARIO is a .json or .toml scenario file (a saved query too), or give
    the scenario with the same options as `ask`. Writes NAME.toml holding
    the scenario (with its date: today when none is given) and the answer
    expected of it (verdict, basis, complete, caveats, notes), in the shape
    of the saved queries that the test suite runs.

    \b
    Examples:
      secret-kb freeze scenario.json --name police_asks_the_cpas --seed s14
      secret-kb freeze --name educator_and_police --discloser educator \\
          --information client_status --recipient police --date 2018-03-01
    """
    from .freeze import freeze as freeze_query

    path, answer = freeze_query(_scenario(source, "SCENARIO", **fields), name,
                                directory=queries_dir, description=description, seeds=seeds,
                                force=force)
    click.echo(f"{path}: {answer.verdict} ({', '.join(answer.basis)})")


@main.command()
@scenario_options
@click.option("--file", "path", type=click.Path(dir_okay=False, path_type=Path),
              help="Read the scenario from a .json or .toml file instead of the options above.")
@click.option("--json", "as_json", is_flag=True,
              help='Print a JSON list of {"changes": {fact: value}, "verdict", "basis", ...}.')
@_LANG
def whatif(path, as_json, lang, **fields):
    """What would change the verdict: the smallest sets of fact changes, smallest first.

    A change sets an unknown fact or flips a given one. No set contradicts
    the given facts, and none contains another giving the same verdict on
    the same basis.

    \b
    Example:
      secret-kb whatif --discloser doctor --information medical_data \
          --recipient colleague --fact person_consents=true --lang en
    """
    changes = KnowledgeBase(lang).whatif(_scenario(path, "--file", **fields))
    if as_json:
        click.echo(json.dumps([c.to_dict() for c in changes], ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(f"- {c.text}" for c in changes))


@main.command()
@scenario_options
@click.option("--file", "path", type=click.Path(dir_okay=False, path_type=Path),
              help="Start from a .json or .toml scenario file instead of the options above.")
@click.option("--json", "as_json", is_flag=True,
              help='Scriptable: each question is a JSON line {"question": FACT, "text": ...}; '
                   "answer each with one line (yes, no or unknown); the answer ends as a JSON line.")
@_LANG
def interview(path, as_json, lang, **fields):
    """Ask only the questions that can still change the verdict, then answer.

    Starts from the fields given (asking for a missing discloser,
    information or recipient), then asks, most decisive first, about the
    facts whose answer can still change the verdict: reply yes, no or
    unknown. It stops as soon as nothing left can change the verdict.

    \b
    Examples:
      secret-kb interview --discloser doctor --information medical_data --recipient colleague
      printf 'yes\\nno\\n' | secret-kb interview --json --discloser educator \
          --information confidence --recipient police
    """
    from .interview import interview as run_interview

    kb = KnowledgeBase(lang)
    scenario = _scenario(path, "--file", **fields)
    scenario = scenario.to_dict() if isinstance(scenario, Scenario) else scenario
    words = interface_words(lang)
    for field in ("discloser", "information", "recipient"):
        if field not in scenario:
            if as_json:
                raise KBError(f"the field {field} is required", field=field, kind="existence_error")
            scenario[field] = click.prompt(field)
    if as_json:
        answer, _ = run_interview(kb, scenario, _json_reply, format="json")
    else:
        answer, _ = run_interview(kb, scenario, partial(_prompt_reply, words), format="text")
    click.echo(answer)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on: loopback unless told otherwise.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="The port to listen on.")
@click.option("--allow-research", is_flag=True,
              help="Let POST /api/query run research queries (in the research sandbox).")
@click.option("--time-limit", type=click.FloatRange(min=0, min_open=True), default=30.0,
              show_default=True, metavar="SECONDS",
              help="The time limit of each call into the knowledge base.")
def serve(host: str, port: int, allow_research: bool, time_limit: float) -> None:
    """Serve the web page and the JSON API (docs/usage.md) until Ctrl-C.

    The page asks who would tell what to whom, then only the questions that
    can still change the verdict, and shows the answer with its reasoning.
    The API answers as the command does: POST /api/ask, /api/batch,
    /api/whatif, /api/next-question; GET /api/sources, /api/vocabulary,
    /api/health, /openapi.json. It listens on 127.0.0.1 unless --host says
    otherwise; research queries are refused unless --allow-research.

    \b
    Example:
      secret-kb serve --port 8000      # then open http://127.0.0.1:8000/
    """
    from .web import Limits, serve as run_server

    run_server(host, port, limits=Limits(seconds=time_limit, allow_research=allow_research))


@main.command()
@click.argument("goal")
@click.option("--json", "as_json", is_flag=True,
              help='Print a JSON list of {"Variable": value} objects, one per solution.')
@click.option("--format", "output_format", type=click.Choice(("text", "json", "csv", "tsv", "jsonl")),
              help="text (a table, the default), json (as --json), csv or tsv (a header of the "
                   "variables, one row per solution), jsonl (one JSON object per line).")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True,
              help="At most this many solutions (up to 10,000).")
@_LANG
def query(goal: str, as_json: bool, output_format: str | None, limit: int, lang: str) -> None:
    """Run a research GOAL over the knowledge base and print its bindings.

    GOAL is a Prolog goal over the knowledge base's public predicates
    (may_disclose/3, what_if/2, next_question/2, rule/3, exception/2,
    rule_meta/2, rule_text/3, advice/3, in_domain/2, value_label/4,
    source/6, seed_statement/2, ...: docs/research.md), written
    unqualified, combined with ',', ';', '->', \\+, findall/3, forall/2,
    aggregate_all/3, setof/3 ... and a few pure built-ins (member/2,
    length/2, sort/4, is/2, get_dict/3 ...). It is parsed and checked,
    never run as written: anything else (shell, files, assert, flags,
    call/N, format ...) is refused, exit status 2. It runs under an
    inference limit (2,000,000), a time limit (5 s) and the solution cap
    (--limit); reaching a limit is exit status 1. One solution per row;
    variables starting with _ are not shown.

    \b
    Examples:
      secret-kb query 'in_domain(role, R)'
      secret-kb query 'findall(R, (in_domain(role, R), may_disclose([discloser=R,
          information=medical_data, recipient=police, facts=[grave_imminent_danger=true,
          other_means=false, proportionate=true]], permitted, _)), Rs)' --json
      secret-kb query 'rule(Id, verdict(V), _), rule_meta(Id, M)' --limit 5
    """
    if as_json and output_format not in (None, "json"):
        raise click.UsageError(f"--json means --format json: drop --json or --format {output_format}")
    output_format = output_format or ("json" if as_json else "text")
    solutions = KnowledgeBase(lang).query(goal, max_solutions=limit)
    if output_format == "json":
        click.echo(json.dumps(list(solutions), ensure_ascii=False, indent=2))
    elif output_format == "jsonl":
        for row in solutions:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif output_format in ("csv", "tsv"):
        _write_rows(solutions.variables, [{k: _flat(v) for k, v in row.items()} for row in solutions],
                    "\t" if output_format == "tsv" else ",")
    else:
        click.echo(_solutions_table(solutions))
    if solutions.truncated:
        click.echo(f"(the first {len(solutions)} solutions only: there are more; see --limit)",
                   err=True)


def _solutions_table(solutions) -> str:
    """The solutions as a plain-text table, one row each; true or false when no variable shows."""
    if not solutions or not solutions.variables:
        return "true" if solutions else "false"
    names = solutions.variables
    rows = [[_cell(row[name]) for name in names] for row in solutions]
    widths = [max(len(name), *(len(row[i]) for row in rows)) for i, name in enumerate(names)]
    lines = ["  ".join(name.ljust(width) for name, width in zip(names, widths)).rstrip(),
             "  ".join("-" * width for width in widths)]
    lines += ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip()
              for row in rows]
    return "\n".join(lines)


_EVOLUTION_FORMATS = click.Choice(("text", "json", "csv"))


def _values_option(name: str, domain: str, what: str):
    return click.option(f"--{name}", name, metavar=domain.upper(), multiple=True,
                        shell_complete=_complete_values(domain),
                        help=f"Only this {what}; repeat for several (default: every class).")


@main.command()
@click.option("--from", "date_from", required=True, metavar="YYYY-MM-DD",
              help="The first date: the law in force then.")
@click.option("--to", "date_to", required=True, metavar="YYYY-MM-DD",
              help="The second date: the law in force then.")
@_values_option("discloser", "role", "discloser")
@_values_option("institution", "institution", "institution")
@_values_option("information", "information", "kind of information")
@_values_option("recipient", "recipient", "recipient")
@click.option("--format", "output_format", type=_EVOLUTION_FORMATS,
              help="text (grouped by change, the default), json (every change) or csv (one row "
                   "per change).")
@click.option("--json", "as_json", is_flag=True, help="Print the diff as JSON (--format json).")
@_LANG
def diff(date_from, date_to, discloser, institution, information, recipient, output_format,
         as_json, lang):
    """What changed in the law between two dates, and why.

    Walks the scenario space of `secret-kb check` (one value for each class
    of values no rule tells apart, every fact unknown), and each set of facts
    that makes a changed rule hold; lists every case whose verdict or basis
    differs between --from and --to, with the source versions that ended or
    began between them. --discloser, --institution, --information and
    --recipient restrict the space (a diff across the Criminal Code of 2024,
    2026-09-01, changes every class: restrict it, or expect minutes).

    \b
    Examples:
      secret-kb diff --from 2018-06-01 --to 2020-01-15
      secret-kb diff --from 2018-06-01 --to 2020-01-15 --discloser cpas_staff --format csv
      secret-kb diff --from 2026-08-31 --to 2026-09-01 --recipient police --json
    """
    output_format = _one_format(output_format, as_json)
    result = KnowledgeBase(lang).diff(date_from, date_to, discloser=discloser or None,
                                      institution=institution or None,
                                      information=information or None,
                                      recipient=recipient or None)
    if output_format == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    elif output_format == "csv":
        from .model import DIFF_COLUMNS

        _write_rows(DIFF_COLUMNS, result.to_records())
    else:
        from .render import render_diff

        click.echo(render_diff(result, lang))


@main.command()
@scenario_options
@click.option("--file", "path", type=click.Path(dir_okay=False, path_type=Path),
              help="Read the scenario from a .json or .toml file instead of the options above.")
@click.option("--format", "output_format", type=_EVOLUTION_FORMATS,
              help="text (the default), json or csv (one row per period).")
@click.option("--json", "as_json", is_flag=True, help="Print the timeline as JSON (--format json).")
@_LANG
def timeline(path, output_format, as_json, lang, **fields):
    """One scenario across every era of the law: its verdict, and why it changed.

    The eras are the dates on which some source version starts or ends;
    consecutive eras with the same verdict, basis and open alternatives make
    one period. The scenario's --date is not used.

    \b
    Example:
      secret-kb timeline --discloser cpas_staff --information administrative_data \\
          --recipient public_prosecutor --fact serious_indications_terrorism=yes
    """
    output_format = _one_format(output_format, as_json)
    fields.pop("date")
    periods = KnowledgeBase(lang).timeline(_scenario(path, "--file", date=None, **fields))
    if output_format == "json":
        click.echo(json.dumps([p.to_dict() for p in periods], ensure_ascii=False, indent=2))
    elif output_format == "csv":
        _write_rows(("from", "to", "verdict", "basis", "complete", "open", "versions", "ended",
                     "began"),
                    [{"from": p.date_from, "to": p.date_to, "verdict": p.verdict,
                      "basis": "; ".join(p.basis), "complete": p.complete,
                      "open": "; ".join(p.open), "versions": "; ".join(p.versions),
                      "ended": "; ".join(c.id for c in p.ended),
                      "began": "; ".join(c.id for c in p.began)} for p in periods])
    else:
        from .render import render_timeline

        click.echo(render_timeline(periods, lang))


def _complete_layer(ctx: click.Context, param: click.Parameter, incomplete: str) -> list:
    items = [{"value": "principle", "meaning": "the principle's own rules"},
             *_vocabulary("provision", "code")]
    return [_item(i["value"], i["meaning"]) for i in items
            if i["value"].startswith(incomplete)]


@main.command()
@click.option("--provision", "provisions", metavar="PROVISION", multiple=True,
              shell_complete=_complete_layer,
              help="Only the rules of this provision (or code of ethics, or principle); repeat "
                   "for several.")
@click.option("--json", "as_json", is_flag=True, help="Print the rules as JSON.")
@_LANG
def rules(provisions, as_json, lang):
    """The rule book as sentences a lawyer can check, with citation and reading.

    Every rule, in statute order: "Under <provision>, disclosure is
    <verdict>, setting aside <provisions>, when all of: <conditions>.", then
    its source (instrument, article, version dates, reference) and the
    reading it encodes, if any, with the source supporting it.

    \b
    Examples:
      secret-kb rules --provision cp_458ter --lang en
      secret-kb rules --json
    """
    items = KnowledgeBase(lang).rules(list(provisions) or None)
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in items], ensure_ascii=False, indent=2))
    else:
        from .render import render_rules

        click.echo(render_rules(items, lang))


def _complete_domain(ctx: click.Context, param: click.Parameter, incomplete: str) -> list:
    names = ["role", "institution", "information", "recipient", "fact", "provision", "code",
             "verdict", "discloser", "facts"]
    return [_item(n) for n in names if n.startswith(incomplete)]


@main.command()
@click.argument("domains", metavar="[DOMAIN]...", nargs=-1, shell_complete=_complete_domain)
@click.option("--json", "as_json", is_flag=True,
              help='Print a JSON list of {"domain", "value", "meaning", "label"} (facts also '
                   'with "default" and "claim").')
@_LANG
def vocab(domains, as_json, lang):
    """Every value a scenario may use, with its meaning: the vocabulary.

    DOMAIN is role, institution, information, recipient, fact, provision,
    code or verdict (or the field that takes it: discloser, facts); without
    one, every domain. The label is the value's name in --lang.

    \b
    Examples:
      secret-kb vocab recipient --lang en
      secret-kb vocab --json
    """
    items = KnowledgeBase(lang).vocabulary(list(domains) or None)
    if as_json:
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
    else:
        from .render import render_vocabulary

        click.echo(render_vocabulary(items, lang))


def _one_format(output_format: str | None, as_json: bool) -> str:
    if as_json and output_format not in (None, "json"):
        raise click.UsageError(f"--json means --format json: drop --json or --format {output_format}")
    return output_format or ("json" if as_json else "text")


def _write_rows(columns, rows, delimiter: str = ",") -> None:
    """Rows (dicts) as CSV (or TSV) on standard output, a header line first."""
    import csv

    text = io.StringIO()
    out = csv.DictWriter(text, fieldnames=list(columns), delimiter=delimiter,
                         lineterminator="\n", extrasaction="ignore")
    out.writeheader()
    out.writerows(rows)
    click.echo(text.getvalue(), nl=False)


def _flat(value: Any) -> Any:
    """A binding for a CSV cell: lists and dicts as JSON text, None empty, the rest as it is."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _cell(value: Any) -> str:
    """One binding as text: atoms and strings bare, lists in brackets, unbound as _."""
    if value is None:
        return "_"
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "[" + ", ".join(_cell(item) for item in value) + "]"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _json_reply(question: Question) -> bool | None:
    """Write the question as a JSON line; read the reply as one line of standard input."""
    from .interview import parse_reply

    click.echo(json.dumps(question.to_dict(), ensure_ascii=False))
    line = sys.stdin.readline()
    if not line:
        raise KBError(f"the input ended before the answer to {question.question}", field="answer",
                      kind="existence_error")
    return parse_reply(line)


def _prompt_reply(words: dict[str, str], question: Question) -> bool | None:
    """Ask the question at the terminal until the reply is yes, no or unknown."""
    from .interview import parse_reply

    while True:
        reply = click.prompt(f"{question.text} [{words['answers']}]", prompt_suffix=" ")
        try:
            return parse_reply(reply)
        except KBError as error:
            click.echo(error.message, err=True)


def _parse_line(number: int, raw: bytes) -> dict | KBError:
    """One JSON Lines line as a scenario object, or the error that says why it is not one.

    Strict JSON only (:func:`secret_kb.model.parse_json`), so that every
    line of the output is JSON too and no key is silently dropped.
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return KBError(f"line {number} is not UTF-8 text", kind="syntax_error")
    try:
        data = parse_json(text, f"line {number}")
    except KBError as error:
        return error
    if not isinstance(data, dict):
        return KBError(f"line {number} is not a JSON object", kind="type_error")
    return data


def run(prog_name: str | None = None) -> None:
    """The ``secret-kb`` console script (and ``python -m secret_kb``): :func:`main`, then a quick exit.

    Once the output is written, tearing down the interpreter and the Prolog
    engine (``PL_cleanup``) only costs time: about 20 ms, a tenth of a
    command's cold start (docs/performance.md). So the process flushes
    its output and ends at once, with main's exit status. Tests call main.
    """
    try:
        main(prog_name=prog_name)
        status = 0
    except SystemExit as done:
        status = done.code if isinstance(done.code, int) else 0 if done.code is None else 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: what was written is all there is
            status = status or 1
    os._exit(status)
