"""The report's tables, built once from the report document for every format to lay out.

Each function takes the document `report_document` produces and returns a `Table`: a
Chinese header, as the notices write it, and rows of typed cells. Dates are `date`
objects and points and scores numbers, so the spreadsheet stores real date and number
cells; text formats turn them into strings with `text()`. Building the tables here, not in
each renderer, is what keeps the Markdown, the HTML page, the spreadsheet and the CSV
saying the same thing.

`notice(doc)` is the one layout of the 通报 that md, html and docx render: `sections` (一、总体情况,
二、存在问题, 三、工作要求), `attachments` (附件1 不合格政府网站名单, 附件2 不合格政务新媒体名单,
附件3 栏目更新情况, 附件4 整改清单; the xlsx has them as sheets) and `details` (附：…, what the
monitor adds beyond the notice).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
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


# -- the notice (通报): 一、总体情况 二、存在问题 三、工作要求, its attachments and the details ----------

RECTIFY_DAYS = 15  # 整改时限: days after the 监测时间点
DEFAULT_REQUIREMENTS = """\
（一）压实工作责任。各单位要切实履行政府网站和政务新媒体主管主办责任，明确分管负责同志和具体工作人员，健全信息发布、审核、更新和互动回应机制，确保内容准确、更新及时、运行安全。
（二）抓紧整改到位。对本次通报的问题（见附件），相关单位要立即对照整改清单逐项整改，于{deadline}前整改到位，并将整改情况报送本级政务公开主管部门。逾期未整改或整改不到位的，将在下次通报中继续点名。
（三）加强日常监测。各单位要建立常态化自查机制，定期检查首页及动态要闻、通知公告、政策文件等栏目更新情况，对无力维护的栏目及时整合或关闭；对长期不更新、无人维护的政务新媒体账号，按程序予以关停注销。"""
"""三、工作要求 when the config gives none (`report: {requirements: …}`); `{deadline}` becomes the
整改时限 (the 监测时间点 plus RECTIFY_DAYS days), in this text and in a configured one."""

SCORE_RULE, SCORE_TEXT = "site.score", "门户网站得分低于60分"  # the rule id worklist uses

_DETAIL = re.compile(r"^(?P<base>.+?)（(?P<detail>[^（）]*)）$")


def deadline(doc: dict[str, Any]) -> date:
    """整改时限: the 监测时间点 plus RECTIFY_DAYS days."""
    return date.fromisoformat(doc["as_of"]) + timedelta(days=RECTIFY_DAYS)


def requirements(doc: dict[str, Any]) -> list[str]:
    """三、工作要求 as paragraphs: the configured text (the document's `requirements`) or the default."""
    configured = doc.get("requirements")
    shown = (configured if configured and configured.strip() else DEFAULT_REQUIREMENTS).replace(
        "{deadline}", _chinese_day(deadline(doc)))
    return [line.strip() for line in shown.splitlines() if line.strip()]


def _chinese_day(value: date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def account_label(account: dict[str, Any]) -> str:
    """An account as notices name it: 名称（平台）."""
    return f"{account['name']}（{platform_text(account['platform'])}）"


def overview(doc: dict[str, Any]) -> Table:
    """总体情况: 检查数, 合格数, 不合格数, 合格率 (= 合格 ÷ 检查数) for websites and new media apart."""
    kinds = [("政府网站", doc["summary"]["websites"])]
    if doc["accounts"]:
        kinds.append(("政务新媒体", doc["summary"]["accounts"]))
    rows: list[list[Cell]] = [
        [name, s["checked"], s["passed"], s["failed"], s["unknown"], pass_rate(s)] for name, s in kinds
    ]
    return Table(("类别", "检查数", "合格数", "不合格数", "无法判断数", "合格率"), rows)


def trend_table(doc: dict[str, Any]) -> Table:
    """合格率趋势: one row per past day with a completed check run (empty without a trend)."""
    rows: list[list[Cell]] = []
    for point in doc.get("trend", []):
        s, a = point["websites"], point["accounts"]
        rows.append([day(point["as_of"]), s["checked"], s["failed"], pass_rate(s)]
                    + ([a["checked"], a["failed"], pass_rate(a)] if doc["accounts"] else []))
    header = ("监测日期", "网站检查数", "不合格网站", "网站合格率")
    if doc["accounts"]:
        header += ("政务新媒体检查数", "不合格政务新媒体", "政务新媒体合格率")
    return Table(header, rows)


def trend_sentence(doc: dict[str, Any]) -> str | None:
    """How the website 合格率 moved since the previous check day of the trend (the last one on
    which any website was checked)."""
    points = [p for p in doc.get("trend", []) if p["as_of"] < doc["as_of"] and p["websites"]["checked"]]
    if not points or not doc["summary"]["websites"]["checked"]:
        return None
    before, now = points[-1]["websites"], doc["summary"]["websites"]
    sentence = f"与{points[-1]['as_of']}的监测结果相比，政府网站合格率由{pass_rate(before)}变为{pass_rate(now)}"
    sentence += f"，不合格网站由{before['failed']}个变为{now['failed']}个"
    if doc["accounts"]:
        was = points[-1]["accounts"]
        sentence += f"；政务新媒体合格率由{pass_rate(was)}变为{pass_rate(doc['summary']['accounts'])}"
    return sentence + "。"


@dataclass(frozen=True)
class ProblemGroup:
    """One problem in the official wording and who has it (二、存在问题)."""

    rule: str
    text: str
    names: list[str]
    kind: str = "veto"  # veto | finding | deduction


def _rule_order(doc: dict[str, Any]) -> dict[str, int]:
    from monitor.rules.catalog import RULESETS  # the catalog imports every rule module

    order = {rule.id: i for i, rule in enumerate(RULESETS.get(doc["ruleset"], ()))}
    order.setdefault(SCORE_RULE, len(order))
    return order


def _grouped(doc: dict[str, Any], problems: list[tuple[str, str, str, str]]) -> list[ProblemGroup]:
    """(rule, text, kind, name) → groups in the ruleset's order; a trailing （…） of a text (a
    count, a ratio) goes with the name, so one wording is one group."""
    groups: dict[tuple[str, str], ProblemGroup] = {}
    for rule, text_, kind, name in problems:
        match = _DETAIL.match(text_)
        base, detail = (match["base"], match["detail"]) if match else (text_, "")
        group = groups.setdefault((rule, base), ProblemGroup(rule, base, [], kind))
        shown = f"{name}（{detail}）" if detail else name
        if shown not in group.names:
            group.names.append(shown)
    order = _rule_order(doc)
    return sorted(groups.values(), key=lambda g: order.get(g.rule, len(order)))


def site_problem_groups(doc: dict[str, Any]) -> list[ProblemGroup]:
    """Websites' problems by rule: vetoes, findings, a portal's score under 60, deductions."""
    problems: list[tuple[str, str, str, str]] = []
    for x in doc["websites"]:
        problems += [(v["rule"], v["text"], "veto", x["name"]) for v in x["vetoes"]]
        problems += [(f["rule"], f["text"], "finding", x["name"]) for f in x.get("findings", [])]
        if x["verdict"] == "fail" and not x["vetoes"] and x["score"] is not None:
            problems.append((SCORE_RULE, f"{SCORE_TEXT}（得分{text(x['score'])}分）", "veto", x["name"]))
        problems += [(d["rule"], d["text"], "deduction", x["name"]) for d in x["deductions"]]
    return _grouped(doc, problems)


def _account_problem_list(account: dict[str, Any]) -> list[dict[str, Any]]:
    listed = [*account["vetoes"], *account["findings"]]
    hidden = {rule for p in listed for rule in SUBSUMED.get(p["rule"], ())}
    return [p for p in listed if p["rule"] not in hidden]


def account_problem_groups(doc: dict[str, Any]) -> list[ProblemGroup]:
    """Accounts' problems by rule, as account_problems names them (a zombie is not also stale)."""
    vetoes = {id(v) for x in doc["accounts"] for v in x["vetoes"]}
    problems = [
        (p["rule"], p["text"], "veto" if id(p) in vetoes else "finding", account_label(x))
        for x in doc["accounts"] for p in _account_problem_list(x)
    ]
    return _grouped(doc, problems)


def _group_paragraphs(groups: list[ProblemGroup], unit: str) -> list[str]:
    return [
        f"{i}.{g.text}（{len(g.names)}{unit}{'，扣分项' if g.kind == 'deduction' else ''}）：{'、'.join(g.names)}。"
        for i, g in enumerate(groups, 1)
    ]


def _rectified(doc: dict[str, Any], subject: str, key: str, value: str) -> str:
    """整改情况 of a subject's findings in a report made with --since (empty otherwise)."""
    fixes = [f"{r['text']}：{r['status']}" for r in doc.get("rectification", [])
             if r["subject"] == subject and r[key] == value]
    return "；".join(dict.fromkeys(fixes))


def failed_site_list(doc: dict[str, Any]) -> Table:
    """附件 不合格政府网站名单: 序号, 主管单位, 网站名称, 网站标识码, 主要问题, 整改情况."""
    failed = [x for x in doc["websites"] if x["verdict"] == "fail"]
    rows: list[list[Cell]] = [
        [i, x["unit"], x["name"], x["code"], site_problems(x), _rectified(doc, "website", "code", x["code"])]
        for i, x in enumerate(failed, 1)
    ]
    return Table(("序号", "主管单位", "网站名称", "网站标识码", "主要问题", "整改情况"), rows)


def failed_account_list(doc: dict[str, Any]) -> Table:
    """附件 不合格政务新媒体名单: 序号, 账号名称, 开设主体, 账号类型, 责任单位, 存在问题, 整改情况."""
    failed = [x for x in doc["accounts"] if x["verdict"] == "fail"]
    rows: list[list[Cell]] = [
        [i, x["name"], x["operator"] or "", platform_text(x["platform"]), x["unit"], account_problems(x),
         _rectified(doc, "account", "name", x["name"])]
        for i, x in enumerate(failed, 1)
    ]
    return Table(("序号", "账号名称", "开设主体", "账号类型", "责任单位", "存在问题", "整改情况"), rows)


def column_updates(doc: dict[str, Any]) -> Table:
    """附件 栏目更新情况 (as 阳泉's 附件3): the columns not updated in their window, and blank ones."""
    sites_of: dict[str, int] = {}
    for x in doc["websites"]:
        sites_of[x["unit"] or x["name"]] = sites_of.get(x["unit"] or x["name"], 0) + 1
    rows: list[list[Cell]] = []
    for x in doc["websites"]:
        unit = x["unit"] or x["name"]
        for c in x["columns"]:
            if c["status"] in ("stale", "blank"):
                latest: Cell = day(c["latest_date"]) or ("空白栏目" if c["status"] == "blank" else EMPTY)
                # The site is named too when its unit has several, or when it is not named after the unit.
                named = sites_of[unit] > 1 or x["name"] != unit
                rows.append([unit, f"{x['name']}—{c['name']}" if named else c["name"], latest])
    return Table(("序号", "单位", "栏目名称", "最近更新时间"), [[i, *row] for i, row in enumerate(rows, 1)])


def rectification_list(doc: dict[str, Any], unit: str | None = None) -> Table:
    """附件 整改清单 (序号, 网站/新媒体, 主办单位, 存在问题, 整改措施, 整改时限): every unit's 整改清单
    as `worklist` makes it for the unit's own mail (the same wording and measures), one unit after
    another, without its warnings (not yet a problem), 整改时限 RECTIFY_DAYS after the 监测时间点;
    `unit` keeps one 主办单位's rows."""
    # Imported here: worklist imports this module.
    from monitor.report.worklist import HEADER, WARNING_MEASURE, worklist

    # worklist picks a unit's entries by address; the document has none, so each 主办单位 gets one.
    owners: dict[str, str] = {}

    def tagged(entry: dict[str, Any], owner: str) -> dict[str, Any]:
        return {**entry, "email": owners.setdefault(owner, f"unit{len(owners) + 1}@notice.invalid")}

    tagged_doc = {**doc, "websites": [tagged(x, x["unit"]) for x in doc["websites"]],
                  "accounts": [tagged(a, a["operator"] or a["unit"]) for a in doc["accounts"]]}
    rows: list[list[Cell]] = []
    for owner, address in owners.items():
        if unit is None or owner == unit:
            listed = worklist(tagged_doc, address, within_days=RECTIFY_DAYS).rows
            rows += [[len(rows) + i, *row[1:]] for i, row in enumerate(
                (row for row in listed if row[4] != WARNING_MEASURE), 1)]
    return Table(HEADER, rows)


@dataclass(frozen=True)
class Section:
    """One part of the 通报: a heading, paragraphs, an optional table and optional sub-parts.

    `label` is an attachment's 附件N (empty for the body's numbered sections and the details)."""

    title: str
    paragraphs: tuple[str, ...] = ()
    table: Table | None = None
    empty: str = ""  # how an empty cell of the table is shown
    parts: tuple[Section, ...] = ()
    label: str = ""
    anchor: str = ""  # a stable id for links (html)

    @property
    def text(self) -> str | None:
        return "\n".join(self.paragraphs) or None

    @property
    def heading(self) -> str:
        return f"{self.label}　{self.title}" if self.label else self.title


_NUMERALS = "一二三四五六七八九十"


def _numbered(parts: list[Section], style: str) -> list[Section]:
    """一、二、… for sections, （一）（二）… for their parts."""
    numeral = (lambda i: f"{_NUMERALS[i]}、") if style == "section" else (lambda i: f"（{_NUMERALS[i]}）")
    return [replace(p, title=numeral(i) + p.title) for i, p in enumerate(parts)]


def sections(doc: dict[str, Any]) -> list[Section]:
    """The notice's body, numbered as notices number it: 一、总体情况 (the counts and 合格率 of
    websites and of new media), 二、存在问题 (each problem in the official wording with the
    websites and accounts that have it), 三、工作要求 (the configured text or the default)."""
    overall = [website_sentence(doc)] + ([account_sentence(doc)] if doc["accounts"] else [])
    moved = trend_sentence(doc)
    if moved:
        overall.append(moved)
    site_groups = site_problem_groups(doc)
    parts = [Section("政府网站方面", tuple(_group_paragraphs(site_groups, "个网站"))
                     or ("本次监测未发现政府网站存在问题。",))]
    if doc["accounts"]:
        account_groups = account_problem_groups(doc)
        parts.append(Section("政务新媒体方面", tuple(_group_paragraphs(account_groups, "个账号"))
                             or ("本次监测未发现政务新媒体存在问题。",)))
    body = [
        Section("总体情况", tuple(overall), overview(doc), anchor="overall"),
        Section("存在问题", ("具体问题详见附件。",), parts=tuple(_numbered(parts, "part")), anchor="problems"),
        Section("工作要求", tuple(requirements(doc)), anchor="requirements"),
    ]
    return _numbered(body, "section")


def attachments(doc: dict[str, Any]) -> list[Section]:
    """The notice's attachments, 附件1 …: 不合格政府网站名单, 不合格政务新媒体名单 (with accounts),
    栏目更新情况 and 整改清单."""
    listed = [Section("不合格政府网站名单", table=failed_site_list(doc), anchor="failed-sites")]
    if doc["accounts"]:
        listed.append(Section("不合格政务新媒体名单", table=failed_account_list(doc), anchor="failed-accounts"))
    listed += [
        Section("栏目更新情况", ("监测时间点前未按要求更新的栏目和空白栏目。",), column_updates(doc),
                anchor="column-updates"),
        Section("整改清单", (f"整改时限：{_chinese_day(deadline(doc))}前。",), rectification_list(doc),
                anchor="worklist"),
    ]
    return [replace(s, label=f"附件{i}") for i, s in enumerate(listed, 1)]


def details(doc: dict[str, Any]) -> list[Section]:
    """What the monitor adds for the office beyond the notice (附：…): the accounts' 检查结果,
    what could not be judged or was not checked, deductions, warnings, the rectification of
    earlier findings and the trend; each only when it has rows."""
    parts: list[Section] = []
    if doc["accounts"]:
        parts.append(Section("政务新媒体检查结果", (account_sentence(doc),), accounts(doc), anchor="account-results"))
    optional = (
        ("无法判断的网站（抓取失败，不作不合格处理）", unknown_sites(doc), "", "unknown"),
        ("未检测的网站和政务新媒体（监测时间点前无监测记录，不计入监测数）", not_checked(doc), "", "not-checked"),
        ("未检测项（无数据可供评估，不影响结论）", not_assessed(doc), "", "not-assessed"),
        ("扣分情况", deductions(doc), "", "deductions"),
        ("预警（如不更新将于到期日触发否决）", warnings(doc), EMPTY, "warnings"),
    )
    parts += [Section(title, table=table, empty=empty, anchor=anchor) for title, table, empty, anchor in optional
              if table.rows]
    if "rectification" in doc:
        parts.append(Section(f"整改情况（{doc['since']}以来发现的问题）", table=rectification(doc), empty=EMPTY,
                             anchor="rectification"))
    if doc.get("trend"):
        parts.append(Section("合格率趋势（各监测日）", table=trend_table(doc), empty=EMPTY, anchor="trend"))
    return [replace(p, title=f"附：{p.title}") for p in parts]


@dataclass(frozen=True)
class Notice:
    """The whole 通报, laid out the same way by md, html and docx."""

    title: str
    number: str  # 文号-like line, for the office to complete
    addressee: str
    preamble: str
    sections: list[Section]
    attachments: list[Section]
    details: list[Section]
    signature: str
    date: str


def notice_title(doc: dict[str, Any]) -> str:
    return "政府网站与政务新媒体监测情况通报" if doc["accounts"] else "政府网站监测情况通报"


def notice(doc: dict[str, Any]) -> Notice:
    as_of = date.fromisoformat(doc["as_of"])
    what = "政府网站和政务新媒体" if doc["accounts"] else "政府网站"
    return Notice(
        title=notice_title(doc),
        number=f"××〔{as_of.year}〕××号",
        addressee="各有关单位：",
        preamble=(f"根据《政府网站与政务新媒体检查指标》，以{_chinese_day(as_of)}为监测时间点，"
                  f"对{what}进行了检查，现将有关情况通报如下："),
        sections=sections(doc),
        attachments=attachments(doc),
        details=details(doc),
        signature="（发文单位）",
        date=_chinese_day(as_of),
    )
