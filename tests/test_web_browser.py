"""The page of `secret-kb serve` used as a person would: headless Chromium, driven by Playwright.

For the seed's two situations, in each language the knowledge base speaks,
the test opens the page, chooses the discloser, the information and the
recipient by their words, answers the interview as the saved query's facts
say (I don't know for the others), and checks the verdict and the top
"what to do" line on the answer page. A screenshot of each answer page is
saved under test-output/browser/ (or $SECRET_KB_TEST_OUTPUT/browser/).

It needs Debian's chromium (scripts/ensure-system-packages.sh --test, run by
`make test`, installs it): without it the test is skipped, except in CI
(CI set), where it fails.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from secret_kb import KnowledgeBase, Scenario
from secret_kb.summary import label, summarize

from .conftest import ROOT
from .webserver import running_server

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SITUATIONS = {
    "seed1": ROOT / "queries/seed1_police_asks_if_followed.toml",
    "seed2": ROOT / "queries/seed2_pregnancy_with_consent_and_shared_mission.json",
}
LANGUAGES = KnowledgeBase().sources("languages")


def _missing() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (scripts/ensure-system-packages.sh --test installs it)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="module")
def browser():
    missing = _missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(missing)
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def server():
    with running_server() as running:
        yield running


@pytest.fixture(scope="module")
def shots() -> Path:
    directory = Path(os.environ.get("SECRET_KB_TEST_OUTPUT", ROOT / "test-output")) / "browser"
    directory.mkdir(parents=True, exist_ok=True)
    return directory


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("situation", SITUATIONS)
def test_a_person_goes_from_the_form_to_a_reasoned_answer(browser, server, shots, situation, lang):
    scenario = Scenario.from_file(SITUATIONS[situation]).to_dict()
    facts = scenario.pop("facts")
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    try:
        page.goto(f"{server.url}/?lang={lang}")
        # Chosen by their words, as a person reads them in the page's language.
        for field, domain in (("discloser", "role"), ("information", "information"),
                              ("recipient", "recipient"), ("institution", "institution")):
            page.select_option(f"#{field}", label=label(lang, domain, scenario[field]))
        page.fill("#date", scenario["date"])
        page.get_by_role("button", name=_word(lang, "page_ask")).click()
        asked = []
        while page.locator("form.question").count():
            button = page.locator("form.question button").first
            fact = button.get_attribute("name").removeprefix("f.")
            assert fact not in asked, f"{fact} asked twice"
            asked.append(fact)
            reply = {True: "page_yes", False: "page_no", None: "page_dont_know"}[facts.get(fact)]
            page.get_by_role("button", name=_word(lang, reply), exact=True).click()
        assert set(facts) <= set(asked)  # every fact of the saved query was asked

        kb = KnowledgeBase(lang)
        final = {**scenario, "facts": {fact: facts.get(fact) for fact in asked}}
        expected = summarize(kb.ask(final), kb.whatif(final))
        assert expected.verdict == _expected_verdict(SITUATIONS[situation])
        heading = page.locator("h1#verdict")
        assert heading.inner_text().strip() == expected.verdict_line
        top = page.locator("section.todo li").first.inner_text().strip()
        assert top == expected.todo[0]
        if situation == "seed1" and lang == "en":
            assert "asked by them, the professional must refuse" in top
        # The reasoning: a legend, marks in three colours, the exceptions that failed folded.
        assert page.locator("p.legend .mark").count() == 3
        assert page.locator("details.failed").count() > 0
        assert page.locator("details.failed[open]").count() == 0
        assert page.locator("section.ethics").count() == 1
        page.screenshot(path=str(shots / f"answer-{situation}-{lang}.png"), full_page=False)
        # Keyboard: the print and fold buttons are reachable and work.
        page.get_by_role("button", name=_word(lang, "page_open_all")).focus()
        page.keyboard.press("Enter")
        assert page.locator("details.failed[open]").count() == page.locator("details.failed").count()
    finally:
        page.close()


def test_the_answer_page_reads_on_a_phone(browser, server, shots):
    page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2)
    try:
        query = ("discloser=educator&institution=youth_aid_service&information=client_status"
                 "&recipient=police&date=2018-03-01&f.grave_imminent_danger=no"
                 "&f.only_way_to_protect=no&f.discloser_is_suspect=no&lang=en")
        page.goto(f"{server.url}/answer?{query}")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"the page is {width} px wide on a 390 px phone"
        page.screenshot(path=str(shots / "answer-seed1-en-phone.png"))
    finally:
        page.close()


def _word(lang: str, key: str) -> str:
    from secret_kb.render import interface_words

    return interface_words(lang)[key]


def _expected_verdict(path: Path) -> str:
    from .conftest import load_query

    return load_query(path)["expected"]["verdict"]
