"""A 通报-style Markdown report, laid out like the notices supervising offices publish."""

from __future__ import annotations

from typing import Any

from monitor.report import tables
from monitor.report.tables import (
    CATEGORY_TEXT,
    EMPTY,
    STATUS_TEXT,
    VERDICT_TEXT,
    Cell,
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


def _table_or_none(table: Table) -> list[str]:
    return _table(table) if table.rows else ["无。", ""]


def render_markdown(doc: dict[str, Any]) -> str:
    """Render a report document (see report.model) as Markdown."""
    out = [
        f"# 政府网站监测情况通报（监测时间点：{doc['as_of']}）",
        "",
        f"规则集：{doc['ruleset']}　生成时间：{doc['generated_at']}",
        "",
    ]
    for section in tables.sections(doc):
        out += [f"## {section.title}", ""]
        if section.text:
            out += [section.text, ""]
        if section.table is not None:
            out += _table_or_none(section.table) if not section.table.rows else _table(section.table, section.empty)

    out += ["## 附：栏目明细", ""]
    for x in doc["websites"]:
        home = x["homepage"]
        out += [
            f"### {x['name']}（{VERDICT_TEXT[x['verdict']]}）",
            "",
            f"网址：{x['url']}　网站标识码：{x['code']}　首页最近更新：{home['latest_date'] or EMPTY}",
            "",
        ]
        for v in x["vetoes"]:
            out.append(f"- **{v['text']}**")
            out += [f"  - {e['detail']}（{e['url']}）" for e in v["evidence"]]
        for u in x["unknown"]:
            out.append(f"- 无法判断：{u['reason']}")
        for u in x.get("notes", []):
            out.append(f"- 未能判断（不影响结论）：{u['reason']}")
        for u in x.get("not_assessed", []):
            out.append(f"- 未检测：{u['reason']}")
        if x["vetoes"] or x["unknown"] or x.get("notes") or x.get("not_assessed"):
            out.append("")
        out += _table(tables.site_columns(x), EMPTY)
    return "\n".join(out)
