"""What the crawler fetches for a site, against a real server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from monitor import jobs
from monitor.config import CrawlConfig, SiteConfig, parse_config
from monitor.crawl import CrawlContext, LinkChecker, crawl_site
from monitor.fetch import Fetcher, FetchSettings
from tests.httpserver import LocalHTTPServer, static

TODAY = datetime.now(ZoneInfo("Asia/Shanghai")).date()
FRESH = TODAY - timedelta(days=2)
OLD = TODAY - timedelta(days=40)

NAV = """<div class="nav"><ul>
<li><a href="/">首页</a></li>
<li><a href="/xwdt/">新闻动态</a></li>
<li><a href="/tzgg/">通知公告</a></li>
<li><a href="/zcjd/">政策解读</a></li>
</ul></div>"""


def page(title: str, body: str) -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta name="SiteName" content="测试市人民政府"><meta name="SiteIDCode" content="3799000001"></head>
<body>{NAV}<div class="main"><h2>{title}</h2>{body}</div>
<div class="footer">主办单位：测试市人民政府办公室 网站标识码：3799000001</div></body></html>""".encode()


def dated_list(prefix: str, day: date, n: int = 6) -> str:
    rows = "".join(
        f'<li><a href="/{prefix}/{(day - timedelta(days=i)):%Y%m}/t{(day - timedelta(days=i)):%Y%m%d}_{i}.html">'
        f"关于做好第{i}项工作的通知</a><span>{(day - timedelta(days=i)).isoformat()}</span></li>"
        for i in range(n)
    )
    return f'<ul class="list">{rows}</ul>'


def undated_list(prefix: str, n: int = 6) -> str:
    rows = "".join(f'<li><a href="/{prefix}/content_{i}.html">政策解读第{i}期：一图读懂</a></li>' for i in range(n))
    return f'<ul class="list">{rows}</ul>'


def article(title: str, day: date) -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{day.isoformat()} 09:30"></head>
<body>{NAV}<div class="article"><h1>{title}</h1><div class="info">发布时间：{day.isoformat()} 09:30 来源：本网</div>
<div class="TRS_Editor"><p>{"为进一步做好相关工作，现将有关事项解读如下。" * 20}</p></div></div></body></html>""".encode()


def routes() -> dict[str, object]:
    found: dict[str, object] = {
        "/": static(page("测试市人民政府", dated_list("xwdt", FRESH))),
        "/xwdt/": static(page("新闻动态", dated_list("xwdt", FRESH))),
        "/tzgg/": static(page("通知公告", dated_list("tzgg", OLD))),
        "/zcjd/": static(page("政策解读", undated_list("zcjd"))),
    }
    for i in range(6):
        found[f"/zcjd/content_{i}.html"] = static(article(f"政策解读第{i}期：一图读懂", FRESH - timedelta(days=i)))
        for prefix, day in (("xwdt", FRESH), ("tzgg", OLD)):
            d = day - timedelta(days=i)
            found[f"/{prefix}/{d:%Y%m}/t{d:%Y%m%d}_{i}.html"] = static(article(f"关于做好第{i}项工作的通知", d))
    return found


async def crawl(server: LocalHTTPServer, settings: CrawlConfig | None = None) -> object:
    site = SiteConfig(code="3799000001", name="测试市人民政府", url=server.url("/"))
    async with Fetcher(FetchSettings(timeout=5, retries=0)) as fetcher:
        return await crawl_site(fetcher, LinkChecker(fetcher), site, CrawlContext(settings or CrawlConfig(), TODAY))


async def test_columns_are_discovered_and_classified() -> None:
    with LocalHTTPServer(routes()) as server:
        result = await crawl(server)
    names = {c.target.name: c.category for c in result.columns}  # type: ignore[attr-defined]
    assert names == {"新闻动态": "dynamic", "通知公告": "notice_policy", "政策解读": names["政策解读"]}
    assert all(c.target.source == "discovered" for c in result.columns)  # type: ignore[attr-defined]


async def test_undated_list_is_dated_by_its_articles() -> None:
    with LocalHTTPServer(routes()) as server:
        result = await crawl(server)
        hits = [h.path for h in server.hits if h.method == "GET"]
    column = next(c for c in result.columns if c.target.name == "政策解读")  # type: ignore[attr-defined]
    articles = [p for p in column.pages if p.role == "article"]
    assert [p.page.article.published for p in articles] == [FRESH, FRESH - timedelta(days=1), FRESH - timedelta(days=2)]
    assert sorted(h for h in hits if h.startswith("/zcjd/content_")) == [f"/zcjd/content_{i}.html" for i in range(3)]
    # Dated lists open no articles (their links are only link-checked, with HEAD).
    dated = next(c for c in result.columns if c.target.name == "新闻动态")  # type: ignore[attr-defined]
    assert [p.role for p in dated.pages] == ["column"]


async def test_article_dates_can_be_switched_off() -> None:
    with LocalHTTPServer(routes()) as server:
        result = await crawl(server, CrawlConfig(article_dates=0))
    column = next(c for c in result.columns if c.target.name == "政策解读")  # type: ignore[attr-defined]
    assert [p.role for p in column.pages] == ["column"]


def test_verdicts_use_article_dates_and_overrides(tmp_path: Path) -> None:
    with LocalHTTPServer(routes()) as server:
        document = {
            "database": "sqlite:///monitor.db",
            "fetch": {"timeout": 5, "retries": 0},
            "sites": [{
                "code": "3799000001", "name": "测试市人民政府", "url": server.url("/"),
                "column_overrides": {"政策解读": {"category": "dynamic"}, server.url("/tzgg/"): {"level": 2}},
            }],
        }
        path = tmp_path / "config.yaml"
        path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        loaded = parse_config(path.read_text(encoding="utf-8"), path)
        asyncio.run(jobs.run_check(loaded, list(loaded.config.sites)))
    report = asyncio.run(jobs.evaluate(loaded, None))
    columns = {c.name: c for c in report.websites[0].columns}
    assert columns["政策解读"].category == "dynamic"
    assert columns["政策解读"].status == "ok" and columns["政策解读"].latest_date == FRESH
    assert columns["通知公告"].level == 2 and columns["通知公告"].latest_date == OLD
    assert json.dumps([c.status for c in columns.values()]) == json.dumps(["ok", "ok", "ok"])


def test_page_problems_are_stored(tmp_path: Path) -> None:
    import sqlite3

    broken = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>通知公告</title>'
              f'</head><body>{NAV}<ul class="list">'
              f'<li><a href="/tzgg/a.html">关于开展安全检查的通知</a><span>{FRESH.isoformat()}</span></li>'
              '<li><a href="/tzgg/b.html">关于').encode("utf-8")  # declared gb2312, sent as UTF-8, cut short
    served = {**routes(), "/tzgg/": static(broken, content_type="text/html")}
    with LocalHTTPServer(served) as server:
        document = {"database": "sqlite:///monitor.db", "fetch": {"timeout": 5, "retries": 0},
                    "sites": [{"code": "3799000001", "name": "测试市人民政府", "url": server.url("/")}]}
        path = tmp_path / "config.yaml"
        path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        loaded = parse_config(path.read_text(encoding="utf-8"), path)
        asyncio.run(jobs.run_check(loaded, list(loaded.config.sites)))
    with sqlite3.connect(tmp_path / "monitor.db") as conn:
        rows = conn.execute("select problems, latest_item_date from page_snapshots where url like '%/tzgg/'").fetchall()
    problems = json.loads(rows[0][0])
    assert any("gb2312" in p and "utf-8" in p for p in problems), problems
    assert any("truncated" in p for p in problems), problems
    assert rows[0][1] == FRESH.isoformat()


def test_security_signals_and_moved_dates_reach_the_verdict(tmp_path: Path) -> None:
    state = {"day": OLD}

    def news(request: object) -> None:
        from tests.httpserver import respond

        d = state["day"]
        body = page("新闻动态", f'<ul class="list"><li><a href="/xwdt/t1.html">市政府召开常务会议</a>'
                              f'<span>{d.isoformat()}</span></li>' + dated_list("xwdt", FRESH)[len('<ul class="list">'):])
        respond(request, 200, body)  # type: ignore[arg-type]

    hacked = page("测试市人民政府", dated_list("xwdt", FRESH)
                  + '<div style="position:absolute;left:-9999px"><a href="http://www.xx-casino888.com/">澳门百家乐娱乐城</a></div>'
                  + "<p>习近兵同志主持会议</p>")
    served = {**routes(), "/": static(hacked), "/xwdt/": news}
    with LocalHTTPServer(served) as server:
        document = {"database": "sqlite:///monitor.db", "fetch": {"timeout": 5, "retries": 0},
                    "crawl": {"check_links": False},
                    "security": {"wrong_names": {"习近兵": "习近平"}},
                    "sites": [{"code": "3799000001", "name": "测试市人民政府", "url": server.url("/")}]}
        path = tmp_path / "config.yaml"
        path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        loaded = parse_config(path.read_text(encoding="utf-8"), path)
        asyncio.run(jobs.run_check(loaded, list(loaded.config.sites)))
        state["day"] = FRESH  # the same article now claims a new date
        asyncio.run(jobs.run_check(loaded, list(loaded.config.sites)))
    verdict = asyncio.run(jobs.evaluate(loaded, None)).websites[0]
    texts = {v.text: v for v in verdict.vetoes}
    assert {"存在网站暗链", "存在严重表述错误", "伪造发稿日期"} <= set(texts)
    assert "xx-casino888.com" in texts["存在网站暗链"].evidence[0].url + texts["存在网站暗链"].evidence[0].detail
    assert OLD.isoformat() in texts["伪造发稿日期"].evidence[0].detail
