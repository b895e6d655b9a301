"""The report's tables, built once from the report document for every format to lay out.

Each function takes the document `report_document` produces and returns a `Table`: a
Chinese header, as the notices write it, and rows of typed cells. Dates are `date`
objects and points and scores numbers, so the spreadsheet stores real date and number
cells; text formats turn them into strings with `text()`. Building the tables here, not in
each renderer, is what keeps the Markdown, the HTML page, the spreadsheet and the CSV
saying the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from monitor.rules.accounts import SUBSUMED
from monitor.vocab import CATEGORY_TEXT, PLATFORM_NAMES, VERDICT_TEXT
from monitor.vocab import SITE_KIND_TEXT as KIND_TEXT

Cell = str | int | float | date | None

STATUS_TEXT = {"ok": "正常", "stale": "未更新", "blank": "空白", "unknown": "无法判断"}
SUBJECT_TEXT = {"website": "网站", "account": "政务新媒体"}
NO_SCORE = "—（非门户网站不计分）"
EMPTY = "—"
EVIDENCE_SHOWN = 5  # problem links listed per deduction in the text formats


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: list[list[Cell]]


def text(value: Cell) -> str:
    """A cell as text formats write it (dates ISO, numbers without a needless .0, None empty)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def day(value: str | None) -> date | None:
    """An ISO date, or the local date of an ISO date-time, from the document."""
    if not value:
        return None
    if len(value) > 10:
        return datetime.fromisoformat(value).date()
    return date.fromisoformat(value)


def verdict_text(value: str) -> str:
    return VERDICT_TEXT.get(value, value)


def platform_text(value: str) -> str:
    return PLATFORM_NAMES.get(value, value)


def pass_rate(summary: dict[str, Any]) -> str:
    rate = summary["pass_rate"]
    return f"{rate * 100:.1f}%" if rate is not None else EMPTY


def _sentence(what: str, counts: dict[str, Any]) -> str:
    sentence = (f"本次监测{what}{counts['checked']}个，合格{counts['passed']}个，不合格{counts['failed']}个，"
                f"无法判断{counts['unknown']}个，合格率{pass_rate(counts)}。")
    if counts["not_checked"]:
        sentence += f"另有{counts['not_checked']}个{what}在监测时间点前无监测记录，未检测，不计入监测数。"
    return sentence


def website_sentence(doc: dict[str, Any]) -> str:
    return _sentence("政府网站", doc["summary"]["websites"])


def account_sentence(doc: dict[str, Any]) -> str:
    return _sentence("政务新媒体", doc["summary"]["accounts"])


def site_problems(site: dict[str, Any]) -> str:
    """存在问题 as a notice writes it: the vetoes, or a portal's score under 60."""
    problems = [v["text"] for v in site["vetoes"]]
    if not problems and site["verdict"] == "fail" and site["score"] is not None:
        problems.append(f"得分{text(site['score'])}分，低于60分")
    return "；".join(problems)


def account_problems(account: dict[str, Any]) -> str:
    """存在问题 of an account as notices write them: vetoes then findings, leaving out what a
    lasting problem already names (a zombie account is not also called stale), or why it could
    not be judged."""
    listed = [*account["vetoes"], *account["findings"]]
    hidden = {rule for p in listed for rule in SUBSUMED.get(p["rule"], ())}
    problems = list(dict.fromkeys(p["text"] for p in listed if p["rule"] not in hidden))
    if not problems and account["verdict"] == "unknown":
        problems = ["无法判断：" + "；".join(u["reason"] for u in account["unknown"])]
    if not problems and account["verdict"] == "not_checked":
        problems = ["未检测：监测时间点前无观测记录"]
    return "，".join(problems)


def unknown_reasons(subject: dict[str, Any]) -> str:
    return "；".join(u["reason"] for u in subject["unknown"])


def not_assessed_reasons(subject: dict[str, Any]) -> str:
    return "；".join(u["reason"] for u in subject.get("not_assessed", []))


def points_lost(site: dict[str, Any]) -> float | None:
    """The points deducted in all (None when nothing was deducted)."""
    return sum(d["points"] for d in site["deductions"]) if site["deductions"] else None


def score(site: dict[str, Any]) -> Cell:
    return site["score"] if site["score"] is not None else NO_SCORE


def summary(doc: dict[str, Any]) -> Table:
    """汇总: the headline figures, one per row."""
    s, a = doc["summary"]["websites"], doc["summary"]["accounts"]
    rows: list[list[Cell]] = [
        ["监测时间点", day(doc["as_of"])],
        ["规则集", doc["ruleset"]],
        ["生成时间", doc["generated_at"]],
        ["监测政府网站", s["checked"]],
        ["合格网站", s["passed"]],
        ["不合格网站", s["failed"]],
        ["无法判断网站", s["unknown"]],
        ["未检测网站", s["not_checked"]],
        ["网站合格率", pass_rate(s)],
        ["总体情况", website_sentence(doc)],
    ]
    if doc["accounts"]:
        rows += [
            ["监测政务新媒体", a["checked"]],
            ["合格政务新媒体", a["passed"]],
            ["不合格政务新媒体", a["failed"]],
            ["无法判断政务新媒体", a["unknown"]],
            ["未检测政务新媒体", a["not_checked"]],
            ["政务新媒体合格率", pass_rate(a)],
            ["政务新媒体情况", account_sentence(doc)],
        ]
    if "since" in doc:
        rows.append(["整改情况统计起始日期", day(doc["since"])])
    return Table(("项目", "内容"), rows)


def failed_sites(doc: dict[str, Any]) -> Table:
    """不合格网站: the notice's attachment table."""
    failed = [x for x in doc["websites"] if x["verdict"] == "fail"]
    rows: list[list[Cell]] = [
        [i, x["name"], x["url"], x["code"], x["unit"], verdict_text(x["verdict"]), site_problems(x),
         points_lost(x), score(x)]
        for i, x in enumerate(failed, 1)
    ]
    return Table(("序号", "网站名称", "网址", "网站标识码", "责任单位", "结论", "存在问题", "扣分", "得分"), rows)


def all_sites(doc: dict[str, Any]) -> Table:
    """Every website with its verdict (the spreadsheet's 全部网站 sheet)."""
    rows: list[list[Cell]] = [
        [i, x["name"], x["url"], x["code"], x["unit"], KIND_TEXT.get(x["kind"], x["kind"]), verdict_text(x["verdict"]),
         site_problems(x), points_lost(x), score(x), day(x["homepage"]["latest_date"]),
         day(x["homepage"]["fails_on"]), unknown_reasons(x), not_assessed_reasons(x)]
        for i, x in enumerate(doc["websites"], 1)
    ]
    header = ("序号", "网站名称", "网址", "网站标识码", "责任单位", "网站类型", "结论", "存在问题", "扣分", "得分",
              "首页最近更新", "首页到期日期", "无法判断原因", "未检测项")
    return Table(header, rows)


ACCOUNT_HEADER = ("序号", "账号名称", "新媒体标识码", "开设主体", "账号类型", "责任单位", "检查结果", "存在问题",
                  "最后更新日期")


def accounts(doc: dict[str, Any]) -> Table:
    """政务新媒体: the accounts with a problem, or that could not be judged (passing ones are left
    out), with the columns the notices use (榆林/咸阳: 账号名称, 开设主体, 账号类型, 责任单位, 存在问题;
    阳泉: 新媒体标识码; 淄博: 最后更新日期) and, in a report made with --since, 整改情况."""
    listed = [x for x in doc["accounts"] if x["vetoes"] or x["findings"] or x["verdict"] != "pass"]
    fixes: dict[str, list[str]] = {}
    for r in doc.get("rectification", []):
        if r["subject"] == "account":
            fixes.setdefault(r["name"], []).append(f"{r['text']}：{r['status']}")
    rows: list[list[Cell]] = [
        [i, x["name"], x["code"] or "", x["operator"] or "", platform_text(x["platform"]), x["unit"],
         verdict_text(x["verdict"]), account_problems(x), day(x["latest_post"])]
        + (["；".join(fixes.get(x["name"], [])) or EMPTY] if "rectification" in doc else [])
        for i, x in enumerate(listed, 1)
    ]
    return Table(ACCOUNT_HEADER + (("整改情况",) if "rectification" in doc else ()), rows)


def unknown_sites(doc: dict[str, Any]) -> Table:
    """无法判断的网站 and why (a fetch the monitor attempted failed)."""
    unknown = [x for x in doc["websites"] if x["verdict"] == "unknown"]
    rows: list[list[Cell]] = [[i, x["name"], x["url"], unknown_reasons(x)] for i, x in enumerate(unknown, 1)]
    return Table(("序号", "网站名称", "网址", "原因"), rows)


def not_checked(doc: dict[str, Any]) -> Table:
    """未检测的网站和账号: nothing observed in the window; not counted in 监测数."""
    rows: list[list[Cell]] = [["网站", x["name"], x["url"]] for x in doc["websites"] if x["verdict"] == "not_checked"]
    rows += [["政务新媒体", f"{x['name']}（{platform_text(x['platform'])}）", ""]
             for x in doc["accounts"] if x["verdict"] == "not_checked"]
    return Table(("序号", "类别", "名称", "网址"), [[i, *row] for i, row in enumerate(rows, 1)])


def not_assessed(doc: dict[str, Any]) -> Table:
    """未检测项: rules or clauses without data by design or configuration, and why (never a verdict)."""
    rows: list[list[Cell]] = [
        ["网站", x["name"], n["rule"], n["reason"]] for x in doc["websites"] for n in x.get("not_assessed", [])
    ]
    rows += [
        ["政务新媒体", f"{x['name']}（{platform_text(x['platform'])}）", n["rule"], n["reason"]]
        for x in doc["accounts"] for n in x.get("not_assessed", [])
    ]
    return Table(("类别", "名称", "规则", "原因"), rows)


def _links(evidence: Sequence[dict[str, Any]]) -> str:
    shown = "；".join(e["url"] for e in evidence[:EVIDENCE_SHOWN])
    return shown + ("…" if len(evidence) > EVIDENCE_SHOWN else "")


def deductions(doc: dict[str, Any]) -> Table:
    """扣分情况: one row per deduction."""
    rows: list[list[Cell]] = [
        [x["name"], d["text"], d["points"], score(x), _links(d["evidence"])]
        for x in doc["websites"] for d in x["deductions"]
    ]
    return Table(("网站名称", "扣分项", "扣分", "得分", "问题链接"), rows)


def warnings(doc: dict[str, Any]) -> Table:
    """预警: what will fail on its date if nothing changes, websites then accounts."""
    rows: list[list[Cell]] = [
        ["网站", x["name"], w["text"], day(w["fails_on"]), w["url"]] for x in doc["websites"] for w in x["warnings"]
    ]
    rows += [
        ["政务新媒体", f"{x['name']}（{platform_text(x['platform'])}）", w["text"], day(w["fails_on"]), w["url"]]
        for x in doc["accounts"] for w in x.get("warnings", [])
    ]
    return Table(("类别", "名称", "预警内容", "到期日期", "链接"), rows)


def rectification(doc: dict[str, Any]) -> Table:
    """整改情况 of the findings open since `doc["since"]` (empty when the report has none)."""
    rows: list[list[Cell]] = [
        [i, SUBJECT_TEXT.get(r["subject"], r["subject"]), r["name"], r["code"], r["text"], day(r["first_seen"]),
         r["status"], day(r["resolved_at"])]
        for i, r in enumerate(doc.get("rectification", []), 1)
    ]
    return Table(("序号", "类别", "名称", "标识码", "存在问题", "发现日期", "整改情况", "整改日期"), rows)


COLUMN_HEADER = ("栏目", "类别", "级别", "最近更新", "状态", "到期日期", "说明")


def _column_row(c: dict[str, Any]) -> list[Cell]:
    return [c["name"], CATEGORY_TEXT.get(c["category"] or "", c["category"]), c["level"], day(c["latest_date"]),
            STATUS_TEXT.get(c["status"], c["status"]), day(c["fails_on"]), c["reason"] or ""]


def site_columns(site: dict[str, Any]) -> Table:
    """One website's columns (栏目明细)."""
    return Table(COLUMN_HEADER, [_column_row(c) for c in site["columns"]])


def all_columns(doc: dict[str, Any]) -> Table:
    """Every column of every website, the website named first."""
    return Table(("网站", *COLUMN_HEADER), [[x["name"], *_column_row(c)] for x in doc["websites"] for c in x["columns"]])


def evidence(doc: dict[str, Any]) -> Table:
    """问题证据: each piece of evidence behind a veto or finding, with where and when it was seen."""
    rows: list[list[Cell]] = [
        ["网站", x["name"], v["text"], e["detail"], e["url"], day(e["seen"])]
        for x in doc["websites"] for v in x["vetoes"] for e in v["evidence"]
    ]
    rows += [
        ["政务新媒体", f"{x['name']}（{platform_text(x['platform'])}）", p["text"], e["detail"], e["url"], day(e["seen"])]
        for x in doc["accounts"] for p in [*x["vetoes"], *x["findings"]] for e in p["evidence"]
    ]
    return Table(("类别", "名称", "存在问题", "说明", "链接", "发现日期"), rows)


@dataclass(frozen=True)
class Section:
    """One numbered part of the 通报: a heading, an optional sentence and an optional table."""

    title: str
    text: str | None = None
    table: Table | None = None
    empty: str = ""  # how an empty cell of the table is shown


_NUMERALS = "一二三四五六七八九十"


def sections(doc: dict[str, Any]) -> list[Section]:
    """The notice's sections in order, numbered 一、二、三 … as notices number them; optional
    sections appear only when they have something to say."""
    parts: list[Section] = [
        Section("总体情况", website_sentence(doc)),
        Section("不合格网站", table=failed_sites(doc)),
    ]
    if doc["accounts"]:
        parts.append(Section("政务新媒体检查情况", account_sentence(doc), accounts(doc)))
    optional = (
        ("无法判断的网站（抓取失败，不作不合格处理）", unknown_sites(doc), ""),
        ("未检测的网站和政务新媒体（监测时间点前无监测记录，不计入监测数）", not_checked(doc), ""),
        ("未检测项（无数据可供评估，不影响结论）", not_assessed(doc), ""),
        ("扣分情况", deductions(doc), ""),
        ("预警（如不更新将于到期日触发否决）", warnings(doc), EMPTY),
    )
    parts += [Section(title, table=table, empty=empty) for title, table, empty in optional if table.rows]
    if "rectification" in doc:
        parts.append(Section(f"整改情况（{doc['since']}以来发现的问题）", table=rectification(doc), empty=EMPTY))
    return [Section(f"{_NUMERALS[i]}、{p.title}", p.text, p.table, p.empty) for i, p in enumerate(parts)]
