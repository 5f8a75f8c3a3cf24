"""The renderings of an answer: text, Markdown, DOT and SVG, worded by the knowledge base."""

from __future__ import annotations

import copy
import json
import inspect
import re
import shutil
import subprocess
from xml.etree import ElementTree

import pytest

import secret_kb.graph as graph
import secret_kb.render as render
from secret_kb import Answer, KBError, KnowledgeBase, languages
from secret_kb.graph import dot_string, render_dot, render_svg
from secret_kb.render import interface_words, md, render_markdown

# The doctor of the seed's second situation: the person agrees, nothing else is known.
CONSENT = {"discloser": "doctor", "information": "medical_data", "recipient": "colleague",
           "date": "2018-03-01", "facts": {"person_consents": True}}
HOSTILE = ('"];\n}\ndigraph evil { x -> y } /* \\" \\N \\G \\\\ '
           "\t<b>&amp; &lt; </b> `*_[x](y)# | ~ \x00\x07\x7f — é 😀")

DOT = shutil.which("dot")
needs_dot = pytest.mark.skipif(DOT is None, reason="Graphviz's dot is not installed "
                               "(scripts/ensure-system-packages.sh installs it)")


@pytest.fixture(scope="module")
def answer_en(kb_en) -> Answer:
    return kb_en.ask(CONSENT)


@pytest.fixture(scope="module")
def answer_fr(kb) -> Answer:
    return kb.ask(CONSENT)


def render_text(answer: Answer) -> str:
    """The answer's text, as the knowledge base renders it (kb/engine/text.pl)."""
    return KnowledgeBase(answer.lang).ask(answer.scenario, format="text")


def hostile_answer(answer: Answer) -> Answer:
    """The answer with a hostile string in every text a renderer prints."""
    data = copy.deepcopy(answer.to_dict())

    def doctor(step):
        step["text"] = HOSTILE
        if "citation" in step:
            step["citation"].update(instrument=HOSTILE, article=HOSTILE, reference=HOSTILE)
        for reason in step.get("because", []):
            reason["text"] = HOSTILE
        for child in step["children"]:
            doctor(child)

    doctor(data["explanation"])
    for item in data["open"] + data["caveats"] + data["notes"]:
        item["text"] = HOSTILE
    return Answer.from_dict(data)


def run_dot(source: str, fmt: str = "svg") -> str:
    done = subprocess.run([DOT, f"-T{fmt}"], input=source.encode("utf-8"),
                          capture_output=True, timeout=120)
    assert done.returncode == 0 and not done.stderr, done.stderr.decode("utf-8", "replace")
    return done.stdout.decode("utf-8")


def svg_nodes(svg: str) -> list[ElementTree.Element]:
    root = ElementTree.fromstring(svg)
    return [g for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "node"]


# -- words -----------------------------------------------------------------------

def test_interface_words_come_from_the_knowledge_base():
    for lang in languages():
        words = interface_words(lang)
        assert dict(words) == KnowledgeBase(lang).sources("wording")
        assert "~w" in words["law_date"]
    assert interface_words("fr")["basis"] == "Fondement"
    assert interface_words("en")["basis"] == "Grounds"
    assert interface_words("en") is interface_words("en")  # asked once per language
    # No interface word is written in Python any more.
    source = inspect.getsource(render) + inspect.getsource(graph)
    assert "_WORDS" not in source
    assert not any(word in source for word in ("Fondement", "Grounds", "Raisonnement"))


def test_text_headings_are_the_kb_words_in_each_language(answer_fr, answer_en):
    for answer in (answer_fr, answer_en):
        words = interface_words(answer.lang)
        text = render_text(answer)
        assert text.splitlines()[1] == words["law_date"].replace("~w", "2018-03-01")
        for key in ("basis", "why_not", "open", "notes", "tree"):
            assert f"\n{words[key]}:\n" in text, key
    assert "\nFondement:\n" in render_text(answer_fr)
    assert "\nGrounds:\n" in render_text(answer_en)


def test_text_lists_each_exception_that_did_not_apply_with_its_reasons(answer_en):
    text = render_text(answer_en)
    section = text.split("\nExceptions that do not apply:\n")[1].split("\n\n")[0].splitlines()
    failed = [s for s in answer_en.explanation.children
              if s.kind == "exception" and s.status != "true"]
    assert failed
    heads = [line for line in section if line.startswith("  - ")]
    assert [h.split()[1].rstrip(":") for h in heads] == [s.id for s in failed]
    assert all(h.endswith(" — because:") for h in heads)
    assert "  - shared_secret: case law and doctrine — because:" in heads
    reasons = [line for line in section if not line.startswith("  - ")]
    assert len(reasons) == sum(len(s.because) for s in failed)
    assert "      [?] the recipient is bound by professional secrecy" in reasons
    assert "      [ ] recipient: the investigating judge or a trial court" in reasons


# -- Markdown ----------------------------------------------------------------------

def test_markdown_has_the_headings_citations_and_tree(answer_en):
    report = render_markdown(answer_en)
    lines = report.splitlines()
    assert lines[0].startswith("# FORBIDDEN — The principle is secrecy")
    for heading in ("Grounds", "Exceptions that do not apply", "What could change the answer",
                    "Good to know", "Reasoning"):
        assert f"## {heading}" in lines, heading
    assert any(line.startswith("- `cp_458`: Criminal Code, art. 458, 1867-06-08 – 2026-09-01[^cp_458]")
               for line in lines)
    # Each footnote used is defined once, with the official reference.
    used = set(re.findall(r"\[\^([a-z0-9_]+)\](?!:)", report))
    defined = re.findall(r"^\[\^([a-z0-9_]+)\]: ", report, flags=re.M)
    assert used == set(defined) and len(defined) == len(set(defined))
    assert any(line.startswith("[^cp_458]: Criminal Code, art. 458, 1867-06-08 – 2026-09-01: "
                               "Code pénal du 8 juin 1867") for line in lines)
    # The tree is a nested list: the root, its conditions one level down, and so on.
    tree = report.split("## Reasoning\n\n")[1].split("\n\n")[0].splitlines()
    assert tree[0].startswith("- [x] The principle is secrecy")
    assert tree[1].startswith("  - [x] ")
    assert any(line.startswith("      - [x] ") for line in tree)
    assert "    - *because*:" in tree


def test_markdown_in_french(answer_fr):
    report = render_markdown(answer_fr)
    assert "## Fondement" in report and "## Exceptions écartées" in report
    assert "*parce que*:" in report and "Droit applicable au 2018-03-01." in report


def test_markdown_escapes_what_would_be_markup(answer_en):
    assert md("a*b_c `d` [e](f) <g> # h\nnext") == (
        r"a\*b\_c \`d\` \[e\](f) \<g\> \# h next")
    report = render_markdown(hostile_answer(answer_en))
    assert "<b>" not in report and "\x00" not in report
    assert "](y)" not in report.replace(r"\](y)", "")


# -- DOT and SVG -----------------------------------------------------------------

def test_dot_has_one_node_per_step_and_styles(answer_en):
    source = render_dot(answer_en)
    steps = list(answer_en.explanation.walk())
    nodes = re.findall(r"^  (n\d+) \[label=", source, flags=re.M)
    edges = re.findall(r"^  n\d+ -> n\d+", source, flags=re.M)
    assert len(nodes) == len(steps) and len(edges) == len(steps) - 1
    assert source.startswith("digraph answer {") and source.rstrip().endswith("}")
    first = source.splitlines()[4]
    assert first.startswith('  n0 [label="[x] The principle is secrecy')
    assert "(Criminal Code, art. 458,\\n1867-06-08\u00a0–\u00a02026-09-01)" in first
    assert 'style="rounded,bold"' in first
    failed = sum(1 for s in steps if s.kind == "exception" and s.status != "true")
    assert source.count(" [style=dashed];") == failed
    assert source.count('dashed"') == failed


@needs_dot
def test_dot_is_valid_graphviz(answer_en, answer_fr):
    for answer in (answer_en, answer_fr):
        svg = run_dot(render_dot(answer))
        assert len(svg_nodes(svg)) == len(list(answer.explanation.walk()))
    assert "Le principe est le secret" in run_dot(render_dot(answer_fr), "plain")


@needs_dot
def test_hostile_text_still_gives_valid_dot(answer_en):
    hostile = hostile_answer(answer_en)
    source = render_dot(hostile)
    svg = run_dot(source)
    assert len(svg_nodes(svg)) == len(list(hostile.explanation.walk()))
    assert "evil" not in re.findall(r"^\s*(?:di)?graph (\w+)", source, flags=re.M)
    # What was drawn is the text as written (less control characters), not markup.
    texts = " ".join(t.text or "" for t in ElementTree.fromstring(svg).iter(
        "{http://www.w3.org/2000/svg}text"))
    for piece in ('digraph evil { x -> y }', '\\" \\N \\G \\\\', "<b>&amp; &lt; </b>", "é 😀"):
        assert piece in " ".join(texts.split()), piece


def test_dot_string_escapes():
    assert dot_string('a"b') == '"a\\"b"'
    assert dot_string("a\\b") == '"a\\\\b"'
    assert dot_string("a\nb\x00c\u2028d  e\u00a0f") == "\"a b c d e\u00a0f\""
    assert dot_string("&amp;") == '"&amp;amp;"'


@needs_dot
def test_svg_is_drawn_by_dot(answer_en):
    svg = render_svg(answer_en)
    assert svg.lstrip().startswith(("<?xml", "<svg"))
    assert len(svg_nodes(svg)) == len(list(answer_en.explanation.walk()))


def test_svg_without_dot_says_to_install_graphviz(answer_en, monkeypatch):
    monkeypatch.setattr(graph.shutil, "which", lambda name: None)
    with pytest.raises(KBError, match="install graphviz") as error:
        render_svg(answer_en)
    assert error.value.kind != "engine"


# -- one text renderer: why/1 and secret-kb ask -------------------------------------

WHY_SCRIPT = r"""
:- use_module(library(http/json)).

why_each(File) :-
    set_stream(user_output, encoding(utf8)),
    setup_call_cleanup(open(File, read, In, [encoding(utf8)]), why_lines(In), close(In)).

why_lines(In) :-
    read_line_to_string(In, Line),
    (   Line == end_of_file
    ->  true
    ;   atom_json_dict(Line, Case, [default_tag(json)]),
        atom_string(Lang, Case.lang),
        set_prolog_flag(secret_kb_lang, Lang),
        format("~w~n", [Case.marker]),
        why(Case.scenario),
        why_lines(In)
    ).
"""


def why_texts(tmp_path, cases: list[tuple[str, dict]]) -> list[str]:
    """What why/1 prints for each (lang, scenario), in one SWI-Prolog process."""
    from .conftest import ROOT

    marker = "=== why/1 case ==="
    lines = tmp_path / "cases.jsonl"
    lines.write_text("".join(json.dumps({"lang": lang, "marker": marker, "scenario": scenario},
                                        ensure_ascii=False) + "\n" for lang, scenario in cases),
                     encoding="utf-8")
    script = tmp_path / "why_each.pl"
    script.write_text(WHY_SCRIPT, encoding="utf-8")
    done = subprocess.run(
        ["swipl", "-q", "-g", f"consult('{ROOT / 'kb' / 'load.pl'}')", "-g", f"consult('{script}')",
         "-g", f"why_each('{lines}')", "-t", "halt"],
        capture_output=True, timeout=600)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    out = done.stdout.decode("utf-8")
    texts = out.split(marker + "\n")
    assert texts[0] == "" and len(texts) == len(cases) + 1, out[:2000]
    return texts[1:]


def test_why_and_ask_print_the_same_text_for_every_saved_query(tmp_path):
    from click.testing import CliRunner

    from secret_kb import Scenario
    from secret_kb.cli import main

    from .conftest import QUERY_FILES

    cases = [(lang, path) for path in QUERY_FILES for lang in languages()]
    printed = why_texts(tmp_path, [(lang, Scenario.from_file(path).to_dict())
                                   for lang, path in cases])
    for (lang, path), why in zip(cases, printed):
        asked = CliRunner().invoke(main, ["ask", "--file", str(path), "--lang", lang])
        assert asked.exit_code == 0, asked.output
        assert why == asked.stdout, f"{path.name} ({lang}): why/1 and secret-kb ask differ"


def test_why_with_a_scenario_list_prints_what_ask_prints():
    """The acceptance check of the rule book (issue 9, item 4), blank lines aside."""
    from .conftest import ROOT

    scenario = '[discloser=educator, information=client_status, recipient=police, date="2018-03-01"]'
    why = subprocess.run(["swipl", "-q", "-g", f"set_stream(user_output, encoding(utf8)), "
                          f"why({scenario}), halt", str(ROOT / "kb" / "load.pl")],
                         capture_output=True, timeout=300)
    from click.testing import CliRunner

    from secret_kb.cli import main

    asked = CliRunner().invoke(main, ["ask", "--discloser", "educator", "--information",
                                      "client_status", "--recipient", "police",
                                      "--date", "2018-03-01"])

    def kept(text: str) -> list[str]:
        return [line for line in text.splitlines() if line.strip() and not line.startswith("%")]

    assert asked.exit_code == 0 and why.returncode == 0
    assert kept(why.stdout.decode("utf-8")) == kept(asked.stdout)


def test_no_text_renderer_is_left_in_python():
    assert not hasattr(render, "render_text")
    assert "def render_text" not in inspect.getsource(render)
