"""A 通报-style Markdown report, laid out like the notices supervising offices publish.

The structure is `tables.notice`: the title and 文号 line, 一、总体情况, 二、存在问题 (by rule, in
the official wording), 三、工作要求, the attachments (附件1 不合格政府网站名单 …), the monitor's
details (附：…) and, last, every website's and account's drill-down.
"""

from __future__ import annotations

from typing import Any

from monitor.report import tables
from monitor.report.tables import (
    CATEGORY_TEXT,
    EMPTY,
    STATUS_TEXT,
    VERDICT_TEXT,
    Cell,
    Section,
    Table,
)

__all__ = ["CATEGORY_TEXT", "STATUS_TEXT", "VERDICT_TEXT", "render_markdown"]


def _cell(value: Cell, empty: str = "") -> str:
    shown = tables.text(value) or empty
    return shown.replace("|", "\\|").replace("\n", " ")


def _table(table: Table, empty: str = "") -> list[str]:
    lines = ["| " + " | ".join(table.header) + " |", "|" + "---|" * len(table.header)]
    lines += ["| " + " | ".join(_cell(v, empty) for v in row) + " |" for row in table.rows]
    return lines + [""]


def _section(section: Section, level: int = 2) -> list[str]:
    out = [f"{'#' * level} {section.heading}", ""]
    for paragraph in section.paragraphs:
        out += [paragraph, ""]
    if section.table is not None:
        out += _table(section.table, section.empty) if section.table.rows else ["无。", ""]
    for part in section.parts:
        out += _section(part, level + 1)
    return out


def _evidence(item: dict[str, Any]) -> list[str]:
    return [f"  - {e['detail']}（{e['url']}）" if e["url"] else f"  - {e['detail']}" for e in item["evidence"]]


def render_markdown(doc: dict[str, Any]) -> str:
    """Render a report document (see report.model) as Markdown."""
    notice = tables.notice(doc)
    out = [
        f"# {notice.title}（监测时间点：{doc['as_of']}）",
        "",
        notice.number,
        "",
        f"规则集：{doc['ruleset']}　生成时间：{doc['generated_at']}",
        "",
        notice.addressee,
        "",
        notice.preamble,
        "",
    ]
    for section in notice.sections:
        out += _section(section)
    out += [notice.signature, "", notice.date, ""]
    for section in notice.attachments + notice.details:
        out += _section(section)

    out += ["## 附：栏目明细", ""]
    for x in doc["websites"]:
        home = x["homepage"]
        out += [
            f"### {x['name']}（{VERDICT_TEXT[x['verdict']]}）",
            "",
            f"网址：{x['url']}　网站标识码：{x['code']}　首页最近更新：{home['latest_date'] or EMPTY}"
            + (f"　首页到期日期：{home['fails_on']}" if home.get("fails_on") else ""),
            "",
        ]
        for v in x["vetoes"]:
            out.append(f"- **{v['text']}**")
            out += _evidence(v)
        for f in x.get("findings", []):
            out.append(f"- {f['text']}")
            out += _evidence(f)
        for u in x["unknown"]:
            out.append(f"- 无法判断：{u['reason']}")
        for u in x.get("notes", []):
            out.append(f"- 未能判断（不影响结论）：{u['reason']}")
        for u in x.get("not_assessed", []):
            out.append(f"- 未检测：{u['reason']}")
        if x["vetoes"] or x.get("findings") or x["unknown"] or x.get("notes") or x.get("not_assessed"):
            out.append("")
        out += _table(tables.site_columns(x), EMPTY)
    if doc["accounts"]:
        out += ["## 附：政务新媒体明细", ""]
        for a in doc["accounts"]:
            out += [
                f"### {tables.account_label(a)}（{VERDICT_TEXT[a['verdict']]}）",
                "",
                (f"开设主体：{a['operator'] or EMPTY}　责任单位：{a['unit']}"
                 f"　最后更新日期：{a['latest_post'] or EMPTY}　到期日期：{a['fails_on'] or EMPTY}"),
                "",
            ]
            listed = False
            for p in [*a["vetoes"], *a["findings"]]:
                out.append(f"- **{p['text']}**" if p in a["vetoes"] else f"- {p['text']}")
                out += _evidence(p)
                listed = True
            for u in a["unknown"]:
                out.append(f"- 无法判断：{u['reason']}")
                listed = True
            for w in a.get("warnings", []):
                out.append(f"- 预警：{w['text']}（{w['fails_on'] or EMPTY}）")
                listed = True
            if listed:
                out.append("")
    return "\n".join(out)
