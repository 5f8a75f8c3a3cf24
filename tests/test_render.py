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
from secret_kb import Answer, KBError, KnowledgeBase, Scenario, languages
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
    """The answer's complete text, as the knowledge base renders it (kb/engine/text.pl)."""
    return KnowledgeBase(answer.lang).ask(answer.scenario, format="full_text")


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


def test_text_lists_the_exceptions_that_concern_the_case_and_counts_the_others(answer_en):
    text = render_text(answer_en)
    section = text.split("\nExceptions that do not apply:\n")[1].split("\n\n")[0].splitlines()
    assert section[0] == "  ([x] true · [ ] false · [?] unknown)"  # the legend of the marks
    concerned, others = render.concerned_exceptions(answer_en)
    assert concerned and others
    # An exception set aside by who tells, where, what or to whom is counted, not listed.
    for step in others:
        assert any(r.status == "false" and r.id in render.PARTY_CONDITIONS for r in step.because)
    assert not any(r.status == "false" and r.id in render.PARTY_CONDITIONS
                   for step in concerned for r in step.because)
    heads = [line for line in section[1:] if line.startswith("  - ")]
    assert heads[-1] == ("  - Other exceptions, which do not concern this discloser, workplace, "
                         f"information or recipient: {len(others)}.")
    assert len(heads) == len(concerned) + 1
    assert all(h.endswith(" — because:") for h in heads[:-1])
    assert "  - shared professional secrecy [case law and doctrine] — because:" in heads
    reasons = [line for line in section[1:] if not line.startswith("  - ")]
    assert len(reasons) == sum(len(s.because) for s in concerned)
    assert "      [?] the recipient is bound by professional secrecy" in reasons
    assert not any("recipient: the investigating judge" in line for line in reasons)


def test_no_internal_id_in_the_text_for_people(answer_en, kb_en):
    """Provisions and codes go by their labels: no rule or provision id is printed."""
    ids = {s.id for s in answer_en.explanation.walk() if s.kind in ("rule", "exception")}
    ids |= {s.provision for s in answer_en.explanation.walk() if s.provision}
    ids |= set(answer_en.deontology.basis) | set(answer_en.deontology.codes)
    assert "shared_secret" in ids and "cp_458" in ids
    for text in (render_text(answer_en), kb_en.ask(answer_en.scenario, format="text")):
        words = set(re.findall(r"[a-z][a-z0-9_]*_[a-z0-9_]+", text))
        assert not words & ids, words & ids


# -- The one-screen answer ---------------------------------------------------------

def test_the_one_screen_answer_says_the_verdict_what_to_do_and_what_could_change_it(kb_en):
    from .conftest import ROOT

    scenario = Scenario.from_file(ROOT / "queries/seed1_police_asks_if_followed.toml")
    text = kb_en.ask(scenario, format="text", width=80)
    lines = text.splitlines()
    assert lines[0] == "FORBIDDEN: secrecy applies, keep silent."
    assert lines[1].startswith("An educator (a youth-aid service) → the police: the fact")
    assert "What to do or heed (1 of 2):" in lines
    assert "    service: asked by them, the professional must refuse; they may later speak" in lines
    # whatif's changes, the strongest verdict first: a duty to speak if there is danger.
    changes = lines.index("What could change the answer (2 of 4):")
    assert lines[changes + 1].startswith("  - obligatory if a grave and imminent danger")
    assert "Grounds: art. 458 of the Criminal Code (professional secrecy) [Criminal Code," in lines
    assert "Codes of ethics (youth-aid code of ethics): forbidden." in lines
    assert lines[-2].startswith("More: --full ")
    assert len(lines) <= 20 and all(len(line) <= 80 for line in lines)


def test_the_one_screen_answer_fits_its_width_and_twenty_lines(kb):
    from .conftest import QUERY_FILES

    for path in QUERY_FILES[::5]:
        scenario = Scenario.from_file(path)
        for width in (60, 100):
            lines = kb.ask(scenario, format="text", width=width).splitlines()
            # Only a single word longer than the width may overflow it.
            assert all(len(line) <= width or " " not in line.strip() for line in lines), path
            if len(lines) > 20:  # only when the first item of each list alone overflows
                items = sum(line.startswith("  - ") for line in lines)
                headings = sum(line.endswith(":") and not line.startswith(" ") for line in lines)
                assert items <= headings, (path, width, lines)
    narrow = kb.ask(Scenario.from_file(QUERY_FILES[0]), format="text", width=0).splitlines()
    wide = kb.ask(Scenario.from_file(QUERY_FILES[0]), format="text", width=80).splitlines()
    assert len(narrow) < len(wide)  # width 0: no wrapping at all
    with pytest.raises(KBError) as caught:
        kb.ask(Scenario.from_file(QUERY_FILES[0]), format="text", width=-1)
    assert caught.value.field == "width"


def test_summary_in_python_is_the_kbs_text_line_for_line(kb, kb_en):
    """Answer.summary() (secret_kb/summary.py) and summary_text/4 lay out the same lines."""
    from .conftest import QUERY_FILES

    for knowledge_base in (kb, kb_en):
        for path in QUERY_FILES:
            scenario = Scenario.from_file(path)
            changes = knowledge_base.whatif(scenario)
            answer = knowledge_base.ask(scenario)
            for width in (80, 47):
                assert answer.summary(changes, width=width, hint="cli") == knowledge_base.ask(
                    scenario, format="text", width=width), (path.name, answer.lang, width)
    answer = kb_en.ask(CONSENT)
    assert "More:" not in answer.summary()  # no hint of the command by default
    # Without changes given, what could change the answer is the answer's own open.
    assert answer.open and all(o.text in answer.summary(width=0) for o in answer.open)


# -- Markdown ----------------------------------------------------------------------

def test_markdown_has_the_headings_citations_and_tree(answer_en):
    report = render_markdown(answer_en)
    lines = report.splitlines()
    # The one-screen answer first: the verdict in words, what to do, what could change it.
    assert lines[0] == "# FORBIDDEN: secrecy applies, keep silent."
    assert lines[2].startswith("A doctor → another professional: health data. Law as in force")
    assert lines.index("## What to do or heed") < lines.index("## What could change the answer")
    assert lines.index("## What could change the answer") < lines.index("---")
    assert "**Grounds**: art. 458 of the Criminal Code (professional secrecy) \\[Criminal Code, " \
           "art. 458\\]" in lines
    # Then the complete answer.
    for heading in ("Grounds", "Exceptions that do not apply", "Reasoning"):
        assert f"## {heading}" in lines, heading
    assert lines.index("## Grounds") > lines.index("---")
    assert any(line.startswith("- art. 458 of the Criminal Code (professional secrecy): Criminal "
                               "Code, art. 458, 1867-06-08 – 2026-09-01[^cp_458]")
               for line in lines)
    assert "*\\[x\\] true · \\[ \\] false · \\[?\\] unknown*" in lines  # the legend
    # Each footnote used is defined once, with the official reference.
    used = set(re.findall(r"\[\^([a-z0-9_]+)\](?!:)", report))
    defined = re.findall(r"^\[\^([a-z0-9_]+)\]: ", report, flags=re.M)
    assert used == set(defined) and len(defined) == len(set(defined))
    assert any(line.startswith("[^cp_458]: Criminal Code, art. 458, 1867-06-08 – 2026-09-01: "
                               "Code pénal du 8 juin 1867") for line in lines)
    # The tree is a nested list: the root, its conditions one level down, and so on.
    tree = report.split("## Reasoning\n\n")[1].split("\n\n")[1].splitlines()
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

def shown_steps(answer: Answer) -> list:
    """The steps the picture draws: all but the exceptions that do not concern the case."""
    _, others = render.concerned_exceptions(answer)
    folded = {id(step) for step in others}
    shown = []

    def walk(step):
        shown.append(step)
        for child in step.children:
            if id(child) not in folded:
                walk(child)

    walk(answer.explanation)
    return shown


def test_dot_has_a_title_a_legend_and_one_node_per_step_that_concerns_the_case(answer_en):
    source = render_dot(answer_en)
    steps = shown_steps(answer_en)
    _, others = render.concerned_exceptions(answer_en)
    assert others
    nodes = re.findall(r"^  (n\d+) \[label=", source, flags=re.M)
    edges = re.findall(r"^  n\d+ -> n\d+", source, flags=re.M)
    assert len(nodes) == len(steps) and len(edges) == len(steps) - 1
    assert source.startswith("digraph answer {") and source.rstrip().endswith("}")
    # The title: the verdict in plain words, and who would tell whom what.
    assert 'label="FORBIDDEN: secrecy applies, keep silent.\\nA doctor → another professional' in source
    first = source.splitlines()[4]
    assert first.startswith('  n0 [label="[x] The principle is secrecy')
    assert "(Criminal Code, art. 458,\\n1867-06-08\u00a0–\u00a02026-09-01)" in first
    assert 'style="filled,rounded,bold"' in first and 'fillcolor="#e8f5ec"' in first
    failed = sum(1 for s in steps if s.kind == "exception" and s.status != "true")
    assert source.count(" [style=dashed];") == failed + 1  # and the edge to the folded ones
    folded = re.search(r'^  folded \[label="([^"]*)"', source, flags=re.M).group(1)
    assert folded.replace("\\n", " ") == ("Other exceptions, which do not concern this discloser, "
                                          f"workplace, information or recipient: {len(others)}.")
    # The legend: each mark with its colour and its word.
    for status, colour, word in (("true", "#e8f5ec", "true"), ("false", "#fdecec", "false"),
                                 ("unknown", "#fff3d6", "unknown")):
        assert re.search(rf'legend_{status} \[label="\[.\] {word}", fillcolor="{colour}"', source)


@needs_dot
def test_dot_is_valid_graphviz(answer_en, answer_fr):
    for answer in (answer_en, answer_fr):
        svg = run_dot(render_dot(answer))
        assert len(svg_nodes(svg)) == len(shown_steps(answer)) + 1 + 3  # folded, legend
    assert "Le principe est le secret" in run_dot(render_dot(answer_fr), "plain")


@needs_dot
def test_hostile_text_still_gives_valid_dot(answer_en):
    hostile = hostile_answer(answer_en)
    source = render_dot(hostile)
    svg = run_dot(source)
    assert len(svg_nodes(svg)) == len(shown_steps(hostile)) + 1 + 3
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
    assert len(svg_nodes(svg)) == len(shown_steps(answer_en)) + 1 + 3


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
        why(Case.scenario, Case.options),
        why_lines(In)
    ).
"""


def why_texts(tmp_path, cases: list[tuple[str, dict]], options: str = "[]") -> list[str]:
    """What why/2 prints with ``options`` (Prolog text) for each (lang, scenario), in one process."""
    from .conftest import ROOT

    marker = "=== why/1 case ==="
    lines = tmp_path / "cases.jsonl"
    lines.write_text("".join(json.dumps({"lang": lang, "marker": marker, "scenario": scenario},
                                        ensure_ascii=False) + "\n" for lang, scenario in cases),
                     encoding="utf-8")
    script = tmp_path / "why_each.pl"
    script.write_text(WHY_SCRIPT.replace("Case.options", options), encoding="utf-8")
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
                                   for lang, path in cases], "[width(80), hint(cli)]")
    full = why_texts(tmp_path, [(lang, Scenario.from_file(path).to_dict())
                                for lang, path in cases], "[full(true)]")
    for (lang, path), why, why_full in zip(cases, printed, full):
        asked = CliRunner().invoke(main, ["ask", "--file", str(path), "--lang", lang],
                                   env={"COLUMNS": "80"})
        assert asked.exit_code == 0, asked.output
        assert why == asked.stdout, f"{path.name} ({lang}): why/2 and secret-kb ask differ"
        asked = CliRunner().invoke(main, ["ask", "--file", str(path), "--lang", lang, "--full"])
        assert why_full == asked.stdout, f"{path.name} ({lang}): why/2 and ask --full differ"


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
        """The lines before the hint, which says where the rest is (--full or why/2)."""
        lines = [line for line in text.splitlines() if line.strip() and not line.startswith("%")]
        return lines[:next(i for i, line in enumerate(lines) if line.startswith("Plus:"))]

    assert asked.exit_code == 0 and why.returncode == 0
    printed = why.stdout.decode("utf-8")
    assert kept(printed) == kept(asked.stdout)
    assert kept(printed)[0] == "INTERDIT: le secret s'impose, il faut se taire."
    # one hint names both ways to the rest: why/1 and secret-kb ask print the same text
    assert printed.strip().splitlines()[-2:] == asked.stdout.strip().splitlines()[-2:]
    assert "--full ou why(S, [full(true)])" in asked.stdout


def test_no_text_renderer_is_left_in_python():
    assert not hasattr(render, "render_text")
    assert "def render_text" not in inspect.getsource(render)
