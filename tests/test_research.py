"""Research queries: `secret-kb query` and KnowledgeBase.query.

A researcher's own goal is parsed, checked against the research vocabulary
(and by library(sandbox)), and run under an inference limit, a time limit and
a solution cap (kb/research/). Refused goals exit with status 2 and
name the predicate; a limit exits with status 1 and says which; the engine
answers normally afterwards.
"""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from secret_kb import KBError, KnowledgeBase
from secret_kb.cli import main
from secret_kb.knowledge_base import Solutions

ROOT = Path(__file__).resolve().parents[1]
PWNED = Path("/tmp/secret_kb_pwned")
TOUCH = "'touch /tmp/secret_kb_pwned'"

RESEARCHER_EXAMPLE = (
    "findall(R, (in_domain(role, R), may_disclose([discloser=R, information=medical_data,"
    " recipient=police, facts=[grave_imminent_danger=true, other_means=false,"
    " proportionate=true]], permitted, _)), Rs)"
)

# (goal, the predicate the refusal names)
ATTACKS = [
    (f"shell({TOUCH})", "shell/1"),
    (f"system:shell({TOUCH})", "system:shell/1"),
    (f"G = shell({TOUCH}), call(G)", "call/1"),
    (f"X =.. [shell, {TOUCH}], call(X)", "(=..)/2"),
    (f"call(shell, {TOUCH})", "call/2"),
    (f"catch(shell({TOUCH}), _, true)", "catch/3"),
    (f"findall(X, shell({TOUCH}), L)", "shell/1"),
    (f"\\+ shell({TOUCH})", "shell/1"),
    (f"forall(true, shell({TOUCH}))", "shell/1"),
    (f"aggregate_all(count, shell({TOUCH}), N)", "shell/1"),
    (f"setof(X, Y^shell({TOUCH}), L)", "shell/1"),
    (f'format("~@", [shell({TOUCH})])', "format/2"),
    (f'format(atom(A), "~@", [shell({TOUCH})])', "format/3"),
    ("assertz(rule(evil, verdict(permitted), all([])))", "assertz/1"),
    ("retract(rule(cp_458, _, _))", "retract/1"),
    ("halt", "halt/0"),
    ("consult('/tmp/secret_kb_evil.pl')", "consult/1"),
    ("['/tmp/secret_kb_evil']", "'[|]'/2"),
    ("open('/tmp/secret_kb_pwned', write, S)", "open/3"),
    ("see('/etc/passwd')", "see/1"),
    ("set_prolog_flag(autoload, false)", "set_prolog_flag/2"),
    ("nb_setval(secret, 1)", "nb_setval/2"),
    (f"thread_create(shell({TOUCH}), _, [])", "thread_create/3"),
    ("table(rule/3)", "(table)/1"),
    ("law:secret_backdoor(X)", "law:secret_backdoor/1"),
    ("user:foo", "user:foo/0"),
    (f"term_to_atom(G, 'shell({TOUCH[1:-1]})'), G", "term_to_atom/2"),
    (f"process_create(path(sh), ['-c', {TOUCH}], [])", "process_create/3"),
    ("G", "variable as a goal (G)"),
    (f'X = "shell({TOUCH[1:-1]})", X', "variable as a goal (X)"),
    (f"X = {{|string(Y)||{TOUCH[1:-1]}|}}", "quasi-quotation"),
    ("\\+ " * 300 + "true", "nested too deeply"),
    ("X = " + "f(" * 3000 + "a" + ")" * 3000, "nested too deeply"),
    ("may_disclose([discloser=doctor, information=medical_data, recipient=police], _, A),"
     " X = A.verdict", "get_dict/3"),
]

RUNAWAYS = [
    "between(1, inf, _), fail",
    "length(L, N), N > 100000000",
]


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def no_pwned_file():
    PWNED.unlink(missing_ok=True)
    yield
    assert not PWNED.exists(), "a research query ran a shell command"


def permitted_roles(kb: KnowledgeBase) -> list[str]:
    """The researcher's question, answered one ask at a time."""
    roles = [row["R"] for row in kb.query("in_domain(role, R)")]
    facts = {"grave_imminent_danger": True, "other_means": False, "proportionate": True}
    return [role for role in roles
            if kb.ask({"discloser": role, "information": "medical_data", "recipient": "police",
                       "facts": facts}).verdict == "permitted"]


# -- answers -----------------------------------------------------------------

def test_the_researcher_example_gives_the_roles(kb):
    solutions = kb.query(RESEARCHER_EXAMPLE)
    assert isinstance(solutions, Solutions)
    assert solutions.variables == ["R", "Rs"]
    assert len(solutions) == 1 and not solutions.truncated
    roles = solutions[0]["Rs"]
    assert roles == permitted_roles(kb)
    assert {"doctor", "social_worker", "educator", "psychologist"} <= set(roles)


def test_the_researcher_example_from_the_command_line(kb):
    result = run("query", RESEARCHER_EXAMPLE, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"R": None, "Rs": permitted_roles(kb)}]


def test_json_shape():
    result = run("query", 'member(X, [a, 1, 2.5, "s", f(Y, _), [b, c], _{k: v}])', "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [row["X"] for row in rows] == ["a", 1, 2.5, "s", "f(Y,_A)", ["b", "c"], {"k": "v"}]
    assert all(list(row) == ["X", "Y"] and row["Y"] is None for row in rows)


def test_text_table():
    result = run("query", "in_domain(role, R), value_label(role, R, en, L)", "--limit", "2")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["R", "L"]
    assert lines[2].split()[0] == "doctor" and "a doctor" in lines[2]
    assert len(lines) == 4
    assert "--limit" in result.stderr


def test_a_goal_without_variables_is_true_or_false():
    assert run("query", "member(a, [a])").stdout.strip() == "true"
    assert run("query", "member(z, [a])").stdout.strip() == "false"


def test_limit_caps_the_solutions(kb):
    result = run("query", "between(1, 1000, X)", "--limit", "7", "--json")
    assert result.exit_code == 0, result.output
    assert [row["X"] for row in json.loads(result.stdout)] == list(range(1, 8))
    assert "first 7" in result.stderr
    assert kb.query("between(1, 1000, X)", max_solutions=3).truncated
    assert not kb.query("between(1, 3, X)", max_solutions=3).truncated
    assert len(kb.query("between(1, 1000, X)")) == 100  # the default cap


def test_underscore_variables_are_hidden(kb):
    assert kb.query("member(_X, [a]), member(Y, [b])") == [{"Y": "b"}]


def test_unqualified_and_qualified_names_agree(kb):
    assert kb.query("rule(cp_458, C, _)") == kb.query("law:rule(cp_458, C, _)")
    assert kb.query("seed_statement(s01, T)") == kb.query("seed:seed_statement(s01, T)")


def test_the_answers_language(kb):
    goal = "may_disclose([discloser=doctor, information=medical_data, recipient=colleague], _, A), get_dict(lang, A, L)"
    assert kb.query(goal, lang="en")[0]["L"] == "en"
    assert kb.query(goal)[0]["L"] == "fr"


# -- refusals ----------------------------------------------------------------

@pytest.mark.parametrize("goal, offender", ATTACKS, ids=[a[1] for a in ATTACKS])
def test_every_attack_is_refused_before_it_runs(goal, offender, no_pwned_file, kb):
    result = run("query", goal)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert offender in lines[0]
    with pytest.raises(KBError) as caught:
        kb.query(goal)
    assert caught.value.kind in ("permission_error", "domain_error")


def test_refusal_as_data(kb):
    with pytest.raises(KBError) as caught:
        kb.query(f"shell({TOUCH})")
    error = caught.value
    assert (error.kind, error.field, error.value) == ("permission_error", "goal", "shell/1")


def test_syntax_errors_are_input_errors(kb):
    result = run("query", "member(X, [a")
    assert result.exit_code == 2
    assert "cannot be read" in result.stderr
    with pytest.raises(KBError) as caught:
        kb.query("f(")
    assert caught.value.kind == "syntax_error"


def test_bad_arguments(kb):
    with pytest.raises(KBError):
        kb.query(42)
    with pytest.raises(KBError):
        kb.query("true", max_inferences=10**9)  # limits can only be lowered
    with pytest.raises(KBError):
        kb.query("true", time_limit=60)
    assert run("query", "true", "--limit", "0").exit_code == 2
    assert run("query", "true", "--limit", "100000").exit_code == 2


# -- limits ------------------------------------------------------------------

@pytest.mark.parametrize("goal", RUNAWAYS)
def test_a_runaway_hits_a_limit_and_the_engine_still_answers(goal, kb):
    result = run("query", goal)
    assert result.exit_code == 1, result.output
    assert re.search(r"(inference|time) limit", result.stderr), result.stderr
    with pytest.raises(KBError) as caught:
        kb.query(goal)
    assert caught.value.kind == "resource_error"
    # the engine, and the libraries a limit could have broken, still work
    assert kb.ask({"discloser": "educator", "information": "client_status",
                   "recipient": "police", "date": "2018-03-01"}).verdict == "forbidden"
    assert kb.query("member(X, [a, b]), aggregate_all(count, member(_, [x, y]), N)") == [
        {"X": "a", "N": 2}, {"X": "b", "N": 2}]
    assert kb.query(RESEARCHER_EXAMPLE)[0]["Rs"]


def test_the_time_limit(kb):
    with pytest.raises(KBError) as caught:
        kb.query("length(L, 1000000), between(1, inf, _), msort(L, _), fail", time_limit=0.3)
    assert caught.value.kind == "resource_error" and "time limit" in caught.value.message


def test_memory_and_arithmetic_bombs(kb, no_pwned_file):
    for goal in ("findall(L, (between(1, 1000, _), length(L, 1000000)), Ls)",
                 "length(L, 500000000)"):
        with pytest.raises(KBError) as caught:
            kb.query(goal)
        assert caught.value.kind == "resource_error", goal
    with pytest.raises(KBError) as caught:
        kb.query("X is 7**(7**11)")  # a single uninterruptible bignum operation
    assert caught.value.kind == "permission_error" and "(**)/2" in caught.value.message
    assert kb.query("X is 6 * 7") == [{"X": 42}]


def test_a_fresh_process_survives_a_limit_first():
    """The first query of a process hits the limit: nothing is left half-loaded."""
    code = (
        "from secret_kb import KnowledgeBase, KBError\n"
        "kb = KnowledgeBase()\n"
        "try:\n"
        "    kb.query('between(1, inf, _), fail', max_inferences=1000)\n"
        "except KBError as e:\n"
        "    print('LIMIT', e.kind)\n"
        "print(kb.query('member(X, [a]), aggregate_all(max(Y), member(Y, [1, 3]), M), "
        "distinct(Z, member(Z, [q, q]))'))\n"
        "print(kb.ask({'discloser': 'nurse', 'information': 'confidence', 'recipient': 'press'}).verdict)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["LIMIT resource_error",
                                       "[{'X': 'a', 'Y': None, 'M': 3, 'Z': 'q'}]", "forbidden"]


def test_research_queries_work_with_autoloading_off():
    """Every library a query reaches is loaded eagerly: the warm-up queries answer."""
    goal = ("research_query(\"true\", _, []), "  # loads the research modules, warms up
            "forall(research:warm_up_query(ok, T), "
            "(research:research_query(T, R, []), R.solutions \\== []))")
    run = subprocess.run(
        ["swipl", "-q", "-g", "set_prolog_flag(autoload, false)",
         "-g", f"consult('{ROOT / 'kb' / 'load.pl'}')", "-g", goal, "-t", "halt"],
        capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0 and run.stderr == "", run.stderr


# -- the installed console script --------------------------------------------

def test_installed_script(no_pwned_file):
    script = Path(sys.executable).parent / "secret-kb"
    found = script if script.is_file() else shutil.which("secret-kb")
    assert found, "the secret-kb console script is not installed"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    ok = subprocess.run([str(found), "query", "in_domain(recipient, T)", "--json", "--limit", "2"],
                        capture_output=True, text=True, timeout=120, env=env)
    assert ok.returncode == 0, ok.stderr
    assert len(json.loads(ok.stdout)) == 2
    bad = subprocess.run([str(found), "query", f"shell({TOUCH})"],
                         capture_output=True, text=True, timeout=120, env=env)
    assert bad.returncode == 2 and "shell/1" in bad.stderr and "Traceback" not in bad.stderr
    slow = subprocess.run([str(found), "query", "between(1, inf, _), fail"],
                          capture_output=True, text=True, timeout=120, env=env)
    assert slow.returncode == 1 and "limit" in slow.stderr and "Traceback" not in slow.stderr


def test_the_docs_document_the_research_vocabulary():
    """Every predicate and built-in of the research tables (kb/research/policy.pl) is in docs/research.md."""
    listing = subprocess.run(
        ["swipl", "-q", "-g", f"consult('{ROOT / 'kb' / 'load.pl'}')", "-g",
         "research_query(\"true\", _, []),"  # loads the research modules
         "forall(research:research_predicate(N, A, _), format('~w/~w~n', [N, A])),"
         "forall(research:research_builtin(N, A), format('~w/~w~n', [N, A]))", "-t", "halt"],
        capture_output=True, text=True, timeout=120,
    )
    assert listing.returncode == 0, listing.stderr
    section = (ROOT / "docs" / "research.md").read_text(encoding="utf-8")
    missing = [pi for pi in listing.stdout.split() if f"`{pi}`" not in section]
    assert not missing, f"docs/research.md does not list {missing}"


def test_the_sandbox_is_loaded_on_the_first_research_query_only():
    """`swipl kb/load.pl` does not load library(sandbox) nor kb/research/; the first query does."""
    loaded = "(current_predicate(sandbox:safe_goal/1) -> writeln(loaded) ; writeln(lazy))"
    run = subprocess.run(
        ["swipl", "-q", "-g", loaded, "-g", "(current_module(research) -> writeln(loaded) ; writeln(lazy))",
         "-g", 'research_query("in_domain(role, R)", _, [])', "-g", loaded, "-t", "halt",
         str(ROOT / "kb" / "load.pl")],
        capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["lazy", "lazy", "loaded"]
