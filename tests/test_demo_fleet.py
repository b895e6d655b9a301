"""The bundled demo fleet: planted defects only, links that resolve, a server that behaves."""

from __future__ import annotations

import re
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from urllib.parse import urljoin, urlsplit

import httpx
import pytest
from selectolax.lexbor import LexborHTMLParser

from monitor.demo.fleet import (
    DemoColumn,
    DemoFleet,
    DemoSite,
    demo_fleet,
    synthetic_fleet,
)
from monitor.demo.render import Page, render_fleet
from monitor.demo.server import DemoServer, DemoServerError

TODAY = date(2026, 11, 20)
# Just after a new year, so [MM-DD] lists span two years (and stays in the past of the
# real clock, as every demo day does).
NEW_YEAR = date(2026, 1, 5)


@pytest.fixture(scope="module")
def fleet() -> DemoFleet:
    return demo_fleet(TODAY)


@pytest.fixture(scope="module")
def pages(fleet: DemoFleet) -> dict[str, Page]:
    return render_fleet(fleet, TODAY)


@pytest.fixture(scope="module")
def server(fleet: DemoFleet) -> Iterator[DemoServer]:
    with DemoServer(TODAY, fleet=fleet) as running:
        yield running


def _text(site: DemoSite, body: bytes) -> str:
    return body.decode("gb18030" if site.encoding == "gbk" else "utf-8")


def _links(html: str, page_url: str) -> set[str]:
    """Every href/src of the page, resolved; javascript: and fragments left out."""
    found = set()
    for node in LexborHTMLParser(html).css("a[href], link[href], img[src], script[src]"):
        value = node.attributes.get("href") or node.attributes.get("src") or ""
        if value and not value.startswith(("javascript:", "#", "mailto:")):
            found.add(urljoin(page_url, value).split("#")[0])
    return found


def _list_pages(site: DemoSite) -> Iterator[tuple[DemoColumn, int, str]]:
    for column in site.columns:
        if not column.hangs:
            for page in range(column.page_count):
                yield column, page, column.page_path(page)


# Oldest newest-item a healthy column of the fleet may have, in days: well inside the rules.
_MARGINS = {"dynamic": 5, "notice_policy": 60, "yearly": 200, "static": 200}


def _issues(site: DemoSite, today: date) -> set[str]:
    """What the rules would see, from ground truth, with the healthy margins of the fleet."""
    found = set()

    def age(day: date | None) -> int:
        assert day is not None
        return (today - day).days

    if site.home_latest_date is None or age(site.home_latest_date) > 3:
        found.add("home")
    for column in site.columns:
        if column.hangs:
            found.add(f"hangs:{column.slug}")
        elif column.blank:
            found.add(f"blank:{column.slug}")
        elif column.category in _MARGINS and age(column.latest_date) > _MARGINS[column.category]:
            found.add(f"stale:{column.slug}")
        elif column.category == "interaction":
            unanswered = [i for i in column.items if i.replied is None and age(i.date) > 90]
            if unanswered or age(column.latest_date) > 10:
                found.add(f"interaction:{column.slug}")
    if not any(c.category == "interaction" and c.items and not c.hangs for c in site.columns):
        found.add("no interaction channel")
    if not any(c.guides and c.items for c in site.columns):
        found.add("no service guides")
    found.update(f"broken:{link.target}" for link in site.broken_links)
    return found


def _shown_date(site: DemoSite, column: DemoColumn, day: date) -> str:
    """How a list shows an item's date: the site's format in ul lists, fixed forms in tables."""
    if column.style == "table":
        return f"[{day.isoformat()}]"
    if column.style == "ul" and site.date_format == "short":
        return f"[{day:%m-%d}]"
    if column.style == "ul" and site.date_format == "slash":
        return f"{day:%Y/%m/%d}"
    return day.isoformat()


# --- ground truth ----------------------------------------------------------------------------


def test_only_the_planted_defects_are_in_the_fleet(fleet: DemoFleet) -> None:
    issues = {site.slug: _issues(site, TODAY) for site in fleet.sites}
    assert issues["site002"] == {"home"}
    assert {site.slug for site in fleet.sites if "home" in issues[site.slug]} == {"site002"}
    assert all(age >= 20 for age in ((TODAY - i.date).days for i in fleet.site("site002").home_items))
    assert issues["site003"] == {f"stale:{slug}" for slug in ("gzdt", "qxdt", "xzdt", "tpxw", "bmdt")}
    stale = [c for c in fleet.site("site003").columns if f"stale:{c.slug}" in issues["site003"]]
    assert all(c.category == "dynamic" and 20 <= (TODAY - c.latest_date).days <= 120 for c in stale)  # type: ignore[operator]
    assert issues["site004"] == {f"blank:{slug}" for slug in ("rsxx", "ghjh", "czyjs", "jyta", "tjsj")}
    site005 = fleet.site("site005")
    assert site005.kind == "portal" and (site005.broken_home_links, site005.broken_other_links) == (3, 2)
    assert issues["site005"] == {f"broken:{link.target}" for link in site005.broken_links}
    assert issues["site006"] == {"hangs:zxft"}
    healthy = [slug for slug, found in issues.items() if not found]
    assert len(healthy) == 7
    planted = [site.slug for site in fleet.sites if site.planted]
    assert planted == ["site002", "site003", "site004", "site005", "site006"]


def test_fleet_has_the_cms_variety(fleet: DemoFleet) -> None:
    assert len(fleet.sites) == 12
    assert [site.slug for site in fleet.sites if site.encoding == "gbk"] == ["site003", "site008"]
    columns = [c for site in fleet.sites for c in site.columns]
    assert len([c for c in columns if c.pager == "trs" and c.page_count > 1]) >= 3
    assert [c for c in columns if c.pager == "link" and c.page_count > 1]
    assert {c.style for c in columns} >= {"ul", "table", "xxgk", "mailbox"}
    assert any(site.date_in_anchor for site in fleet.sites)
    for column in (c for c in columns if c.style == "xxgk"):
        assert all(item.written is not None and item.written < item.date for item in column.items)
    pinned = [c for c in columns if c.items and c.items[0].pinned]
    assert pinned
    for column in pinned:
        assert column.items[0].date < column.items[1].date
        assert column.latest_date == column.items[1].date
    codes = [site.code for site in fleet.sites]
    assert len(set(codes)) == 12 and all(re.fullmatch(r"\d{10}", code) for code in codes)
    assert all(3 <= len(site.home_blocks) <= 5 for site in fleet.sites)
    assert "堃" in "".join(item.title for c in fleet.site("site003").columns for item in c.items)


def test_pagination_ground_truth(fleet: DemoFleet) -> None:
    column = fleet.site("site001").column("gzdt")
    assert column.page_count == 3
    assert [len(column.page_items(p)) for p in range(3)] == [15, 15, 10]
    assert [column.next_page(p) for p in range(3)] == ["/site001/gzdt/index_1.html", "/site001/gzdt/index_2.html", None]
    assert column.page_path(0) == "/site001/gzdt/"
    assert fleet.site("site004").column("rsxx").blank
    assert fleet.site("site004").column("rsxx").next_page(0) is None


def test_site_entries_follow_the_config_contract(fleet: DemoFleet) -> None:
    entries = fleet.site_entries("http://127.0.0.1:8089/")
    assert len(entries) == 12
    assert entries[0]["url"] == "http://127.0.0.1:8089/site001/"
    assert {e["kind"] for e in entries} == {"portal", "department"}
    declared = [e for e in entries if "columns" in e]
    assert [e["code"] for e in declared] == ["3703000034", "3703000052"]
    column = declared[0]["columns"][0]  # type: ignore[index]
    url = "http://127.0.0.1:8089/site001/gzdt/"
    assert column == {"name": "工作动态", "url": url, "category": "dynamic", "level": 1}
    assert all(str(e["email"]).endswith("@example.org") for e in entries)


def test_dates_move_with_today() -> None:
    now, new_year = demo_fleet(TODAY), demo_fleet(NEW_YEAR)

    def shape(site: DemoSite, today: date) -> set[str]:
        # Broken-link targets carry a month in their path; compare how many there are.
        found = _issues(site, today)
        return {i for i in found if not i.startswith("broken:")} | {f"broken×{len(site.broken_links)}"}

    for a, b in zip(now.sites, new_year.sites, strict=True):
        assert shape(a, TODAY) == shape(b, NEW_YEAR)
        assert (TODAY - a.home_latest_date) == (NEW_YEAR - b.home_latest_date)  # type: ignore[operator]
        for ca, cb in zip(a.columns, b.columns, strict=True):
            assert [TODAY - i.date for i in ca.items] == [NEW_YEAR - i.date for i in cb.items]
    html = render_fleet(new_year, NEW_YEAR)["/site002/"][0].decode()
    assert "今天是2026年1月5日 星期一" in html
    for item in new_year.site("site002").home_items:
        assert item.date.isoformat() in html and (NEW_YEAR - item.date).days >= 20


def test_synthetic_fleet_is_deterministic() -> None:
    one = synthetic_fleet(TODAY, 6, 30, seed=1)
    assert one == synthetic_fleet(TODAY, 6, 30, seed=1)
    assert one != synthetic_fleet(TODAY, 6, 30, seed=2)
    assert len(one.sites) == 6 and all(len(site.columns) == 30 for site in one.sites)
    assert len({c.path for site in one.sites for c in site.columns}) == 180
    render_fleet(one, TODAY)  # every title encodes in its site's charset


# --- rendered pages ---------------------------------------------------------------------------


def test_every_link_stays_on_the_demo_server(fleet: DemoFleet, pages: dict[str, Page]) -> None:
    planted = {link.target for site in fleet.sites for link in site.broken_links}
    dangling = set()
    for site in fleet.sites:
        for path, (body, content_type) in pages.items():
            if not (path.startswith(site.path) and content_type.startswith("text/html")):
                continue
            html = _text(site, body)
            assert "http://" not in html and "https://" not in html, path
            for url in _links(html, "http://demo" + path):
                target = urlsplit(url).path
                assert urlsplit(url).netloc == "demo", (path, url)
                if target not in pages and target not in planted and not fleet.hangs(target):
                    dangling.add((path, target))
    assert not dangling


def test_pages_carry_furniture_and_meta(fleet: DemoFleet, pages: dict[str, Page]) -> None:
    for site in fleet.sites:
        for path, (body, content_type) in pages.items():
            if not (path.startswith(site.path) and content_type.startswith("text/html")):
                continue
            html = _text(site, body)
            assert "今天是2026年11月20日 星期五" in html
            assert f'<meta name="SiteIDCode" content="{site.code}">' in html
            assert f"网站标识码：{site.code}" in html and "ICP备" in html and "公网安备" in html
            assert "&copy; 2013-2026" in html
        for column, page, path in _list_pages(site):
            html = _text(site, pages[path][0])
            assert f'<meta name="ColumnName" content="{column.name}">' in html
            for item in column.page_items(page):
                article = _text(site, pages[item.path][0])
                assert f'<meta name="PubDate" content="{item.date.isoformat()} ' in article
                assert '<meta name="ArticleTitle"' in article


def test_list_pages_show_their_ground_truth(fleet: DemoFleet, pages: dict[str, Page]) -> None:
    for site in fleet.sites:
        for column, page, path in _list_pages(site):
            html = _text(site, pages[path][0])
            links = _links(html, "http://demo" + path)
            for item in column.page_items(page):
                assert "http://demo" + item.path in links, (path, item.path)
                assert _shown_date(site, column, item.date) in html, (path, item.date)
            following = column.next_page(page)
            if column.pager == "trs":
                assert f'createPageHTML({column.page_count}, {page}, "index", "html")' in html
            elif column.pager == "trs_vars":
                assert f"var currentPage = {page};" in html and f"var countPage = {column.page_count};" in html
            elif following is not None:
                assert "http://demo" + following in links and ">下一页</a>" in html
            if page == 0:
                assert pages[column.path] == pages[column.path + "index.html"]
        if site.hot_sidebar:
            html = _text(site, pages[site.column("gzdt").path][0])
            assert f'<span class="date">{TODAY.isoformat()}</span>' in html.split("<h2>")[0]


def test_blank_columns_render_their_placeholders(fleet: DemoFleet, pages: dict[str, Page]) -> None:
    site = fleet.site("site004")
    html = {c.slug: pages[c.path][0].decode() for c in site.columns if c.blank}
    assert '<ul class="news_list"><li>暂无信息</li></ul>' in html["rsxx"]
    assert '<div class="nodata">本栏目暂无信息</div><ul class="news_list"></ul>' in html["ghjh"]
    assert "<tbody></tbody>" in html["czyjs"]
    assert "栏目建设中" in html["jyta"]
    assert '<td colspan="3" align="center">暂无数据</td>' in html["tjsj"]


# --- the server -------------------------------------------------------------------------------


def test_links_answer_except_the_planted_broken_ones(fleet: DemoFleet, server: DemoServer) -> None:
    seen_on: dict[str, set[str]] = defaultdict(set)
    with httpx.Client(timeout=5) as client:
        for site in fleet.sites:
            page_paths = [site.path] + [path for _, _, path in _list_pages(site)]
            for path in page_paths:
                response = client.get(server.base_url + path)
                assert response.status_code == 200, path
                for url in _links(_text(site, response.content), str(response.url)):
                    seen_on[url].add(path)
        failing = {}
        for url in sorted(seen_on):
            if fleet.hangs(urlsplit(url).path):
                continue
            status = client.head(url).status_code
            if status != 200:
                failing[urlsplit(url).path] = (status, seen_on[url])
    expected = {link.target: (404, {link.page}) for site in fleet.sites for link in site.broken_links}
    assert failing == expected
    site005 = fleet.site("site005")
    assert sum(1 for _, pages_ in failing.values() if pages_ == {site005.path}) == 3


def test_gbk_site_is_served_as_gbk(fleet: DemoFleet, server: DemoServer) -> None:
    response = httpx.get(server.base_url + "/site003/gzdt/")
    assert response.headers["content-type"] == "text/html"
    body = response.content
    assert b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' in body
    assert "王堃".encode("gbk") in body
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert "王堃" in body.decode("gb18030")
    assert httpx.get(server.base_url + "/site001/").headers["content-type"] == "text/html; charset=utf-8"


def test_server_speaks_http11_get_and_head(server: DemoServer) -> None:
    with httpx.Client(base_url=server.base_url) as client:
        directory, index = client.get("/site001/gzdt/"), client.get("/site001/gzdt/index.html")
        assert directory.http_version == "HTTP/1.1" and "close" not in directory.headers.get("connection", "")
        assert directory.content == index.content
        assert int(directory.headers["content-length"]) == len(directory.content)
        head = client.head("/site001/gzdt/")
        assert head.status_code == 200 and head.content == b""
        assert head.headers["content-length"] == directory.headers["content-length"]
        missing = client.get("/site001/no-such-page.html")
        assert missing.status_code == 404 and "页面不存在" in missing.text
        found = client.get("/site001/search.html", params={"q": "发改委"})
        assert found.status_code == 200 and "共找到" in found.text and "共找到0条" not in found.text
        assert client.get("/site001/images/logo.png").content.startswith(b"\x89PNG")


def test_port_in_use_is_a_clear_error(server: DemoServer) -> None:
    with pytest.raises(DemoServerError, match="already in use"):
        DemoServer(TODAY, port=server.port)


def test_hanging_column_never_answers_and_close_stays_prompt() -> None:
    fleet = demo_fleet(TODAY)
    hanging = next(c for site in fleet.sites for c in site.columns if c.hangs)
    running = DemoServer(TODAY, fleet=fleet)
    outcome: list[str] = []

    def wait_forever() -> None:
        # A second client that would wait as long as the server lets it.
        try:
            httpx.get(running.base_url + hanging.path + "index.html", timeout=30)
            outcome.append("answered")
        except httpx.HTTPError as exc:
            outcome.append(type(exc).__name__)

    waiter = threading.Thread(target=wait_forever)
    waiter.start()
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(running.base_url + hanging.path, timeout=1)
    assert httpx.get(running.base_url + "/site006/", timeout=2).status_code == 200
    started = time.monotonic()
    running.close()
    assert time.monotonic() - started < 2
    waiter.join(timeout=2)
    assert outcome and outcome != ["answered"]
    with pytest.raises(httpx.ConnectError):
        httpx.get(running.base_url + "/site006/", timeout=1)


def test_homepage_dates_are_not_the_clock(fleet: DemoFleet, pages: dict[str, Page]) -> None:
    site = fleet.site("site002")
    html = pages[site.path][0].decode()
    dates = set(re.findall(r'<span class="date">([\d-]+)</span>', html))
    assert dates == {item.date.isoformat() for item in site.home_items}
    assert TODAY - timedelta(days=25) >= max(date.fromisoformat(d) for d in dates)
