"""The CMS family registry (monitor/extract/families/) and the general rules of issue 8.

Every family names its fixtures in the corpus, and each fixture is detected as that family.
The rules are tested on small pages, one trap each: blank is proven, never presumed; lists
read through a frame or a data URL, or not readable at all; rows that open by script; dates in
link text, from an item's own URL, visible over hidden; pinned rows set apart; page state.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml

from monitor.dates import cell_date, date_from_url
from monitor.decode import decode_html
from monitor.extract import PageExtract, extract_data, extract_page
from monitor.extract._page import detect_families
from monitor.extract.families import FAMILIES, Family

CORPUS = Path(__file__).parent / "pages" / "corpus"
LABELS = yaml.safe_load((Path(__file__).parent / "pages" / "labels.yaml").read_text(encoding="utf-8"))
SITE = "http://www.example.gov.cn"
TODAY = date(2026, 1, 10)


def inline(body: str, path: str = "/lm/index.html", *, head: str = "", hint: str | None = None) -> PageExtract:
    html = f"<html><head><meta charset='utf-8'><title>测试栏目_示例局</title>{head}</head><body>{body}</body></html>"
    return extract_page(html, SITE + path, today=TODAY, hint=hint)


def rows(cells: list[str], cls: str = "list") -> str:
    return f'<div class="main"><h2>测试栏目</h2><ul class="{cls}">' + "".join(f"<li>{c}</li>" for c in cells) + "</ul></div>"


SIDEBAR = (
    '<div class="sidebar"><h3>热点信息</h3><ul>'
    + "".join(f'<li><a href="/rd/{d}.html">热点信息第{d}条标题</a><span>2026-01-0{d}</span></li>' for d in range(5, 10))
    + "</ul></div>"
)


# --- the registry ------------------------------------------------------------------------------


def test_registry_is_a_plain_tuple_of_uniquely_named_families() -> None:
    assert isinstance(FAMILIES, tuple) and all(isinstance(family, Family) for family in FAMILIES)
    names = [family.name for family in FAMILIES]
    assert len(names) == len(set(names))
    assert {"hanweb", "trs", "haiyun", "jpaas", "gkmlpt", "kaipuyun", "epoint", "xxgk"} <= set(names)


@pytest.mark.parametrize(
    ("family", "fixture"),
    [pytest.param(f.name, fixture, id=f"{f.name}:{fixture}") for f in FAMILIES for fixture in f.fixtures],
)
def test_every_family_fixture_is_detected_as_its_family(family: str, fixture: str) -> None:
    assert fixture in LABELS, f"{fixture} has no label in labels.yaml"
    label = LABELS[fixture]
    text, _ = decode_html((CORPUS / fixture).read_bytes())
    today = label["today"] if isinstance(label["today"], date) else date.fromisoformat(label["today"])
    assert family in detect_families(text, label["url"], today=today)


def test_every_family_with_hooks_has_a_fixture() -> None:
    assert [family.name for family in FAMILIES if not family.fixtures] == ["shanghai"]  # tested in test_extract.py


# --- blank is proven, never presumed -----------------------------------------------------------


def test_an_empty_own_list_or_a_placeholder_is_blank() -> None:
    assert inline(rows([]) + SIDEBAR).blank
    assert inline('<div class="main"><h2>测试栏目</h2><p>本栏目暂无信息</p></div>' + SIDEBAR).blank


def test_an_empty_block_under_the_columns_heading_is_blank() -> None:
    assert inline('<div class="main"><h2>测试栏目</h2><div class="con"></div><div class="clear"></div></div>').blank
    # A spacer is not a list's place.
    assert not inline('<div class="main"><h2>测试栏目</h2><div class="clear"></div></div>').blank


def test_a_page_without_any_list_container_is_not_blank() -> None:
    """A landing page of service categories (tiles in a menu-like block, links to a platform)."""
    tiles = "".join(f'<li><a href="http://zwfw.example.gov.cn/t{i}">主题{i}</a></li>' for i in range(8))
    got = inline(f'<div class="fw-menu"><ul>{tiles}</ul></div><div class="bm-links"><a href="/x">进入平台</a></div>')
    assert (got.blank, got.unreadable, got.item_count) == (False, None, 0)


def test_a_script_drawn_list_without_data_url_is_unreadable_never_blank() -> None:
    template = (
        '<script id="tpl" type="text/html">{{each list as item}}<li><a href="{{item.url}}">{{item.title}}</a></li>'
        "{{/each}}</script>"
    )
    got = inline(rows([]) + template + "<script>$.getJSON(CONFIG.api, {page: 1}, draw);</script>")
    assert (got.blank, got.unreadable, got.data_url) == (False, "列表由脚本生成，未找到数据地址", None)


def test_an_app_shell_is_unreadable() -> None:
    got = extract_page(
        '<html><head><title>示例局</title></head><body><div id="app"></div><script src="/js/app.1a2b.js"></script>'
        "</body></html>",
        f"{SITE}/web/#/tzgg", today=TODAY,
    )
    assert (got.kind, got.blank, got.unreadable) == ("list", False, "页面由脚本生成，未找到列表")


def test_a_list_loaded_by_a_jsonp_script_element_names_its_data_url() -> None:
    got = inline(rows([]) + '<script>function show(d){}</script><script src="/api/list?channel=3&callback=show"></script>')
    assert (got.blank, got.data_url, got.unreadable) == (False, f"{SITE}/api/list?channel=3&callback=show", None)
    # Counters and badges loaded the same way are not the list.
    got = inline(rows([]) + '<script src="https://hm.baidu.com/hm.js?x=1&callback=f"></script>')
    assert (got.blank, got.data_url) == (True, None)


def test_an_update_panel_filled_by_postback_is_unreadable() -> None:
    script = (
        "<script>function __doPostBack(eventTarget, eventArgument) {}</script>"
        "<script>Sys.Application.add_load(function(){ __doPostBack('ctl00$upList', ''); });</script>"
    )
    got = inline('<form id="form1"><input type="hidden" name="__VIEWSTATE" value="x"><div id="upList">正在加载……</div></form>'
                 + SIDEBAR + script)
    assert (got.blank, got.unreadable) == (False, "列表通过表单回发（postback）加载，无法读取")


# --- frames ------------------------------------------------------------------------------------


def test_an_iframe_under_the_column_heading_is_the_list() -> None:
    got = inline('<div class="main"><h2>测试栏目</h2><iframe src="list.jsp?id=5" height="800" width="100%"></iframe></div>'
                 + SIDEBAR)
    assert (got.blank, got.item_count, got.frame_url) == (False, 0, f"{SITE}/lm/list.jsp?id=5")


def test_the_one_content_iframe_of_a_page_showing_nothing_else() -> None:
    got = inline('<div class="content"><iframe src="/cms/list.aspx?cid=7" width="100%" height="760"></iframe></div>')
    assert (got.blank, got.frame_url) == (False, f"{SITE}/cms/list.aspx?cid=7")


@pytest.mark.parametrize(
    "frame",
    [
        '<iframe src="//tianqi.2345.com/plugin/widget/index.htm?c=1" width="180" height="36"></iframe>',
        '<iframe src="https://player.bilibili.com/player.html?bvid=BV1" width="480" height="300"></iframe>',
        '<iframe src="https://api.map.baidu.com/marker?location=1,2" width="480" height="300"></iframe>',
        '<iframe src="/badge.html" width="120" height="40"></iframe>',
    ],
)
def test_widget_frames_are_not_the_list(frame: str) -> None:
    got = inline(f'<div class="main"><h2>测试栏目</h2>{frame}<ul class="list"><li>暂无信息</li></ul></div>')
    assert (got.blank, got.frame_url) == (True, None)


def test_the_content_frame_of_a_frameset() -> None:
    html = (
        "<html><head><title>某县人民政府</title></head><frameset rows='100,*'><frame src='top.htm' name='topFrame'>"
        "<frameset cols='200,*'><frame src='left.htm' name='leftFrame'><frame src='index_main.htm' name='mainFrame'>"
        "</frameset></frameset></html>"
    )
    got = extract_page(html, f"{SITE}/", today=TODAY)
    assert (got.kind, got.blank, got.frame_url) == ("home", False, f"{SITE}/index_main.htm")


# --- rows that open by script ------------------------------------------------------------------


def test_rows_opened_by_script_are_items_with_the_url_the_script_names() -> None:
    script = "<script>function openDoc(id) { window.open('/lm/content.jsp?id=' + id, '_blank'); }</script>"
    got = inline(
        rows([
            '<a href="javascript:;" onclick="openDoc(\'881\')">第一条通知公告标题</a><span>2026-01-05</span>',
            "<a href=\"javascript:void(0)\" onclick=\"window.open('/lm/show.html?id=882')\">第二条通知公告标题</a>"
            "<span>2026-01-04</span>",
            "<a href=\"javascript:__doPostBack('ctl00$rpt$ctl03$lbtn','')\">第三条通知公告标题</a><span>2026-01-03</span>",
            '<form action="/lm/view.do" method="get"><input type="hidden" name="id" value="884">'
            '<a href="#" onclick="this.parentNode.submit()">第四条通知公告标题</a><span>2026-01-02</span></form>',
            '<form action="/lm/view.do" method="post"><input type="hidden" name="id" value="885">'
            '<a href="#" onclick="this.parentNode.submit()">第五条通知公告标题</a><span>2026-01-01</span></form>',
        ])
        + script
    )
    assert [item.url for item in got.items] == [
        f"{SITE}/lm/content.jsp?id=881", f"{SITE}/lm/show.html?id=882", "", f"{SITE}/lm/view.do?id=884", "",
    ]
    assert (got.item_count, got.latest_item_date, got.blank) == (5, date(2026, 1, 5), False)


def test_a_table_row_that_opens_by_its_own_onclick() -> None:
    script = '<script>function showDetail(id){ location.href = "/hotline/detail.html?id=" + id; }</script>'
    table = "".join(
        f"<tr onclick=\"showDetail('A{d}')\"><td><a href=\"javascript:void(0)\">市民诉求第{d}件标题</a></td>"
        f"<td>2026-01-0{d}</td></tr>"
        for d in range(1, 5)
    )
    got = inline(f'<table class="list"><tr><th>标题</th><th>回复时间</th></tr>{table}</table>{script}')
    assert got.item_count == 4 and got.items[0].url == f"{SITE}/hotline/detail.html?id=A1"


def test_a_title_wrapped_in_a_one_row_table_belongs_to_the_outer_row() -> None:
    """Old templates put each title in a table of its own inside the row's cell; the row's date
    cell is the outer row's."""
    rows_html = "".join(
        f"<tr><td><table><tr><td><a href='detail.jsp?id={d}'>关于第{d}号楼供暖问题的反映</a></td></tr></table></td>"
        f"<td>2025-12-{10 + d}</td><td>已回复</td></tr>"
        for d in range(1, 6)
    )
    got = inline(f"<table class='letters'><tr><td>信件标题</td><td>来信日期</td><td>状态</td></tr>{rows_html}</table>")
    assert (got.item_count, got.latest_item_date) == (5, date(2025, 12, 15))


def test_rows_with_no_link_that_open_by_their_own_onclick() -> None:
    cells = "".join(
        f"<li onclick=\"location.href='/lm/{d}.html'\"><span class='t'>关于第{d}项工作安排的通知</span>"
        f"<span>2026-01-0{d}</span></li>"
        for d in range(1, 5)
    )
    tabs = '<ul class="tabs"><li onclick="showTab(1)">通知公告</li><li onclick="showTab(2)">公示公告</li></ul>'
    got = inline(f'{tabs}<ul class="list">{cells}</ul>')
    assert (got.item_count, got.latest_item_date, got.items[0].url) == (4, date(2026, 1, 4), f"{SITE}/lm/1.html")
    assert got.items[0].title == "关于第1项工作安排的通知"


def test_undated_script_links_are_tabs_not_items() -> None:
    tabs = '<div class="tabs"><a href="javascript:;" onclick="showTab(1)">通知公告</a><a href="javascript:;" onclick="showTab(2)">公示公告</a></div>'
    assert inline(tabs + rows([])).blank


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "title", "day"),
    [
        ("<a href='/lm/1.html'>关于做好冬季供暖工作的通知[2025/11/20]</a>", "关于做好冬季供暖工作的通知", date(2025, 11, 20)),
        ("<a href='/lm/1.html'>县政府召开常务会议（2025-11-28）</a>", "县政府召开常务会议", date(2025, 11, 28)),
        ("<a href='/lm/1.html'>【2025.12.01】关于开展安全检查的通知</a>", "关于开展安全检查的通知", date(2025, 12, 1)),
        ("<a href='/lm/1.html'>关于调整公交线路的通告 2025-12-03</a>", "关于调整公交线路的通告", date(2025, 12, 3)),
        # A date the title speaks of is not the item's date.
        ("<a href='/lm/1.html'>关于2025年12月1日起调整公交线路的通告</a>", "关于2025年12月1日起调整公交线路的通告", None),
        ("<a href='/lm/1.html'>关于印发实施办法的通知（2025年修订）</a>", "关于印发实施办法的通知（2025年修订）", None),
    ],
)
def test_a_date_printed_in_the_link_text(cell: str, title: str, day: date | None) -> None:
    got = inline(rows([cell, cell.replace("/lm/1.html", "/lm/2.html")]))
    assert (got.items[0].title, got.items[0].date) == (title, day)


def test_a_month_day_takes_its_year_from_the_items_own_url() -> None:
    assert date_from_url("http://x.gov.cn/a/gzdt/2025/0302/2231.html") == date(2025, 3, 2)
    assert cell_date("03-02", today=date(2026, 3, 5), url="http://x.gov.cn/a/gzdt/2025/0302/2231.html") == date(2025, 3, 2)
    assert cell_date("03-02", today=date(2026, 3, 5), url="http://x.gov.cn/a/gzdt/2231.html") == date(2026, 3, 2)


def test_visible_publication_dates_win_over_hidden_and_updated_ones() -> None:
    wordpress = [
        f'<a href="/archives/{d}"><time class="entry-date published">2025年12月{d}日</time>'
        f'<time class="updated">2026年1月8日</time></a><h2><a href="/archives/{d}">第{d}篇通知公告的标题</a></h2>'
        for d in (1, 2, 3)
    ]
    assert inline(rows(wordpress)).latest_item_date == date(2025, 12, 3)
    hidden = [
        f'<a href="/p/{d}.html">第{d}篇通知公告的标题</a><span>2025-12-0{d}</span>'
        f'<span class="date updated" style="display:none">2026-01-09</span>'
        for d in (1, 2, 3)
    ]
    assert inline(rows(hidden)).latest_item_date == date(2025, 12, 3)
    # A theme that prints only the modified date shows it: then it is the date there is.
    only = [f'<a href="/p/{d}.html">第{d}篇通知公告的标题</a><span class="updated">2025-12-0{d}</span>' for d in (1, 2, 3)]
    assert inline(rows(only)).latest_item_date == date(2025, 12, 3)
    # time.published.updated is one date, the publication's.
    same = [f'<a href="/p/{d}.html">第{d}篇通知公告的标题</a><time class="entry-date published updated">2025-12-0{d}</time>'
            for d in (1, 2, 3)]
    assert inline(rows(same)).latest_item_date == date(2025, 12, 3)


def test_pinned_rows_set_apart_above_the_list_count_without_a_date() -> None:
    pinned = '<div class="ontop"><ul>' + "".join(
        f'<li><img src="/images/zhiding.gif" alt="置顶"><a href="/lm/top{i}.html">置顶的第{i}条通知标题</a></li>' for i in (1, 2)
    ) + "</ul></div>"
    dated = "".join(f'<li><a href="/lm/{d}.html">第{d}条通知公告的标题</a><span>2026-01-0{d}</span></li>' for d in range(1, 6))
    got = inline(f'<div class="main"><h2>测试栏目</h2>{pinned}<ul class="list">{dated}</ul></div>')
    assert (got.item_count, got.latest_item_date) == (7, date(2026, 1, 5))
    assert [item.pinned for item in got.items[:2]] == [True, True]


# --- page state --------------------------------------------------------------------------------


def _state_page(state: dict, name: str = "window.__INITIAL_STATE__") -> str:
    return (
        "<html><head><title>通知公告</title></head><body><div id='app'></div>"
        f"<script>{name}={json.dumps(state, ensure_ascii=False)};</script></body></html>"
    )


def test_page_state_gives_the_columns_records_never_a_sidebars() -> None:
    own = [{"title": f"第{d}条通知公告的标题", "pubDate": f"2025-12-0{d}", "url": f"/tzgg/{d}.html"} for d in range(1, 6)]
    hot = [{"title": f"热点新闻第{d}条", "pubDate": f"2026-01-0{d}", "url": f"/rd/{d}.html"} for d in range(1, 9)]
    got = extract_page(_state_page({"hotNews": hot, "page": {"list": own, "total": 5}}), f"{SITE}/tzgg", today=TODAY)
    assert (got.item_count, got.latest_item_date) == (5, date(2025, 12, 5))
    only_side = extract_page(_state_page({"sidebar": {"hotList": hot}}), f"{SITE}/tzgg", today=TODAY)
    assert (only_side.item_count, only_side.blank, only_side.unreadable) == (0, False, "列表由脚本生成，未找到数据地址")


# --- stock pages -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "kind"),
    [
        ("<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1><hr>nginx</body></html>", "soft404"),
        ("<html><head><title>HTTP Status 503 – Service Unavailable</title></head><body><h1>HTTP Status 503 – Service "
         "Unavailable</h1></body></html>", "soft404"),
        ("<html><head><title>Error</title></head><body><h1>Whitelabel Error Page</h1><p>There was an unexpected error "
         "(type=Internal Server Error, status=500).</p></body></html>", "soft404"),
        ("<html><head><title>405</title></head><body><p>很抱歉，由于您访问的URL有可能对网站造成安全威胁，您的访问被阻断。</p>"
         "<p>您的请求ID是: 0bc3</p></body></html>", "blocked"),
        # Long only by its stylesheet: still a block page.
        ("<html><head><title>拦截</title><style>" + ".a{color:#123456}" * 800 + "</style></head><body>"
         "<p>当前访问疑似攻击，已被拦截。</p><p>Powered by 长亭雷池 WAF</p></body></html>", "blocked"),
    ],
)
def test_stock_error_and_firewall_pages(html: str, kind: str) -> None:
    got = extract_page(html, f"{SITE}/lm/", today=TODAY)
    assert (got.kind, got.blank, got.item_count) == (kind, False, 0)


def test_an_article_quoting_a_firewall_is_not_blocked() -> None:
    body = "<h1>关于网站防火墙拦截恶意访问情况的通报</h1>" + "<p>" + "本月网站防火墙共拦截恶意访问一万余次，阿里云安全中心……" * 20 + "</p>"
    nav = '<div class="nav">' + "".join(f'<a href="/c{i}/">栏目{i}</a>' for i in range(10)) + "</div>"
    got = extract_page(
        f"<html><head><title>通报_示例局</title><meta name='PubDate' content='2026-01-05'></head><body>{nav}{body}</body></html>",
        f"{SITE}/art/2026/1/5/art_1_2.html", today=TODAY,
    )
    assert (got.kind, got.latest_item_date) == ("article", date(2026, 1, 5))


# --- JSONP answers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "wrap",
    [
        "cb({0});",
        "/**/ cb({0})",
        "try{{jQuery1830_17({0})}}catch(e){{}}",
        "typeof cb === 'function' && cb({0});",
        "\n\ncallback_list ( {0} ) ;\n",
    ],
)
def test_jsonp_answers_read_like_json(wrap: str) -> None:
    answer = json.dumps(
        {"data": {"list": [{"title": "一条JSONP里的通知", "releaseDate": "2025-11-28 10:00:00", "url": "/a/1.html"}],
                  "totalPage": 2}},
        ensure_ascii=False,
    )
    got = extract_data(wrap.format(answer), f"{SITE}/api/list?pageNo=1&callback=cb", today=TODAY)
    assert (got.item_count, got.latest_item_date, got.blank) == (1, date(2025, 11, 28), False)
    assert got.next_page == f"{SITE}/api/list?pageNo=2&callback=cb"


def test_a_jsonp_answer_carrying_html() -> None:
    answer = "listCallback('<li><a href=\"/a/2.html\">第二条通知公告标题</a><span>2025-11-25</span></li>')"
    got = extract_data(answer, f"{SITE}/api/list?callback=listCallback", today=TODAY)
    assert (got.item_count, got.latest_item_date) == (1, date(2025, 11, 25))
