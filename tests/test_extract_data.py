"""Script-rendered lists: inline JS arrays, the data URL a page names, and the API answers behind it."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from monitor.extract import Item, extract_data, extract_page, to_inspect_json

SITE = "http://www.example.gov.cn"
TODAY = date(2026, 9, 30)


def page(body: str, path: str = "/lm/index.html", *, script: str = "", head: str = "") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>通知公告_示例市人民政府</title>{head}</head>"
        f"<body><div class='main'>{body}</div><script>{script}</script></body></html>"
    )


def read(html: str, path: str = "/lm/index.html") -> object:
    return extract_page(html, SITE + path, today=TODAY, hint="list")


def unix(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, 9, 30, tzinfo=timezone(timedelta(hours=8))).timestamp())


# --- inline arrays ----------------------------------------------------------------------------


def test_jikong_item_obj_with_json_string_links() -> None:
    items = [
        {"aT": "关于做好秋冬季传染病防控工作的通知", "aPd": "2026-09-21 17:00", "aU": json.dumps({"common": "/jbkzzx/c1/202609/t1.html"})},
        {"aT": "疾病预防控制工作动态第二期", "aPd": "2026-09-25 09:00", "aU": json.dumps({"common": "/jbkzzx/c1/202609/t2.html"})},
    ]
    got = read(page("<ul id='list'></ul>", script=f"var itemObj={json.dumps(items, ensure_ascii=False)};"))
    assert (got.kind, got.item_count, got.latest_item_date, got.blank) == ("list", 2, date(2026, 9, 25), False)
    assert got.items[0] == Item("关于做好秋冬季传染病防控工作的通知", f"{SITE}/jbkzzx/c1/202609/t1.html", date(2026, 9, 21))


def test_huzhou_data_list_is_a_javascript_literal() -> None:
    script = (
        "var pagesData={\"curPageNo\":1,\"pageTotal\":1};\n"
        "var dataList=[{infolist:[{title:'湖州市召开重点工作推进会',daytime:'2026-09-18',url:'/art/2026/9/18/art_1_1.html'},"
        "{title:'湖州市开展安全生产大检查', daytime:'2026-09-11', url:'/art/2026/9/11/art_1_2.html',},"
        "// a comment in the literal\n]}];"
    )
    got = read(page("<ul id='newsList'></ul>", script=script))
    assert [item.date for item in got.items] == [date(2026, 9, 18), date(2026, 9, 11)]
    assert got.items[1].url == f"{SITE}/art/2026/9/11/art_1_2.html"
    assert not got.blank


def test_column_trees_in_scripts_are_not_items() -> None:
    script = "window._CONFIG = {SID: '755001', TREE: [{id: 1, name: '政策文件', parent: 0, url: '/a/', post_count: 20}]};"
    got = read(page("<div id='app'></div>", "/gkmlpt/index", script=script))
    assert (got.item_count, got.blank) == (0, False)


def test_html_items_win_over_script_literals() -> None:
    rows = "".join(
        f"<li><a href='/lm/202609/t202609{d:02d}_{d}.html'>第{d}条示例通知标题</a><span>2026-09-{d:02d}</span></li>"
        for d in (1, 2, 3)
    )
    script = "var itemObj=[{\"aT\":\"脚本里的另一条\",\"aPd\":\"2026-09-29\"}];"
    got = read(page(f"<ul>{rows}</ul>", script=script))
    assert (got.item_count, got.latest_item_date) == (3, date(2026, 9, 3))


# --- data URLs --------------------------------------------------------------------------------


def test_jpaas_query_data_names_the_unit_api() -> None:
    html = page("<div class='list' queryData=\"{'pageSize':15,'unitId':'77531','webId':'35','columnId':'1301'}\"></div>")
    got = read(html, "/col/col1301/index.html")
    assert (got.kind, got.item_count, got.blank) == ("list", 0, False)
    assert got.data_url == (
        f"{SITE}/api-gateway/jpaas-publish-server/front/page/build/unit?pageSize=15&unitId=77531&webId=35&columnId=1301"
    )


def test_gkmlpt_column_api_from_the_fragment() -> None:
    html = page("<div id='app'></div>", script="window._CONFIG = {SID: '755001', TREE: []};")
    got = extract_page(html, f"{SITE}/szfgw/gkmlpt/index#2627", today=TODAY)
    assert got.data_url == f"{SITE}/szfgw/gkmlpt/api/all/2627?page=1&sid=755001"
    assert not got.blank


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        (
            "var channelid='4b2c'; $.ajax({url: '/szinf/info/getInfoCommon/?pagesize=15&currpage=' + page"
            " + '&channelid=' + channelid, success: render});",
            "/szinf/info/getInfoCommon/?pagesize=15&currpage=1&channelid=4b2c",
        ),
        (
            "var itemId = 4113; $.getJSON('/cn/static/data/DocInfo/SelectDocByItemIdAndChild/data_itemId='"
            " + itemId + ',pageIndex=' + pageIndex + ',pageSize=18.json', draw);",
            "/cn/static/data/DocInfo/SelectDocByItemIdAndChild/data_itemId=4113,pageIndex=1,pageSize=18.json",
        ),
        ('tpc.pagination({dataUrl : "list_date_article.jhtml?classid=12", pageSize: 20});', "/lm/list_date_article.jhtml?classid=12"),
    ],
)
def test_script_data_urls(script: str, expected: str) -> None:
    got = read(page("<ul id='list'></ul>", script=script))
    assert (got.data_url, got.blank, got.item_count) == (SITE + expected, False, 0)


def test_counters_and_site_search_are_not_data_urls() -> None:
    script = (
        "$.ajax({url: '/module/visitcount/visit.jsp?type=3'});"
        "$.get('/jrobot/search.do?webid=1&q=' + q);"
    )
    got = read(page("<ul class='list'></ul>", script=script))
    assert (got.data_url, got.blank, got.blank_reason) == (None, True, "无内容")


def test_data_url_only_when_the_page_has_no_items() -> None:
    rows = "".join(
        f"<li><a href='/lm/t2026090{d}_{d}.html'>第{d}条示例通知标题</a><span>2026-09-0{d}</span></li>" for d in (1, 2)
    )
    got = read(page(f"<ul>{rows}</ul>", script="$.getJSON('/api/list?page=1', draw);"))
    assert (got.item_count, got.data_url) == (2, None)


def test_inspect_json_carries_the_data_url_after_the_contract_keys() -> None:
    got = read(page("<ul></ul>", script="$.getJSON('/api/list?page=1', draw);"))
    obj = to_inspect_json(got, "utf-8", extended=True)
    assert list(obj)[:8] == ["url", "encoding", "kind", "items", "item_count", "latest_item_date", "blank", "next_page"]
    assert obj["data_url"] == f"{SITE}/api/list?page=1"


# --- API answers ------------------------------------------------------------------------------


def test_gkmlpt_answer_with_unix_dates_and_more_pages() -> None:
    articles = [
        {"id": 1, "title": "深圳市发展和改革委员会关于印发某方案的通知", "date": unix(date(2026, 9, 20)),
         "url": "http://www.example.gov.cn/szfgw/gkmlpt/content/4/4284/post_4284753.html"},
        {"id": 2, "title": "关于某项目的公示", "date": unix(date(2026, 9, 28)), "url": "/szfgw/gkmlpt/content/4/4284/post_4284754.html"},
    ]
    answer = json.dumps({"classify": {"id": 2627, "post_count": 203}, "articles": articles}, ensure_ascii=False)
    got = extract_data(answer, f"{SITE}/szfgw/gkmlpt/api/all/2627?page=1&sid=755001", today=TODAY)
    assert (got.kind, got.item_count, got.latest_item_date, got.blank) == ("list", 2, date(2026, 9, 28), False)
    assert got.items[1].url == f"{SITE}/szfgw/gkmlpt/content/4/4284/post_4284754.html"
    assert got.next_page == f"{SITE}/szfgw/gkmlpt/api/all/2627?page=2&sid=755001"


def test_unix_dates_are_beijing_days() -> None:
    late_evening = int(datetime(2026, 9, 20, 23, 30, tzinfo=timezone(timedelta(hours=8))).timestamp())
    answer = json.dumps({"articles": [{"title": "深夜发布的一条通知", "date": late_evening, "url": "/a.html"}]})
    assert extract_data(answer, f"{SITE}/api/all/1?page=1", today=TODAY).latest_item_date == date(2026, 9, 20)
    millis = json.dumps({"rows": [{"title": "毫秒时间戳的一条通知", "publishTime": late_evening * 1000}]})
    assert extract_data(millis, f"{SITE}/api/x?page=1", today=TODAY).latest_item_date == date(2026, 9, 20)


def test_suzhou_infolist_last_page() -> None:
    rows = [{"title": f"苏州市第{n}条信息", "pubtime": f"2026-09-{n:02d} 10:00:00", "url": f"/szinf/c/{n}.shtml"} for n in range(1, 6)]
    answer = json.dumps({"infolist": rows, "total": 20}, ensure_ascii=False)
    url = f"{SITE}/szinf/info/getInfoCommon/?pagesize=5&currpage=4&channelid=abc"
    got = extract_data(answer, url, today=TODAY)
    assert (got.item_count, got.latest_item_date, got.next_page) == (5, date(2026, 9, 5), None)
    first = extract_data(answer, url.replace("currpage=4", "currpage=1"), today=TODAY)
    assert first.next_page == url.replace("currpage=4", "currpage=2")


def test_cbirc_rows_with_page_index_in_the_path() -> None:
    rows = [{"docTitle": "关于某银行的行政处罚信息", "publishDate": "2026-09-17 16:20:00", "docId": 1}]
    answer = json.dumps({"data": {"rows": rows, "total": 37}}, ensure_ascii=False)
    url = f"{SITE}/cn/static/data/DocInfo/SelectDocByItemIdAndChild/data_itemId=4113,pageIndex=1,pageSize=18.json"
    got = extract_data(answer, url, today=TODAY)
    assert (got.item_count, got.latest_item_date) == (1, date(2026, 9, 17))
    assert got.next_page == url.replace("pageIndex=1", "pageIndex=2")


def test_jsonp_answer() -> None:
    answer = 'callback({"list": [{"title": "一条JSONP里的通知", "releaseTime": "2026/9/3", "link": "/a/1.html"}], "totalPage": 1});'
    got = extract_data(answer, f"{SITE}/api/list?page=1", today=TODAY)
    assert (got.item_count, got.latest_item_date, got.next_page) == (1, date(2026, 9, 3), None)


def test_jpaas_answer_html_and_pagination_div() -> None:
    fragment = "".join(
        f'<li class="clearfix"><a href="/art/2026/9/{d}/art_1301_{d}.html" title="第{d}条工作动态">第{d}条工作动态</a>'
        f"<span>2026-09-{d:02d}</span></li>"
        for d in range(1, 16)
    ) + '<div class="pagination" rows="15" count="40"></div>'
    answer = json.dumps({"success": True, "data": {"html": fragment}}, ensure_ascii=False)
    url = (
        f"{SITE}/api-gateway/jpaas-publish-server/front/page/build/unit?webId=35&pageId=1"
        "&paramJson=%7B%22pageNo%22%3A1%2C%22pageSize%22%3A15%7D"
    )
    got = extract_data(answer, url, today=TODAY)
    assert (got.item_count, got.latest_item_date, got.blank) == (15, date(2026, 9, 15), False)
    assert got.next_page == url.replace("%22pageNo%22%3A1", "%22pageNo%22%3A2")
    last = extract_data(answer, url.replace("%22pageNo%22%3A1", "%22pageNo%22%3A3"), today=TODAY)
    assert last.next_page is None


def test_hanweb_dataproxy_xml_by_page_and_by_record_range() -> None:
    records = "".join(
        f'<record><![CDATA[<li><a href="/art/2026/8/{d}/art_12377_{d}.html" title="第{d}条信息">第{d}条信息</a>'
        f"<span>2026-08-{d:02d}</span></li>]]></record>"
        for d in range(1, 16)
    )
    answer = f'<?xml version="1.0" encoding="utf-8"?><datastore><totalrecord>100</totalrecord><totalpage>7</totalpage><recordset>{records}</recordset></datastore>'
    by_page = extract_data(answer, f"{SITE}/module/web/jpage/dataproxy.jsp?page=2&appid=1&columnid=12377", today=TODAY)
    assert (by_page.item_count, by_page.latest_item_date) == (15, date(2026, 8, 15))
    assert by_page.next_page == f"{SITE}/module/web/jpage/dataproxy.jsp?page=3&appid=1&columnid=12377"
    ranged = extract_data(answer, f"{SITE}/module/web/jpage/dataproxy.jsp?startrecord=46&endrecord=90&perpage=15&col=1", today=TODAY)
    assert ranged.next_page == f"{SITE}/module/web/jpage/dataproxy.jsp?startrecord=91&endrecord=135&perpage=15&col=1"
    done = extract_data(answer, f"{SITE}/module/web/jpage/dataproxy.jsp?startrecord=91&endrecord=135&perpage=15", today=TODAY)
    assert done.next_page is None


def test_empty_and_foreign_answers() -> None:
    empty = extract_data('{"articles": [], "classify": {"post_count": 0}}', f"{SITE}/api/all/1?page=1", today=TODAY)
    assert (empty.item_count, empty.blank, empty.next_page) == (0, True, None)
    error = extract_data('{"code": 500, "msg": "系统繁忙"}', f"{SITE}/api/all/1?page=1", today=TODAY)
    assert (error.item_count, error.blank) == (0, False)
    assert error.problems == ("not a list answer: no records found",)
    empty_store = extract_data("<datastore><recordset></recordset></datastore>", f"{SITE}/dataproxy.jsp?page=1", today=TODAY)
    assert (empty_store.item_count, empty_store.blank) == (0, True)


@pytest.mark.parametrize(
    "text",
    ["", "{", "[", "{'a': [", "null", "123", '"x"', "callback(", "<datastore><record><![CDATA[<li>", "\x00\ufffd", "[" * 5000,
     '{"articles": [{"title": 5, "date": "x"}]}', '{"rows": [{"title": "标题", "date": 99999999999999999999}]}'],
)
def test_any_answer_never_raises(text: str) -> None:
    for url in (f"{SITE}/api?page=1", "not a url", ""):
        got = extract_data(text, url, today=TODAY)
        assert got.kind == "list"
        to_inspect_json(got, None, extended=True)
