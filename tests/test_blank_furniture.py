"""Blank columns with furniture (issue 7, item 7): a column whose own list is empty stays blank
although its sidebar, header, footer or another column's block carries dated links.

The saved pages (tests/pages/blank_furniture/) are written in the styles of the CMSs that build
government sites: Hanweb 大汉 (a ``<datastore>`` with an empty ``<recordset>``, jpage
``totalRecord:0``, ``var totalRecord = 0``), TRS WCM / 海云 (``<ul class="list">`` under the
breadcrumb, 暂无信息 / 暂无数据, ``createPageHTML(0, 0, …)``), Kaipuyun (共0条记录 共 0 页) and
plain ``<ul class="list">`` templates. The inline pages below isolate one sign of an empty list
each, and the counter-cases that must not become blank: a real list beside a sidebar, a column
showing one document, a list drawn by script from a known data URL.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from monitor.extract import PageExtract, extract_page

PAGES = Path(__file__).parent / "pages" / "blank_furniture"
TODAY = date(2026, 11, 30)


def read(name: str, url: str, *, hint: str | None = None) -> PageExtract:
    return extract_page((PAGES / name).read_text(encoding="utf-8"), url, today=TODAY, hint=hint)


@dataclass(frozen=True)
class Blank:
    """A saved column page whose own list is empty, the reason it is blank, and one of the
    dated furniture links it carries (still among the page's links, never its items)."""

    name: str
    url: str
    reason: str
    furniture: str


BLANK_PAGES = [
    # 1. Hanweb: empty <recordset>, jpage totalRecord:0, a 热点信息 sidebar of 8 dated links, a dated footer.
    Blank("hanweb_recordset_hot_sidebar.html", "http://www.qinghe.gov.cn/col/col1027/index.html", "无内容",
          "/art/2026/11/28/art_1011_880121.html"),
    # 1. Hanweb: empty datastore and totalRecord:'0'; the side block (部门动态) is a datastore of its own.
    Blank("hanweb_totalrecord_store_sidebar.html", "http://www.qinghe.gov.cn/col/col1033/index.html", "无内容",
          "/art/2026/11/28/art_1012_880201.html"),
    # 1. var totalRecord = 0 pager variables, an empty ul.list, a 其他栏目 block in a right column.
    Blank("hanweb_totalrecord_var_other_columns.html", "http://sthjj.baishi.gov.cn/col/col2155/index.html",
          "无内容", "/art/2026/11/27/art_2111_310451.html"),
    # 2. TRS: empty ul.list under 当前位置 … > 通知公告 and its heading, 其他栏目 block of 10 dated links.
    Blank("trs_empty_ul_other_columns.html", "http://zrzyj.linchuan.gov.cn/zwgk/tzgg/index.html", "无内容",
          "/zwgk/gzdt/202611/t20261128_6120451.html"),
    # 2. TRS: <li>暂无信息</li> as the only entry, a 相关栏目 block of 10 dated links.
    Blank("trs_zanwu_related_columns.html", "http://sjj.linchuan.gov.cn/zwgk/tzgg/index.html", "暂无信息",
          "/zwgk/gzdt/202611/t20261127_2203.html"),
    # 2. Old table layout: 暂无数据 under the breadcrumb only, another column's 10 dated links beside it.
    Blank("trs_zanwu_shuju_table_layout.html", "http://slj.baishi.gov.cn/zwgk/tzgg/index.html", "暂无数据",
          "/slyw/202611/t20261128_880511.html"),
    # 3. Kaipuyun: 共0条记录 共 0 页 under an empty ul, 图片新闻 and 政策解读 in the left column.
    Blank("kaipuyun_pager_zero.html", "http://www.szwt.gov.cn/szwt/zfcg/nav_list.shtml", "无内容",
          "/szwt/tpxw/202611/3a1b2c3d4e5f60718293a4b5c6d7e8f9.shtml"),
    # 3. createPageHTML(0, 0, …) below a table with its header row only, 部门动态 on the right.
    Blank("trs_createpage_0_0_table.html", "http://jtj.linchuan.gov.cn/xxgk/xzxk/index.html", "无内容",
          "/jtyw/202611/t20261128_7730112.html"),
    # 3. Plain template: 共 0 页 under an empty ul.list, 政务要闻 in an unmarked left box.
    Blank("plain_pager_gong0ye.html", "http://tyjrswj.baishi.gov.cn/zwgk/rsxx/", "无内容",
          "/zwyw/2026-11/28/content_55012.html"),
]


@pytest.mark.parametrize("case", BLANK_PAGES, ids=[case.name for case in BLANK_PAGES])
@pytest.mark.parametrize("hint", [None, "list"])
def test_an_empty_column_with_dated_furniture_is_blank(case: Blank, hint: str | None) -> None:
    got = read(case.name, case.url, hint=hint)
    assert (got.kind, got.blank, got.blank_reason) == ("list", True, case.reason)
    # No item and no date: the newest date on the page is the furniture's, never the column's.
    assert (got.item_count, got.latest_item_date, got.next_page, got.data_url) == (0, None, None, None)
    # The furniture is still on the page (its links are checked); it just is not the column's list.
    assert any(link.url.endswith(case.furniture) for link in got.links)


# --- counter-cases: never blank, and the dates are the column's own -----------------------


def test_a_real_list_beside_a_sidebar_keeps_its_own_items_and_date() -> None:
    """12 items of the column's own list, under its breadcrumb and heading; the 其他栏目 block and
    the 热点信息 sidebar beside it are newer (2026-11-28, 2026-11-29) and are not the column's."""
    url = "http://zrzyj.linchuan.gov.cn/zwgk/tzgg/index.html"
    for hint in (None, "list"):
        got = read("trs_list_with_sidebar.html", url, hint=hint)
        assert (got.kind, got.blank, got.blank_reason) == ("list", False, None)
        assert (got.item_count, got.latest_item_date) == (12, date(2026, 11, 20))
        assert all(item.url.startswith("http://zrzyj.linchuan.gov.cn/zwgk/tzgg/2026") for item in got.items)
        assert got.next_page == "http://zrzyj.linchuan.gov.cn/zwgk/tzgg/index_1.html"


def test_a_hanweb_list_beside_an_empty_side_datastore_is_not_blank() -> None:
    """The column's datastore has 10 records; a side unit (相关下载) has an empty recordset and a
    hidden jpage with totalRecord:0, and 热点信息 is newer: neither is the column's."""
    got = read("hanweb_records_and_empty_side_store.html", "http://www.qinghe.gov.cn/col/col1011/index.html")
    assert (got.kind, got.blank, got.blank_reason) == ("list", False, None)
    assert (got.item_count, got.latest_item_date) == (10, date(2026, 11, 20))
    assert all("/art_1011_" in item.url for item in got.items)


def test_a_column_showing_one_document_beside_a_sidebar_is_that_document() -> None:
    """机构职能 shows one document (发布时间 2026-03-15) next to a 其他栏目 block of 8 dated links
    and a 热点信息 one: the column is not blank and its date is the document's, not 2026-11-28."""
    url = "http://sjj.linchuan.gov.cn/jggk/jgzn/index.html"
    got = read("jggk_document_sidebar.html", url, hint="list")  # how the crawler reads a column
    assert (got.kind, got.blank, got.blank_reason) == ("list", False, None)
    assert (got.item_count, got.latest_item_date) == (1, date(2026, 3, 15))
    assert got.items[0].url == url and got.article is not None
    # Read without a hint, the page is the article itself: dated the same, never blank.
    unhinted = read("jggk_document_sidebar.html", url)
    assert (unhinted.kind, unhinted.blank, unhinted.latest_item_date) == ("article", False, date(2026, 3, 15))


def test_a_list_drawn_by_script_beside_a_sidebar_names_its_data_url() -> None:
    """The column's ul is empty until a script fills it from a known API (its pager still says
    共0条 in the raw page): never blank, no items borrowed from the 其他栏目 block, and the
    data URL for the crawler to fetch."""
    for hint in (None, "list"):
        got = read("script_list_data_url_sidebar.html", "http://fgj.szwt.gov.cn/zwgk/zcwj/index.html", hint=hint)
        assert (got.kind, got.blank, got.blank_reason) == ("list", False, None)
        assert (got.item_count, got.latest_item_date) == (0, None)
        assert got.data_url == "http://fgj.szwt.gov.cn/api/cms/article/list?columnId=3307&pageNo=1&pageSize=15"


# --- one sign at a time, on inline pages -------------------------------------------------

SITE = "http://www.example.gov.cn"
# Another column's block in a right-hand column under a heading of its own: not marked as a
# sidebar by its class nor its heading, so only the column's own signs can set it aside.
FURNITURE = """
<div class="right"><div class="r-tit">部门动态</div><ul>
""" + "".join(
    f'<li><a href="/bmdt/202611/t202611{day:02d}_{day}.html">部门动态第{day}条信息标题</a><span>2026-11-{day:02d}</span></li>'
    for day in range(21, 29)
) + """
</ul></div>
<div class="footer">主办单位：示例局　网站标识码：1234000001　更新时间：2026-11-29</div>
"""
HEAD = '<meta name="ColumnName" content="通知公告">'


def inline(main: str, *, scripts: str = "", hint: str | None = None) -> PageExtract:
    html = (
        f"<html><head><meta charset='utf-8'><title>通知公告_示例局</title>{HEAD}</head><body>"
        f'<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>'
        f'<div class="main"><div class="left">{main}</div>{FURNITURE}</div>'
        f"<script>{scripts}</script></body></html>"
    )
    return extract_page(html, SITE + "/zwgk/tzgg/index.html", today=TODAY, hint=hint)


BREADCRUMB = '<div class="wz">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="./">通知公告</a></div>'
HEADING = '<div class="lm-tit">通知公告</div>'
EMPTY_SIGNS = {
    "empty ul under the column heading": (f"{HEADING}<ul></ul>", ""),
    "empty ul right after the breadcrumb": (f"{BREADCRUMB}<div><ul></ul></div>", ""),
    "empty ul.list, no heading": ('<ul class="list"></ul>', ""),
    "empty div.news-list": ('<div class="news-list"></div>', ""),
    "table with its header row only": (f"{HEADING}<table><tr><th>标题</th><th>发布日期</th></tr></table>", ""),
    "empty Hanweb recordset": (
        f'{HEADING}<div id="5001"><script type="text/xml"><datastore><recordset></recordset></datastore></script></div>',
        "",
    ),
    "pager text 共0条 only": ('<div class="pagebar">共0条记录　共0页　首页 上一页 下一页 尾页</div>', ""),
    "pager text 共 0 页 split over spans": ('<div class="pg">共 <span>0</span> 页　当前第<span>1</span>页</div>', ""),
    "pager text 总记录数：0": ('<div class="pg">总记录数：0　每页15条</div>', ""),
    "createPageHTML(0, 0)": ('<div id="page_div"></div>', 'createPageHTML(0, 0, "index", "html");'),
    "海云 createPageHTML, 0 records": (
        '<div id="page_div"></div>', "createPageHTML('page_div', 0, 1, 'index', 'html', 0);"
    ),
    "var countPage = 0": ("", 'var currentPage = 0; var countPage = 0; document.write("");'),
    "var totalRecord = 0": ('<div id="pageBar"></div>', "var totalRecord = 0; var perPage = 20;"),
    "jpage totalRecord:0": (
        '<div id="5002"></div>', "$('#5002').jpage({totalRecord:0, perPage:15, proxyUrl:'/module/web/jpage/dataproxy.jsp'});"
    ),
}


@pytest.mark.parametrize(("main", "scripts"), list(EMPTY_SIGNS.values()), ids=list(EMPTY_SIGNS))
def test_each_sign_of_an_empty_own_list_beats_dated_furniture(main: str, scripts: str) -> None:
    for hint in (None, "list"):
        got = inline(main, scripts=scripts, hint=hint)
        assert (got.kind, got.blank, got.blank_reason) == ("list", True, "无内容"), hint
        assert (got.item_count, got.latest_item_date) == (0, None)


def test_a_placeholder_under_the_breadcrumb_names_the_reason() -> None:
    got = inline(f'{BREADCRUMB}<div class="con"><p>本栏目暂无信息</p></div>')
    assert (got.kind, got.blank, got.blank_reason, got.item_count) == ("list", True, "本栏目暂无信息", 0)


def test_without_any_sign_the_only_list_on_the_page_is_still_read() -> None:
    """No empty list, placeholder nor zero count: nothing says the column is empty, so the one
    list there is read as before (the page is not made blank on a guess)."""
    got = inline("")
    assert (got.blank, got.item_count, got.latest_item_date) == (False, 8, date(2026, 11, 28))


OWN_LIST = '<ul class="list">' + "".join(
    f'<li><a href="/zwgk/tzgg/202611/t202611{day:02d}_{day}.html">关于第{day}项工作的通知</a><span>2026-11-{day:02d}</span></li>'
    for day in range(10, 0, -1)
) + "</ul>"
NOT_EMPTY = {
    # The column's own list, headed by its name, beside an empty tab panel.
    "own list and an empty tab beside it": (f'{HEADING}<div class="tab-con">{OWN_LIST}<ul class="list"></ul></div>', ""),
    # A pager whose count a script fills in (共<span>0</span>条) pages the list right before it.
    "script-filled pager count after the list": (
        f'<div class="xxgk"><div class="tit">文件列表</div>{OWN_LIST}<div class="page">共<span id="n">0</span>条</div></div>',
        "",
    ),
    # totalRecord starts at 0 and is assigned the real count: a script variable, not a count of nothing.
    "a counter assigned later": (
        f'<div class="xxgk"><div class="tit">文件列表</div>{OWN_LIST}</div>', "var totalRecord = 0; totalRecord = 10;"
    ),
}


@pytest.mark.parametrize(("main", "scripts"), list(NOT_EMPTY.values()), ids=list(NOT_EMPTY))
def test_signs_that_do_not_concern_the_column_do_not_blank_it(main: str, scripts: str) -> None:
    """The column's own list (10 items, latest 2026-11-10) sits in a left column, under a heading
    that is not the column's name: what would say "empty" here is about another list, or a
    script's initial value, so the list is read, and its dates, not the furniture's."""
    for hint in (None, "list"):
        got = inline(main, scripts=scripts, hint=hint)
        assert (got.kind, got.blank, got.blank_reason) == ("list", False, None)
        assert (got.item_count, got.latest_item_date) == (10, date(2026, 11, 10))


def test_a_hanweb_unit_with_a_visible_pager_is_a_columns_list() -> None:
    """The chosen list is a jpage unit with a pager of its own (showMode full): a column's list,
    even under a heading that is not the column's name and beside an empty ul.list."""
    records = "".join(
        f'<record><![CDATA[<li><a href="/art/2026/11/{day}/art_1_{day}.html">第{day}条信息标题文字</a>'
        f"<span>2026-11-{day:02d}</span></li>]]></record>"
        for day in range(10, 16)
    )
    main = (
        f'<div class="box"><div class="tit">信息列表</div><div id="6001"><script type="text/xml"><datastore>'
        f"<recordset>{records}</recordset></datastore></script></div></div>"
        '<div class="other"><ul class="list"></ul></div>'
    )
    scripts = "$('#6001').jpage({totalRecord:40, perPage:6, showMode:'full'});"
    html = (
        f"<html><head><meta charset='utf-8'><title>通知公告_示例局</title>{HEAD}</head><body>"
        f'<div class="main"><div class="right">{main}</div></div><script>{scripts}</script></body></html>'
    )
    got = extract_page(html, SITE + "/col/col1/index.html", today=TODAY, hint="list")
    assert (got.blank, got.item_count, got.latest_item_date) == (False, 6, date(2026, 11, 15))


# --- through the command line ------------------------------------------------------------


def _monitor() -> list[str]:
    """The installed console script next to this interpreter (.venv/bin/monitor), else -m."""
    script = Path(sys.executable).parent / "monitor"
    return [str(script)] if script.exists() else [sys.executable, "-m", "monitor"]


def inspect_json(name: str) -> dict[str, object]:
    result = subprocess.run(
        [*_monitor(), "inspect", str(PAGES / name), "--url", "http://127.0.0.1/col/", "--json"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    document: dict[str, object] = json.loads(result.stdout)
    return document


def test_monitor_inspect_reports_the_empty_column_as_blank() -> None:
    got = inspect_json("hanweb_totalrecord_store_sidebar.html")
    assert (got["kind"], got["blank"], got["items"], got["item_count"], got["latest_item_date"]) == (
        "list", True, [], 0, None,
    )
    assert got["next_page"] is None


def test_monitor_inspect_reads_the_real_list_beside_a_sidebar() -> None:
    got = inspect_json("trs_list_with_sidebar.html")
    assert (got["kind"], got["blank"], got["item_count"], got["latest_item_date"]) == ("list", False, 12, "2026-11-20")
