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
    sites = doc["websites"]
    out = [
        f"# 政府网站监测情况通报（监测时间点：{doc['as_of']}）",
        "",
        f"规则集：{doc['ruleset']}　生成时间：{doc['generated_at']}",
        "",
        "## 一、总体情况",
        "",
        tables.website_sentence(doc),
        "",
        "## 二、不合格网站",
        "",
        *_table_or_none(tables.failed_sites(doc)),
    ]
    if doc["accounts"]:
        out += ["## 二之二、政务新媒体", "", tables.account_sentence(doc), "", *_table_or_none(tables.accounts(doc))]

    unknown = tables.unknown_sites(doc)
    if unknown.rows:
        out += ["## 三、无法判断的网站（抓取失败，不作不合格处理）", "", *_table(unknown)]

    deducted = tables.deductions(doc)
    if deducted.rows:
        out += ["## 四、扣分情况", "", *_table(deducted)]

    warned = tables.warnings(doc)
    if warned.rows:
        out += ["## 五、预警（如不更新将于到期日触发否决）", "", *_table(warned, EMPTY)]

    if "rectification" in doc:
        out += [f"## 六、整改情况（{doc['since']}以来发现的问题）", "", *_table_or_none(tables.rectification(doc))]

    out += ["## 附：栏目明细", ""]
    for x in sites:
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
        if x["vetoes"] or x["unknown"] or x.get("notes"):
            out.append("")
        out += _table(tables.site_columns(x), EMPTY)
    return "\n".join(out)
