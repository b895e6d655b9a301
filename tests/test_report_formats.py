"""Every report format from one synthetic report, read back as its users' tools read it."""

from __future__ import annotations

import asyncio
import csv
import io
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import docx
import openpyxl
import pytest
import yaml
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from selectolax.lexbor import LexborHTMLParser

from monitor import jobs
from monitor.config import parse_config
from monitor.report import (
    FORMATS,
    Report,
    TrendPoint,
    render,
    render_html,
    report_document,
    tables,
)
from monitor.rules.catalog import load_ruleset
from monitor.rules.engine import evaluate_accounts, evaluate_site
from monitor.rules.model import AsOf
from monitor.rules.observations import (
    AccountObservationRecord,
    AccountRecord,
    ColumnObservation,
    GuideObservation,
    MessageObservation,
    PageObservation,
    SiteObservations,
)
from monitor.rules.service import GUIDE_ELEMENTS
from monitor.store.findings import Rectification
from tests.httpserver import LocalHTTPServer, RequestHandler, respond

ROOT = Path(__file__).resolve().parent.parent
CST = ZoneInfo("Asia/Shanghai")
AS_OF = date(2024, 9, 3)
INSTANT = datetime(2024, 9, 3, 23, 59, tzinfo=CST)
SEEN = datetime(2024, 9, 3, 10, 0, tzinfo=CST)
RULES = load_ruleset("national-2019")
HOSTILE = "<script>alert('x')</script>测试局"
BLANK_TEXT = "空白栏目数超过5个"
STALE_TEXT = "监测时间点前2周内无更新"


def when() -> AsOf:
    return AsOf(day=AS_OF, instant=INSTANT, max_age=timedelta(days=7))


def page(*dates: date, blank: bool = False, kind: str = "list", outcome: str = "ok") -> PageObservation:
    failed = outcome != "ok"
    return PageObservation(
        url="http://site.test/col/", fetched_at=SEEN, outcome=outcome, status=None if failed else 200,
        kind=None if failed else kind, dates=dates, item_count=None if failed else len(dates),
        blank=None if failed else blank, blank_reason="暂无信息" if blank else None,
        error="timed out after 15.0 s" if failed else None,
    )


def column(name: str, observed: PageObservation, category: str = "dynamic") -> ColumnObservation:
    return ColumnObservation(name=name, url=f"http://site.test/{name}/", category=category, level=1,
                             latest=observed, last_ok=observed if observed.ok else None)


def site(code: str, name: str, columns: list[ColumnObservation], home: PageObservation | None = None) -> SiteObservations:
    """A department site whose interaction and service columns pass, so only `columns` decide it."""
    home = home or page(AS_OF - timedelta(days=1), kind="home")
    answered = MessageObservation("咨询社保缴费", "http://site.test/ldxx/1.html",
                                  AS_OF - timedelta(days=40), AS_OF - timedelta(days=38), "replied")
    mailbox = replace(page(AS_OF - timedelta(days=40)), messages=(answered,))
    services = [column("领导信箱", mailbox, "interaction"), column("办事服务", page(AS_OF - timedelta(days=40)), "static")]
    guide = GuideObservation("http://site.test/bsfw/1.html", "户籍办理指南", frozenset(GUIDE_ELEMENTS), SEEN)
    return SiteObservations(code=code, name=name, unit=f"{name}办公室", url=f"http://{code}.site.test/",
                            kind="department", home_latest=home, home_last_ok=home if home.ok else None,
                            columns=tuple(columns + services), links=(), guides=(guide,))


def synthetic_report(*, since: date | None = None) -> Report:
    blank = [column(f"空白{i}", page(blank=True), "static") for i in range(5)]
    failing = site("3703000001", "淄博市测试局", blank + [column("工作动态", page(AS_OF - timedelta(days=11)))])
    passing = site("3703000002", HOSTILE, [column("工作动态", page(AS_OF - timedelta(days=1)))])
    unreachable = site("3703000003", "无法访问局", [], home=page(outcome="timeout"))
    websites = tuple(evaluate_site(s, when(), RULES) for s in (failing, passing, unreachable))
    stale = AccountRecord(
        key="weibo:测试发布", code=None, name="测试发布", platform="weibo", operator="淄博市测试局",
        unit="淄博市测试局", feed="http://feeds.test/weibo",
        observations=(AccountObservationRecord(observed_at=SEEN, source="feed", outcome="ok",
                                               latest_post=AS_OF - timedelta(days=20), post_count=3),),
    )
    (account,) = evaluate_accounts([stale], when(), RULES)
    found = (
        Rectification(subject="website", code="3703000001", name="淄博市测试局", unit="淄博市测试局办公室",
                      rule="site.columns_blank", text=BLANK_TEXT, first_seen=SEEN - timedelta(days=5),
                      last_seen=SEEN, resolved_at=None),
        Rectification(subject="account", code="", name="测试发布", unit="淄博市测试局", rule="account.interaction",
                      text="未提供有效互动功能", first_seen=SEEN - timedelta(days=6), last_seen=SEEN - timedelta(days=3),
                      resolved_at=SEEN - timedelta(days=2)),
    ) if since else ()
    return Report(as_of=AS_OF, ruleset=RULES.name, generated_at=INSTANT, websites=websites, tz=CST,
                  since=since, rectifications=found, accounts=(account,))


@pytest.fixture(scope="module")
def report() -> Report:
    built = synthetic_report(since=AS_OF - timedelta(days=7))
    verdicts = {v.name: v.verdict for v in built.websites}
    assert verdicts == {"淄博市测试局": "fail", HOSTILE: "pass", "无法访问局": "unknown"}
    assert [v.text for v in built.websites[0].vetoes] == [BLANK_TEXT]
    assert built.accounts[0].verdict == "fail"
    return built


def test_every_format_renders_bytes(report: Report) -> None:
    assert set(FORMATS) == {"json", "md", "html", "csv", "xlsx", "docx"}
    for name, fmt in FORMATS.items():
        data = render(report, name)
        assert isinstance(data, bytes) and data
        if fmt.text:
            data.decode("utf-8")
    assert not FORMATS["xlsx"].text and not FORMATS["docx"].text
    assert render(report, "csv").startswith(b"\xef\xbb\xbf")
    assert not render(report, "md").startswith(b"\xef\xbb\xbf")


def test_xlsx(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    path.write_bytes(render(report, "xlsx"))
    book = openpyxl.load_workbook(path)
    assert {"汇总", "不合格网站", "栏目明细", "政务新媒体", "预警", "整改情况"} <= set(book.sheetnames)
    # The notice's attachments come right after 汇总, numbered as the docx numbers them.
    assert book.sheetnames[:5] == ["汇总", "附件1 不合格政府网站名单", "附件2 不合格政务新媒体名单", "附件3 栏目更新情况",
                                   "附件4 整改清单"]
    attachment = [[c.value for c in row] for row in book["附件1 不合格政府网站名单"].iter_rows()]
    assert attachment == [["序号", "主管单位", "网站名称", "网站标识码", "主要问题", "整改情况"],
                          [1, "淄博市测试局办公室", "淄博市测试局", "3703000001", BLANK_TEXT,
                           f"{BLANK_TEXT}：截止通报前仍未整改到位"]]
    worklist = [[c.value for c in row] for row in book["附件4 整改清单"].iter_rows()]
    assert worklist[0] == ["序号", "网站/新媒体", "主办单位", "存在问题", "整改措施", "整改时限"]
    assert worklist[1][1:3] == ["淄博市测试局", "淄博市测试局办公室"] and worklist[1][3].startswith(BLANK_TEXT)
    assert worklist[1][5] == datetime(2024, 9, 18)  # a date cell: 15 days after the 监测时间点
    assert worklist[2][1:3] == ["测试发布（微博）", "淄博市测试局"]
    assert len(worklist) == 3  # the warning of 工作动态 is no problem yet: not in the notice's list

    failed = book["不合格网站"]
    header = [c.value for c in failed[1]]
    assert header == ["序号", "网站名称", "网址", "网站标识码", "责任单位", "结论", "存在问题", "扣分", "得分"]
    assert failed.freeze_panes == "A2" and failed["A1"].font.b
    assert failed.column_dimensions["G"].width > failed.column_dimensions["A"].width
    rows = [[c.value for c in row] for row in failed.iter_rows(min_row=2)]
    assert len(rows) == 1
    assert rows[0][:7] == [1, "淄博市测试局", "http://3703000001.site.test/", "3703000001", "淄博市测试局办公室",
                           "不合格", BLANK_TEXT]

    summary = {row[0].value: row[1].value for row in book["汇总"].iter_rows(min_row=2)}
    assert summary["监测时间点"] == datetime(2024, 9, 3)  # a date cell (openpyxl reads dates back as datetimes)
    assert book["汇总"]["B2"].is_date
    assert summary["监测政府网站"] == 3 and summary["不合格网站"] == 1
    assert summary["合格网站"] == 1 and summary["网站合格率"] == "33.3%" and summary["未检测网站"] == 0

    # 未检测项 stand apart from 无法判断: rules without data by design, with their reason.
    unassessed = [[c.value for c in row] for row in book["未检测项"].iter_rows()]
    assert unassessed[0] == ["类别", "名称", "规则", "原因"]
    assert ["网站", "淄博市测试局", "site.unreachable", "未开启首页可用性探测（probe.enabled: false）"] in unassessed
    assert ["政务新媒体", "测试发布（微博）", "account.interaction", "观测来源未提供互动功能信息"] in unassessed
    assert all(row[2] != "site.homepage_stale" for row in unassessed)  # a fetch failure is 无法判断, not here

    columns = book["栏目明细"]
    assert [c.value for c in columns[1]] == ["网站", "栏目", "类别", "级别", "最近更新", "状态", "到期日期", "说明"]
    work = next(row for row in columns.iter_rows(min_row=2) if row[1].value == "工作动态" and row[0].value == "淄博市测试局")
    assert work[4].is_date and work[4].value.date() == AS_OF - timedelta(days=11)
    assert work[6].is_date and work[6].value.date() == AS_OF + timedelta(days=3)
    assert work[5].value == "正常"

    accounts = [[c.value for c in row] for row in book["政务新媒体"].iter_rows()]
    assert accounts[0] == ["序号", "账号名称", "新媒体标识码", "开设主体", "账号类型", "责任单位", "检查结果", "存在问题",
                           "最后更新日期", "整改情况"]
    assert accounts[1] == [1, "测试发布", None, "淄博市测试局", "微博", "淄博市测试局", "不合格", STALE_TEXT,
                           datetime(2024, 8, 14), "未提供有效互动功能：已整改"]

    warnings = book["预警"]
    assert [c.value for c in warnings[1]][:4] == ["类别", "名称", "预警内容", "到期日期"]
    warned = [row for row in warnings.iter_rows(min_row=2) if row[1].value == "淄博市测试局"]
    assert warned and all(row[3].is_date for row in warned)

    fixes = [[c.value for c in row] for row in book["整改情况"].iter_rows(min_row=2)]
    assert fixes[0][1:5] == ["网站", "淄博市测试局", "3703000001", BLANK_TEXT]
    assert fixes[0][6] == "截止通报前仍未整改到位" and fixes[0][7] is None
    assert fixes[1][1:3] == ["政务新媒体", "测试发布"] and fixes[1][6] == "已整改"
    assert fixes[1][5] == datetime(2024, 8, 28) and fixes[1][7] == datetime(2024, 9, 1)


def test_xlsx_without_rectification_and_formula_text() -> None:
    plain = synthetic_report()
    hostile = replace(plain, websites=(
        replace(plain.websites[0], name="=HYPERLINK(\"http://evil\")", unit="测试\x07单位"),
    ))
    book = openpyxl.load_workbook(io.BytesIO(render(hostile, "xlsx")))
    assert "整改情况" not in book.sheetnames
    cell = book["不合格网站"]["B2"]
    assert cell.value == "=HYPERLINK(\"http://evil\")" and cell.data_type == "s"
    assert book["不合格网站"]["E2"].value == "测试单位"  # control characters XML forbids are dropped
    rows = list(csv.reader(io.StringIO(render(hostile, "csv").decode("utf-8-sig"))))
    assert rows[1][2] == "'=HYPERLINK(\"http://evil\")"


def test_html(report: Report) -> None:
    page_text = render(report, "html").decode("utf-8")
    assert "<script>" not in page_text and "&lt;script&gt;" in page_text
    assert "<link" not in page_text and "src=" not in page_text  # self-contained
    tree = LexborHTMLParser(page_text)
    assert tree.css_first("title").text().startswith("政府网站与政务新媒体监测情况通报")
    headings = [h.text() for h in tree.css("h2")]
    # Summary first, then the notice as the Markdown and the Word file lay it out.
    assert headings[:2] == ["监测概况", "网站和账号一览"]
    assert headings[2:5] == ["一、总体情况", "二、存在问题", "三、工作要求"]
    assert headings[5:9] == ["附件1　不合格政府网站名单", "附件2　不合格政务新媒体名单", "附件3　栏目更新情况",
                             "附件4　整改清单"]
    assert any(h.endswith("整改情况（2024-08-27以来发现的问题）") for h in headings)
    assert any("未检测项" in h for h in headings)
    assert headings[-2:] == ["附：栏目明细", "附：政务新媒体明细"]
    failed_table = tree.css_first("#failed-sites table")
    cells = [td.text() for td in failed_table.css("tbody tr")[0].css("td")]
    assert cells == ["1", "淄博市测试局办公室", "淄博市测试局", "3703000001", BLANK_TEXT,
                     f"{BLANK_TEXT}：截止通报前仍未整改到位"]
    # Each cell carries its column's name, shown when a phone stacks the cells.
    assert [td.attributes["data-label"] for td in failed_table.css("tbody td")][:3] == ["序号", "主管单位", "网站名称"]
    # The summary names every website and account and links to its drill-down.
    links = {a.text(): a.attributes["href"] for a in tree.css("#subjects-table a")}
    assert links["淄博市测试局"] == "#site-3703000001" and links["测试发布（微博）"] == "#account-1"
    assert tree.css_first("#site-3703000001 h3").text() == "淄博市测试局（不合格）"
    assert tree.css_first("#account-1 h3").text() == "测试发布（微博）（不合格）"
    assert "http://feeds.test/weibo" in [a.attributes["href"] for a in tree.css("#account-1 a")]
    # Without stored history there is no chart, and the page says so.
    assert tree.css_first("svg") is None and tree.css_first("#trend-chart-missing") is not None
    site_headings = [h.text() for h in tree.css("h3")]
    assert f"{HOSTILE}（合格）" in site_headings
    account_rows = [[td.text() for td in tr.css("td")] for tr in tree.css("#account-results tbody tr")]
    assert ["1", "测试发布", "", "淄博市测试局", "微博", "淄博市测试局", "不合格", STALE_TEXT, "2024-08-14",
            "未提供有效互动功能：已整改"] in account_rows


def test_html_trend_chart(report: Report) -> None:
    days = [AS_OF - timedelta(days=2), AS_OF - timedelta(days=1), AS_OF]
    trend = (TrendPoint(days[0], ("fail", "fail", "pass"), ("fail",)),
             TrendPoint(days[1], ("not_checked",) * 3, ()),  # nothing checked that day: a gap, no 合格率
             TrendPoint(days[2], ("fail", "pass", "unknown"), ("pass",)))
    doc = report_document(replace(report, trend=trend))
    assert [p["websites"]["pass_rate"] for p in doc["trend"]] == [0.333, None, 0.333]
    tree = LexborHTMLParser(render_html(doc))
    charts = tree.css("#trend-chart svg")
    assert len(charts) == 2 and all(svg.attributes["viewBox"] for svg in charts)
    rate = charts[0]
    # Two kinds, three days, one without any check: dots only where there is a 合格率.
    assert len(rate.css("circle")) == 4 and "2024-09-03 政府网站：33.3%" in rate.text()
    assert tree.css_first("#trend table") is not None  # the numbers behind the chart
    assert "与2024-09-02的监测结果相比" not in render_html(doc)  # that day had no 合格率 to compare with
    assert "与2024-09-01的监测结果相比，政府网站合格率由33.3%变为33.3%" in render_html(doc)


def test_csv(report: Report) -> None:
    text = render(report, "csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["类别"] for r in rows] == ["网站", "网站", "网站", "政务新媒体"]
    failing = rows[0]
    assert (failing["标识码"], failing["名称"], failing["结论"], failing["存在问题"]) == (
        "3703000001", "淄博市测试局", "不合格", BLANK_TEXT)
    assert failing["类型"] == "部门网站" and failing["得分"] == ""
    assert rows[1]["名称"] == HOSTILE and rows[1]["结论"] == "合格"
    assert rows[2]["结论"] == "无法判断" and rows[2]["无法判断原因"]
    assert (rows[3]["名称"], rows[3]["类型"], rows[3]["存在问题"]) == ("测试发布", "微博", STALE_TEXT)


def test_markdown_is_the_notice(report: Report) -> None:
    markdown = render(report, "md").decode("utf-8")
    headings = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert headings[:3] == ["## 一、总体情况", "## 二、存在问题", "## 三、工作要求"]
    assert headings[3:7] == ["## 附件1　不合格政府网站名单", "## 附件2　不合格政务新媒体名单", "## 附件3　栏目更新情况",
                             "## 附件4　整改清单"]
    assert "## 附：整改情况（2024-08-27以来发现的问题）" in headings
    assert "## 附：无法判断的网站（抓取失败，不作不合格处理）" in headings and "二之二" not in markdown
    assert "## 附：未检测项（无数据可供评估，不影响结论）" in headings
    assert markdown.splitlines()[2] == "××〔2024〕××号"  # the 文号 line under the title
    # 合格率 = 合格 ÷ 检查数: the unknown site is not counted as passing.
    assert "本次监测政府网站3个，合格1个，不合格1个，无法判断1个，合格率33.3%。" in markdown
    assert "| 政府网站 | 3 | 1 | 1 | 1 | 33.3% |" in markdown and "| 政务新媒体 | 1 | 0 | 1 | 0 | 0.0% |" in markdown
    # 二、存在问题: each problem in the official wording, naming who has it.
    assert "### （一）政府网站方面" in markdown and "### （二）政务新媒体方面" in markdown
    assert f"1.{BLANK_TEXT}（1个网站）：淄博市测试局。" in markdown
    assert f"1.{STALE_TEXT}（1个账号）：测试发布（微博）。" in markdown
    # 三、工作要求: the default text, with the deadline filled in.
    assert "于2024年9月18日前整改到位" in markdown
    assert (f"| 1 | 淄博市测试局办公室 | 淄博市测试局 | 3703000001 | {BLANK_TEXT} | {BLANK_TEXT}：截止通报前仍未整改到位 |"
            in markdown)
    assert f"| 1 | 测试发布 | 淄博市测试局 | 微博 | 淄博市测试局 | {STALE_TEXT} | 未提供有效互动功能：已整改 |" in markdown
    assert f"| 1 | 测试发布 |  | 淄博市测试局 | 微博 | 淄博市测试局 | 不合格 | {STALE_TEXT} | 2024-08-14 |" in markdown
    assert "| 1 | 淄博市测试局办公室 | 淄博市测试局—空白0 | 空白栏目 |" in markdown


def test_docx(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "通报.docx"
    path.write_bytes(render(report, "docx"))
    document = docx.Document(str(path))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs if p.text]
    assert paragraphs[0] == ("Normal", "××〔2024〕××号")  # the 文号 line
    assert paragraphs[1] == ("Title", "政府网站与政务新媒体监测情况通报")
    headings = [text for style, text in paragraphs if style == "Heading 1"]
    assert headings[:3] == ["一、总体情况", "二、存在问题", "三、工作要求"]
    assert [text for style, text in paragraphs if style == "Heading 2"] == ["（一）政府网站方面", "（二）政务新媒体方面"]
    texts = [text for _, text in paragraphs]
    assert "本次监测政府网站3个，合格1个，不合格1个，无法判断1个，合格率33.3%。" in texts
    assert f"1.{BLANK_TEXT}（1个网站）：淄博市测试局。" in texts
    assert any(t.startswith("（二）抓紧整改到位。") for t in texts)
    # Each attachment on its own page: 附件N, then its title, then its table.
    for number, title in enumerate(["不合格政府网站名单", "不合格政务新媒体名单", "栏目更新情况", "整改清单"], 1):
        index = texts.index(f"附件{number}")
        assert paragraphs[index + 1] == ("Title", title)
    assert len(document.sections) >= 5  # the body, then one section (page) per attachment
    assert document.sections[2].orientation == WD_ORIENT.LANDSCAPE  # 7 columns: landscape
    grids = {tuple(c.text for c in t.rows[0].cells): t for t in document.tables}
    sites = grids[("序号", "主管单位", "网站名称", "网站标识码", "主要问题", "整改情况")]
    assert [c.text for c in sites.rows[1].cells] == ["1", "淄博市测试局办公室", "淄博市测试局", "3703000001", BLANK_TEXT,
                                                      f"{BLANK_TEXT}：截止通报前仍未整改到位"]
    assert sites.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # the header repeats on every page
    assert all(run.bold for cell in sites.rows[0].cells for run in cell.paragraphs[0].runs)
    accounts = grids[("序号", "账号名称", "开设主体", "账号类型", "责任单位", "存在问题", "整改情况")]
    assert [c.text for c in accounts.rows[1].cells] == ["1", "测试发布", "淄博市测试局", "微博", "淄博市测试局", STALE_TEXT,
                                                         "未提供有效互动功能：已整改"]
    columns = grids[("序号", "单位", "栏目名称", "最近更新时间")]
    assert len(columns.rows) == 6
    worklist = grids[("序号", "网站/新媒体", "主办单位", "存在问题", "整改措施", "整改时限")]
    assert [c.text for c in worklist.rows[2].cells][1:3] == ["测试发布（微博）", "淄博市测试局"]
    assert worklist.rows[2].cells[3].text == f"{STALE_TEXT}（涉及：http://feeds.test/weibo）"
    assert worklist.rows[2].cells[5].text == "2024-09-18"
    assert ("类别", "检查数", "合格数", "不合格数", "无法判断数", "合格率") in grids
    assert document.core_properties.title == "政府网站与政务新媒体监测情况通报（监测时间点：2024-09-03）"


def test_md_html_and_docx_share_one_structure(report: Report) -> None:
    """tables.notice is the one source of the sections: md, html and docx show the same headings."""
    notice = tables.notice(report_document(report))
    expected = [s.heading for s in notice.sections + notice.attachments + notice.details]
    markdown = render(report, "md").decode("utf-8")
    md_headings = [line[3:] for line in markdown.splitlines() if line.startswith("## ")]
    assert md_headings == [*expected, "附：栏目明细", "附：政务新媒体明细"]
    html_headings = [h.text() for h in LexborHTMLParser(render(report, "html").decode()).css("h2")]
    assert html_headings == ["监测概况", "网站和账号一览", *expected, "附：栏目明细", "附：政务新媒体明细"]
    document = docx.Document(io.BytesIO(render(report, "docx")))
    word = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    word += [f"{p.text}" for p in document.paragraphs if p.style.name == "Title"]
    for section in notice.sections + notice.details:
        assert section.heading in word
    for attachment in notice.attachments:
        assert attachment.title in word


def test_configured_requirements_and_problem_groups() -> None:
    plain = synthetic_report()
    stale_column = site("3703000004", "栏目局", [column("工作动态", page(AS_OF - timedelta(days=30)))])
    extra = evaluate_site(stale_column, when(), RULES)
    doc = report_document(replace(plain, websites=(*plain.websites, extra),
                                  requirements="一、请各单位于{deadline}前整改。\n\n二、整改情况报市政务公开办。"))
    assert doc["requirements"].startswith("一、请各单位")
    (requirements,) = [s for s in tables.sections(doc) if s.title == "三、工作要求"]
    assert requirements.paragraphs == ("一、请各单位于2024年9月18日前整改。", "二、整改情况报市政务公开办。")
    # A stale column of a passing site is in 栏目更新情况 with its last date.
    assert ["栏目局办公室", "栏目局—工作动态", date(2024, 8, 4)] in [row[1:] for row in tables.column_updates(doc).rows]
    # A problem several sites share is one group naming all of them.
    twin = replace(plain.websites[0], code="3703000005", name="淄博市另一局")
    doc = report_document(replace(plain, websites=(*plain.websites, twin)))
    (group,) = tables.site_problem_groups(doc)
    assert (group.rule, group.text, group.names) == ("site.columns_stale", BLANK_TEXT, ["淄博市测试局", "淄博市另一局"])
    assert tables.requirements(doc)[1].startswith("（二）抓紧整改到位") and "2024年9月18日" in tables.requirements(doc)[1]
    # Only this unit's rows in its 整改清单 (both sites are the one unit's; the account is another's).
    rows = tables.rectification_list(doc, "淄博市测试局办公室").rows
    assert [(row[0], row[1], row[2]) for row in rows] == [(1, "淄博市测试局", "淄博市测试局办公室"),
                                                          (2, "淄博市另一局", "淄博市测试局办公室")]


# -- the command line ----------------------------------------------------------------------


def monitor(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    environment = {key: value for key, value in os.environ.items() if key != "MONITOR_CONFIG"}
    environment["CI"] = "true"
    return subprocess.run([sys.executable, "-m", "monitor", *args], check=False, cwd=cwd, env=environment,
                          capture_output=True, timeout=240)


def stale_homepage(request: RequestHandler) -> None:
    day = (datetime.now(CST).date() - timedelta(days=30)).isoformat()
    rows = "".join(f'<li><a href="/a{i}.html">第{i}条工作动态</a><span>{day}</span></li>' for i in range(5))
    respond(request, 200, f'<html><head><meta charset="utf-8"><title>首页</title></head>'
                          f'<body><ul>{rows}</ul></body></html>'.encode())


def test_cli_xlsx(tmp_path: Path) -> None:
    with LocalHTTPServer({"/": stale_homepage}) as server:
        document = {
            "database": "sqlite:///monitor.db",
            "fetch": {"timeout": 2, "retries": 0},
            "crawl": {"check_links": False},
            "sites": [{"code": "3799000001", "name": "网站甲", "url": server.url("/")}],
        }
        config = tmp_path / "config.yaml"
        config.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        loaded = parse_config(config.read_text(encoding="utf-8"), config)
        asyncio.run(jobs.run_check(loaded, list(loaded.config.sites)))

    output = tmp_path / "out" / "f.xlsx"
    done = monitor("report", "--config", str(config), "--format", "xlsx", "--output", str(output), cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    book = openpyxl.load_workbook(output)
    rows = [[c.value for c in row] for row in book["不合格网站"].iter_rows(min_row=2)]
    assert [(r[1], r[3], r[6]) for r in rows] == [("网站甲", "3799000001", "监测时间点前2周内首页无更新")]

    refused = monitor("report", "--config", str(config), "--format", "xlsx", cwd=tmp_path)
    assert refused.returncode == 2 and refused.stdout == b""
    message = refused.stderr.decode().strip()
    assert len(message.splitlines()) == 1 and "--output" in message

    notice = tmp_path / "out" / "通报.docx"
    done = monitor("report", "--config", str(config), "--format", "docx", "--output", str(notice), cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    word = docx.Document(str(notice))
    assert [p.text for p in word.paragraphs if p.style.name == "Heading 1"][:3] == ["一、总体情况", "二、存在问题", "三、工作要求"]
    failed = next(t for t in word.tables if t.rows[0].cells[1].text == "主管单位")
    assert [c.text for c in failed.rows[1].cells][2:5] == ["网站甲", "3799000001", "监测时间点前2周内首页无更新"]
    refused = monitor("report", "--config", str(config), "--format", "docx", cwd=tmp_path)
    assert refused.returncode == 2 and "--output" in refused.stderr.decode()

    csv_out = monitor("report", "--config", str(config), "--format", "csv", cwd=tmp_path)
    assert csv_out.returncode == 0 and csv_out.stdout.startswith(b"\xef\xbb\xbf")
    assert "网站甲" in csv_out.stdout.decode("utf-8-sig")


def test_html_links_only_http() -> None:
    from monitor.report.webpage import link

    assert str(link("javascript:alert(1)")) == "javascript:alert(1)"
    assert str(link('http://a.test/?q="><b>')) == (
        '<a href="http://a.test/?q=&#34;&gt;&lt;b&gt;">http://a.test/?q=&#34;&gt;&lt;b&gt;</a>'
    )
