"""`secret-kb serve`'s JSON API and page, over HTTP, against a server the tests start.

The server runs in its own process on a free loopback port (tests/webserver.py);
its answers are compared with those of the knowledge base in this process and
of the command line.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import jsonschema
import pytest

from secret_kb import KnowledgeBase, Scenario
from secret_kb.model import answer_schema

from .conftest import ROOT, check_answer
from .webserver import running_server

SEED1 = Scenario.from_file(ROOT / "queries/seed1_police_asks_if_followed.toml").to_dict()
SEED2 = Scenario.from_file(ROOT / "queries/seed2_pregnancy_with_consent_only.toml").to_dict()
CONSENT = {"discloser": "doctor", "information": "medical_data", "recipient": "colleague",
           "date": "2018-03-01", "facts": {"person_consents": True}}
ERROR_KEYS = {"type", "field", "value", "accepted", "message"}


@pytest.fixture(scope="module")
def server():
    with running_server() as running:
        yield running


def error_of(status: int, data: dict) -> dict:
    """The error object of a 4xx answer, checked to be the one every interface gives."""
    assert 400 <= status < 500, status
    assert set(data) == {"error"} and set(data["error"]) == ERROR_KEYS, data
    return data["error"]


# -- The answers are the command line's and Python's -----------------------------------

def test_health_says_the_languages_and_the_schema(server):
    status, data = server.json("GET", "/api/health")
    assert status == 200
    assert data == {"status": "ok", "schema_version": "1.1",
                    "languages": KnowledgeBase().sources("languages"), "research": False}


@pytest.mark.parametrize("scenario", [SEED1, SEED2, CONSENT], ids=["seed1", "seed2", "consent"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_ask_gives_the_json_the_knowledge_base_writes(server, answer_validator, scenario, lang):
    status, headers, body = server.request("POST", f"/api/ask?lang={lang}", scenario)
    assert status == 200 and headers["content-type"] == "application/json"
    assert body.decode("utf-8") == KnowledgeBase(lang).ask(scenario, format="json")
    check_answer(answer_validator, json.loads(body))


def test_ask_gives_the_same_answer_as_the_command_line(server):
    line = json.dumps(SEED1)
    done = subprocess.run([sys.executable, "-m", "secret_kb", "batch", "-", "--lang", "en"],
                          input=line.encode(), capture_output=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    _, _, body = server.request("POST", "/api/ask?lang=en", SEED1)
    assert json.loads(body) == json.loads(done.stdout)


def test_ask_as_text_is_the_one_screen_answer_and_the_full_one(server, kb_en):
    status, headers, body = server.request("POST", "/api/ask?lang=en&format=text&width=60", SEED1)
    assert status == 200 and headers["content-type"].startswith("text/plain")
    assert body.decode() == kb_en.ask(SEED1, format="text", width=60)
    assert body.decode().startswith("FORBIDDEN: secrecy applies, keep silent.")
    _, _, full = server.request("POST", "/api/ask?lang=en&format=full_text", SEED1)
    assert full.decode() == kb_en.ask(SEED1, format="full_text")


def test_whatif_and_next_question_are_the_knowledge_bases(server, kb_en):
    status, changes = server.json("POST", "/api/whatif?lang=en", CONSENT)
    assert status == 200
    assert changes == [c.to_dict() for c in kb_en.whatif(CONSENT)]
    assert any(c["verdict"] == "permitted" for c in changes)
    status, question = server.json("POST", "/api/next-question?lang=en", CONSENT)
    assert status == 200 and question == kb_en.next_question(CONSENT).to_dict()
    status, none = server.json("POST", "/api/next-question", SEED1 | {"facts": {
        **SEED1["facts"], "learned_in_profession": True}})
    assert status == 200 and none is None


def test_batch_streams_json_lines_as_the_command_line_writes_them(server):
    lines = [json.dumps({"id": 1, **SEED1}), "", json.dumps({"id": 2, **CONSENT}),
             '{"id": 3, "discloser": "wizard", "information": "confidence", "recipient": "police"}',
             "not json", json.dumps({"id": 4, **SEED2})]
    text = "\n".join(lines) + "\n"
    status, headers, body = server.request("POST", "/api/batch?lang=en", text,
                                           headers={"content-type": "application/x-ndjson"})
    assert status == 200 and headers["content-type"].startswith("application/x-ndjson")
    assert headers.get("transfer-encoding") == "chunked"  # streamed, not sent as one block
    done = subprocess.run([sys.executable, "-m", "secret_kb", "batch", "-", "--lang", "en"],
                          input=text.encode(), capture_output=True, cwd=ROOT, timeout=120)
    assert done.returncode == 1  # two bad lines
    assert body.decode().splitlines() == done.stdout.decode().splitlines()
    out = [json.loads(line) for line in body.decode().splitlines()]
    assert [o.get("id") for o in out] == [1, 2, 3, None, 4]
    assert out[2]["error"]["field"] == "discloser"
    assert out[3]["error"]["type"] == "syntax_error"


def test_sources_and_vocabulary(server, kb_en):
    status, provisions = server.json("GET", "/api/sources?lang=en")
    assert status == 200 and provisions == kb_en.sources("provisions")
    status, seed = server.json("GET", "/api/sources?what=seed")
    assert status == 200 and [s["id"] for s in seed][:2] == ["s01", "s02"]
    assert all("tests" in s for s in seed)
    error = error_of(*server.json("GET", "/api/sources?what=check"))
    assert error["field"] == "what" and error["accepted"] == ["provisions", "seed", "unverified"]
    status, vocabulary = server.json("GET", "/api/vocabulary?lang=en")
    assert status == 200
    assert {"id": "en", "name": "English"} in vocabulary["languages"]
    educator = next(v for v in vocabulary["domains"]["role"] if v["id"] == "educator")
    assert educator["label"] == "an educator"
    assert vocabulary["links"]["cp_458"].startswith("https://www.ejustice.just.fgov.be/eli/")
    assert "necessity" not in vocabulary["links"]  # case law: no official text to link


def test_openapi_describes_every_endpoint_with_the_projects_answer_schema(server):
    status, document = server.json("GET", "/openapi.json")
    assert status == 200 and document["openapi"].startswith("3.1")
    assert set(document["paths"]) == {"/api/ask", "/api/batch", "/api/whatif",
                                      "/api/next-question", "/api/query", "/api/sources",
                                      "/api/vocabulary", "/api/health"}
    assert document["components"]["schemas"]["Answer"] == answer_schema()
    ask = document["paths"]["/api/ask"]["post"]
    assert ask["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Answer"}
    _, answer = server.json("POST", "/api/ask", CONSENT)
    jsonschema.Draft202012Validator(document["components"]["schemas"]["Answer"]).validate(answer)
    scenario = jsonschema.Draft202012Validator(document["components"]["schemas"]["Scenario"])
    scenario.validate(CONSENT)
    assert not scenario.is_valid({"discloser": "doctor"})


# -- Bad input: a 4xx with the one error object ----------------------------------------

def test_a_bad_value_names_its_field_and_the_accepted_values(server):
    error = error_of(*server.json("POST", "/api/ask", {"discloser": "wizard",
                                                        "information": "confidence",
                                                        "recipient": "police"}))
    assert error["type"] == "domain_error" and error["field"] == "discloser"
    assert error["value"] == "wizard" and "educator" in error["accepted"]
    assert error == KnowledgeBase().ask_many([{"discloser": "wizard", "information": "confidence",
                                              "recipient": "police"}],
                                             return_errors=True)[0].to_dict()


@pytest.mark.parametrize("path, body, field, kind", [
    ("/api/ask", {"discloser": "educator", "information": "confidence"}, "recipient",
     "existence_error"),
    ("/api/ask", {**CONSENT, "colour": "red"}, "colour", "existence_error"),
    ("/api/ask", "not json", "body", "syntax_error"),
    ("/api/ask", "[1, 2]", "body", "type_error"),
    ("/api/ask", '{"discloser": NaN}', "body", "syntax_error"),
    ("/api/ask?lang=xx", CONSENT, "lang", "domain_error"),
    ("/api/ask?format=pdf", CONSENT, "format", "domain_error"),
    ("/api/ask?format=text&width=wide", CONSENT, "width", "type_error"),
    ("/api/whatif", {**CONSENT, "facts": {"no_such_fact": True}}, "facts", "domain_error"),
    ("/api/next-question", {**CONSENT, "date": "yesterday"}, "date", "domain_error"),
])
def test_bad_input_is_a_400_naming_what_is_wrong(server, path, body, field, kind):
    status, data = server.json("POST", path, body)
    assert status == 400
    error = error_of(status, data)
    assert (error["field"], error["type"]) == (field, kind), error


def test_a_body_over_the_limit_is_refused_before_it_is_read(server):
    big = {**CONSENT, "id": "x" * 70_000}
    error = error_of(*server.json("POST", "/api/ask", big))
    assert error["type"] == "resource_error" and error["field"] == "body"
    assert server.request("POST", "/api/ask", big)[0] == 413


def test_unknown_paths_and_methods_get_the_error_object(server):
    status, data = server.json("GET", "/api/nothing")
    assert status == 404 and error_of(status, data)["field"] == "path"
    status, data = server.json("GET", "/api/ask")
    assert status == 405 and error_of(status, data)["field"] == "method"


def test_research_is_off_unless_allowed(server):
    status, data = server.json("POST", "/api/query", {"goal": "in_domain(role, R)"})
    assert status == 403 and error_of(status, data)["type"] == "permission_error"


def test_research_when_allowed_goes_through_the_sandbox():
    with running_server("--allow-research") as research:
        status, data = research.json("POST", "/api/query",
                                     {"goal": "in_domain(role, R)", "max_solutions": 3})
        assert status == 200
        assert data["variables"] == ["R"] and data["truncated"] is True
        assert [row["R"] for row in data["solutions"]] == ["doctor", "nurse", "midwife"]
        error = error_of(*research.json("POST", "/api/query", {"goal": "shell('ls')"}))
        assert error["type"] == "permission_error"
        error = error_of(*research.json("POST", "/api/query", {"goal": "true", "limit": 1}))
        assert error["field"] == "limit"


def test_each_call_has_a_time_limit():
    with running_server("--time-limit", "0.001") as hurried:
        status, data = hurried.json("POST", "/api/whatif", CONSENT)
        assert status == 503
        assert data["error"]["type"] == "resource_error" and data["error"]["field"] == "time_limit"


def test_the_server_listens_on_loopback_only(server):
    """/proc/net/tcp lists the listening socket bound to 127.0.0.1 (0100007F), nowhere else."""
    listening = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = open(table).read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            local, state = row.split()[1], row.split()[3]
            address, port = local.rsplit(":", 1)
            if state == "0A" and int(port, 16) == server.port:  # 0A: LISTEN
                listening.append(address)
    if not listening:
        pytest.skip("no /proc/net/tcp on this system")
    assert listening == ["0100007F"]


# -- The page, as HTML -------------------------------------------------------------

def test_the_page_is_a_labelled_form_in_each_language(server):
    for lang, heading in (("fr", "Qui le dirait ?"), ("en", "Who would tell?")):
        status, headers, body = server.request("GET", f"/?lang={lang}")
        page = body.decode()
        assert status == 200 and headers["content-type"].startswith("text/html")
        assert f'<html lang="{lang}">' in page and "<form" in page
        for field in ("discloser", "information", "recipient", "institution", "date"):
            assert f'<label for="{field}">' in page and f'id="{field}"' in page
        assert heading in page
        assert ">Français</a>" in page and ">English</a>" in page
        assert "http://" not in page.replace("http://www.w3.org", "")  # nothing from elsewhere
        assert "https://" not in page


def test_the_interview_asks_one_question_then_answers(server):
    base = ("/interview?lang=en&discloser=educator&information=client_status&recipient=police"
            "&date=2018-03-01")
    status, _, body = server.request("GET", base)
    assert status == 200
    question = KnowledgeBase("en").next_question(
        {"discloser": "educator", "information": "client_status", "recipient": "police",
         "date": "2018-03-01"})
    assert question.text in body.decode()
    assert body.decode().count('type="submit"') == 3
    facts = "&f.learned_in_profession=yes&f.only_way_to_protect=no&f.discloser_is_suspect=no" \
            "&f.grave_imminent_danger=no"
    status, headers, _ = server.request("GET", base + facts)
    assert status == 303 and headers["location"].startswith("/answer?")
    status, _, body = server.request("GET", headers["location"])
    page = body.decode()
    assert status == 200 and "FORBIDDEN: secrecy applies, keep silent." in page
    assert "asked by them, the professional must refuse" in page
    # Citations of the Criminal Code link to its official text; nothing is loaded from elsewhere.
    assert ('<a href="https://www.ejustice.just.fgov.be/eli/loi/1867/06/08/1867060850/justel" '
            'rel="external">Criminal Code, art. 458') in page
    assert not re.search(r'(src|<link[^>]*href)="https?:', page)


def test_a_bad_choice_on_the_page_says_what_is_wrong(server):
    status, _, body = server.request("GET", "/answer?lang=en&discloser=wizard"
                                            "&information=confidence&recipient=police")
    page = body.decode()
    assert status == 400 and 'unknown discloser "wizard"' in page.replace("&quot;", '"')
    assert "an educator" in page  # the accepted values, in words
    status, _, body = server.request("GET", "/interview?lang=en&discloser=educator"
                                            "&information=confidence&recipient=police"
                                            "&f.person_consents=maybe")
    assert status == 400 and "answer yes, no or unknown" in body.decode()
