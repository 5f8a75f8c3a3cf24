"""The justification tree of an :class:`~secret_kb.model.Answer` as a Graphviz graph.

:func:`render_dot` writes DOT text (pure Python); :func:`render_svg` runs
Graphviz's ``dot -Tsvg`` on it, in a subprocess fed through standard input
(never a shell), with a time limit.
"""

from __future__ import annotations

import itertools
import shutil
import subprocess
import textwrap
from typing import Mapping

from .errors import KBError
from .model import Answer, Step
from .render import cite, interface_words, mark, one_line

WRAP = 40
SVG_TIMEOUT = 60  # seconds

_SHAPES = {"rule": "box", "exception": "box", "condition": "box", "note": "note"}


def dot_string(text: str) -> str:
    """``text`` as a DOT double-quoted string that shows exactly as written.

    Backslashes are doubled (else Graphviz reads ``\\n``, ``\\N``, ``\\G`` …
    as escapes), quotes are escaped, ``&`` is written as an entity (else
    ``&amp;`` would show as ``&``), and control characters (line breaks
    included) become spaces: nothing in ``text`` can end the string.
    """
    escaped = one_line(text).replace("\\", "\\\\").replace('"', '\\"').replace("&", "&amp;")
    return f'"{escaped}"'


def _label(step: Step, words: Mapping[str, str]) -> str:
    """Status mark and text wrapped to ~40 characters, then the citation, one DOT label."""
    text = one_line(f"{mark(step.status)} {step.text}")
    lines = textwrap.wrap(text, WRAP) or [text]
    if step.citation is not None:
        # a no-break space keeps a date range "from – to" on one line
        cited = cite(step.citation, words).replace(" – ", "\u00a0–\u00a0")
        lines += textwrap.wrap(f"({cited})", WRAP)
    # Each line escaped on its own, then joined with DOT's centred line break \n.
    return "\\n".join(dot_string(line)[1:-1] for line in lines)


def _failed(step: Step) -> bool:
    return step.kind == "exception" and step.status != "true"


# Fill and border colours by status (the page's, secret_kb/web/static/page.css).
_COLOURS = {"true": ("#e8f5ec", "#146c2e"), "false": ("#fdecec", "#9f1d1d"),
            "unknown": ("#fff3d6", "#8a5a00")}


def _colours(status: str) -> str:
    fill, line = _COLOURS.get(status, _COLOURS["unknown"])
    return f'fillcolor="{fill}", color="{line}"'


def render_dot(answer: Answer) -> str:
    """The justification tree as a Graphviz digraph, root on the left.

    The graph's title is the verdict in plain words and who would tell whom
    what (:mod:`secret_kb.summary`); a legend says what the marks and
    colours mean (green true, red false, amber unknown). One node per step,
    ``n0`` the root, in depth-first order; edges go from parent to child.
    Steps that hold are bold; exceptions that did not apply are dashed, and
    so is the edge that leads to them. The exceptions set aside by who
    tells, where, what or to whom (that do not concern the case) are folded
    into one node that counts them. Notes have the ``note`` shape,
    conditions square corners, rules and exceptions rounded ones.
    """
    from .render import concerned_exceptions
    from .summary import fill, summarize

    words = interface_words(answer.lang)
    summary = summarize(answer)
    title = "\\n".join(dot_string(line)[1:-1]
                        for line in (*textwrap.wrap(summary.verdict_line, 80),
                                     *textwrap.wrap(summary.situation, 100)))
    lines = [
        "digraph answer {",
        f'  graph [rankdir=LR, charset="UTF-8", fontname="Helvetica", labelloc=t, '
        f'fontsize=16, label="{title}"];',
        '  node [shape=box, fontname="Helvetica", fontsize=10, style=filled];',
        '  edge [arrowsize=0.6];',
    ]
    _, others = concerned_exceptions(answer)
    folded = {id(step) for step in others}
    counter = itertools.count()

    def visit(step: Step) -> str:
        name = f"n{next(counter)}"
        style = ["filled"] + (["rounded"] if step.kind in ("rule", "exception") else [])
        if step.status == "true":
            style.append("bold")
        if _failed(step):
            style.append("dashed")
        attributes = [f"label=\"{_label(step, words)}\"", f"shape={_SHAPES.get(step.kind, 'box')}",
                      f"tooltip={dot_string(f'{step.kind} {step.id}: {step.status}')}",
                      f'style="{",".join(style)}"', _colours(step.status)]
        lines.append(f"  {name} [{', '.join(attributes)}];")
        for child in step.children:
            if id(child) in folded:
                continue
            child_name = visit(child)
            edge_style = " [style=dashed]" if _failed(child) else ""
            lines.append(f"  {name} -> {child_name}{edge_style};")
        return name

    root = visit(answer.explanation)
    if others:
        text = fill(words["not_concerned"], len(others))
        label = "\\n".join(dot_string(line)[1:-1] for line in textwrap.wrap(text, WRAP))
        lines.append(f'  folded [label="{label}", shape=box, style="filled,rounded,dashed", '
                     f'{_colours("false")}];')
        lines.append(f"  {root} -> folded [style=dashed];")
    lines.append("  subgraph cluster_legend {")
    lines.append(f'    label={dot_string(words["page_legend"])}; fontsize=10; color="#c9ccd3";')
    for status in ("true", "false", "unknown"):
        shown = dot_string(f"{mark(status)} {words['page_' + status]}")
        lines.append(f"    legend_{status} [label={shown}, {_colours(status)}];")
    lines.append("  }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def render_svg(answer: Answer, *, timeout: float = SVG_TIMEOUT) -> str:
    """The justification tree as SVG, drawn by Graphviz's ``dot`` program.

    Raises :class:`KBError` (kind ``existence_error``) when ``dot`` is not
    installed, and (kind ``engine``) when it fails or takes longer than
    ``timeout`` seconds.
    """
    program = shutil.which("dot")
    if program is None:
        raise KBError("the svg format needs the dot program of Graphviz, which is not found: "
                      "install graphviz", field="format", value="svg", kind="existence_error")
    try:
        done = subprocess.run([program, "-Tsvg"], input=render_dot(answer).encode("utf-8"),
                              capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise KBError(f"dot did not finish within {timeout:g} seconds") from None
    except OSError as error:
        raise KBError(f"could not run dot: {error}") from None
    if done.returncode != 0:
        reason = " ".join(done.stderr.decode("utf-8", "replace").split()) or "no message"
        raise KBError(f"dot failed (exit status {done.returncode}): {reason}")
    return done.stdout.decode("utf-8")
