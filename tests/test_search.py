"""deduct.search: the homepage's search form, its result pages, the rule, and a whole check."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
import yaml

from monitor import jobs
from monitor.config import CrawlConfig, SiteConfig, parse_config
from monitor.crawl import CrawlContext, LinkChecker, crawl_site
from monitor.extract import (
    SearchForm,
    find_search,
    has_search_box,
    read_results,
    search_query,
)
from monitor.fetch import Fetcher, FetchSettings
from monitor.rules.catalog import load_ruleset
from monitor.rules.model import AsOf, Rule
from monitor.rules.observations import ItemObservation, SearchObservation, SiteObservations
from monitor.rules.verdict import Outcome
from tests.rulekit import rule as rule_of
from tests.rulekit import site_outcome
from tests.httpserver import LocalHTTPServer, RequestHandler, respond, static

HOME = "http://www.example.gov.cn/"
TITLE = "关于做好2024年防汛工作的通知"

# ---- the form ------------------------------------------------------------------------------------

TRS_WAS = """<div class="search"><form name="searchform" action="http://search.example.gov.cn/was5/web/search"
 method="post" target="_blank" onsubmit="return checkSearch()">
<input type="hidden" name="channelid" value="226008"><input type="hidden" name="perpage" value="15">
<input type="text" name="searchword" class="sinput" value="请输入关键字" onfocus="this.value=''">
<input type="image" src="/images/ss_btn.gif" alt="搜索"></form></div>"""

HANWEB = """<form action="/jrobot/search.do" method="get" target="_blank">
<input type="hidden" name="webid" value="3"><input type="hidden" name="pg" value="12">
<input type="hidden" name="tpl" value=""><input type="hidden" name="category" value="">
<select name="pos"><option value="title">标题</option><option value="content" selected>全文</option></select>
<input type="text" name="q" id="q" placeholder="请输入搜索内容"><input type="submit" value="搜索"></form>"""

JSEARCH_WITH_LOGIN = """<form action="/login.do" method="post"><input name="username"><input type="password" name="pwd">
<input type="submit" value="登录"></form>
<form id="searchForm" action="/jsearch/search.do?appid=1&ck=x" accept-charset="utf-8">
<input type="text" name="SearchWords" placeholder="站内搜索"><button type="submit">搜索</button>
<input type="checkbox" name="intitle" value="1" checked><input type="checkbox" name="fuzzy" value="1"></form>"""

HOME_GROWN = """<form action="search/index.jsp" method="get"><input type="text" name="textfield" size="20">
<input type="submit" value="提交"></form>"""

JS_ONLY = """<div class="ss"><input type="text" id="kw" placeholder="请输入关键词">
<a href="javascript:;" onclick="doSearch()"><img src="/images/so.png" alt="搜索"></a></div>
<script>function doSearch(){var v=document.getElementById('kw').value;
window.location.href = "/search.html?siteid=12&q=" + encodeURIComponent(v);}</script>"""

JS_WINDOW_OPEN = """<input id="sw" type="text"><button id="go">搜</button>
<script>$('#go').click(function(){window.open('https://so.example.gov.cn/s?siteCode=3799000001&qt='+encodeURI($('#sw').val()))})</script>"""

JS_UNKNOWN = """<div class="search-box"><input id="sw" type="text" placeholder="请输入关键字">
<button onclick="goSearch()">搜索</button></div><script src="/js/search.js"></script>"""

NO_SEARCH = """<div class="nav"><a href="/">首页</a><a href="/xwdt/">新闻动态</a></div>
<form action="/msg/submit.do" method="post"><input name="title"><input name="phone"><textarea name="content"></textarea>
<input type="submit" value="提交留言"></form>
<script>var pages = '/list.html?page=' + n;</script>"""


def page(body: str) -> str:
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>测试市人民政府</title></head><body>{body}</body></html>'


def test_trs_was_form_with_hidden_channel() -> None:
    form = find_search(page(TRS_WAS), HOME)
    assert form == SearchForm(
        action="http://search.example.gov.cn/was5/web/search", field="searchword",
        params=(("channelid", "226008"), ("perpage", "15")), method="post",
    )
    url = form.url_for("防汛")
    assert url == "http://search.example.gov.cn/was5/web/search?channelid=226008&perpage=15&searchword=%E9%98%B2%E6%B1%9B"


def test_hanweb_form_keeps_hidden_inputs_and_the_chosen_option() -> None:
    form = find_search(page(HANWEB), "http://www.example.gov.cn/index.html")
    assert form is not None and form.action == "http://www.example.gov.cn/jrobot/search.do" and form.field == "q"
    assert form.params == (("webid", "3"), ("pg", "12"), ("tpl", ""), ("category", ""), ("pos", "content"))
    # A browser encodes the query in the page's charset.
    assert form.url_for("防汛", "gb2312").endswith("&q=%B7%C0%D1%B4")
    assert form.url_for("防汛", "utf-8").endswith("&q=%E9%98%B2%E6%B1%9B")


def test_the_search_form_is_chosen_over_a_login_form_and_its_action_query_is_dropped() -> None:
    form = find_search(page(JSEARCH_WITH_LOGIN), HOME)
    assert form is not None and form.field == "SearchWords" and form.charset == "utf-8"
    assert form.params == (("intitle", "1"),)
    # accept-charset wins over the page's charset; GET drops the action's own query, as browsers do.
    assert form.url_for("防汛", "gbk") == "http://www.example.gov.cn/jsearch/search.do?intitle=1&SearchWords=%E9%98%B2%E6%B1%9B"


def test_a_generic_box_counts_when_it_submits_to_a_search_program() -> None:
    form = find_search(page(HOME_GROWN), "http://www.example.gov.cn/sy/index.html")
    assert form is not None and form.action == "http://www.example.gov.cn/sy/search/index.jsp"
    assert form.field == "textfield"
    assert find_search(page(HOME_GROWN.replace("search/index.jsp", "list.jsp")), HOME) is None


def test_script_only_boxes_that_spell_their_url() -> None:
    form = find_search(page(JS_ONLY), HOME)
    assert form == SearchForm(action="http://www.example.gov.cn/search.html", field="q", params=(("siteid", "12"),),
                              charset="utf-8")
    # encodeURIComponent writes UTF-8 whatever the page's charset.
    assert form.url_for("防汛", "gbk") == "http://www.example.gov.cn/search.html?siteid=12&q=%E9%98%B2%E6%B1%9B"
    other = find_search(page(JS_WINDOW_OPEN), HOME)
    assert other is not None and other.action == "https://so.example.gov.cn/s" and other.field == "qt"
    assert other.params == (("siteCode", "3799000001"),)


def test_a_box_whose_url_is_unknown_is_a_box_not_a_missing_search() -> None:
    assert find_search(page(JS_UNKNOWN), HOME) is None
    assert has_search_box(page(JS_UNKNOWN))


@pytest.mark.parametrize("loader", [
    '<script src="/js/header.js"></script>', '<iframe src="/inc/top.html"></iframe>',
    '<div id="head"></div><script>$("#head").load("/inc/head.shtml")</script>',
])
def test_a_header_loaded_by_script_or_frame_may_hold_the_search(loader: str) -> None:
    assert find_search(page(NO_SEARCH + loader), HOME) is None
    assert has_search_box(page(NO_SEARCH + loader))
    assert not has_search_box(page(NO_SEARCH + '<script src="/js/gotop.js"></script><script src="/js/topnews.js"></script>'))


def test_a_page_wide_postback_form_is_not_a_search_url() -> None:
    aspnet = ('<form method="post" action="./Default.aspx" id="form1"><input type="hidden" name="__VIEWSTATE" value="/wEPDw">'
              '<input name="txtKey" type="text" id="txtKey" class="search-input"><a href="javascript:__doPostBack(\'btnSearch\',\'\')">搜索</a>'
              '<ul class="list"><li><a href="/news/1.html">新闻</a></li></ul></form>')
    assert find_search(page(aspnet), HOME) is None
    assert has_search_box(page(aspnet))


def test_no_search_at_all() -> None:
    assert find_search(page(NO_SEARCH), HOME) is None
    assert not has_search_box(page(NO_SEARCH))


@pytest.mark.parametrize("junk", ["", "\x00\x01<form", "<form><input name=q>", "\ufffd" * 100, "<a href='http://[::1'>x</a>"])
def test_extraction_never_raises(junk: str) -> None:
    find_search(junk, HOME)
    find_search(junk, None)
    has_search_box(junk)
    read_results(junk, HOME, TITLE, HOME)


def test_search_query_drops_the_ellipsis_of_a_cut_title() -> None:
    assert search_query("  关于做好2024年防汛工作...") == "关于做好2024年防汛工作"
    assert search_query("关于做好2024年防汛工作…") == "关于做好2024年防汛工作"
    assert len(search_query("长" * 80)) == 40


# ---- the result page -----------------------------------------------------------------------------

ITEM = "http://www.example.gov.cn/xwdt/202407/t20240701_1.html"


def results(rows: str, summary: str = "") -> str:
    return page(f"""<div class="header"><form action="/search.html"><input name="q" value="{TITLE}"></form></div>
<div class="search-result"><p>{summary}</p><ul>{rows}</ul></div>
<div class="footer">主办单位：测试市人民政府办公室</div>""")


def test_a_result_naming_the_title_with_highlights_is_found() -> None:
    html = results(f'<li><a href="{ITEM}">关于做好<em>2024年防汛</em>工作的通知</a><span>2024-07-01</span></li>',
                   "共找到<b>1</b>条结果")
    found = read_results(html, "http://www.example.gov.cn/search.html?q=x", TITLE, ITEM)
    assert found.state == "found" and found.count == 1
    assert [(h.title, h.url) for h in found.hits] == [(TITLE, ITEM)]


def test_a_result_linking_the_item_or_cut_to_its_first_characters_is_found() -> None:
    by_url = results('<li><a href="/xwdt/202407/t20240701_1.html">防汛通知</a></li>', "共找到1条结果")
    assert read_results(by_url, HOME, TITLE, ITEM).state == "found"
    cut = results('<li><a href="/x/1.html">关于做好2024年防汛...</a></li>', "共找到1条结果")
    assert read_results(cut, HOME, TITLE, ITEM).state == "found"


@pytest.mark.parametrize("summary", ["共找到0条结果", "抱歉，没有找到与“关于做好”相关的结果", "暂无相关结果"])
def test_an_empty_result_page_is_no_result(summary: str) -> None:
    found = read_results(results("", summary), HOME, TITLE, ITEM)
    assert found.state == "no_result" and found.hits == ()


def test_results_none_of_which_is_the_item_are_no_result() -> None:
    html = results('<li><a href="/x/2.html">市政府召开常务会议</a></li><li><a href="/x/3.html">防汛抗旱指挥部会议</a></li>',
                   "共找到2条结果")
    found = read_results(html, HOME, TITLE, ITEM)
    assert found.state == "no_result" and found.count == 2


@pytest.mark.parametrize("body", [
    # results loaded by script; the "nothing found" block waits for the script to show it
    '<div id="app"><p v-if="total==0">没有找到相关结果</p><ul><li v-for="x in list"><a :href="x.url">{{x.title}}</a></li></ul></div>',
    '<div class="result" id="list"></div><p style="display:none" class="empty">暂无相关结果</p><script>load()</script>',
    # a hint, not a finding
    '<div id="list"></div><p>如未找到所需信息，请使用高级检索</p>',
    # the search program is not there
    '<h1>您访问的页面不存在</h1>',
])
def test_a_page_that_shows_no_results_and_says_nothing_is_unclear(body: str) -> None:
    assert read_results(page(body), HOME, TITLE, ITEM).state == "unclear"


def test_the_title_in_the_page_template_alone_is_not_a_result() -> None:
    # The page's own furniture (a header ticker) names the title, the results say none.
    html = results("", "共找到0条结果").replace(
        '<div class="header">', f'<div class="header"><a href="{ITEM.replace("_1", "_9")}">{TITLE}</a>'
    )
    assert read_results(html, HOME, TITLE, ITEM).state == "no_result"


# ---- the rule ------------------------------------------------------------------------------------

INSTANT = datetime(2024, 7, 3, 12, 0, tzinfo=timezone.utc)
SEEN = INSTANT - timedelta(hours=3)
RULE = rule_of("deduct.search")


def evaluate_search(search: SearchObservation | None, when: AsOf, rule: Rule) -> Outcome:
    site = SiteObservations(code="3703000001", name="测试门户", unit="测试单位", url="http://site/", kind="portal",
                            home_latest=None, home_last_ok=None, columns=(), links=(), search=search)
    return site_outcome(rule, site, when)
SEARCH_URL = "http://www.example.gov.cn/search.html?q=x"


def as_of() -> AsOf:
    return AsOf(day=date(2024, 7, 3), instant=INSTANT, max_age=timedelta(days=7))


def observed(state: str, outcome: str = "ok", seen: datetime = SEEN, count: int | None = None) -> SearchObservation:
    queried = state not in ("no_search", "unresolved")
    return SearchObservation(
        url=SEARCH_URL if queried else HOME, fetched_at=seen, outcome=outcome,
        status=None if outcome != "ok" else 200, error=None if outcome == "ok" else "timed out after 5s",
        state=state, title=TITLE if queried else None, item_url=ITEM if queried else None,
        hits=(ItemObservation(TITLE, ITEM, None),) if state == "found" else (), count=count,
    )


def test_missing_search_is_deducted_with_evidence() -> None:
    outcome = evaluate_search(observed("no_search"), as_of(), RULE)
    [deduction] = outcome.deductions
    assert (deduction.rule, deduction.points, deduction.text) == ("deduct.search", 2.0, "未提供站内搜索功能")
    assert deduction.evidence[0].url == HOME and deduction.evidence[0].seen == SEEN
    assert outcome.unknown == ()


def test_a_search_finding_nothing_is_deducted_naming_the_url_and_title() -> None:
    outcome = evaluate_search(observed("no_result", count=0), as_of(), RULE)
    [deduction] = outcome.deductions
    assert (deduction.points, deduction.text) == (1.0, "站内搜索无法检索到已发布信息")
    evidence = deduction.evidence[0]
    assert evidence.url == SEARCH_URL and TITLE in evidence.detail and ITEM in evidence.detail


def test_a_working_search_passes_and_no_check_is_not_assessed() -> None:
    assert evaluate_search(observed("found"), as_of(), RULE) == Outcome()
    unchecked = evaluate_search(None, as_of(), RULE)
    assert unchecked.deductions == () and unchecked.unknown == ()
    assert [n.reason for n in unchecked.not_assessed] == ["未进行站内搜索检查"]
    old = observed("no_search", seen=INSTANT - timedelta(days=30))
    assert evaluate_search(old, as_of(), RULE).deductions == ()
    later = observed("no_search", seen=INSTANT + timedelta(hours=1))
    assert evaluate_search(later, as_of(), RULE).deductions == ()


def test_a_result_page_that_could_not_be_fetched_is_unknown_never_a_deduction() -> None:
    result = evaluate_search(observed("failed", "timeout"), as_of(), RULE)
    assert result.deductions == ()
    [unknown] = result.unknown
    assert unknown.rule == "deduct.search" and "timeout" in unknown.reason


@pytest.mark.parametrize("state", ["unresolved", "unclear"])
def test_a_search_driven_by_script_is_not_assessed(state: str) -> None:
    result = evaluate_search(observed(state, "ok"), as_of(), RULE)
    assert result.deductions == () and result.unknown == ()
    [unsure] = result.not_assessed
    assert unsure.rule == "deduct.search" and "脚本" in unsure.reason


def test_points_are_parameters() -> None:
    rule = load_ruleset("national-2019", {"deduct.search": {"points_missing": 3, "points_no_result": 0.5}})["deduct.search"]
    assert evaluate_search(observed("no_search"), as_of(), rule).deductions[0].points == 3
    assert evaluate_search(observed("no_result"), as_of(), rule).deductions[0].points == 0.5


def test_rule_as_data() -> None:
    assert RULE.subject == "portal" and RULE.kind == "deduction" and RULE.indicator_group == "功能设计"
    assert RULE.verified is False
    assert dict(RULE.params) == {"points_missing": 2.0, "points_no_result": 1.0}
    assert load_ruleset("national-2019")["deduct.search"] == RULE


# ---- a whole check against a real server --------------------------------------------------------

TODAY = datetime.now(ZoneInfo("Asia/Shanghai")).date()
FRESH = TODAY - timedelta(days=1)
SEARCH_FORM = ('<form class="search" action="/search/search.jsp" method="get"><input type="hidden" name="siteid" value="7">'
               '<input type="text" name="searchword" placeholder="请输入关键词"><input type="submit" value="搜索"></form>')


def site_page(title: str, body: str, *, form: bool = True, charset: str = "utf-8") -> bytes:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' if charset == "gbk" else '<meta charset="utf-8">'
    html = (f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head><body>"
            f'<div class="header">{SEARCH_FORM if form else ""}</div>'
            '<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xwdt/">新闻动态</a></li></ul></div>'
            f'<div class="main"><h2>{title}</h2>{body}</div>'
            '<div class="footer">主办单位：测试市人民政府办公室 网站标识码：3799000001</div></body></html>')
    return html.encode(charset)


def news(n: int = 4) -> list[tuple[str, str, date]]:
    return [(f"/xwdt/{FRESH - timedelta(days=i):%Y%m}/t{FRESH - timedelta(days=i):%Y%m%d}_{i}.html",
             f"测试市召开第{i + 1}次防汛工作专题会议", FRESH - timedelta(days=i)) for i in range(n)]


def listing() -> str:
    rows = "".join(f'<li><a href="{path}">{title}</a><span>{day.isoformat()}</span></li>' for path, title, day in news())
    return f'<ul class="list">{rows}</ul>'


def search_handler(mode: str, charset: str) -> object:
    def handler(request: RequestHandler) -> None:
        if mode == "hang":
            request.server.closing.wait()
            return
        terms = parse_qs(urlsplit(request.path).query, encoding=charset)
        query = terms.get("searchword", [""])[0]
        hits = [(p, t) for p, t, _ in news() if mode == "works" and query and query in t and terms.get("siteid") == ["7"]]
        rows = "".join(f'<li><a href="{p}">{t}</a></li>' for p, t in hits)
        body = site_page("站内搜索", f'<div class="result"><p>共找到{len(hits)}条结果</p><ul>{rows}</ul></div>',
                         charset=charset)
        respond(request, 200, body, content_type=f"text/html; charset={charset}")

    return handler


def portal_routes(mode: str, charset: str = "utf-8") -> dict[str, object]:
    routes: dict[str, object] = {
        "/": static(site_page("测试市人民政府", listing(), form=mode != "missing", charset=charset),
                    content_type=f"text/html; charset={charset}"),
        "/xwdt/": static(site_page("新闻动态", listing())),
        "/search/search.jsp": search_handler(mode, charset),
    }
    for path, title, day in news():
        routes[path] = static(site_page(title, f"<p>发布时间：{day.isoformat()}</p><p>{title}。</p>"))
    return routes


def check(tmp_path: Path, server: LocalHTTPServer, kind: str = "portal", timeout: float = 5) -> tuple[object, Path]:
    document = {
        "database": "sqlite:///monitor.db",
        "fetch": {"timeout": timeout, "retries": 0},
        "sites": [{"code": "3799000001", "name": "测试市人民政府", "url": server.url("/"), "kind": kind}],
    }
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    loaded = parse_config(path.read_text(encoding="utf-8"), path)
    asyncio.run(jobs.run_check(loaded, list(loaded.config.sites)))
    report = asyncio.run(jobs.evaluate(loaded, None))
    return report.websites[0], tmp_path / "monitor.db"


def search_rows(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "select url, outcome, kind, blank, blank_reason, next_page, items from page_snapshots where role = 'search'"
        ).fetchall()
    return [(*row[:-1], json.loads(row[-1]) if row[-1] is not None else None) for row in rows]


NEWEST = news()[0]


@pytest.mark.parametrize("charset", ["utf-8", "gbk"])
def test_a_search_that_finds_the_newest_title_is_not_deducted(tmp_path: Path, charset: str) -> None:
    with LocalHTTPServer(portal_routes("works", charset)) as server:
        site, db = check(tmp_path, server)
        queried = [h.path for h in server.hits if h.path.startswith("/search/")]
    assert [d for d in site.deductions if d.rule == "deduct.search"] == []  # type: ignore[attr-defined]
    assert [u for u in site.unknown if u.rule == "deduct.search"] == []  # type: ignore[attr-defined]
    assert len(queried) == 1 and "siteid=7" in queried[0]
    [(url, outcome, state, blank, title, item_url, items)] = search_rows(db)
    assert (outcome, state, blank, title) == ("ok", "found", 0, NEWEST[1])
    assert url.startswith(server.url("/search/search.jsp?")) and item_url == server.url(NEWEST[0])
    assert [(i["title"], i["url"]) for i in items] == [(NEWEST[1], item_url)]


def test_an_empty_result_page_is_deducted(tmp_path: Path) -> None:
    with LocalHTTPServer(portal_routes("empty")) as server:
        site, db = check(tmp_path, server)
    [deduction] = [d for d in site.deductions if d.rule == "deduct.search"]  # type: ignore[attr-defined]
    assert (deduction.points, deduction.text) == (1.0, "站内搜索无法检索到已发布信息")
    assert deduction.evidence[0].url.startswith(server.url("/search/search.jsp?"))
    assert NEWEST[1] in deduction.evidence[0].detail
    [(_, _, state, blank, _, _, items)] = search_rows(db)
    assert (state, blank, items) == ("no_result", 1, [])


def test_a_homepage_without_search_is_deducted(tmp_path: Path) -> None:
    with LocalHTTPServer(portal_routes("missing")) as server:
        site, db = check(tmp_path, server)
        assert server.count("/search/search.jsp") == 0
    [deduction] = [d for d in site.deductions if d.rule == "deduct.search"]  # type: ignore[attr-defined]
    assert (deduction.points, deduction.text) == (2.0, "未提供站内搜索功能")
    assert deduction.evidence[0].url == server.url("/")
    assert search_rows(db) == [(server.url("/"), "ok", "no_search", 1, "未找到站内搜索", None, None)]


def test_a_search_that_times_out_is_unknown_not_deducted(tmp_path: Path) -> None:
    with LocalHTTPServer(portal_routes("hang")) as server:
        site, db = check(tmp_path, server, timeout=1)
    assert [d for d in site.deductions if d.rule == "deduct.search"] == []  # type: ignore[attr-defined]
    # 2 points at stake cannot take a healthy portal below 60: reported, not an unknown verdict.
    assert [u for u in site.unknown if u.rule == "deduct.search"] == []  # type: ignore[attr-defined]
    [unknown] = [u for u in site.notes if u.rule == "deduct.search"]  # type: ignore[attr-defined]
    assert "timeout" in unknown.reason and NEWEST[1] in unknown.reason
    [(_, outcome, state, blank, title, _, items)] = search_rows(db)
    assert (outcome, state, blank, title, items) == ("timeout", None, None, NEWEST[1], None)


async def test_departments_are_not_searched() -> None:
    with LocalHTTPServer(portal_routes("works")) as server:
        site = SiteConfig(code="3799000001", name="测试市人民政府", url=server.url("/"))
        async with Fetcher(FetchSettings(timeout=5, retries=0)) as fetcher:
            result = await crawl_site(fetcher, LinkChecker(fetcher), site, CrawlContext(CrawlConfig(), TODAY))
        assert server.count("/search/search.jsp") == 0
    assert result.search is None
