"""The report as one self-contained HTML page that people read, on a desk or on a phone.

Summary first: the headline figures, the trend of 合格率 and 不合格数 over past check days
(inline SVG), and one row per website and account linking to its drill-down; then the
notice itself (`tables.notice`: 一、总体情况, 二、存在问题, 三、工作要求, the attachments and
the details), then every website's columns (latest date, 到期日期, evidence links) and every
account's posts and problems.

The page loads nothing (inline CSS and SVG, no scripts, a Content-Security-Policy that forbids
any other resource), so it can be mailed or archived as one file. At phone widths every table
stacks its cells (each labelled with its column) so nothing scrolls sideways. It is rendered
with jinja2 and autoescaping on: every name, problem text and piece of evidence is escaped,
and only http(s) addresses become links.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, Template, select_autoescape
from markupsafe import Markup, escape

from monitor.report import tables
from monitor.report.tables import EMPTY, VERDICT_TEXT, Cell, Table

LINK_COLUMNS = frozenset({"网址", "链接", "问题链接"})
VERDICT_CLASS = {"不合格": "fail", "无法判断": "unknown", "未检测": "unknown", "合格": "pass"}
SERIES = (("websites", "政府网站", "#1f5fa8"), ("accounts", "政务新媒体", "#d9822b"))


def link(url: str | None) -> Markup:
    """An address as a link when it is http(s), else as plain (escaped) text."""
    if not url:
        return Markup("")
    if url.startswith(("http://", "https://")):
        return Markup('<a href="{0}">{0}</a>').format(url)
    return escape(url)


def cell(column: str, value: Cell, empty: str = "") -> Markup:
    """One <td>, labelled with its column (shown when a narrow screen stacks the cells) and
    classed for alignment (numbers, dates) and verdicts."""
    shown = tables.text(value) or empty
    if isinstance(value, bool) or not isinstance(value, int | float | date):
        kind = VERDICT_CLASS.get(shown, "")
    else:
        kind = "date" if isinstance(value, date) else "num"
    opening = (Markup('<td data-label="{}" class="{}">').format(column, kind) if kind
               else Markup('<td data-label="{}">').format(column))
    if column in LINK_COLUMNS and shown != empty:
        content = Markup("；").join(link(part) for part in shown.split("；"))
    else:
        content = escape(shown)
    return opening + content + Markup("</td>")


def anchor(kind: str, key: str) -> str:
    """A fragment id for a website (by 网站标识码) or account (by its position)."""
    return f"{kind}-" + re.sub(r"[^0-9A-Za-z_-]", "_", key)


# -- the trend chart ------------------------------------------------------------------------

WIDTH, HEIGHT = 640, 220
LEFT, RIGHT, TOP, BOTTOM = 44, 26, 16, 34


def _x(index: int, count: int) -> float:
    span = WIDTH - LEFT - RIGHT
    return LEFT + (span / 2 if count == 1 else span * index / (count - 1))


def _y(value: float, top: float) -> float:
    return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value / top if top else 0))


def _frame(title: str, ticks: list[tuple[float, str]], top: float, days: list[str]) -> list[Markup]:
    parts = [Markup('<svg class="chart" viewBox="0 0 {} {}" role="img" aria-label="{}" '
                    'xmlns="http://www.w3.org/2000/svg">').format(WIDTH, HEIGHT, title),
             Markup("<title>{}</title>").format(title)]
    for value, label in ticks:
        y = _y(value, top)
        parts.append(Markup('<line class="grid" x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}"/>'
                            '<text class="tick" x="{}" y="{:.1f}" text-anchor="end">{}</text>').format(
            LEFT, WIDTH - RIGHT, y, y, LEFT - 6, y + 4, label))
    shown = sorted({0, len(days) // 2, len(days) - 1}) if len(days) > 2 else range(len(days))
    for i in shown:
        parts.append(Markup('<text class="tick" x="{:.1f}" y="{}" text-anchor="middle">{}</text>').format(
            _x(i, len(days)), HEIGHT - BOTTOM + 18, days[i][5:]))
    return parts


def _legend(series: list[tuple[str, str]]) -> Markup:
    items = Markup("").join(
        Markup('<span class="key"><i style="background:{}"></i>{}</span>').format(color, name)
        for name, color in series
    )
    return Markup('<p class="legend">{}</p>').format(items)


def trend_charts(doc: dict[str, Any]) -> Markup:
    """合格率 and 不合格数 per check day as two inline SVG line charts (empty without a trend).
    A day on which nothing of a kind was checked leaves a gap (no 合格率 to draw)."""
    points = doc.get("trend", [])
    if not points:
        return Markup("")
    days = [p["as_of"] for p in points]
    kinds = [s for s in SERIES if s[0] == "websites" or doc["accounts"]]
    legend = _legend([(name, color) for _, name, color in kinds])

    def lines(metric: str, top: float, shown: Any) -> list[Markup]:
        out: list[Markup] = []
        for key, name, color in kinds:
            values = [p[key][metric] if p[key]["checked"] else None for p in points]
            runs: list[list[tuple[float, float]]] = [[]]
            for i, value in enumerate(values):
                if value is None:
                    runs.append([])
                    continue
                runs[-1].append((_x(i, len(points)), _y(value, top)))
            for run in runs:
                if len(run) > 1:
                    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in run)
                    out.append(Markup('<polyline class="line" points="{}" stroke="{}"/>').format(path, color))
            for i, value in enumerate(values):
                if value is not None:
                    out.append(Markup('<circle class="dot" cx="{:.1f}" cy="{:.1f}" r="3.5" fill="{}">'
                                      "<title>{} {}：{}</title></circle>").format(
                        _x(i, len(points)), _y(value, top), color, days[i], name, shown(value)))
        return out

    rate = _frame("合格率趋势", [(v, f"{v * 100:.0f}%") for v in (0, 0.5, 1)], 1, days)
    rate += lines("pass_rate", 1, lambda v: f"{v * 100:.1f}%")
    rate.append(Markup("</svg>"))
    most = max([p[k]["failed"] for p in points for k, _, _ in kinds] + [1])
    top = max(4, -(-most // 4) * 4)  # a multiple of 4, so the ticks are whole numbers
    failed = _frame("不合格数趋势", [(v, str(int(v))) for v in (0, top / 2, top)], top, days)
    failed += lines("failed", top, lambda v: f"{v}个")
    failed.append(Markup("</svg>"))
    figure = Markup('<figure class="chart"><figcaption>{}</figcaption>{}{}</figure>')
    return (figure.format("合格率", Markup("").join(rate), legend)
            + figure.format("不合格数", Markup("").join(failed), legend))


# -- the summary of every website and account ------------------------------------------------


def _earliest(*days: str | None) -> date | None:
    known = [tables.day(d) for d in days if d]
    return min(known) if known else None  # type: ignore[type-var]


def subjects(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """One summary row per website and account: its anchor, verdict, problems, latest date and
    the first date something of it fails (homepage, column or account) if nothing changes."""
    rows: list[dict[str, Any]] = []
    for x in doc["websites"]:
        problems = tables.site_problems(x) or tables.unknown_reasons(x)
        rows.append({
            "kind": "网站", "name": x["name"], "anchor": anchor("site", x["code"]), "verdict": x["verdict"],
            "problems": problems, "latest": tables.day(x["homepage"]["latest_date"]),
            "fails_on": _earliest(x["homepage"]["fails_on"], *(w["fails_on"] for w in x["warnings"])),
        })
    for i, a in enumerate(doc["accounts"], 1):
        rows.append({
            "kind": "政务新媒体", "name": tables.account_label(a), "anchor": anchor("account", str(i)),
            "verdict": a["verdict"], "problems": tables.account_problems(a), "latest": tables.day(a["latest_post"]),
            "fails_on": tables.day(a["fails_on"]),
        })
    return rows


SUMMARY_HEADER = ("类别", "名称", "结论", "存在问题", "最近更新", "到期日期")


@cache
def _template() -> Template:
    env = Environment(
        loader=PackageLoader("monitor.report", "templates"),
        autoescape=select_autoescape(["html", "html.j2"], default=True),
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=True,
    )
    env.globals.update(link=link, cell=cell, EMPTY=EMPTY)
    return env.get_template("report.html.j2")


def render_html(doc: dict[str, Any]) -> str:
    """Render a report document (see report.model) as a self-contained HTML page."""
    return _template().render(
        doc=doc,
        notice=tables.notice(doc),
        figures=tables.overview(doc),
        charts=trend_charts(doc),
        subjects=subjects(doc),
        summary_header=SUMMARY_HEADER,
        verdict_text=VERDICT_TEXT,
        sites=[
            {"doc": {**x, "notes": x.get("notes", []), "not_assessed": x.get("not_assessed", []),
                     "findings": x.get("findings", [])},
             "anchor": anchor("site", x["code"]),
             "verdict": VERDICT_TEXT.get(x["verdict"], x["verdict"]),
             "columns": tables.site_columns(x)}
            for x in doc["websites"]
        ],
        accounts=[
            {"doc": a, "anchor": anchor("account", str(i)), "label": tables.account_label(a),
             "verdict": VERDICT_TEXT.get(a["verdict"], a["verdict"]),
             "platform": tables.platform_text(a["platform"])}
            for i, a in enumerate(doc["accounts"], 1)
        ],
    )


__all__ = ["Table", "anchor", "cell", "link", "render_html", "subjects", "trend_charts"]
