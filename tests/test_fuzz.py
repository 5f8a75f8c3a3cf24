"""Fuzzing: whatever comes in, an answer or a clear error, never a traceback or a crash.

Three doors, each fed by hypothesis: scenario dicts through KnowledgeBase.ask,
JSON lines through `secret-kb batch`, and argument lists for `secret-kb ask`;
and the rest of the Python API (iv): the scenario readers, research queries
and their limits, sources, languages and batches of anything, where every
bad input is a KBError, never another exception.
The inputs mix the contract's names, near misses of them, hostile text
(quotes, backslashes, NUL, emoji, line separators, lone surrogates, Prolog
and shell fragments), values of the wrong type, nested junk and huge strings.

Runs are derandomized and keep no example database, so CI sees the same
examples every time; each test stays within a few seconds.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secret_kb import Answer, KBError, KnowledgeBase, Scenario
from secret_kb.cli import main

FUZZ = settings(max_examples=200, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.large_base_example])

ROLES = ["doctor", "educator", "social_worker", "cpas_staff", "lawyer", "private_individual",
         "police_officer"]
INFORMATION = ["confidence", "medical_data", "client_status", "public_fact", "social_report"]
RECIPIENTS = ["police", "colleague", "public_prosecutor", "investigating_judge", "press",
              "family"]
INSTITUTIONS = ["cpas", "hospital", "school"]
FACTS = ["person_consents", "grave_imminent_danger", "only_way_to_protect", "other_means",
         "called_to_testify", "learned_in_profession", "victim_minor", "same_mission"]
FIELDS = ["discloser", "information", "recipient", "institution", "facts", "date", "id"]
NAMES = ROLES + INFORMATION + RECIPIENTS + INSTITUTIONS + FACTS + FIELDS

HOSTILE = ['"', "'", "\\", "\x00", "😀", "\u2028", "\n", "\r\n", "\t", "%p", "~w", "", " ",
           "null", "true", "[]", "{}", "'; halt. %", "x\"), shell('touch /tmp/secret_kb_pwned'), (\"",
           "\ud800", "a\udfffb", "\x7f", "\ufeff", "é" * 3, "日本語", "../../etc/passwd"]


def near_misses(names: list[str]) -> st.SearchStrategy[str]:
    """A name of the contract, slightly wrong."""
    return st.sampled_from(names).flatmap(lambda n: st.sampled_from([
        n.upper(), n.capitalize(), f" {n}", f"{n} ", n[:-1], f"{n}s", n.replace("_", "-"),
        n.replace("_", " "), f"{n}\x00", f"{n}é", f"{n}'", f'{n}"', f"{n}\\"]))


text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(HOSTILE),
    st.builds(lambda a, b: a + b, st.sampled_from(HOSTILE), st.text(max_size=10)),
)
huge = st.builds(lambda piece, n: piece * n,
                 st.sampled_from(["a", "é", '"', "\\", "\x00", "😀", "educator", "\ud800"]),
                 st.integers(1_000, 40_000))
junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(text, children, max_size=4),
    max_leaves=10,
)
unserializable = st.sampled_from([object(), b"bytes", {1, 2}, float("nan"), float("inf"),
                                  dt.datetime(2018, 3, 1, 12, 0), 10**400, -(10**30)])
deep = st.integers(100, 3_000).map(lambda n: _nested(n))


class Nested(list):
    """A list nested ``depth`` deep (past Python's recursion limit), shown in one line."""

    def __init__(self, depth: int) -> None:
        value: list = ["educator"]
        for _ in range(depth - 1):
            value = [value]
        super().__init__(value)
        self.depth = depth

    def __repr__(self) -> str:
        return f"Nested({self.depth})"


def _nested(depth: int) -> Nested:
    return Nested(depth)


def bad(names: list[str]) -> st.SearchStrategy:
    """Anything but one of ``names``: a near miss, hostile or huge text, junk of any type."""
    return st.one_of(near_misses(names), text, huge, junk, unserializable, deep)


dates = st.one_of(st.dates().map(dt.date.isoformat), st.dates(), text,
                  st.sampled_from(["2018-02-30", "2018-3-1", "01/03/2018", "2018-03-01T00:00",
                                   "0000-01-01", "9999-12-31", "-2018-03-01"]),
                  st.integers(), junk)
fact_values = st.one_of(st.booleans(), st.none(), text, junk, unserializable)
facts = st.one_of(
    st.dictionaries(st.one_of(st.sampled_from(FACTS), near_misses(FACTS), text), fact_values,
                    max_size=5),
    junk, unserializable,
)
keys = st.one_of(st.sampled_from(FIELDS), near_misses(FIELDS), text, st.integers(), st.none(),
                 st.tuples(st.integers()))


@st.composite
def scenarios(draw) -> object:
    """A good scenario, then up to three things spoilt in it; now and then no mapping at all.

    About a third come through unspoilt, so the answers are exercised too
    (contradictory facts among them, which are bad input as well).
    """
    if draw(st.integers(0, 9)) == 0:
        return draw(st.one_of(junk, unserializable, deep, huge))
    scenario: dict = {"discloser": draw(st.sampled_from(ROLES)),
                      "information": draw(st.sampled_from(INFORMATION)),
                      "recipient": draw(st.sampled_from(RECIPIENTS))}
    if draw(st.booleans()):
        scenario["institution"] = draw(st.sampled_from(INSTITUTIONS))
    if draw(st.booleans()):
        scenario["facts"] = draw(st.dictionaries(st.sampled_from(FACTS),
                                                 st.one_of(st.booleans(), st.none()), max_size=4))
    if draw(st.booleans()):
        scenario["date"] = draw(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))
                                .map(dt.date.isoformat))
    if draw(st.booleans()):
        scenario["id"] = draw(junk)
    spoilers = {
        "discloser": bad(ROLES), "information": bad(INFORMATION), "recipient": bad(RECIPIENTS),
        "institution": bad(INSTITUTIONS), "facts": facts, "date": dates, "id": unserializable,
    }
    for _ in range(draw(st.integers(0, 3))):
        how = draw(st.sampled_from(["value", "value", "drop", "key"]))
        field = draw(st.sampled_from(sorted(spoilers)))
        if how == "value":
            scenario[field] = draw(spoilers[field])
        elif how == "drop":
            scenario.pop(field, None)
        else:
            scenario[draw(keys)] = draw(junk)
    return scenario


# -- (i) scenario dicts through KnowledgeBase.ask -----------------------------------------

@FUZZ
@given(scenario=scenarios(), lang=st.one_of(st.none(), st.sampled_from(["fr", "en"]), text))
def test_any_scenario_gets_an_answer_or_a_kb_error(kb, scenario, lang):
    try:
        answer = kb.ask(scenario, lang=lang)
    except KBError as error:
        assert isinstance(error.message, str) and error.message
        json.dumps(error.to_dict())  # reportable as JSON (secret-kb batch does)
    else:
        assert isinstance(answer, Answer)
        assert answer.verdict in ("forbidden", "permitted", "obligatory", "not_covered")


@FUZZ
@given(batch=st.lists(scenarios(), max_size=5))
def test_a_bad_scenario_spoils_only_its_own_place_in_a_batch(kb, batch):
    results = kb.ask_many(batch, return_errors=True)
    assert len(results) == len(batch)
    assert all(isinstance(r, (Answer, KBError)) for r in results)


# -- (ii) JSON lines through `secret-kb batch` -----------------------------------------------

def _json_line(value: object) -> bytes:
    try:
        return json.dumps(value).encode()  # NaN and lone surrogates (escaped) included
    except (TypeError, ValueError, RecursionError):
        return b"{}"


lines = st.one_of(
    scenarios().map(_json_line),
    st.sampled_from([b"", b"   ", b"\t", b"\r", b"NaN", b"[1, 2]", b"null", b'"educator"', b"{",
                     b'{"discloser": "educator"', b"\xff\xfe", b"\xc3", b'{"id": NaN}',
                     b'{"discloser": "\\ud800", "information": "confidence", "recipient": "police"}',
                     b'{"discloser": "educator", "information": "client_status", '
                     b'"recipient": "police", "id": 7}', b"[" * 5000 + b"]" * 5000,
                     b'{"id": Infinity}', b'{"id": 1e400}', b'{"id": ' + b"9" * 300 + b"}"]),
    st.binary(max_size=40),
    text.map(lambda t: t.encode("utf-8", "surrogatepass")),
)


@FUZZ
@given(body=st.lists(lines, max_size=6), final_newline=st.booleans())
def test_batch_answers_each_line_with_an_answer_or_an_error(body, final_newline):
    data = b"\n".join(line.replace(b"\n", b" ") for line in body) + (b"\n" if final_newline else b"")
    expected = sum(1 for raw in io.BytesIO(data) if raw.strip())
    result = CliRunner().invoke(main, ["batch", "-"], input=data)
    assert "Traceback" not in result.output
    assert result.stderr == "", result.stderr
    records = [json.loads(line, parse_constant=_strict) for line in result.stdout.split("\n") if line]
    assert len(records) == expected
    for record in records:
        assert isinstance(record, dict) and (("verdict" in record) != ("error" in record)), record
    failed = any("error" in r for r in records)
    assert result.exit_code == (1 if failed else 0)


def _strict(constant: str):
    raise AssertionError(f"{constant} in the output: not JSON")


# -- (iii) argument lists for `secret-kb ask` --------------------------------------------------

OPTIONS = ["--discloser", "--information", "--recipient", "--institution", "--fact", "--date",
           "--file", "--format", "--json", "--lang", "--help", "--nope", "-x", "--", "-"]
FORMATS = ["text", "markdown", "json", "dot", "svg", "pdf", ""]


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> Path:
    """Scenario files to point --file at: good, broken, in the wrong encoding, or no file at all."""
    folder = tmp_path_factory.mktemp("fuzz-files")
    (folder / "good.toml").write_text('[scenario]\ndiscloser = "educator"\n'
                                      'information = "client_status"\nrecipient = "police"\n')
    (folder / "good.json").write_text(json.dumps({"discloser": "doctor",
                                                  "information": "medical_data",
                                                  "recipient": "colleague"}))
    (folder / "broken.toml").write_text("[scenario\ndiscloser = \n")
    (folder / "latin1.json").write_bytes('{"discloser": "éducateur"}'.encode("latin-1"))
    (folder / "list.json").write_text("[1, 2, 3]")
    (folder / "dir.json").mkdir()
    return folder


file_names = st.sampled_from(["good.toml", "good.json", "broken.toml", "latin1.json",
                              "list.json", "dir.json", "missing.toml", "scenario.txt"])
values = st.one_of(
    st.sampled_from(NAMES), near_misses(NAMES), text,
    st.sampled_from(FORMATS + ["fr", "en", "nl", "2018-03-01", "2018-02-30"]),
    st.builds(lambda n, v: f"{n}={v}", st.sampled_from(FACTS) | text, st.sampled_from(
        ["true", "false", "TRUE", "yes", "", "=true"]) | text),
    file_names.map(lambda name: f"@{name}"),
)


GOOD_ARGS = st.tuples(st.sampled_from(ROLES), st.sampled_from(INFORMATION),
                      st.sampled_from(RECIPIENTS)).map(
    lambda r: ["--discloser", r[0], "--information", r[1], "--recipient", r[2]])


@FUZZ
@given(start=st.one_of(st.just([]), GOOD_ARGS),
       tokens=st.lists(st.one_of(st.sampled_from(OPTIONS), values), max_size=8))
def test_ask_arguments_give_an_answer_or_a_one_line_error(files, start, tokens):
    args = ["ask", *start] + [str(files / t[1:]) if t.startswith("@") else t for t in tokens]
    result = CliRunner().invoke(main, args)
    assert result.exit_code in (0, 2), (args, result.exit_code, result.output)
    assert "Traceback" not in result.output
    if result.exit_code == 2 and result.stderr:
        assert result.stderr.startswith(("error: ", "Usage: ")), result.stderr



# -- (iv) the rest of the Python API: a value or a KBError, nothing else ------------------------

def _answered_or_kb_error(call) -> object:
    try:
        return call()
    except KBError as error:
        assert isinstance(error.message, str) and error.message
        json.dumps(error.to_dict())
        return error


json_texts = st.one_of(
    text, huge,
    junk.map(lambda v: _json_line(v).decode("utf-8", "surrogatepass")),
    st.builds(lambda k, a, b: f'{{"{k}": {a}, "{k}": {b}}}', st.sampled_from(FIELDS),
              st.sampled_from(['"doctor"', "1", "null", "NaN", "[]"]),
              st.sampled_from(['"nurse"', "true", "{}", "1e400", "9" * 5000])),
    st.sampled_from(["[" * 50_000 + "]" * 50_000, '{"facts": {"": true}}', '{"": 1}',
                     '{"discloser": "\\ud800"}', "\x00", "{\"a\": 1}\x00"]),
)


@FUZZ
@given(source=json_texts, reader=st.sampled_from(["json", "toml"]))
def test_any_scenario_text_reads_or_is_a_kb_error(source, reader):
    read = Scenario.from_json if reader == "json" else Scenario.from_toml
    result = _answered_or_kb_error(lambda: read(source))
    assert isinstance(result, (Scenario, KBError))


paths = st.one_of(text.map(lambda t: t + ".json"), text.map(lambda t: t + ".toml"), text,
                  st.sampled_from(["/", "/dev/null.json", "/proc/self/mem.json", "a\x00.json"]),
                  junk, unserializable)


@FUZZ
@given(path=paths)
def test_any_scenario_file_name_reads_or_is_a_kb_error(path):
    result = _answered_or_kb_error(lambda: Scenario.from_file(path))
    assert isinstance(result, (Scenario, KBError))


goals = st.one_of(text, st.sampled_from(["in_domain(role, R)", "X = f(X)", "X is 1 / 0",
                                         "atom_length(X, _)", "shell(true)", "f(", "X = '\ud800'",
                                         "length(L, 10 ** 30)", "member(X, [a|_])"]))
limits = st.one_of(st.none(), st.integers(-5, 20_000), st.floats(allow_nan=True),
                   st.sampled_from([10 ** 400, True, "5", 0.0001]), junk)


@FUZZ
@given(goal=goals, solutions=limits, inferences=limits, seconds=limits,
       lang=st.one_of(st.none(), st.sampled_from(["fr", "en"]), text))
def test_any_research_query_answers_or_is_a_kb_error(kb, goal, solutions, inferences, seconds,
                                                     lang):
    # a time limit the query may use up is cut to 0.2 s: the fuzzing stays quick
    if isinstance(seconds, (int, float)) and not isinstance(seconds, bool) and seconds > 0.2:
        seconds = 0.2
    result = _answered_or_kb_error(lambda: kb.query(goal, max_solutions=solutions,
                                                    max_inferences=inferences,
                                                    time_limit=seconds if seconds is not None
                                                    else 0.2, lang=lang))
    assert isinstance(result, (list, KBError))


@FUZZ
@given(what=st.one_of(st.sampled_from(["provisions", "seed", "unverified", "wording", "languages"]),
                      text, junk, unserializable),
       lang=st.one_of(st.none(), st.sampled_from(["fr", "en"]), text, junk))
def test_any_catalogue_request_answers_or_is_a_kb_error(kb, what, lang):
    result = _answered_or_kb_error(lambda: kb.sources(what, lang=lang))
    assert isinstance(result, (list, dict, KBError))


@FUZZ
@given(lang=st.one_of(text, junk, unserializable))
def test_any_language_is_taken_or_is_a_kb_error(lang):
    result = _answered_or_kb_error(lambda: KnowledgeBase(lang=lang))
    assert isinstance(result, (KnowledgeBase, KBError))


@FUZZ
@given(batch=st.one_of(st.lists(scenarios(), max_size=4), junk, unserializable,
                       st.builds(iter, st.lists(scenarios(), max_size=3))),
       format=st.one_of(st.none(), st.sampled_from(["text", "json", "xml"]), junk))
def test_any_stream_of_scenarios_answers_in_order_or_is_a_kb_error(kb, batch, format):
    result = _answered_or_kb_error(lambda: list(kb.ask_iter(batch, return_errors=True,
                                                            format=format)))
    if isinstance(result, list):
        assert all(isinstance(r, (Answer, str, KBError)) for r in result)
        if isinstance(batch, list):
            assert len(result) == len(batch)


@FUZZ
@given(scenario=scenarios(), query=st.sampled_from(["whatif", "next_question"]))
def test_whatif_and_next_question_answer_or_are_a_kb_error(kb, scenario, query):
    _answered_or_kb_error(lambda: getattr(kb, query)(scenario))
