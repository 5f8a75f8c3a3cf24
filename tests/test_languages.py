"""Three languages, no leaks between them: every saved query in fr, nl and en; the language
from the locale; --lang on every command that words something; the Python API and the
Prolog flag; and `check` reporting a word left out in Dutch.

The leak list is the knowledge base's own: every template of the other languages
(kb/lang/LANG.pl: headings, conditions, verdict words, the interview's question, the
what-if line), cut at its placeholders, less what the language shares with them ("tests",
"art."); and a few words of the French notation of articles and of French law ("§ 1er",
"al. 2", "délits") that used to slip into the other languages.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

import pytest
from click.testing import CliRunner

from secret_kb import KBError, KnowledgeBase, Scenario, default_language, languages, locale_language
from secret_kb.cli import main
from secret_kb.interview import parse_reply
from secret_kb.model import answer_schema
from secret_kb.render import interface_words, render_markdown

from .conftest import QUERY_FILES, ROOT

LANGS = ("fr", "nl", "en")
IDS = [p.stem for p in QUERY_FILES]
POLICE = {"discloser": "social_worker", "information": "confidence", "recipient": "police",
          "date": "2025-06-01"}
POLICE_ARGS = ["--discloser", "social_worker", "--information", "confidence", "--recipient",
               "police", "--date", "2025-06-01"]
DOCTOR = ["--discloser", "doctor", "--information", "medical_data", "--recipient", "colleague"]
NO_LOCALE = {"LC_ALL": None, "LC_MESSAGES": None, "LANG": None}

# Words no template holds that still must not cross languages: the French notation of
# articles, and the French names of the offences (the issue's "crimes and délits").
FRENCH_LAW = [r"§§? ?\d+er\b", r"\b\d+er et \d", r"\bal\. ?\d", r"\bLivre I", r"\bdélits?\b",
              r"\bavis \d"]
# The acceptance check's own list (issue 12), by language.
HEADINGS = {"fr": ["parce que", "Fondement", "À savoir", "Ce qui pourrait", "Raisonnement",
                   "INTERDIT", "PERMIS", "OBLIGATOIRE"],
            "en": ["because", "Grounds", "What could change", "Good to know", "Reasoning",
                   "FORBIDDEN", "PERMITTED", "OBLIGATORY"]}


def run(*args: str, env: dict | None = None, input: str | None = None):
    return CliRunner().invoke(main, list(args), env=env, input=input)


@pytest.fixture(scope="module")
def kbs() -> dict[str, KnowledgeBase]:
    return {lang: KnowledgeBase(lang) for lang in LANGS}


@lru_cache(maxsize=None)
def templates(lang: str) -> tuple[str, ...]:
    """Every template of ``lang`` (conditions, headings, verdicts, questions), as the kb holds them."""
    rows = KnowledgeBase(lang).query(f"template(_, {lang}, T)", max_solutions=1000)
    return tuple(row["T"] for row in rows)


def _fragments(template: str) -> list[str]:
    """The fixed parts of a template: cut at ~w, trimmed of spaces and punctuation."""
    parts = (p.strip(" :.?!;,[]()—") for p in template.split("~w"))
    return [p for p in parts if sum(c.isalpha() for c in p) >= 4]


@lru_cache(maxsize=None)
def leak_patterns(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    """What must not appear in an answer worded in ``lang``: the others' words, and French law."""
    own = " | ".join(templates(lang)).lower()
    words: set[str] = set()
    for other in LANGS:
        if other == lang:
            continue
        words.update(f for t in templates(other) for f in _fragments(t) if f.lower() not in own)
        words.update(HEADINGS.get(other, ()))
    patterns = [(w, re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.IGNORECASE)) for w in words]
    if lang != "fr":
        patterns += [(p, re.compile(p)) for p in FRENCH_LAW]
    return tuple(sorted(patterns, key=lambda item: item[0]))


def leaks(text: str, lang: str) -> list[str]:
    return [word for word, pattern in leak_patterns(lang) if pattern.search(text)]


# --- The languages themselves ------------------------------------------------------

def test_the_languages_come_from_the_kb(kb):
    assert languages() == ("fr", "en", "nl")
    rows = kb.query("language(L)")
    assert tuple(row["L"] for row in rows) == languages()
    assert answer_schema()["properties"]["lang"]["enum"] == list(languages())


def test_every_language_has_every_template_and_no_two_share_a_heading(kb):
    keys = {lang: {row["K"] for row in kb.query(f"template(K, {lang}, _)", max_solutions=1000)}
            for lang in LANGS}
    assert keys["nl"] == keys["fr"] == keys["en"] and len(keys["nl"]) == len(templates("nl")) > 40
    words = {lang: interface_words(lang) for lang in LANGS}
    assert words["nl"].keys() == words["fr"].keys() == words["en"].keys()
    for key in ("basis", "open", "notes", "tree", "because", "deontology", "forbidden",
                "permitted", "obligatory", "not_covered"):
        assert len({words[lang][key] for lang in LANGS}) == 3, key


def test_the_leak_list_is_the_kbs_and_catches_a_leak():
    """The list holds the others' real words: an English heading in Dutch text is found."""
    nl = {word for word, _ in leak_patterns("nl")}
    assert {"Grounds", "Fondement", "because", "parce que"} <= nl
    assert "Grondslag" not in nl and "tests" not in nl  # its own words, and the shared ones
    assert leaks("VERBODEN — ...\n\nGrounds:\n  - cp_458", "nl") == ["Grounds"]
    assert leaks("art. 46bis/1, §§ 1er et 2", "en")
    assert leaks("Grondslag:\n  - cp_458: Strafwetboek, art. 46bis/1, §§ 1 en 2", "nl") == []


def test_the_dutch_words_are_belgian_legal_dutch(kbs):
    words = interface_words("nl")
    assert (words["forbidden"], words["permitted"], words["obligatory"], words["not_covered"]) == \
        ("verboden", "toegestaan", "verplicht", "niet gedekt")
    labels = {row["V"]: row["L"] for row in
              kbs["nl"].query("value_label(_, V, nl, L)", max_solutions=1000)}
    assert labels["public_prosecutor"] == "de procureur des Konings"
    assert labels["investigating_judge"] == "de onderzoeksrechter"
    assert labels["cp_422bis"].endswith("(schuldig hulpverzuim)")
    assert labels["necessity"].startswith("noodtoestand")
    assert labels["shared_secret"] == "gedeeld beroepsgeheim"
    assert "casusoverleg" in labels["case_consultation"]
    assert "OCMW" in labels["cpas_staff"] and "CLB" in labels["pms_staff"]
    instruments = {row["I"]: row["L"] for row in
                   kbs["nl"].query("instrument_label(I, nl, L)", max_solutions=1000)}
    assert instruments["code_penal"] == "Strafwetboek"
    assert instruments["code_instruction_criminelle"] == "Wetboek van strafvordering"
    assert instruments["judicial_code"] == "Gerechtelijk Wetboek"


# --- Every saved query, in each language, without leaks ----------------------------------

@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", QUERY_FILES, ids=IDS)
def test_every_saved_query_answers_in_its_language_alone(kbs, path: Path, lang: str):
    kb = kbs[lang]
    scenario = Scenario.from_file(path)
    answer = kb.ask(scenario)
    assert answer.lang == lang
    text = kb.ask(scenario, format="text")
    assert leaks(text, lang) == [], text[:300]
    # the markdown report, without its footnotes (they quote the official references,
    # in the language of the source)
    body = render_markdown(answer).split("\n[^", 1)[0]
    assert leaks(body, lang) == []
    for change in kb.whatif(scenario):
        assert leaks(change.text, lang) == [], change.text
    question = kb.next_question(scenario)
    if question is not None:
        assert leaks(question.text, lang) == [], question.text


def test_english_and_dutch_write_articles_their_own_way(kbs):
    request = {"discloser": "cpas_staff", "institution": "cpas", "information": "administrative_data",
               "recipient": "public_prosecutor", "date": "2020-01-01"}
    texts = {lang: kbs[lang].ask(request, format="full_text") for lang in LANGS}
    assert "art. 46bis/1, §§ 1er et 2" in texts["fr"]
    assert "art. 46bis/1, §§ 1 and 2" in texts["en"]
    assert "art. 46bis/1, §§ 1 en 2" in texts["nl"]
    assert "délits" not in texts["en"] and "misdemeanours" in texts["en"]
    assert "Wetboek van strafvordering" in texts["nl"]


# --- The language from the locale -----------------------------------------------------

@pytest.mark.parametrize("environ, expected", [
    ({"LANG": "nl_BE.UTF-8"}, "nl"),
    ({"LANG": "nl_NL"}, "nl"),
    ({"LANG": "fr_BE.UTF-8@euro"}, "fr"),
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LANG": "nl"}, "nl"),
    ({"LC_MESSAGES": "en_US.UTF-8", "LANG": "nl_BE.UTF-8"}, "en"),
    ({"LC_ALL": "fr_BE.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LANG": "nl_BE.UTF-8"}, "fr"),
    ({"LC_ALL": "", "LC_MESSAGES": "", "LANG": "nl_BE.UTF-8"}, "nl"),  # empty is unset
    ({"LC_ALL": "C.UTF-8", "LANG": "nl_BE.UTF-8"}, None),  # the strongest set one decides
    ({"LANG": "de_DE.UTF-8"}, None),
    ({"LANG": "POSIX"}, None),
    ({}, None),
])
def test_the_locale_names_the_language(environ, expected):
    assert locale_language(environ) == expected
    assert default_language(environ) == (expected or "fr")


def test_python_takes_the_locale_unless_a_language_is_given(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    assert KnowledgeBase().lang == "nl"
    assert KnowledgeBase().ask(POLICE).lang == "nl"
    assert KnowledgeBase("en").lang == "en"  # an explicit language wins
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert KnowledgeBase().lang == "fr"  # no language of the kb: the default
    monkeypatch.delenv("LANG")
    assert KnowledgeBase().lang == "fr"


def test_the_command_line_takes_the_locale_unless_lang_is_given():
    dutch = run("ask", *DOCTOR, "--json", env={**NO_LOCALE, "LANG": "nl_BE.UTF-8"})
    assert dutch.exit_code == 0 and json.loads(dutch.stdout)["lang"] == "nl"
    french = run("ask", *DOCTOR, "--json", "--lang", "fr", env={**NO_LOCALE, "LANG": "nl_BE.UTF-8"})
    assert json.loads(french.stdout)["lang"] == "fr"
    stronger = run("ask", *DOCTOR, "--json", env={**NO_LOCALE, "LC_ALL": "en_GB.UTF-8",
                                                  "LANG": "nl_BE.UTF-8"})
    assert json.loads(stronger.stdout)["lang"] == "en"
    default = run("ask", *DOCTOR, "--json", env=NO_LOCALE)
    assert json.loads(default.stdout)["lang"] == "fr"


def test_the_help_names_the_kbs_languages_and_the_precedence():
    result = run("ask", "--help")
    assert result.exit_code == 0
    flat = " ".join(result.stdout.split())
    assert "fr, en, nl" in flat and "LC_ALL, LC_MESSAGES, LANG" in flat and "else fr" in flat


# --- --lang nl on every command that words something -------------------------------------

def test_ask_in_dutch():
    result = run("ask", *POLICE_ARGS, "--lang", "nl")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("VERBODEN: ")          # the one-screen answer
    assert "beroepsgeheim" in result.stdout and leaks(result.stdout, "nl") == []
    full = run("ask", *POLICE_ARGS, "--lang", "nl", "--full")
    assert full.stdout.startswith("VERBODEN — ") and "Strafwetboek" in full.stdout
    assert "Grondslag:" in full.stdout and leaks(full.stdout, "nl") == []
    markdown = run("ask", *POLICE_ARGS, "--lang", "nl", "--format", "markdown")
    assert markdown.stdout.startswith("# VERBODEN: ") and "## Grondslag" in markdown.stdout


def test_whatif_in_dutch():
    result = run("whatif", *DOCTOR, "--lang", "nl")
    assert result.exit_code == 0, result.output
    assert re.search(r"\b(toegestaan|verplicht|verboden)\b", result.stdout)
    assert "gedeeld beroepsgeheim" in result.stdout and leaks(result.stdout, "nl") == []


def test_interview_in_dutch_accepts_dutch_replies():
    result = run("interview", *DOCTOR, "--lang", "nl", input="ja\nnee\nonbekend\n" * 10)
    assert result.exit_code == 0, result.output
    assert "Staat dit vast: " in result.stdout and "[ja / nee / onbekend]" in result.stdout
    assert leaks(result.stdout, "nl") == []
    scripted = run("interview", "--json", *DOCTOR, "--lang", "nl", input="onbekend\n" * 40)
    questions = [json.loads(line) for line in scripted.stdout.splitlines()[:-1]]
    assert questions and all(q["text"].startswith("Staat dit vast: ") for q in questions)
    assert json.loads(scripted.stdout.splitlines()[-1])["lang"] == "nl"


@pytest.mark.parametrize("lang", LANGS)
def test_every_reply_word_of_every_language_is_understood(lang):
    yes, no, unknown = (w.strip() for w in interface_words(lang)["answers"].split("/"))
    assert (parse_reply(yes), parse_reply(no), parse_reply(unknown)) == (True, False, None)


def test_check_speaks_dutch(monkeypatch):
    dirty = {"scenarios": 3, "dates": ["2020-01-01"], "conflicts": [], "unreached": ["r"],
             "uncited": [], "unworded": [{"id": "label(role, doctor)", "lang": "nl"}],
             "undefined": [], "unspoken": [], "clean": False}
    monkeypatch.setattr(KnowledgeBase, "check", lambda self: dirty)
    result = run("check", "--lang", "nl")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == "3 scenario's, op 2020-01-01"
    assert "unworded: 1" in result.stdout and result.stdout.rstrip().endswith("NIET in orde")
    assert leaks(result.stdout, "nl") == []
    monkeypatch.setattr(KnowledgeBase, "check", lambda self: {**dirty, "unreached": [],
                                                              "unworded": [], "clean": True})
    assert run("check", "--lang", "nl").stdout.rstrip().endswith("in orde")


def test_sources_and_batch_in_dutch():
    listing = run("sources", "--unverified", "--lang", "nl")
    assert listing.exit_code == 0 and "[niet geverifieerd]" in listing.stdout
    assert "Strafwetboek, art. 458bis" in listing.stdout  # (the references quote the sources)
    batch = run("batch", "-", "--lang", "nl", input=json.dumps(POLICE) + "\n")
    assert batch.exit_code == 0 and json.loads(batch.stdout)["lang"] == "nl"


def test_an_unknown_language_is_refused_with_the_three_accepted():
    result = run("ask", *DOCTOR, "--lang", "de")
    assert result.exit_code == 2 and "fr, en, nl" in result.stderr
    with pytest.raises(KBError) as caught:
        KnowledgeBase("de")
    assert caught.value.accepted == ("fr", "en", "nl")


# --- The Python API and the Prolog session ---------------------------------------------

def test_the_python_api_in_dutch(kbs):
    answer = kbs["nl"].ask(POLICE)
    assert answer.lang == "nl" and answer.verdict == "forbidden"
    assert "beroepsgeheim" in answer.explanation.text
    assert kbs["fr"].ask(POLICE, lang="nl").lang == "nl"  # per call, too
    assert [c.text for c in kbs["nl"].whatif(POLICE)] == [c.text for c in kbs["fr"].whatif(POLICE,
                                                                                           lang="nl")]
    question = kbs["nl"].next_question(POLICE)
    assert question is not None and question.text.startswith("Staat dit vast: ")


PROLOG = """
    set_prolog_flag(secret_kb_lang, nl),
    may_disclose([discloser=social_worker, information=confidence, recipient=police,
                  date=date(2025,6,1)], V, A),
    get_dict(lang, A, Lang), get_dict(explanation, A, Root), get_dict(text, Root, Text),
    format("~w ~w~n~w~n", [V, Lang, Text]),
    why([discloser=social_worker, information=confidence, recipient=police, date=date(2025,6,1)],
        [full(true)]),
    set_prolog_flag(secret_kb_lang, de),
    catch(may_disclose([discloser=doctor, information=medical_data, recipient=colleague], _, _),
          error(E, _), (print(E), nl))
"""


def test_the_prolog_session_answers_in_dutch():
    swipl = shutil.which("swipl")
    assert swipl, "swipl is not on the PATH"
    done = subprocess.run([swipl, "-q", "-g", PROLOG, "-t", "halt", str(ROOT / "kb" / "load.pl")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "forbidden nl"
    assert "beroepsgeheim" in lines[1]
    assert "VERBODEN — " in done.stdout and "Grondslag:" in done.stdout
    assert leaks("\n".join(lines[1:-1]), "nl") == []  # (the first line: ids)
    assert lines[-1].startswith("type_error(oneof([fr,en,nl]),de)")


# --- check: a word missing in Dutch is reported ------------------------------------------

UNWORDED = "forall(check_rulebase:unworded(Id, Lang), (print(Lang-Id), nl))"


def unworded(kb_dir: Path) -> list[str]:
    done = subprocess.run([shutil.which("swipl"), "-q", "-g", UNWORDED, "-t", "halt",
                           str(kb_dir / "load.pl")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "ERROR" not in done.stderr, done.stderr
    return done.stdout.splitlines()


@pytest.fixture
def kb_copy(tmp_path) -> Path:
    """A scratch copy of kb/ (never the repository's)."""
    copy = tmp_path / "kb"
    shutil.copytree(ROOT / "kb", copy, ignore=shutil.ignore_patterns(".qlf", "*.qlf"))
    return copy


def test_check_reports_a_dutch_word_left_out(kb_copy):
    assert unworded(kb_copy) == []  # the real kb: every word in every language
    nl = kb_copy / "lang" / "nl.pl"
    text = nl.read_text(encoding="utf-8")
    for line in ('label(role, doctor, "een arts").\n',
                 'template(ui(basis), "Grondslag").\n',
                 'article("5 à 13", "5 tot 13").\n',
                 'instrument(code_penal, "Strafwetboek").\n'):
        assert line in text
        text = text.replace(line, "")
    nl.write_text(text, encoding="utf-8")
    assert sorted(unworded(kb_copy)) == sorted([
        'nl-"label(role,doctor)"', 'nl-"template(ui(basis))"', 'nl-"article(\\"5 à 13\\")"',
        'nl-"instrument(code_penal)"'])


def test_a_block_without_its_dutch_text_is_refused(kb_copy):
    law = kb_copy / "law" / "code_penal_1867.pl"
    text = law.read_text(encoding="utf-8")
    cut = re.sub(r',\s*nl = "(?:[^"\\]|\\.)*"', "", text, count=1)
    assert cut != text
    law.write_text(cut, encoding="utf-8")
    done = subprocess.run([shutil.which("swipl"), "-q", "-g", "true", "-t", "halt",
                           str(kb_copy / "load.pl")], capture_output=True, text=True, timeout=120)
    assert "has no wording in nl" in done.stderr
