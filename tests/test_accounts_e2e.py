"""New-media accounts end to end through the command line: a roster, feeds served on 127.0.0.1,
an observation import, and the verdicts in the JSON and the workbook, in the official wording."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import yaml

from tests.httpserver import LocalHTTPServer, static

CST = ZoneInfo("Asia/Shanghai")
NOW = datetime.now(CST)
RSS = "application/rss+xml; charset=utf-8"


def rss(title: str, *ages: int) -> bytes:
    items = "".join(
        f"<item><title>第{i}条</title><link>http://feeds.test/{i}</link>"
        f"<pubDate>{format_datetime(NOW - timedelta(days=age))}</pubDate></item>"
        for i, age in enumerate(ages)
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://feeds.test/</link>{items}</channel></rss>").encode()


def monitor(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "MONITOR_CONFIG"} | {"CI": "true"}
    return subprocess.run([sys.executable, "-m", "monitor", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=240, check=False)


def roster(path: Path, server: LocalHTTPServer) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["淄博市政务新媒体台账"])
    sheet.append(["序号", "账号名称", "账号类型", "开设主体", "责任单位", "新媒体标识码", "订阅地址", "邮箱"])
    rows = [
        ("淄博发布", "新浪微博", "/fresh.xml", "370300M001WB0001"),
        ("淄博教育", "微信公众号", "/stale.xml", "370300M002WX0001"),
        ("淄博民政", "抖音短视频", "/renamed.xml", "370300M003DY0001"),
        ("淄博财政", "微信订阅号", "/hang.xml", "370300M004WX0001"),
        ("淄博交通", "今日头条", "", "370300M005TT0001"),  # no feed: known only from the import
        ("淄博卫健", "快手", "", "370300M006KS0001"),  # no feed, not imported: not checked
    ]
    for i, (name, platform, feed, code) in enumerate(rows, 1):
        sheet.append([i, name, platform, f"{name}中心", "淄博市人民政府办公室", code,
                      server.url(feed) if feed else None, "office@example.org"])
    book.save(path)


def imports(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["新媒体标识码", "观测时间", "最近发布时间", "发布数", "有无互动", "实际名称", "认证主体", "是否认证"])
    sheet.append(["370300M005TT0001", NOW.date(), None, 0, "有", "淄博交通", "淄博交通中心", "是"])
    sheet.append(["370300M001WB0001", NOW.date(), NOW.date() - timedelta(days=1), 30, "无", "淄博发布",
                  "淄博发布中心", "是"])
    book.save(path)


def test_roster_feeds_and_imports_give_every_account_its_verdict(tmp_path: Path) -> None:
    hang = lambda request: request.server.closing.wait(10)  # noqa: E731
    routes = {
        "/fresh.xml": static(rss("淄博发布", 1, 3), content_type=RSS),
        "/stale.xml": static(rss("淄博教育", 20, 40), content_type=RSS),
        "/renamed.xml": static(rss("淄博民政局官方", 2), content_type=RSS),
        "/hang.xml": hang,
    }
    with LocalHTTPServer(routes) as server:
        roster(tmp_path / "政务新媒体台账.xlsx", server)
        document = {"database": "sqlite:///monitor.db", "fetch": {"timeout": 1, "retries": 0},
                    "report": {"dir": "out"}, "rosters": {"accounts": "政务新媒体台账.xlsx"}}
        (tmp_path / "config.yaml").write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        validated = monitor("validate", "--config", "config.yaml", cwd=tmp_path)
        assert validated.returncode == 0, validated.stdout + validated.stderr
        checked = monitor("check", "--config", "config.yaml", "--only", "accounts", cwd=tmp_path)
        assert checked.returncode == 0, checked.stderr
        assert "4 account feeds read" in checked.stdout
    imports(tmp_path / "observations.xlsx")
    imported = monitor("import", "observations", "observations.xlsx", "--config", "config.yaml", cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    again = monitor("import", "observations", "observations.xlsx", "--config", "config.yaml", cwd=tmp_path)
    assert "0 observations stored" in again.stdout

    report = monitor("report", "--config", "config.yaml", "--format", "json", cwd=tmp_path)
    assert report.returncode == 0, report.stderr
    accounts = {a["name"]: a for a in json.loads(report.stdout)["accounts"]}
    problems = {name: [p["text"] for p in a["vetoes"] + a["findings"]] for name, a in accounts.items()}
    verdicts = {name: a["verdict"] for name, a in accounts.items()}
    assert verdicts == {"淄博发布": "fail", "淄博教育": "fail", "淄博民政": "pass", "淄博财政": "unknown",
                        "淄博交通": "fail", "淄博卫健": "not_checked"}
    assert problems["淄博发布"] == ["未提供有效互动功能"]  # the import says so; the feed is fresh
    assert "监测时间点前2周内无更新" in problems["淄博教育"]
    assert problems["淄博民政"] == ["账号名称与实际不一致"]  # a finding, not a veto nationally
    assert "僵尸账号未注销" in problems["淄博交通"]
    assert accounts["淄博财政"]["vetoes"] == [] and "timeout" in accounts["淄博财政"]["unknown"][0]["reason"]
    assert any(n["rule"] == "account.interaction" for n in accounts["淄博教育"]["not_assessed"])

    workbook = monitor("report", "--config", "config.yaml", "--format", "xlsx", "--output", "r.xlsx", cwd=tmp_path)
    assert workbook.returncode == 0, workbook.stderr
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx")["政务新媒体"]
    rows = {row[1]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["淄博教育"][2] == "370300M002WX0001" and rows["淄博教育"][6] == "不合格"
    assert "监测时间点前2周内无更新" in rows["淄博教育"][7]
    assert rows["淄博交通"][7] == "僵尸账号未注销"  # the lasting problem, not also 更新不及时
    assert rows["淄博卫健"][6] == "未检测"


HOME = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>淄博市民政局</title></head><body>
<div class="nav"><ul><li><a href="/gzdt/">工作动态</a></li><li><a href="/ldxx/">领导信箱</a></li>
<li><a href="http://127.0.0.2:9/">办事服务</a></li></ul></div>
<div class="block"><h3>工作动态</h3><ul><li><a href="/gzdt/1.html">民政局召开工作会议</a><span>{day}</span></li></ul></div>
<div class="footer"><a href="https://weibo.com/u/2718296440"><img src="/wb.png" alt="官方微博"></a>
<a href="https://www.douyin.com/user/MS4wLjABAAAAmz">淄博民政抖音号</a><p>主办单位：淄博市民政局</p></div>
</body></html>"""


def test_accounts_a_site_shows_are_compared_with_the_roster(tmp_path: Path) -> None:
    day = NOW.date().isoformat()
    page = HOME.replace("{day}", day).encode()
    routes = {"/": static(page), "/gzdt/": static(page), "/ldxx/": static(page)}
    with LocalHTTPServer(routes) as server:
        document = {
            "database": "sqlite:///monitor.db", "fetch": {"timeout": 2, "retries": 0},
            "crawl": {"external_links": False},
            "sites": [{"code": "3703000052", "name": "淄博市民政局", "url": server.url("/"), "unit": "淄博市民政局"}],
            "accounts": [{"name": "淄博民政", "platform": "新浪微博", "operator": "淄博市民政局", "unit": "淄博市民政局",
                          "feed": "http://rsshub.local/weibo/user/2718296440"}],
        }
        (tmp_path / "config.yaml").write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        checked = monitor("check", "--config", "config.yaml", "--only", "sites", cwd=tmp_path)
        assert checked.returncode == 0, checked.stderr
    report = monitor("report", "--config", "config.yaml", "--format", "json", cwd=tmp_path)
    (site,) = json.loads(report.stdout)["websites"]
    findings = [(f["rule"], f["text"], [e["detail"] for e in f["evidence"]]) for f in site["findings"]]
    # The weibo is the registered account (its id is in the feed); the douyin account is not registered.
    assert findings == [("site.accounts_unregistered", "网站展示的政务新媒体未备案",
                         ["网站首页展示的抖音“淄博民政”不在备案名单中"])]
