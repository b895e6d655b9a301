"""The report as one self-contained HTML page: the Markdown report's sections, styled inline.

The page loads nothing (inline CSS, no scripts, a Content-Security-Policy that forbids any
other resource), so it can be mailed or archived as one file. It is rendered with jinja2
and autoescaping on: every name, problem text and piece of evidence is escaped, and only
http(s) addresses become links.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, Template, select_autoescape
from markupsafe import Markup, escape

from monitor.report import tables
from monitor.report.tables import VERDICT_TEXT, Cell

LINK_COLUMNS = frozenset({"网址", "链接", "问题链接"})
VERDICT_CLASS = {"不合格": "fail", "无法判断": "unknown", "未检测": "unknown"}


def link(url: str | None) -> Markup:
    """An address as a link when it is http(s), else as plain (escaped) text."""
    if not url:
        return Markup("")
    if url.startswith(("http://", "https://")):
        return Markup('<a href="{0}">{0}</a>').format(url)
    return escape(url)


def cell(column: str, value: Cell, empty: str = "") -> Markup:
    """One <td>, classed for alignment (numbers, dates) and verdicts."""
    shown = tables.text(value) or empty
    if isinstance(value, bool) or not isinstance(value, int | float | date):
        kind = VERDICT_CLASS.get(shown, "")
    else:
        kind = "date" if isinstance(value, date) else "num"
    opening = Markup('<td class="{}">').format(kind) if kind else Markup("<td>")
    if column in LINK_COLUMNS and shown != empty:
        content = Markup("；").join(link(part) for part in shown.split("；"))
    else:
        content = escape(shown)
    return opening + content + Markup("</td>")


@cache
def _template() -> Template:
    env = Environment(
        loader=PackageLoader("monitor.report", "templates"),
        autoescape=select_autoescape(["html", "html.j2"], default=True),
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=True,
    )
    env.globals.update(link=link, cell=cell)
    return env.get_template("report.html.j2")


def render_html(doc: dict[str, Any]) -> str:
    """Render a report document (see report.model) as a self-contained HTML page."""
    return _template().render(
        doc=doc,
        sections=tables.sections(doc),
        sites=[
            {"doc": {**x, "notes": x.get("notes", []), "not_assessed": x.get("not_assessed", [])},
             "verdict": VERDICT_TEXT.get(x["verdict"], x["verdict"]),
             "columns": tables.site_columns(x)}
            for x in doc["websites"]
        ],
    )
