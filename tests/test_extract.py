"""Extraction on saved pages (tests/pages/) and on small inline pages, one trap per test."""

from __future__ import annotations

import random
import time
from datetime import date
from pathlib import Path

import pytest

from monitor.extract import (
    Item,
    Link,
    NavLink,
    PageExtract,
    extract_data,
    extract_page,
    to_inspect_json,
)

PAGES = Path(__file__).parent / "pages"
SITE = "http://www.example.gov.cn"
TODAY = date(2026, 1, 10)


def page(name: str) -> str:
    raw = (PAGES / name).read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030")  # the GBK fixture, as the decode step reads it


def read(name: str, path: str, *, hint: str | None = None, today: date = TODAY) -> PageExtract:
    return extract_page(page(name), SITE + path, today=today, hint=hint)


def inline(body: str, path: str = "/lm/", *, head: str = "", hint: str | None = None) -> PageExtract:
    html = f"<html><head><meta charset='utf-8'><title>测试栏目_示例局</title>{head}</head><body>{body}</body></html>"
    return extract_page(html, SITE + path, today=TODAY, hint=hint)


def summary(read_page: PageExtract) -> tuple:
    return (
        read_page.kind,
        read_page.item_count,
        read_page.latest_item_date,
        read_page.blank,
        read_page.next_page,
    )


# --- saved pages ------------------------------------------------------------------------------


def test_trs_list_ignores_sidebar_clock_copyright_and_title_dates() -> None:
    got = read("trs_list_sidebar.html", "/gzdt/")
    # The 热点 sidebar is dated 2026-01-09/10, the clock 2026-01-10, the build-time meta
    # 2026-01-09, a commented-out list 2026-01-09: none of them is the column's date.
    assert summary(got) == ("list", 6, date(2025, 12, 29), False, f"{SITE}/gzdt/index_1.html")
    assert got.blank_reason is None
    assert [item.date for item in got.items] == [
        date(2025, 12, 29), date(2025, 12, 22), date(2025, 12, 15),
        date(2025, 12, 8), date(2025, 12, 1), date(2025, 11, 24),
    ]
    assert got.items[0] == Item(
        title="市示例局召开2026年全市重点工作推进会",
        url=f"{SITE}/gzdt/202512/t20251229_301.html",
        date=date(2025, 12, 29),
    )
    # A truncated display text gives way to the full @title.
    assert got.items[3].title == "市示例局赴张店区调研营商环境优化工作并召开座谈会听取企业意见建议"
    assert got.title == "工作动态-淄博市示例局"


def test_trs_list_metas() -> None:
    got = read("trs_list_sidebar.html", "/gzdt/")
    assert got.meta["SiteName"] == "淄博市示例局"
    assert got.meta["SiteIDCode"] == "3703000099"
    assert got.meta["ColumnName"] == "工作动态"
    assert got.meta["ColumnType"] == "动态要闻"
    assert got.meta["SiteDomain"] == "www.example.gov.cn"


def test_trs_list_nav_levels_and_exclusions() -> None:
    got = read("trs_list_sidebar.html", "/gzdt/")
    assert got.nav == (
        NavLink("政务公开", f"{SITE}/zwgk/", 1),
        NavLink("通知公告", f"{SITE}/tzgg/", 2, parent=f"{SITE}/zwgk/"),
        NavLink("政策文件", f"{SITE}/zcwj/", 2, parent=f"{SITE}/zwgk/"),
        NavLink("互动交流", f"{SITE}/hdjl/", 1),
    )  # 首页 and the page itself (工作动态) are left out


def test_trs_list_links() -> None:
    got = read("trs_list_sidebar.html", "/gzdt/")
    urls = [link.url for link in got.links]
    assert len(urls) == len(set(urls))
    assert Link(f"{SITE}/images/style.css", "", "link") in got.links
    assert Link(f"{SITE}/images/jquery.js", "", "script") in got.links
    assert Link(f"{SITE}/images/logo.png", "淄博市示例局", "img") in got.links
    assert Link("http://dcs.conac.cn/image/red.png", "", "img") in got.links
    assert Link("http://bszs.conac.cn/sitename?method=show&id=ABCDEF", "", "a") in got.links
    assert f"{SITE}/gzdt/202512/t20251229_301.html" in urls
    assert f"{SITE}/mzyw/202601/t20260110_401.html" in urls  # sidebar links are links too
    assert all(url.startswith(("http://", "https://")) for url in urls)
    assert not any("hm.baidu.com" in url for url in urls)  # dns-prefetch is no resource
    assert not any(url.endswith("#top") for url in urls)


def test_gbk_table_list() -> None:
    got = read("gbk_table_list.html", "/qxdt/")
    assert summary(got) == ("list", 5, date(2026, 1, 5), False, None)  # 下一页 is javascript:
    assert got.items[0].title == "市民政局局长王堃带队督导养老服务机构安全工作"
    assert got.items[-1].date == date(2025, 11, 28)


def test_xxgk_table_reads_the_publication_column() -> None:
    got = read("xxgk_table.html", "/zcwj/")
    assert summary(got) == ("list", 3, date(2026, 1, 8), False, None)
    # 发布日期, not 成文日期 (2025-12-30) nor the 索引号 year.
    assert [item.date for item in got.items] == [date(2026, 1, 8), date(2025, 12, 20), date(2025, 11, 5)]
    assert got.items[0].title == "关于印发《淄博市营商环境优化实施方案》的通知"


def test_placeholder_li_is_blank_not_an_item() -> None:
    got = read("blank_li_placeholder.html", "/rsxx/")
    assert summary(got) == ("list", 0, None, True, None)
    assert got.blank_reason == "暂无信息"


def test_empty_list_container_is_blank() -> None:
    got = read("blank_empty_list.html", "/czyjs/")
    assert summary(got) == ("list", 0, None, True, None)
    assert got.blank_reason == "无内容"


def test_soft404_with_live_sidebar() -> None:
    got = read("soft404.html", "/gzdt/202401/t20240101_1.html")
    assert summary(got) == ("soft404", 0, None, False, None)
    # soft404 wins over the caller's hint.
    assert read("soft404.html", "/gzdt/", hint="list").kind == "soft404"
    assert read("soft404.html", "/", hint="home").kind == "soft404"


def test_article_page() -> None:
    got = read("article.html", "/gzdt/202512/t20251229_301.html")
    assert summary(got) == ("article", 0, date(2025, 12, 29), False, None)
    assert got.meta["PubDate"] == "2025-12-29 10:21"
    assert f"{SITE}/gzdt/202512/P020251229512345678901.pdf" in {link.url for link in got.links}


def test_home_page() -> None:
    got = read("home.html", "/")
    assert summary(got) == ("home", 9, date(2026, 1, 9), False, None)
    # Month-day dates get their year from the item URL: 12-30 is 2025, 01-09 is 2026.
    by_url = {item.url: item.date for item in got.items}
    assert by_url[f"{SITE}/gzdt/202512/t20251230_69.html"] == date(2025, 12, 30)
    assert by_url[f"{SITE}/gzdt/202601/t20260109_71.html"] == date(2026, 1, 9)
    assert got.nav == (
        NavLink("政务公开", f"{SITE}/zwgk/", 1),
        NavLink("通知公告", f"{SITE}/zwgk/tzgg/", 2, parent=f"{SITE}/zwgk/"),
        NavLink("政策文件", f"{SITE}/zwgk/zcwj/", 2, parent=f"{SITE}/zwgk/"),
        NavLink("人事信息", f"{SITE}/zwgk/rsxx/", 2, parent=f"{SITE}/zwgk/"),
        NavLink("工作动态", f"{SITE}/gzdt/", 1),
        NavLink("互动交流", f"{SITE}/hdjl/", 1),
        NavLink("图片新闻", f"{SITE}/tpxw/", 1),  # reached only through its block's 更多 link
    )  # off-site 市政府 and 网站首页 are left out


def test_hint_decides_between_home_and_list() -> None:
    assert read("home.html", "/", hint="list").kind == "list"
    assert read("trs_list_sidebar.html", "/gzdt/", hint="home").kind == "home"


def test_createpagehtml_first_and_last_page() -> None:
    first = read("paged_first.html", "/tzgg/")
    assert summary(first) == ("list", 4, date(2026, 1, 8), False, f"{SITE}/tzgg/index_1.html")
    last = read("paged_last.html", "/tzgg/index_2.html")
    assert summary(last) == ("list", 2, date(2025, 10, 11), False, None)


def test_pinned_old_item_counts_by_its_own_date() -> None:
    got = read("pinned.html", "/tzgg/")
    assert summary(got) == ("list", 6, date(2026, 1, 6), False, None)
    assert got.items[0].pinned and got.items[0].date == date(2023, 11, 20)
    assert not any(item.pinned for item in got.items[1:])
    # Date inside the anchor, before the title, is not part of the title.
    assert got.items[1].title == "关于做好冬季供暖保障工作的通知"
    # 12-01 with no year anywhere, seen on 2026-01-10: last December, never a future date.
    assert got.items[4].date == date(2025, 12, 1)
    # An undated item is an item without a date.
    assert got.items[5].date is None and got.items[5].title == "关于调整办公时间的通知"


def test_hanweb_records_in_script() -> None:
    got = read("hanweb_records.html", "/col/col101/index.html")
    assert summary(got) == ("list", 3, date(2026, 1, 8), False, None)
    assert got.items[0].title == "关于做好2026年春节期间值班工作的通知"  # @title over "值..."
    assert got.items[1].url == "http://zwgk.example.gov.cn/art/2025/12/20/art_12377_1486801.html"
    assert got.nav == (NavLink("机构概况", f"{SITE}/col/col100/index.html", 1),)


def test_hanweb_more_records_than_embedded_gives_the_next_group() -> None:
    html = page("hanweb_records.html").replace("totalRecord:3,", "totalRecord:48,")
    got = extract_page(html, f"{SITE}/col/col101/index.html", today=TODAY)
    assert got.next_page is not None
    assert got.next_page.startswith(f"{SITE}/module/web/jpage/dataproxy.jsp?page=2&appid=1")


# --- pagination -------------------------------------------------------------------------------

LIST = (
    '<div class="list"><ul>'
    '<li><a href="./202601/t20260105_2.html">关于做好冬季供暖保障工作的通知</a><span>2026-01-05</span></li>'
    '<li><a href="./202512/t20251220_1.html">关于开展冬季安全生产检查的通知</a><span>2025-12-20</span></li>'
    "</ul></div>"
)


@pytest.mark.parametrize(
    ("path", "script", "expected"),
    [
        ("/lm/", 'createPageHTML(3, 0, "index", "html");', "/lm/index_1.html"),
        ("/lm/index_1.html", 'createPageHTML(3, 1, "index", "html");', "/lm/index_2.html"),
        ("/lm/index_2.html", 'createPageHTML(3, 2, "index", "html");', None),
        ("/lm/", 'createPageHTML(1, 0, "index", "html");', None),
        ("/lm/", 'createPageHTML(17, 0,"index", "shtml", "black2", 250);', "/lm/index_1.shtml"),
        ("/lm/", "createPageHTML('page_div', 5, 1, 'fg', 'shtml', 89);", "/lm/fg_2.shtml"),
        ("/lm/fg_4.shtml", "createPageHTML('page_div', 5, 4, 'fg', 'shtml', 89);", "/lm/fg_5.shtml"),
        ("/lm/fg_5.shtml", "createPageHTML('page_div', 5, 5, 'fg', 'shtml', 89);", None),
        ("/lm/", "createPageHTML('paging',25,1,'index','html',500);", "/lm/index_2.html"),
        ("/lm/", "var currentPage = 0;//所在页从0开始\nvar countPage = 17;//共多少页", "/lm/index_1.html"),
        ("/lm/index_3.shtml", "var currentPage = 3;\nvar countPage = 17;", "/lm/index_4.shtml"),
        ("/lm/index_16.html", "var currentPage = 16;\nvar countPage = 17;", None),
        # A pager call left commented out above the live one is ignored.
        ("/lm/", '//createPageHTML(9, 0, "index", "html");\ncreatePageHTML(2, 1, "index", "html");', None),
        (
            "/lm/",
            "Ls.pagination('#page_1', function(pageIndex){ location.href='/lm/?pageIndex=' + pageIndex; },"
            " {currPage:(0+1), pageCount:4});",
            "/lm/?pageIndex=2",
        ),
        (
            "/lm/?pageIndex=4",
            "Ls.pagination('#page_1', function(pageIndex){ location.href='/lm/?pageIndex=' + pageIndex; },"
            " {currPage:(3+1), pageCount:4});",
            None,
        ),
    ],
)
def test_script_pagers(path: str, script: str, expected: str | None) -> None:
    got = inline(f'{LIST}<div class="page"><script>{script}</script></div>', path)
    assert got.next_page == (SITE + expected if expected else None)
    assert got.kind == "list"


@pytest.mark.parametrize(
    ("pager", "expected"),
    [
        ('<a href="home_1.htm">下一页</a>', "/lm/home_1.htm"),
        ('<a href="index_2.html">下一页&gt;&gt;</a>', "/lm/index_2.html"),
        ('<a href="?pageNum=2">[下页]</a>', "/lm/?pageNum=2"),
        ('<a class="wb-page-default wb-page-next" href="2.html">&gt;</a>', "/lm/2.html"),
        ('<a href="javascript:void(0)">下一页</a>', None),
        ('<a href="#">下一页</a>', None),
        ("<span>下一页</span>", None),
        ('<a href="/lm/">下一页</a>', None),  # the page itself
    ],
)
def test_link_pagers(pager: str, expected: str | None) -> None:
    got = inline(f'{LIST}<div class="fy">{pager}</div>')
    assert got.next_page == (SITE + expected if expected else None)


def test_pager_without_base_stays_relative() -> None:
    html = f'<html><body>{LIST}<script>createPageHTML(3, 0, "index", "html");</script></body></html>'
    got = extract_page(html, None, today=TODAY)
    assert got.next_page == "index_1.html"
    assert got.items[0].url == "./202601/t20260105_2.html"
    assert got.url is None


# --- list shapes and date traps ---------------------------------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        '<li><a href="/a/t20240506_1.html">关于开展专项检查的通知</a><span>2024-05-06</span></li>',
        '<li><span>2024-05-06</span><a href="/a/t20240506_1.html">关于开展专项检查的通知</a></li>',
        '<li><a href="/a/t20240506_1.html">关于开展专项检查的通知</a><em>[2024-05-06]</em></li>',
        '<li><a href="/a/t20240506_1.html">关于开展专项检查的通知</a><i>(2024/05/06)</i></li>',
        '<li><a href="/a/t20240506_1.html">关于开展专项检查的通知</a><b>2024年5月6日</b></li>',
        '<li><a href="/a/t20240506_1.html">关于开展专项检查的通知</a> 2024-05-06</li>',
        '<li><a href="/a/t20240506_1.html">关于开展专项检查的通知</a><span>2024-05-06<span>07:56</span></span></li>',
        '<li><a href="/a/t20240506_1.html"><span class="list_title">关于开展专项检查的通知</span><i>2024-05-06</i></a></li>',
        '<li><a href="/a/t20240506_1.html"><span class="date">2024-05-06</span>关于开展专项检查的通知</a></li>',
        '<li><a href="/a/t20240506_1.html"><p>关于开展专项检查的通知</p></a><span>2024-05-06</span></li>',
        '<li><a href="/a/t20240506_1.html">关于开展专项检查的通知</a><span>发布日期：2024-05-06</span></li>',
        '<li><a href="/a/x1.html">关于开展专项检查的通知</a><span>２０２４－０５－０６</span></li>',
    ],
)
def test_date_cell_shapes(row: str) -> None:
    body = f"<ul>{row}{row.replace('专项检查', '专题调研').replace('_1.html', '_2.html').replace('x1', 'x2')}</ul>"
    got = inline(body)
    assert got.item_count == 2
    assert got.items[0].title == "关于开展专项检查的通知"
    assert got.items[0].date == date(2024, 5, 6)


def test_labelled_date_in_a_longer_line() -> None:
    got = inline(
        '<ul class="list">'
        '<li><a href="/a/1.html">第一条工作信息标题</a><p>成文日期：2025-03-01 发布时间：2025-03-04 浏览次数：12</p></li>'
        '<li><a href="/a/2.html">第二条工作信息标题</a><p>来源：办公室 日期：2025-02-20</p></li>'
        "</ul>"
    )
    assert [item.date for item in got.items] == [date(2025, 3, 4), date(2025, 2, 20)]


def test_displayed_date_beats_the_url_date() -> None:
    got = inline(
        "<ul>"
        '<li><a href="/a/202007/t20200701_1345115.html">邯郸市召开工作会议</a><span>2020-06-23</span></li>'
        '<li><a href="/2026/09-11/1234.html">河南省人社厅发布通知</a><span>[2026-09-12]</span></li>'
        '<li><a href="/art/2025/10/29/art_1_2.html">只在地址里有日期的信息</a></li>'
        "</ul>"
    )
    assert [item.date for item in got.items] == [date(2020, 6, 23), date(2026, 9, 12), date(2025, 10, 29)]


def test_month_day_year_from_comment() -> None:
    got = inline(
        '<ul id="dataGrid">'
        '<li><a href="/x/a1.jhtml">太原市杏花岭区第一条信息</a><span class="date"><!-- 2018--> 07-04</span></li>'
        '<li><a href="/x/a2.jhtml">太原市杏花岭区第二条信息</a><span class="date"><!-- 2018--> 06-28</span></li>'
        "</ul>"
    )
    assert [item.date for item in got.items] == [date(2018, 7, 4), date(2018, 6, 28)]


def test_split_day_and_year_month() -> None:
    got = inline(
        '<ul class="list">'
        '<li><span class="span_date_left"><b>14</b> 2025.07</span><a href="/a/1.html">第一条工作信息标题</a></li>'
        '<li><span class="span_date_left"><b>3</b> 2025.07</span><a href="/a/2.html">第二条工作信息标题</a></li>'
        '<li><div class="date"><p>2025-06</p><p>28</p></div><a href="/a/3.html">第三条工作信息标题</a></li>'
        "</ul>"
    )
    assert [item.date for item in got.items] == [date(2025, 7, 14), date(2025, 7, 3), date(2025, 6, 28)]


def test_separators_templates_and_junk_rows_are_not_items() -> None:
    got = inline(
        '<ul class="news_box list">'
        '<li><a href="/a/t20260105_1.html">关于做好冬季供暖保障工作的通知</a><span>2026-01-05</span></li>'
        '<li class="line"></li><li></li>'
        '<li ms-repeat="list"><a ms-attr-href="el.url">{{el.title}}</a></li>'
        '<li><a href="/a/t20251220_2.html">关于开展冬季安全生产检查的通知</a><span>2025-12-20</span></li>'
        '<li><a href="javascript:void(0)">关于一条没有链接的信息</a><span>2026-01-09</span></li>'
        '<li><a href="/lm/more.html">更多&gt;&gt;</a></li>'
        "</ul>"
    )
    assert got.item_count == 2
    assert got.latest_item_date == date(2026, 1, 5)


def test_list_split_over_several_ul_is_one_list() -> None:
    rows = [
        f'<li><a href="/a/t202512{day:02d}_{day}.html">第{day}号工作信息标题</a><span>2025-12-{day:02d}</span></li>'
        for day in range(1, 16)
    ]
    body = '<div class="list">' + "".join(f"<ul>{''.join(rows[i:i + 5])}</ul>" for i in range(0, 15, 5)) + "</div>"
    got = inline(body)
    assert got.item_count == 15
    assert got.latest_item_date == date(2025, 12, 15)


def test_one_table_per_item_is_one_list() -> None:
    tables = "".join(
        f'<table width="100%" class="item"><tr><td><a href="/a/t202512{d:02d}_{d}.html">第{d}号县政府工作信息</a></td>'
        f"<td>2025-12-{d:02d}</td></tr></table>"
        for d in range(1, 8)
    )
    got = inline(f'<div class="con">{tables}</div>')
    assert (got.item_count, got.latest_item_date) == (7, date(2025, 12, 7))


def test_sidebar_before_the_list_in_the_markup() -> None:
    sidebar = (
        '<div class="right"><h3>热点信息</h3><ul>'
        + "".join(
            f'<li><a href="/hot/t202601{d:02d}_{d}.html">热点新闻第{d}条标题</a><span>2026-01-{d:02d}</span></li>'
            for d in range(5, 11)
        )
        + "</ul></div>"
    )
    column = (
        '<div class="con"><div class="tit"><h2>测试栏目</h2></div><ul class="news_list">'
        '<li><a href="/lm/t20251101_1.html">本栏目的第一条信息标题</a><span>2025-11-01</span></li>'
        '<li><a href="/lm/t20251020_2.html">本栏目的第二条信息标题</a><span>2025-10-20</span></li>'
        "</ul></div>"
    )
    got = inline(sidebar + column, head='<meta name="ColumnName" content="测试栏目">')
    assert summary(got) == ("list", 2, date(2025, 11, 1), False, None)


def test_blank_column_with_only_a_sidebar_and_a_div_placeholder() -> None:
    got = inline(
        '<div class="side"><h3>最新信息</h3><ul>'
        '<li><a href="/x/t20260109_1.html">其他栏目的最新一条信息</a><span>2026-01-09</span></li>'
        '<li><a href="/x/t20260108_2.html">其他栏目的最新二条信息</a><span>2026-01-08</span></li></ul></div>'
        '<div class="main"><div class="nodata">本栏目暂无信息！</div><ul class="list"></ul></div>'
    )
    assert summary(got) == ("list", 0, None, True, None)
    assert got.blank_reason == "本栏目暂无信息"


@pytest.mark.parametrize(
    ("placeholder", "reason"),
    [
        ("<table><tr><td colspan='5'>本栏目暂无信息<td></tr></table>", "本栏目暂无信息"),
        ("<ul><li>暂无数据</li></ul>", "暂无数据"),
        ("<div>本栏目正在建设中……</div>", "本栏目正在建设中"),
        ("<p>栏目建设中</p>", "栏目建设中"),
        ("<div>内容更新中，敬请期待</div>", "内容更新中"),
        ("<div>没有找到相关信息</div>", "没有找到相关信息"),
        ("<div>暂无内容</div>", "暂无内容"),
        ("<ul></ul>", "无内容"),
    ],
)
def test_placeholders(placeholder: str, reason: str) -> None:
    got = inline(f'<div class="main">{placeholder}</div>')
    assert (got.kind, got.blank, got.blank_reason, got.item_count) == ("list", True, reason, 0)


def test_column_showing_one_document_is_not_blank() -> None:
    """A 机构概况 column is often one page of text: with the list hint it is one item, not blank."""
    text = "<p>" + "淄博市示例局是市政府工作部门，负责全市相关工作的统筹协调和组织实施。" * 6 + "</p>"
    footer = '<div class="footer"><p>主办单位：淄博市示例局</p><p>网站标识码：3703000099</p></div>'
    got = inline(f'<div class="main"><h1>机构概况</h1>{text}</div>{footer}', "/jggk/", hint="list")
    assert summary(got) == ("list", 1, None, False, None)
    assert got.items == (Item(title="机构概况", url=f"{SITE}/jggk/", date=None),)
    article = read("article.html", "/gzdt/202512/t20251229_301.html", hint="list")
    assert summary(article) == ("list", 1, date(2025, 12, 29), False, None)
    assert article.items[0].title == "市示例局召开2026年全市重点工作推进会"
    # A long footer is page furniture, not a document: this column is still blank.
    long_footer = '<div class="footer">' + "<p>主办单位：淄博市示例局 联系电话：0533-0000000 地址：淄博市张店区某路1号</p>" * 6 + "</div>"
    assert inline(f'<ul class="list"></ul>{long_footer}', hint="list").blank


def test_js_rendered_list_is_not_blank() -> None:
    for script in (
        "window._CONFIG = {TREE: [{id: 1, post_count: 203}]};",
        "var recordCount:'12';",
    ):
        got = inline(f'<ul class="list"></ul><script>{script}</script>')
        assert (got.blank, got.blank_reason, got.item_count) == (False, None, 0), script


def test_nothing_is_an_item_in_navigation_or_footer() -> None:
    """Navigation and footer links are never items. Blank is proven, never presumed: with its
    own (empty) list the column is blank; with no list container at all it proves nothing."""
    furniture = (
        '<div class="nav"><ul><li><a href="/a/">政务公开栏目入口</a></li><li><a href="/b/">互动交流栏目入口</a></li></ul></div>'
        '<div class="footer"><ul><li><a href="http://www.sd.gov.cn/">山东省人民政府门户网站</a></li>'
        '<li><a href="http://www.zibo.gov.cn/">淄博市人民政府门户网站</a></li></ul></div>'
    )
    got = inline(furniture + '<div class="main"><ul class="list"></ul></div>')
    assert (got.item_count, got.blank) == (0, True)
    got = inline(furniture)
    assert (got.item_count, got.blank, got.unreadable) == (0, False, None)


# --- page kinds -------------------------------------------------------------------------------


def test_soft404_phrases_and_title() -> None:
    assert inline("<div>对不起，您要访问的页面不存在或已删除</div>").kind == "soft404"
    assert inline("<div>很抱歉，您访问的信息已删除或不存在</div>").kind == "soft404"
    got = extract_page("<html><head><title>404</title></head><body>出错了</body></html>", None, today=TODAY)
    assert got.kind == "soft404"
    # A real list whose titles mention a missing page is still a list.
    rows = "".join(
        f'<li><a href="/a/t2026010{d}_{d}.html">关于页面不存在问题的第{d}次整改通知</a><span>2026-01-0{d}</span></li>'
        for d in range(1, 5)
    )
    assert inline(f"<ul>{rows}</ul>").kind == "list"


def test_article_from_a_published_line_and_long_body() -> None:
    body = "<p>" + "会议强调，要坚持以人民为中心，持续提升服务质量和效率。" * 10 + "</p>"
    got = inline(f'<h1>某某会议召开</h1><div class="info">发布时间：2025-12-03 09:30 来源：办公室</div>{body}')
    assert (got.kind, got.latest_item_date, got.items) == ("article", date(2025, 12, 3), ())


def test_to_inspect_json_has_exactly_the_contract_keys() -> None:
    got = read("pinned.html", "/tzgg/")
    obj = to_inspect_json(got, "utf-8")
    assert list(obj) == [
        "url", "encoding", "kind", "items", "item_count", "latest_item_date", "blank", "next_page",
    ]
    extended = to_inspect_json(got, "utf-8", extended=True)
    assert list(extended)[:8] == list(obj) and {k: extended[k] for k in obj} == obj
    assert list(extended)[8:] == ["blank_reason", "data_url", "frame_url", "unreadable", "problems", "article"]
    assert obj["url"] == f"{SITE}/tzgg/"
    assert obj["encoding"] == "utf-8"
    assert obj["latest_item_date"] == "2026-01-06"
    assert obj["item_count"] == 6 == len(obj["items"])
    assert obj["items"][0] == {
        "title": "【置顶】关于公布政务服务事项清单的公告",
        "url": f"{SITE}/tzgg/202311/t20231120_5.html",
        "date": "2023-11-20",
    }
    assert obj["items"][5]["date"] is None
    blank = to_inspect_json(read("blank_empty_list.html", "/czyjs/"), None)
    assert (blank["latest_item_date"], blank["blank"], blank["encoding"], blank["items"]) == (None, True, None, [])


# --- links ------------------------------------------------------------------------------------


def test_links_resolution_and_filtering() -> None:
    got = inline(
        '<a href="./a.html#part">a</a><a href="./a.html">a again</a>'
        '<a href="javascript:void(0)">js</a><a href="mailto:x@y.cn">mail</a><a href="tel:123">tel</a>'
        '<a href="#">top</a><a href=" /b.html\n">b</a><a href="HTTP://Other.cn/c">c</a>'
        '<a href="http://[bad/x">bad</a><a href="data:text/plain,x">data</a>'
        '<img src="//cdn.example.cn/i.png" alt="图"><iframe src="/weather.html"></iframe>'
        '<script src="/j.js"></script><link href="/s.css" rel="stylesheet">',
        "/lm/index.html",
    )
    assert got.links == (
        Link(f"{SITE}/lm/a.html", "a", "a"),
        Link(f"{SITE}/b.html", "b", "a"),
        Link("http://Other.cn/c", "c", "a"),
        Link("http://cdn.example.cn/i.png", "图", "img"),
        Link(f"{SITE}/weather.html", "", "iframe"),
        Link(f"{SITE}/j.js", "", "script"),
        Link(f"{SITE}/s.css", "", "link"),
    )


def test_base_href_is_honoured() -> None:
    got = inline('<a href="x.html">x</a>', "/lm/", head='<base href="http://cdn.example.gov.cn/site/">')
    assert got.links == (Link("http://cdn.example.gov.cn/site/x.html", "x", "a"),)


# --- robustness and speed ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        "",
        " ",
        "<",
        "<html",
        "<<<>>>",
        "<ul><li><a href='/a/t20240506_1.html'>未闭合",
        "<table><tr><td><a href=http://[::1/x>坏链接</a><td>2024-05-06",
        "\x00\x01\x02\ufffd\udcff",
        "<script>createPageHTML(",
        "<script type='text/xml'><datastore><record><![CDATA[<li><a href='/x'>半截",
        "<a href='" + "a" * 10000 + "'>长</a>",
        "<div>" * 5000 + "深层嵌套" + "</div>" * 10,
        "<li>" * 3000,
        "<meta name=PubDate content=2024-99-99><p>x</p>",
    ],
)
def test_malformed_input_never_raises(html: str) -> None:
    for hint in (None, "home", "list"):
        for base in (None, f"{SITE}/lm/", "not a url", "http://[bad"):
            got = extract_page(html, base, today=TODAY, hint=hint)
            assert got.kind in ("list", "home", "article", "soft404")
            to_inspect_json(got, None, extended=True)


def test_frameset_page() -> None:
    """A frameset page is read through its content frame: never blank; at a site's root a home."""
    html = "<html><head><title>示例局</title></head><frameset><frame src='main.html'></frameset></html>"
    got = extract_page(html, f"{SITE}/", today=TODAY)
    assert (got.kind, got.item_count, got.blank, got.frame_url) == ("home", 0, False, f"{SITE}/main.html")
    got = extract_page(html, f"{SITE}/lm/index.html", today=TODAY)
    assert (got.kind, got.item_count, got.blank, got.frame_url) == ("list", 0, False, f"{SITE}/lm/main.html")


def test_unknown_hint_is_a_caller_bug() -> None:
    with pytest.raises(ValueError, match="hint"):
        extract_page("<html></html>", None, today=TODAY, hint="column")


def test_truncated_and_garbled_fixtures_never_raise() -> None:
    rng = random.Random(7)
    for path in sorted(PAGES.glob("*.html")):
        text = page(path.name)
        for cut in sorted({0, 1, len(text) // 3, len(text) // 2, len(text) - 1, *rng.sample(range(len(text)), 8)}):
            extract_page(text[:cut], f"{SITE}/lm/", today=TODAY)
        garbled = path.read_bytes()[: 4000].decode("latin-1")
        extract_page(garbled, f"{SITE}/lm/", today=TODAY)
    noise = bytes(rng.randrange(256) for _ in range(20000)).decode("utf-8", "replace")
    extract_page(noise, None, today=TODAY)


def test_speed_on_a_link_heavy_page() -> None:
    """A 60 KB page with a two-level menu, three sidebars and forty footer links: a few ms each."""
    menu = "".join(
        f'<li><a href="/c{i}/">栏目{i}</a><ul class="sub">'
        + "".join(f'<li><a href="/c{i}/s{j}/">子栏目{i}-{j}</a></li>' for j in range(6))
        + "</ul></li>"
        for i in range(10)
    )

    def rows(prefix: str, count: int) -> str:
        return "".join(
            f'<li><a href="/{prefix}/2025{k % 12 + 1:02d}/t2025{k % 12 + 1:02d}{k % 27 + 1:02d}_{k}.html" '
            f'title="{prefix}关于做好第{k}项有关工作的通知">{prefix}关于做好第{k}项有关工作的通知</a>'
            f'<span class="date">2025-{k % 12 + 1:02d}-{k % 27 + 1:02d}</span></li>'
            for k in range(count)
        )

    sidebars = "".join(f'<div class="side-box"><h3>热点{i}</h3><ul>{rows(f"hot{i}", 10)}</ul></div>' for i in range(3))
    style = "<style>" + "".join(f".c{i}{{margin:{i}px;color:#{i:06x}}}\n" for i in range(600)) + "</style>"
    script = "<script>" + "".join(f"var v{i} = function(a,b){{ return a+b+{i}; }};\n" for i in range(400)) + "</script>"
    footer = "".join(f'<a href="http://www.site{i}.gov.cn/">友情网站{i}</a>' for i in range(40))
    html = (
        f"<html><head><title>工作动态_某市</title>{style}{script}</head><body>"
        f'<div class="nav"><ul>{menu}</ul></div><div class="main"><div class="left"><ul class="list">{rows("gzdt", 20)}</ul>'
        f'<script>createPageHTML(10, 0, "index", "html");</script></div><div class="right">{sidebars}</div></div>'
        f'<div class="footer">{footer}<p>{"说明文字" * 200}</p></div></body></html>'
    )
    assert len(html.encode()) > 50_000
    extract_page(html, f"{SITE}/gzdt/", today=TODAY)
    runs = 20
    started = time.perf_counter()
    for n in range(runs):
        got = extract_page(html, f"{SITE}/gzdt{n}/", today=TODAY)
    per_page = (time.perf_counter() - started) / runs
    assert got.item_count == 20 and got.kind == "list"
    assert per_page < 0.05  # generous for slow CI machines; about 6 ms on a laptop


# --- blocked pages ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>访问被拦截</title></head><body><p>您的访问被拦截！网站防火墙 安全狗</p></body></html>",
        "<html><body><h1>您的请求带有不合法参数，已被网站管理员设置拦截！</h1><p>云锁</p></body></html>",
        "<html><head><script>document.cookie='__jsl_clearance=1577;max-age=3600;path=/';"
        "location.href=location.pathname+location.search</script></head><body></body></html>",
        "<html><body><noscript>Please enable JavaScript to view the page content.</noscript></body></html>",
    ],
)
def test_firewall_pages_are_blocked_never_blank(html: str) -> None:
    for hint in (None, "list", "home"):
        got = extract_page(html, f"{SITE}/lm/", today=TODAY, hint=hint)
        assert (got.kind, got.blank, got.item_count, got.latest_item_date) == ("blocked", False, 0, None)
        assert to_inspect_json(got, None)["kind"] == "blocked"


def test_a_real_list_mentioning_a_firewall_product_is_a_list() -> None:
    rows = "".join(
        f'<li><a href="/a/t2026010{d}_{d}.html">关于安全狗防火墙采购项目的第{d}次公告</a><span>2026-01-0{d}</span></li>'
        for d in range(1, 5)
    )
    got = inline(f"<ul>{rows}</ul>")
    assert (got.kind, got.item_count) == ("list", 4)


# --- articles ---------------------------------------------------------------------------------

ARTICLE = (
    '<div class="header"><h1>示例市人民政府</h1></div><div class="main"><div class="article">'
    '<h2 class="article-title">关于开展安全检查的通知</h2>'
    '<div class="info">信息提供日期：2025-12-20 来源：办公室 成文日期：2025-12-18</div>'
    '<div id="zoom"><p>各区县人民政府，市政府各部门：为切实做好安全生产工作，现就有关事项通知如下。</p>'
    "<p>一、高度重视。二、压实责任。</p></div>"
    '<div class="fj">附件：<a href="./P020251220123456.pdf">检查表</a> <a href="/u/a.docx">报名表</a>'
    '<a href="/x/download.jsp?filename=%E8%A1%A8.xls">下载</a><a href="/tzgg/">返回列表</a></div></div></div>'
    '<div class="footer">更新时间：2026-01-09 <a href="/wzsm.pdf">网站声明.pdf</a></div>'
)


def test_article_title_date_body_and_attachments() -> None:
    got = inline(ARTICLE, "/tzgg/202512/t20251220_1.html", head='<meta name="SiteName" content="示例局">')
    assert (got.kind, got.latest_item_date, got.items, got.blank) == ("article", date(2025, 12, 20), (), False)
    assert got.article is not None
    assert got.article.title == "关于开展安全检查的通知"
    assert got.article.published == date(2025, 12, 20)
    assert got.article.body_text == "各区县人民政府，市政府各部门：为切实做好安全生产工作，现就有关事项通知如下。 一、高度重视。二、压实责任。"
    assert got.article.attachments == (
        Link(f"{SITE}/tzgg/202512/P020251220123456.pdf", "检查表", "a"),
        Link(f"{SITE}/u/a.docx", "报名表", "a"),
        Link(f"{SITE}/x/download.jsp?filename=%E8%A1%A8.xls", "下载", "a"),
    )  # the footer's own file is not an attachment


def test_article_metas_win() -> None:
    head = (
        '<meta name="ArticleTitle" content="市示例局召开2026年全市重点工作推进会">'
        '<meta name="PubDate" content="2025-12-29 10:21">'
    )
    got = inline(ARTICLE, "/gzdt/content/post_1.html", head=head)
    assert got.kind == "article" and got.article is not None
    assert (got.article.title, got.article.published) == ("市示例局召开2026年全市重点工作推进会", date(2025, 12, 29))


def test_article_title_from_the_page_title_without_the_site_name() -> None:
    html = (
        "<html><head><title>关于调整办公时间的通知_通知公告_示例局</title><meta name='SiteName' content='示例局'>"
        "<meta name='firstpublishedtime' content='2025-11-03-09:30:00'></head><body>"
        "<div><p>" + "因工作需要，自即日起调整办公时间，特此通知。" * 3 + "</p></div></body></html>"
    )
    got = extract_page(html, f"{SITE}/tzgg/content_1.htm", today=TODAY)
    assert got.kind == "article" and got.article is not None
    assert (got.article.title, got.article.published) == ("关于调整办公时间的通知", date(2025, 11, 3))


def test_a_column_showing_one_document_carries_the_article() -> None:
    long_text = ARTICLE.replace("二、压实责任。", "二、压实责任，加强督导检查，确保各项措施落实到位。" * 10)
    got = inline(long_text, "/jggk/", hint="list")
    assert (got.kind, got.item_count, got.latest_item_date) == ("list", 1, date(2025, 12, 20))
    assert got.article is not None and got.items[0].title == got.article.title == "关于开展安全检查的通知"


def test_saved_article_page_reads_attachments() -> None:
    got = read("article.html", "/gzdt/202512/t20251229_301.html")
    assert got.article is not None
    assert got.article.title == "市示例局召开2026年全市重点工作推进会"
    assert f"{SITE}/gzdt/202512/P020251229512345678901.pdf" in {link.url for link in got.article.attachments}


# --- navigation: menus and directory trees ---------------------------------------------------


def test_directory_tree_levels_and_parents() -> None:
    tree = (
        '<div class="xxgk-left"><ul>'
        '<li><a href="/xxgk/jgxx/">机构信息</a><ul><li><a href="/xxgk/jgxx/jgzn/">机构职能</a></li>'
        '<li><a href="/xxgk/jgxx/ldxx/">领导信息</a></li></ul></li>'
        '<li><a href="/xxgk/zcwj/">政策文件</a><ul><li><a href="/xxgk/zcwj/gfxwj/">规范性文件</a>'
        '<ul><li><a href="/xxgk/zcwj/gfxwj/xz/">现行有效</a></li></ul></li></ul></li>'
        "</ul></div>"
    )
    got = inline(tree + '<ul class="list"></ul>', "/xxgk/")
    assert got.nav == (
        NavLink("机构信息", f"{SITE}/xxgk/jgxx/", 1),
        NavLink("机构职能", f"{SITE}/xxgk/jgxx/jgzn/", 2, parent=f"{SITE}/xxgk/jgxx/"),
        NavLink("领导信息", f"{SITE}/xxgk/jgxx/ldxx/", 2, parent=f"{SITE}/xxgk/jgxx/"),
        NavLink("政策文件", f"{SITE}/xxgk/zcwj/", 1),
        NavLink("规范性文件", f"{SITE}/xxgk/zcwj/gfxwj/", 2, parent=f"{SITE}/xxgk/zcwj/"),
        NavLink("现行有效", f"{SITE}/xxgk/zcwj/gfxwj/xz/", 3, parent=f"{SITE}/xxgk/zcwj/gfxwj/"),
    )


def test_menu_with_sub_links_beside_the_entry_and_dl_menus() -> None:
    menu = (
        '<div class="menu"><ul><li><a href="/zwgk/">政务公开</a><div class="sub">'
        '<a href="/zwgk/tzgg/">通知公告</a><a href="/zwgk/zcwj/">政策文件</a></div></li></ul></div>'
        '<div class="leftnav"><dl><dt><a href="/hdjl/">互动交流</a></dt><dd><a href="/hdjl/ldxx/">领导信箱</a></dd></dl></div>'
    )
    got = inline(menu)
    assert got.nav == (
        NavLink("政务公开", f"{SITE}/zwgk/", 1),
        NavLink("通知公告", f"{SITE}/zwgk/tzgg/", 2, parent=f"{SITE}/zwgk/"),
        NavLink("政策文件", f"{SITE}/zwgk/zcwj/", 2, parent=f"{SITE}/zwgk/"),
        NavLink("互动交流", f"{SITE}/hdjl/", 1),
        NavLink("领导信箱", f"{SITE}/hdjl/ldxx/", 2, parent=f"{SITE}/hdjl/"),
    )


def test_directory_tree_drawn_by_script() -> None:
    script = (
        "<script>var zNodes = [{id: 1, pId: 0, name: '机构信息', url: '/xxgk/jgxx/'},"
        "{id: 11, pId: 1, name: '机构职能', url: '/xxgk/jgxx/jgzn/'},"
        "{id: 2, pId: 0, name: '外站链接', url: 'http://other.gov.cn/x/'}];</script>"
    )
    got = inline(f'<ul id="tree" class="ztree"></ul>{script}<ul class="list"></ul>', "/xxgk/")
    assert got.nav == (
        NavLink("机构信息", f"{SITE}/xxgk/jgxx/", 1),
        NavLink("机构职能", f"{SITE}/xxgk/jgxx/jgzn/", 2, parent=f"{SITE}/xxgk/jgxx/"),
    )


# --- more pagers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "pager", "expected"),
    [
        ("/col/col1/index.html", '<div class="page"><span>1</span><a href="?uid=60&pageNum=2">2</a></div>',
         "/col/col1/index.html?uid=60&pageNum=2"),
        ("/col/col1/index.html?uid=60&pageNum=2", '<div class="pages"><a href="?uid=60&pageNum=1">1</a><span>2</span>'
         '<a href="?uid=60&pageNum=3">3</a></div>', "/col/col1/index.html?uid=60&pageNum=3"),
        ("/lm/index_1.html", '<div class="fenye"><a href="index.html">1</a><b>2</b><a href="index_2.html">3</a></div>',
         "/lm/index_2.html"),
        ("/lm/", '<table class="calendar"><tr><td><a href="/rl/2.html">2</a></td></tr></table>', None),
        ("/lm/", '<script>$(".pagination").pagination("setPage", 1, 5);</script>', "/lm/index_2.html"),
        ("/lm/index_5.shtml", '<script>$(".pagination").pagination("setPage", 5, 5);</script>', None),
    ],
)
def test_numbered_and_set_page_pagers(path: str, pager: str, expected: str | None) -> None:
    got = inline(f"{LIST}{pager}", path)
    assert got.next_page == (SITE + expected if expected else None)


def test_hanweb_next_group_built_from_the_jpage_proxy() -> None:
    records = "".join(
        f'<record><![CDATA[<li><a href="/art/2026/1/{d}/art_12377_{d}.html">第{d}条工作动态信息</a><span>2026-01-0{d}</span></li>]]></record>'
        for d in range(1, 4)
    )
    script = (
        "<script>$('#38486').jpage({dataStore: dataStore, totalRecord: 48, perPage: 15,"
        " proxyUrl: '/module/web/jpage/dataproxy.jsp', ajaxParam: {col: 1, appid: 1, webid: 110, path: '/',"
        " columnid: 12377, unitid: 38486, permissiontype: 0}});</script>"
    )
    html = f'<div id="38486"><script type="text/xml"><datastore><recordset>{records}</recordset></datastore></script></div>{script}'
    got = inline(html, "/col/col12377/index.html")
    assert got.item_count == 3
    assert got.next_page == (
        f"{SITE}/module/web/jpage/dataproxy.jsp?startrecord=4&endrecord=48&perpage=15"
        "&col=1&appid=1&webid=110&path=%2F&columnid=12377&unitid=38486&permissiontype=0"
    )
    without_params = html.replace(script, "<script>$('#38486').jpage({totalRecord: 48, perPage: 15});</script>")
    assert inline(without_params, "/col/col12377/index.html").next_page == (
        f"{SITE}/module/web/jpage/dataproxy.jsp?startrecord=4&endrecord=48&perpage=15"
        "&col=1&appid=1&path=%2F&sourceContentType=1&permissiontype=0&columnid=12377&unitid=38486"
    )


def test_hanweb_records_without_cdata() -> None:
    records = "".join(
        f'<record><li><a href="/art/2026/1/{d}/art_1_{d}.html">第{d}条没有CDATA的信息</a></li></record>' for d in (3, 9)
    )
    got = inline(f'<script type="text/xml"><datastore><recordset>{records}</recordset></datastore></script>')
    assert (got.item_count, got.latest_item_date) == (2, date(2026, 1, 9))


# --- problems of the page itself --------------------------------------------------------------


def test_problems_of_the_page_itself() -> None:
    sound = read("trs_list_sidebar.html", "/gzdt/")
    assert sound.problems == ()
    whole = page("trs_list_sidebar.html")
    cut = extract_page(whole[: whole.index("</ul>", len(whole) // 3) - 20], f"{SITE}/gzdt/", today=TODAY)
    assert "truncated document: the last tag is cut off" in cut.problems or "truncated document: no </html>" in cut.problems
    assert any(problem.startswith("unclosed list") for problem in cut.problems)
    shell = extract_page("<html><body><div id='app'></div><script src='/app.js'></script></body></html>", None, today=TODAY)
    assert shell.problems == ("script-only shell: the page is drawn by JavaScript",)
    assert extract_page("", None, today=TODAY).problems == ("empty document",)
    frames = extract_page("<html><frameset><frame src='a.html'></frameset></html>", None, today=TODAY)
    assert frames.problems == ("frameset page: the content is in frames",)


def test_placeholders_popped_up_by_alerts() -> None:
    got = inline('<ul class="list"></ul><script>alert("本栏目正在建设中，敬请期待！");</script>')
    assert (got.blank, got.blank_reason) == (True, "本栏目正在建设中")
    control = inline('<div class="main"><asp:list alert="本栏目正在建设中……"></asp:list></div>')
    assert (control.blank, control.blank_reason) == (True, "本栏目正在建设中")


def test_not_found_words_inside_an_article_are_not_a_soft404() -> None:
    text = "<p>" + "经核查，群众反映的问题信息不存在虚报情况，相关单位已按程序处理完毕并答复。" * 7 + "</p>"
    got = inline(f'<h1>关于群众来信反映问题的处理情况</h1><div class="info">发布时间：2025-12-03</div>{text}')
    assert (got.kind, got.latest_item_date) == ("article", date(2025, 12, 3))


def test_items_opened_by_script_count_when_dated() -> None:
    rows = "".join(
        f'<tr><td><a href="javascript:void(0)" onclick="queryDetail(\'10{d}\')">浙江省考试录用公务员第{d}号公告</a></td>'
        f"<td>2025-12-0{d}</td></tr>"
        for d in range(1, 4)
    )
    tabs = '<div class="tabs"><a onclick="showTab(1)">通知公告</a><a onclick="showTab(2)">政策文件</a></div>'
    got = inline(f"{tabs}<table>{rows}</table>")
    assert (got.item_count, got.latest_item_date) == (3, date(2025, 12, 3))
    assert got.items[0] == Item("浙江省考试录用公务员第1号公告", "", date(2025, 12, 1))
    assert inline(f'{tabs}<ul class="list"></ul>').blank  # undated script links are tabs, not items


def test_lines_separated_by_br_in_one_cell() -> None:
    lines = "".join(
        f'<img src="/i/arrow.gif"> <a href="/ReadNews.asp?NewsID={n}">关于第{n}项工作的通知公告</a>&nbsp;'
        f'<font color="#999">(2023-10-{n:02d})</font><br>'
        for n in range(1, 6)
    )
    links = "".join(f'<a href="http://www.site{n}.gov.cn/">友情网站第{n}个</a><br>' for n in range(6))
    got = inline(f"<table><tr><td>{lines}</td><td>{links}</td></tr></table>")
    assert (got.item_count, got.latest_item_date) == (5, date(2023, 10, 5))
    assert got.items[0] == Item("关于第1项工作的通知公告", f"{SITE}/ReadNews.asp?NewsID=1", date(2023, 10, 1))


def test_titles_mentioning_placeholders_and_not_found_are_items() -> None:
    rows = (
        '<li><a href="/a/t20260122_2.html">关于“页面不存在”问题的整改说明</a><span>2026-01-22</span></li>'
        '<li><a href="/a/t20260110_1.html">智慧园区系统正在建设中的情况说明</a><span>2026-01-10</span></li>'
    )
    got = inline(f'<ul class="list">{rows}</ul><div style="display:none">暂无数据</div>')
    assert (got.kind, got.item_count, got.latest_item_date, got.blank) == ("list", 2, date(2026, 1, 22), False)


def test_inline_pager_writes_its_own_file_names() -> None:
    script = (
        'var currentPage = 0;var nextPage = currentPage+1;var countPage = 23;'
        'document.write("<a href=\\"index"+"_" + nextPage + "."+"shtml\\">下一页</a>");'
    )
    assert inline(f"{LIST}<script>{script}</script>", "/gzdt/").next_page == f"{SITE}/gzdt/index_1.shtml"
    image = inline(f'{LIST}<div class="fy"><a href="index_1.html"><img src="/n.gif" alt="下一页"></a></div>', "/lm/")
    assert image.next_page == f"{SITE}/lm/index_1.html"


def test_cut_and_garbled_corpus_pages_never_raise() -> None:
    """Every saved page, cut short or with markup characters sprinkled in, through both entry points."""
    rng = random.Random(11)
    for path in sorted((PAGES / "corpus").rglob("*.htm*")):
        text = path.read_bytes().decode("utf-8", "replace")
        chars = list(text)
        for _ in range(20):
            chars[rng.randrange(len(chars))] = rng.choice("<>\"'&/=[]{}()#")
        for variant in (text[: rng.randrange(len(text))], "".join(chars)):
            to_inspect_json(extract_page(variant, f"{SITE}/lm/index.html#7", today=TODAY), None, extended=True)
            to_inspect_json(extract_data(variant, f"{SITE}/api?page=1", today=TODAY), None, extended=True)


def test_hanweb_sidebar_datastore_is_not_the_column() -> None:
    def store(unit: str, days: range, column: int) -> str:
        records = "".join(
            f'<record><![CDATA[<li><a href="/art/2026/1/{d}/art_{column}_{d}.html">第{d}条栏目{column}的信息</a>'
            f"<span>2026-01-{d:02d}</span></li>]]></record>"
            for d in days
        )
        nextgroup = f'<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&columnid={column}"></a>]]></nextgroup>'
        return f'<div id="{unit}"><script type="text/xml"><datastore>{nextgroup}<recordset>{records}</recordset></datastore></script></div>'

    sidebar = f'<div class="hot"><h3>热点推荐</h3>{store("900", range(20, 28), 9)}</div>'
    column = f'<div class="main">{store("100", range(1, 16), 1)}</div>'
    script = "<script>$('#900').jpage({totalRecord: 30, perPage: 8});$('#100').jpage({totalRecord: 96, perPage: 15});</script>"
    got = inline(sidebar + column + script, "/col/col1/index.html")
    assert (got.item_count, got.latest_item_date) == (15, date(2026, 1, 15))
    assert got.next_page == f"{SITE}/module/web/jpage/dataproxy.jsp?page=2&columnid=1"


# --- holdout causes: one small trap per cause (pages written for these tests) -----------------

_EMPTY_COLUMN = '<div class="main"><h2>测试栏目</h2><ul class="list"></ul></div>'
_EMPTY_LIST = '<div class="main"><ul class="list"></ul></div>'  # no heading naming the column


@pytest.mark.parametrize("bar", ["x-top", "sy-head", "top-bar", "hd-top"])
def test_a_top_bar_with_a_prefixed_class_is_furniture(bar: str) -> None:
    """Cause 1: a header bar named g-top/top-bar holding one link is no one-item list."""
    top = f'<div class="{bar}"><div class="x-w"><span>欢迎访问</span><a href="/site/search.html">站内检索</a></div></div>'
    got = inline(top + _EMPTY_LIST, "/lm/index.html")
    assert (got.kind, got.item_count, got.blank) == ("list", 0, True)


def test_a_wrapper_read_as_a_row_does_not_take_its_breadcrumb() -> None:
    """Cause 1: a page wrapper div whose child is the breadcrumb is no item."""
    body = (
        '<div class="wrap"><div class="crumb-path"><a href="/">首页</a> &gt; '
        '<a href="/zwgk/list.shtml">政务公开</a></div>' + _EMPTY_LIST + "</div>"
    )
    got = inline(body, "/lm/index.html")
    assert (got.item_count, got.blank) == (0, True)


def test_a_stray_undated_link_is_no_list_beside_the_columns_empty_list() -> None:
    """Cause 1: one undated link outside the column's block does not outweigh the empty list
    headed by the column's own name; a column listing one undated document is not blank."""
    stray = '<div class="tools"><a href="/help/usage.html">使用帮助</a></div>'
    got = inline(stray + _EMPTY_COLUMN, "/lm/index.html")
    assert (got.item_count, got.blank) == (0, True)
    one = '<div class="main"><h2>测试栏目</h2><ul class="list"><li><a href="/lm/rules.pdf">示例局工作规则</a></li></ul></div>'
    got = inline(stray + one, "/lm/index.html")
    assert (got.item_count, got.blank, got.items[0].title) == (1, False, "示例局工作规则")


def test_an_inline_array_wins_over_a_tiny_undated_markup_list() -> None:
    """Cause 2: a script array of dated records beats one undated link in the markup."""
    records = ",".join(
        f'{{"title": "第{d}条示例通知", "pubDate": "2026-01-0{d}", "url": "/lm/2026/0{d}.html"}}' for d in (3, 5, 7, 2)
    )
    body = (
        '<div class="main"><ul class="list"><li><a href="/lm/about.html">栏目说明</a></li></ul></div>'
        f"<script>var dataList = [{records}];</script>"
    )
    got = inline(body, "/lm/index.html")
    assert (got.item_count, got.latest_item_date) == (4, date(2026, 1, 7))
    dated = "".join(
        f'<li><a href="/lm/a{d}.html">第{d}条栏目信息标题</a><span>2025-12-0{d}</span></li>' for d in range(1, 6)
    )
    side = '<script>var hot = [{"title": "热点一", "pubDate": "2026-01-09", "url": "/x/1.html"}];</script>'
    got = inline(f'<ul class="list">{dated}</ul>{side}', "/lm/index.html")
    assert (got.item_count, got.latest_item_date) == (5, date(2025, 12, 5))


def test_a_column_menu_marking_the_current_column_is_navigation() -> None:
    """Cause 3: undated links to sibling columns, one of them this page, are a menu."""
    menu = (
        '<div class="lbox"><div class="lbox-hd">机构信息</div><ul class="lbox-bd">'
        '<li><a href="/about/intro.html">机构简介</a></li><li><a href="/about/leaders.html">领导信息</a></li>'
        '<li class="cur"><a href="/about/duty.html">测试栏目</a></li><li><a href="/about/units.html">内设机构</a></li>'
        "</ul></div>"
    )
    got = inline(menu + _EMPTY_COLUMN, "/about/duty.html")
    assert (got.item_count, got.blank) == (0, True)


@pytest.mark.parametrize(
    ("path", "siblings"),
    [
        ("/content/channel/5501?page=1", ["/content/channel/5502", "/content/channel/5503", "/content/channel/5504"]),
        ("/gg/002001/002001004/list.html", [f"/gg/002001/00200100{i}/list.html" for i in (1, 2, 3)]),
    ],
)
def test_undated_links_shaped_like_this_page_are_sibling_columns(path: str, siblings: list[str]) -> None:
    """Cause 3: numbered sibling columns (same shape as the page URL) are navigation; undated
    links of another shape stay items."""
    menu = "".join(f'<li><a href="{url}">兄弟栏目{i}</a></li>' for i, url in enumerate(siblings))
    got = inline(f'<div class="cols"><ul class="cols-list">{menu}</ul></div>' + _EMPTY_LIST, path)
    assert (got.item_count, got.blank) == (0, True)
    docs = "".join(f'<li><a href="/doc/view/{i}88.html">示例文件第{i}号</a></li>' for i in range(3))
    got = inline(f'<ul class="list">{docs}</ul>', path)
    assert (got.item_count, got.blank) == (3, False)


def test_a_class_that_only_starts_like_nav_may_hold_the_list() -> None:
    """Cause 4: div.navlb (a prefix of nav) holding a long dated list keeps it; an undated
    menu under such a class, or a dated list under a real nav word, stays furniture."""
    rows = "".join(f'<li><a href="/lm/a{d}.html">第{d}条栏目信息标题</a><span>2026-01-0{d}</span></li>' for d in range(1, 7))
    got = inline(f'<div class="navlb"><ul class="doc-list">{rows}</ul></div>', "/lm/index.html")
    assert (got.item_count, got.latest_item_date) == (6, date(2026, 1, 6))
    menu = "".join(f'<li><a href="/lm/s{d}.html">子栏目{d}</a></li>' for d in range(1, 7))
    got = inline(f'<div class="menubox"><ul>{menu}</ul></div>' + _EMPTY_COLUMN, "/lm/index.html")
    assert (got.item_count, got.blank) == (0, True)
    got = inline(f'<div class="nav"><ul>{rows}</ul></div>' + _EMPTY_COLUMN, "/lm/index.html")
    assert (got.item_count, got.blank) == (0, True)


def test_a_placeholder_under_the_columns_name_beats_a_side_box() -> None:
    """Cause 5: 本栏目正在建设中 under the column's own title makes it blank, though a side
    box (its heading the first child of its container) lists dated items."""
    side = (
        '<div class="col-left"><div class="pic-news"><h4>图片新闻</h4>'
        '<div class="it"><a href="/xw/2026/t20260108_1.html">示例局开展冬季检查</a><em>2026-01-08</em></div>'
        '<div class="it"><a href="/xw/2026/t20260107_1.html">示例局召开工作会议</a><em>2026-01-07</em></div>'
        "</div></div>"
    )
    main = '<div class="col-right"><div class="col-title">测试栏目</div><div class="box"><p>本栏目正在建设中……</p></div></div>'
    got = inline(side + main, "/lm/index.html")
    assert (got.item_count, got.blank, got.blank_reason) == (0, True, "本栏目正在建设中")
    # A placeholder in another block (相关下载 暂无数据) leaves the column's list alone.
    rows = "".join(f'<li><a href="/lm/a{d}.html">第{d}条栏目信息标题</a><span>2026-01-0{d}</span></li>' for d in range(1, 4))
    other = '<div class="col-left"><h3>相关下载</h3><div><p>暂无数据</p></div></div>'
    got = inline(other + f'<div class="col-right"><div class="col-title">测试栏目</div><ul>{rows}</ul></div>', "/lm/index.html")
    assert (got.item_count, got.blank) == (3, False)


def test_a_heading_inside_the_block_names_it() -> None:
    """Cause 5: <div><h4>热门文章</h4><div class=item>… is a 热门 sidebar by its own first child."""
    hot = "".join(
        f'<div class="item"><a href="/xw/t2026010{d}_{d}.html">热门文章第{d}篇标题</a><i>2026-01-0{d}</i></div>' for d in (7, 8, 9)
    )
    rows = "".join(f'<li><a href="/lm/a{d}.html">第{d}条栏目信息标题</a><span>2025-11-0{d}</span></li>' for d in (1, 2))
    got = inline(f'<div class="box"><h4>热门文章</h4>{hot}</div><ul class="list">{rows}</ul>', "/lm/index.html")
    assert (got.item_count, got.latest_item_date) == (2, date(2025, 11, 2))


def _home_blocks(jpage: str) -> str:
    records = "".join(
        f'<record><![CDATA[<li><a href="/art/2026/1/{d}/art_11_{d}.html">第{d}条工作动态</a><span>2026-01-0{d}</span></li>]]></record>'
        for d in range(1, 6)
    )
    store = f'<div id="501"><script type="text/xml"><datastore><recordset>{records}</recordset></datastore></script></div>'
    other = "".join(
        f'<div class="box"><h3>{name}</h3><ul>'
        + "".join(f'<li><a href="/art/2025/12/{d}/art_{n}_{d}.html">{name}第{d}条</a><span>2025-12-{d:02d}</span></li>' for d in range(1, 5))
        + "</ul></div>"
        for n, name in ((12, "通知公告"), (13, "政策文件"))
    )
    return f'<div class="box"><h3>工作动态</h3>{store}</div>{other}<script>$("#501").jpage({jpage});</script>'


def test_a_homepage_block_paged_by_jpage_is_not_a_column() -> None:
    """Cause 6: at the site root a jpage showing all its records is a homepage block's."""
    blocks = _home_blocks("{totalRecord:5,perPage:5,showMode:'none'}")
    html = f"<html><head><title>示例局</title></head><body>{blocks}</body></html>"
    got = extract_page(html, f"{SITE}/", today=TODAY)
    assert (got.kind, got.item_count, got.latest_item_date) == ("home", 13, date(2026, 1, 5))
    # A jpage with more records than a page pages the column, even at the root; elsewhere any
    # jpage means a column's list.
    paged = f"<html><head><title>示例局</title></head><body>{_home_blocks('{totalRecord:40,perPage:5}')}</body></html>"
    assert extract_page(paged, f"{SITE}/", today=TODAY).kind == "list"
    assert extract_page(html, f"{SITE}/col/col11/index.html", today=TODAY).kind == "list"


_RS_CHALLENGE = (
    "<html><head><meta content=\"q1w2e3r4t5y6\" id=\"Zx9\" r='m'>"
    "<script type=\"text/javascript\" r='m'>$_ts=window['$_ts'];if(!$_ts)$_ts={};$_ts.nsd=1234;$_ts.cd=\"aBcD\";</script>"
    "<script src=\"/aBcD/c.Xy1.js\" r='m'></script></head>"
    "<body><noscript>请开启JavaScript并刷新该页.</noscript><script r='m'>_$xx();</script></body></html>"
)


def test_a_js_challenge_answering_200_is_blocked_never_blank() -> None:
    """Cause 7: a 瑞数-style challenge page is blocked; an unrecognised script-only shell is not blank."""
    got = extract_page(_RS_CHALLENGE, f"{SITE}/", today=TODAY)
    assert (got.kind, got.item_count, got.blank) == ("blocked", 0, False)
    shell = "<html><head><script src='/x.js'></script></head><body><script>boot();</script></body></html>"
    got = extract_page(shell, f"{SITE}/lm/index.html", today=TODAY)
    assert (got.kind, got.item_count, got.blank) == ("list", 0, False)
    assert "script-only shell: the page is drawn by JavaScript" in got.problems
