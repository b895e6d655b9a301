"""Lists shown through frames, followed by the crawler against a server on 127.0.0.1: a frameset
homepage is read through its content frame; a column in an iframe is judged by the framed page
(dated, blank, or unknown when the frame cannot be read), never as a blank shell."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from monitor import jobs
from monitor.config import parse_config
from tests.httpserver import LocalHTTPServer, static

TODAY = datetime.now(ZoneInfo("Asia/Shanghai")).date()
DAY = (TODAY - timedelta(days=2)).isoformat()
OLD = (TODAY - timedelta(days=60)).isoformat()

FRAMESET = """<html><head><meta charset="utf-8"><title>某县人民政府</title></head>
<frameset rows="120,*"><frame src="/top.html" name="top"><frame src="/main.html" name="main"></frameset></html>"""
MAIN = f"""<html><head><meta charset="utf-8"><title>某县人民政府</title></head><body>
<div class="nav"><ul><li><a href="/gzdt/">工作动态</a></li><li><a href="/tzgg/">通知公告</a></li>
<li><a href="/rsxx/">人事信息</a></li><li><a href="/ldxx/">领导信箱</a></li></ul></div>
<div class="block"><h3>工作动态</h3><ul><li><a href="/gzdt/a1.html">县政府召开常务会议</a><span>{DAY}</span></li></ul></div>
</body></html>"""


def shell(column: str, frame: str) -> bytes:
    return (f'<html><head><meta charset="utf-8"><title>{column}</title></head><body>'
            f'<div class="nav"><a href="/">首页</a></div><div class="location">当前位置：首页 &gt; {column}</div>'
            f'<div class="main"><iframe src="{frame}" width="100%" height="800" frameborder="0"></iframe></div>'
            "<div class=\"footer\">版权所有 某县人民政府</div></body></html>").encode()


def framed_list(*days: str) -> bytes:
    rows = "".join(f'<li><a href="/x/{i}.html">第{i}条信息标题内容</a><span>{d}</span></li>' for i, d in enumerate(days))
    return f'<html><head><meta charset="utf-8"></head><body><ul class="list">{rows}</ul></body></html>'.encode()


EMPTY = '<html><head><meta charset="utf-8"></head><body><ul class="list"><li>暂无信息</li></ul></body></html>'


def test_frames_are_read_through(tmp_path: Path) -> None:
    routes = {
        "/": static(FRAMESET.encode()), "/top.html": static(b"<html><body><img src='/logo.png'></body></html>"),
        "/main.html": static(MAIN.encode()),
        "/gzdt/": static(shell("工作动态", "/gzdt/list.html")), "/gzdt/list.html": static(framed_list(DAY, OLD)),
        "/tzgg/": static(shell("通知公告", "/tzgg/list.html")), "/tzgg/list.html": static(EMPTY.encode()),
        "/rsxx/": static(shell("人事信息", "/rsxx/list.html")),  # the frame's page is missing: 404
        "/ldxx/": static(framed_list(DAY)),
    }
    with LocalHTTPServer(routes) as server:
        document = {"database": "sqlite:///monitor.db", "fetch": {"timeout": 2, "retries": 0},
                    "crawl": {"check_links": False},
                    "sites": [{"code": "3799000009", "name": "某县人民政府", "url": server.url("/")}]}
        path = tmp_path / "config.yaml"
        path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        loaded = parse_config(path.read_text(encoding="utf-8"), path)
        asyncio.run(jobs.run_check(loaded, list(loaded.config.sites)))
        (site,) = asyncio.run(jobs.evaluate(loaded, None)).websites
    columns = {c.name: c for c in site.columns}
    assert set(columns) == {"工作动态", "通知公告", "人事信息", "领导信箱"}  # found through the content frame
    assert site.homepage_latest is not None and site.homepage_latest.isoformat() == DAY
    assert (columns["工作动态"].status, columns["工作动态"].latest_date.isoformat()) == ("ok", DAY)  # type: ignore[union-attr]
    assert columns["通知公告"].status == "blank"
    assert columns["人事信息"].status == "unknown" and "404" in (columns["人事信息"].reason or "")
