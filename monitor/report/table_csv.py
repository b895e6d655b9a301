"""The report as CSV: one row per website, then one row per new-media account.

The first column, 类别, says which a row is (网站 or 政务新媒体); the other columns are those
both share, so one sheet holds every verdict and filters by 类别:

    类别, 标识码, 名称, 开设主体, 责任单位, 网址, 类型, 结论, 存在问题, 扣分项, 扣分, 得分, 无法判断原因

For a website 类型 is 门户网站 or 部门网站, 开设主体 is empty, 扣分项 lists each deduction with
its points and 得分 is the portal's score (empty for other sites); for an account 类型 is the
platform (微信公众号, 微博, …), 网址 and the scoring columns are empty. Lists inside a cell
are joined with "；". Columns, warnings, evidence and rectification are not in the CSV: the
xlsx, HTML and Markdown reports carry those.

The file is UTF-8 with a byte-order mark so that Excel opens the Chinese text correctly, and
text that a spreadsheet would read as a formula (starting with =, +, -, @) is prefixed with
an apostrophe.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from monitor.report import tables

HEADER = ("类别", "标识码", "名称", "开设主体", "责任单位", "网址", "类型", "结论", "存在问题", "扣分项", "扣分", "得分",
          "无法判断原因", "未检测项")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(value: tables.Cell) -> str:
    shown = tables.text(value)
    return "'" + shown if isinstance(value, str) and shown.startswith(FORMULA_START) else shown


def _site_row(x: dict[str, Any]) -> list[tables.Cell]:
    deducted = "；".join(f"{d['text']}（扣{tables.text(d['points'])}分）" for d in x["deductions"])
    return ["网站", x["code"], x["name"], "", x["unit"], x["url"], tables.KIND_TEXT.get(x["kind"], x["kind"]),
            tables.verdict_text(x["verdict"]), tables.site_problems(x), deducted,
            tables.points_lost(x), x["score"], tables.unknown_reasons(x), tables.not_assessed_reasons(x)]


def _account_row(x: dict[str, Any]) -> list[tables.Cell]:
    problems = [v["text"] for v in x["vetoes"]] + [f["text"] for f in x["findings"]]
    return ["政务新媒体", x["code"], x["name"], x["operator"], x["unit"], "", tables.platform_text(x["platform"]),
            tables.verdict_text(x["verdict"]), "；".join(problems), "", None, None, tables.unknown_reasons(x),
            tables.not_assessed_reasons(x)]


def render_csv(doc: dict[str, Any]) -> str:
    """Render a report document (see report.model) as CSV text (the BOM is added when encoding)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    rows = [_site_row(x) for x in doc["websites"]] + [_account_row(x) for x in doc["accounts"]]
    writer.writerows([_safe(v) for v in row] for row in rows)
    return buffer.getvalue()
