"""The page of ``secret-kb serve``: server-rendered HTML, a little JavaScript, no build step.

Three views, each a plain GET form, so the page works without JavaScript,
from the keyboard and on a phone:

- ``/``: choose the discloser, the information and the recipient (and, if
  it matters, the workplace and the date), in plain words;
- ``/interview``: one question at a time, only those whose answer can still
  change the verdict (:meth:`KnowledgeBase.next_question`), answered yes, no
  or I don't know; the answers so far travel in the address (``f.FACT=yes``);
- ``/answer``: the one-screen answer (:mod:`secret_kb.summary`), then the
  reasoning as a tree that opens and closes (``<details>``), the law and the
  codes of ethics side by side; printable.

Every word is the knowledge base's: the labels of the vocabulary and the
``ui(page_…)`` templates of kb/lang/LANG.pl, so a language added there is
offered here with nothing to change. The languages come from the knowledge
base too (GET /api/vocabulary).
"""

from __future__ import annotations

import html
import unicodedata
from typing import Any, Mapping
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from ..errors import KBError
from ..knowledge_base import KnowledgeBase
from ..model import Answer, Step
from ..render import cite, concerned_exceptions, interface_words
from ..summary import fill, label, summarize, vocabulary
from . import api

FIELDS = ("discloser", "information", "recipient", "institution", "date")
REPLIES = {"yes": True, "no": False, "unknown": None}
_SYMBOLS = {"true": "✓", "false": "✗", "unknown": "?"}


def esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


def languages() -> list[dict[str, str]]:
    """The languages the knowledge base words its answers in, each named in itself."""
    return list(vocabulary("fr")["languages"])


def page_language(request: Request) -> str:
    """The page's language: ``?lang=`` if the knowledge base has it, else the browser's, else fr."""
    known = [item["id"] for item in languages()]
    asked = request.query_params.get("lang")
    if asked in known:
        return asked
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in known:
            return code
    return "fr" if "fr" in known else known[0]


def layout(request: Request, lang: str, title: str, main: str, *, status: int = 200) -> HTMLResponse:
    """A whole page: the head, the language links, the content, the disclaimer."""
    words = interface_words(lang)
    others = []
    for item in languages():
        pairs = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
        href = f"{request.url.path}?{urlencode([*pairs, ('lang', item['id'])])}"
        current = ' aria-current="true"' if item["id"] == lang else ""
        others.append(f'<a href="{esc(href)}" hreflang="{esc(item["id"])}" '
                      f'lang="{esc(item["id"])}"{current}>{esc(item["name"])}</a>')
    body = f"""<!doctype html>
<html lang="{esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/static/page.css">
<script src="/static/page.js" defer></script>
</head>
<body>
<a class="skip" href="#main">{esc(words['page_skip'])}</a>
<header class="top">
<a class="home" href="/?lang={esc(lang)}">{esc(words['page_heading'])}</a>
<nav aria-label="{esc(words['page_languages'])}">{' · '.join(others)}</nav>
</header>
<main id="main">
{main}
</main>
<footer><p>{esc(words['page_disclaimer'])}</p></footer>
</body>
</html>
"""
    return HTMLResponse(body, status_code=status)


# -- Choosing the disclosure -------------------------------------------------------

def _sorted_values(lang: str, domain: str) -> list[dict[str, str]]:
    """A domain's values by their label, accents aside."""
    def key(item: Mapping[str, str]) -> str:
        plain = unicodedata.normalize("NFD", item["label"])
        return "".join(c for c in plain if not unicodedata.combining(c)).casefold()

    return sorted(vocabulary(lang)["domains"][domain], key=key)


def _select(lang: str, name: str, domain: str, caption: str, chosen: str | None, *,
            required: bool, empty: str) -> str:
    options = [f'<option value="">{esc(empty)}</option>']
    for item in _sorted_values(lang, domain):
        selected = " selected" if item["id"] == chosen else ""
        options.append(f'<option value="{esc(item["id"])}"{selected}>{esc(item["label"])}</option>')
    attributes = " required" if required else ""
    return (f'<p class="field"><label for="{name}">{esc(caption)}</label>\n'
            f'<select id="{name}" name="{name}"{attributes}>{"".join(options)}</select></p>')


async def home(request: Request) -> Response:
    """The form: who would tell what to whom, in plain words."""
    lang = page_language(request)
    words = interface_words(lang)
    given = request.query_params
    fields = [
        _select(lang, "discloser", "role", words["page_discloser"], given.get("discloser"),
                required=True, empty=words["page_choose"]),
        _select(lang, "information", "information", words["page_information"],
                given.get("information"), required=True, empty=words["page_choose"]),
        _select(lang, "recipient", "recipient", words["page_recipient"], given.get("recipient"),
                required=True, empty=words["page_choose"]),
        _select(lang, "institution", "institution", words["page_institution"],
                given.get("institution"), required=False, empty=words["page_not_said"]),
        f'<p class="field"><label for="date">{esc(words["page_date"])}</label>\n'
        f'<input id="date" name="date" type="date" min="1867-06-08" '
        f'value="{esc(given.get("date", ""))}"></p>',
    ]
    main = f"""<h1>{esc(words['page_heading'])}</h1>
<p class="intro">{esc(words['page_intro'])}</p>
<form method="get" action="/interview" class="ask">
<input type="hidden" name="lang" value="{esc(lang)}">
{chr(10).join(fields)}
<p><button type="submit">{esc(words['page_ask'])}</button></p>
</form>"""
    return layout(request, lang, words["page_title"], main)


# -- The interview -----------------------------------------------------------------

def scenario_of(request: Request) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """The scenario the address describes, and its parameters to pass on (without lang).

    ``f.FACT=yes|no|unknown`` gives a fact (unknown: asked, not known, never
    asked again); the knowledge base checks the names and values.
    """
    scenario: dict[str, Any] = {}
    facts: dict[str, bool | None] = {}
    kept: list[tuple[str, str]] = []
    for key, value in request.query_params.multi_items():
        if key in FIELDS and value:
            scenario[key] = value
            kept.append((key, value))
        elif key.startswith("f.") and value:
            fact = key[2:]
            if value not in REPLIES:
                raise KBError(f"answer yes, no or unknown to {fact}, not {value!r}", field=fact,
                              value=value, accepted=tuple(REPLIES), kind="domain_error")
            facts[fact] = REPLIES[value]
            kept = [(k, v) for k, v in kept if k != key] + [(key, value)]
    if facts:
        scenario["facts"] = facts
    return scenario, kept


def _answers_given(lang: str, scenario: Mapping[str, Any]) -> str:
    """The answers given so far, each fact in words with the reply."""
    words = interface_words(lang)
    facts = scenario.get("facts") or {}
    if not facts:
        return ""
    reply = {True: words["page_yes"], False: words["page_no"], None: words["page_dont_know"]}
    items = "".join(f"<li>{esc(label(lang, 'fact', fact))}: <strong>{esc(reply[value])}</strong></li>"
                    for fact, value in facts.items())
    return f'<section class="given"><h2>{esc(words["page_given"])}</h2><ul>{items}</ul></section>'


def _situation(lang: str, scenario: Mapping[str, Any]) -> str:
    words = interface_words(lang)
    discloser = label(lang, "role", scenario["discloser"])
    discloser = discloser[:1].upper() + discloser[1:]
    recipient = label(lang, "recipient", scenario["recipient"])
    information = label(lang, "information", scenario["information"])
    if scenario.get("institution"):
        return fill(words["situation_at"], discloser,
                    label(lang, "institution", scenario["institution"]), recipient, information)
    return fill(words["situation"], discloser, recipient, information)


async def interview(request: Request) -> Response:
    """The next question that can still change the verdict; the answer once none is left."""
    lang = page_language(request)
    words = interface_words(lang)
    scenario, kept = scenario_of(request)
    kb = KnowledgeBase(lang)
    question = await api.call(request, kb.next_question, scenario)
    query = urlencode([*kept, ("lang", lang)])
    if question is None:
        return RedirectResponse(f"/answer?{query}", status_code=303)
    hidden = "".join(f'<input type="hidden" name="{esc(k)}" value="{esc(v)}">'
                     for k, v in [*kept, ("lang", lang)])
    number = len(scenario.get("facts") or {}) + 1
    name = f"f.{question.question}"
    main = f"""<p class="situation">{esc(_situation(lang, scenario))}</p>
<form method="get" action="/interview" class="question">
{hidden}
<fieldset>
<legend><span class="count">{esc(fill(words['page_question'], number))}</span>
<span class="asked" id="asked">{esc(question.text)}</span></legend>
<p class="replies">
<button type="submit" name="{esc(name)}" value="yes" autofocus>{esc(words['page_yes'])}</button>
<button type="submit" name="{esc(name)}" value="no">{esc(words['page_no'])}</button>
<button type="submit" name="{esc(name)}" value="unknown">{esc(words['page_dont_know'])}</button>
</p>
</fieldset>
</form>
<p class="note">{esc(words['page_interview_note'])}</p>
<p><a href="/answer?{esc(query)}">{esc(words['page_answer_now'])}</a></p>
{_answers_given(lang, scenario)}"""
    return layout(request, lang, f"{question.text} — {words['page_title']}", main)


# -- The answer --------------------------------------------------------------------

async def answer(request: Request) -> Response:
    """The one-screen answer, then the reasoning: the law and the codes of ethics side by side."""
    lang = page_language(request)
    words = interface_words(lang)
    scenario, kept = scenario_of(request)
    kb = KnowledgeBase(lang)
    result: Answer = await api.call(request, kb.ask, scenario)
    changes = await api.call(request, kb.whatif, scenario)
    summary = summarize(result, changes)
    links = vocabulary(lang)["links"]
    parties = [(k, v) for k, v in kept if not k.startswith("f.")]
    again = urlencode([*parties, ("lang", lang)])
    todo = "".join(f"<li>{esc(text)}</li>" for text in summary.todo)
    todo_part = (f'<section class="todo"><h2>{esc(words["caveats"])}</h2><ul>{todo}</ul></section>'
                 if todo else "")
    if summary.changes:
        items = "".join(f'<li class="change-{esc(verdict)}">{esc(text)}</li>'
                        for verdict, text in summary.changes)
        change_part = f'<section class="changes"><h2>{esc(words["open"])}</h2><ul>{items}</ul></section>'
    else:
        change_part = f'<p class="changes">{esc(words["no_change"])}</p>'
    main = f"""<section class="verdict verdict-{esc(result.verdict)}" aria-labelledby="verdict">
<h1 id="verdict">{esc(summary.verdict_line)}</h1>
<p>{esc(summary.situation)}</p>
</section>
{todo_part}
{change_part}
<p class="grounds"><strong>{esc(words['basis'])}</strong>: {esc('; '.join(summary.grounds))}</p>
<p class="codes-line">{esc(summary.codes)}</p>
<p class="tools">
<button type="button" class="js-only" data-action="print">{esc(words['page_print'])}</button>
<button type="button" class="js-only" data-action="open">{esc(words['page_open_all'])}</button>
<button type="button" class="js-only" data-action="close">{esc(words['page_close_all'])}</button>
<a href="/interview?{esc(again)}">{esc(words['page_change'])}</a>
<a href="/?lang={esc(lang)}">{esc(words['page_again'])}</a>
</p>
{_answers_given(lang, scenario)}
<div class="columns">
<section class="law" aria-labelledby="why">
<h2 id="why">{esc(words['page_why'])}</h2>
{_legend(words)}
{_law_tree(result, words, links)}
</section>
<section class="ethics" aria-labelledby="ethics">
<h2 id="ethics">{esc(words['deontology'])}</h2>
{_ethics(result, words, links)}
</section>
</div>"""
    return layout(request, lang, f"{summary.verdict_line} — {words['page_title']}", main)


def _mark(status: str, words: Mapping[str, str]) -> str:
    shown = status if status in _SYMBOLS else "unknown"
    return (f'<span class="mark mark-{shown}" title="{esc(words["page_" + shown])}" '
            f'aria-label="{esc(words["page_" + shown])}">{_SYMBOLS[shown]}</span>')


def _legend(words: Mapping[str, str]) -> str:
    """The legend: the template of kb/lang/, its ~w each a coloured mark."""
    parts = esc(words["legend"]).split("~w")
    marks = [_mark(status, words) for status in ("true", "false", "unknown")]
    text = parts[0] + "".join(m + p for m, p in zip(marks, parts[1:]))
    return f'<p class="legend"><strong>{esc(words["page_legend"])}</strong>: {text}</p>'


def _citation(step: Step, words: Mapping[str, str], links: Mapping[str, str]) -> str:
    """The step's citation; linked to the official text where the knowledge base knows it
    (``links``: source id to address, GET /api/vocabulary's)."""
    if step.citation is None:
        return ""
    shown = esc(cite(step.citation, words))
    url = links.get(step.citation.id)
    if url:
        shown = f'<a href="{esc(url)}" rel="external">{shown}</a>'
    return f" <cite>[{shown}]</cite>"


def _details(step: Step, words: Mapping[str, str]) -> str:
    """What a rule's node holds besides its children: the official reference, the reading."""
    parts = []
    if step.citation is not None:
        parts.append(f'<p class="ref">{esc(words["page_reference"])}: {esc(step.citation.reference)}'
                     + (f" — {esc(step.citation.note)}" if step.citation.note else "") + "</p>")
    if step.interpretation:
        parts.append(f'<p class="reading">{esc(words["page_reading"])}: {esc(step.interpretation)}</p>')
    return "".join(parts)


def _node(step: Step, words: Mapping[str, str], links: Mapping[str, str], *, open_: bool,
          depth: int = 0) -> str:
    """A step of the tree: a leaf, or a ``<details>`` with its reasons or its children.

    An exception that did not apply shows why (its failing conditions), folded.
    """
    head = f"{_mark(step.status, words)} <span class=\"text\">{esc(step.text)}</span>{_citation(step, words, links)}"
    failed = step.kind == "exception" and step.status != "true"
    if failed and step.because:
        reasons = "".join(f'<li class="leaf">{_mark(r.status, words)} {esc(r.text)}</li>'
                          for r in step.because)
        inner = (f'{_details(step, words)}<p class="because">{esc(words["because"])}:</p>'
                 f"<ul>{reasons}</ul>")
        return (f'<li><details class="node node-{esc(step.status)} failed"><summary>{head}</summary>'
                f"{inner}</details></li>")
    if not step.children and step.citation is None:
        return f'<li class="leaf node-{esc(step.status)}">{head}</li>'
    # Open down to the second level along what holds; deeper, each opens on demand.
    children = "".join(_node(child, words, links, depth=depth + 1,
                             open_=open_ and child.status == "true" and depth < 1)
                       for child in step.children)
    state = " open" if open_ else ""
    return (f'<li><details class="node node-{esc(step.status)}"{state}><summary>{head}</summary>'
            f"{_details(step, words)}<ul>{children}</ul></details></li>")


def _law_tree(answer: Answer, words: Mapping[str, str], links: Mapping[str, str]) -> str:
    """The law's reasoning: the root open, the exceptions that concern the case each folded,
    those that do not folded together under one count."""
    root = answer.explanation
    concerned, others = concerned_exceptions(answer)
    other_ids = {id(step) for step in others}
    items = []
    for child in root.children:
        if id(child) in other_ids:
            continue
        items.append(_node(child, words, links, open_=child.status == "true"))
    if others:
        folded = "".join(_node(step, words, links, open_=False) for step in others)
        items.append(f'<li><details class="node others"><summary>'
                     f'{esc(fill(words["not_concerned"], len(others)))}</summary>'
                     f"<ul>{folded}</ul></details></li>")
    head = f"{_mark(root.status, words)} <span class=\"text\">{esc(root.text)}</span>{_citation(root, words, links)}"
    return (f'<ul class="tree"><li><details class="node node-{esc(root.status)} root" open>'
            f"<summary>{head}</summary>{_details(root, words)}<ul>{''.join(items)}</ul>"
            f"</details></li></ul>")


def _ethics(answer: Answer, words: Mapping[str, str], links: Mapping[str, str]) -> str:
    view = answer.deontology
    if not view.codes:
        return f"<p>{esc(words['no_code'])}</p>"
    parts = [f'<p class="view verdict-{esc(view.verdict)}"><strong>{esc(words["deontic_view"])}</strong>: '
             f"{esc(words[view.verdict])}</p>",
             f"<p><strong>{esc(words['codes'])}</strong>: {esc('; '.join(view.codes.values()))}</p>"]
    if view.tensions:
        items = []
        for tension in view.tensions:
            code = view.codes.get(tension.code, tension.code)
            items.append(f"<li><strong>{esc(label(answer.lang, 'provision', tension.provision))} ↔ "
                         f"{esc(code)}</strong> <cite>[{esc(cite(tension.citation, words))}]</cite>"
                         f"<br>{esc(words['law_says'])}: {esc(tension.law_says)}"
                         f"<br>{esc(words['code_says'])}: {esc(tension.code_says)}</li>")
        parts.append(f"<h3>{esc(words['tensions'])}</h3><ul>{''.join(items)}</ul>")
    steps = "".join(_node(step, words, links, open_=True) for step in view.explanation)
    parts.append(f"<h3>{esc(words['code_reasoning'])}</h3><ul class=\"tree\">{steps}</ul>")
    return "\n".join(parts)


# -- Errors ------------------------------------------------------------------------

def error_page(request: Request, error: KBError, status: int) -> HTMLResponse:
    """What is wrong with the request, in words, and the way back."""
    try:
        lang = page_language(request)
        words = interface_words(lang)
    except KBError:  # the engine itself is down: say so plainly
        return HTMLResponse(f"<!doctype html><title>secret-kb</title><p>{esc(error.message)}</p>",
                            status_code=status)
    accepted = ""
    if error.accepted:
        domain = {"discloser": "role"}.get(error.field or "", error.field or "")
        names = ", ".join(label(lang, domain, value) for value in error.accepted[:40])
        accepted = f"<p>{esc(words['page_accepted'])}: {esc(names)}</p>"
    main = f"""<h1>{esc(words['page_error'])}</h1>
<p class="error">{esc(error.message)}</p>
{accepted}
<p><a href="/?lang={esc(lang)}">{esc(words['page_back'])}</a></p>"""
    return layout(request, lang, f"{words['page_error']} — {words['page_title']}", main,
                  status=status)
