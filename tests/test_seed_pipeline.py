"""The 阳泉 2023 Q3 notice's account table replayed through the whole pipeline: the office's
roster spreadsheet, the accounts' feeds served on 127.0.0.1, an inspector's observation import,
`monitor check --only accounts`, `monitor report` — and exactly the notice's 不合格 accounts, with
its problems in our official wording.

The fixture (tests/fixtures/seeds/yangquan_2023q3.yaml) states what was observed before the
notice date; here every date is moved by the same number of days so that the notice date is
today, since a feed can only be read now.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import openpyxl
import yaml

from tests.httpserver import LocalHTTPServer, static

SEED = Path(__file__).parent / "fixtures" / "seeds" / "yangquan_2023q3.yaml"
CST = ZoneInfo("Asia/Shanghai")
RSS = "application/rss+xml; charset=utf-8"


def monitor(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "MONITOR_CONFIG"} | {"CI": "true"}
    return subprocess.run([sys.executable, "-m", "monitor", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=240, check=False)


def feed(name: str, newest: date, count: int) -> bytes:
    items = "".join(
        f"<item><title>{name}第{i}条</title><link>http://bridge.test/{i}</link>"
        f"<pubDate>{format_datetime(datetime.combine(newest - timedelta(days=3 * i), time(10), tzinfo=CST))}</pubDate>"
        "</item>"
        for i in range(min(count, 5))
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{name}</title>'
            f"<link>http://bridge.test/</link>{items}</channel></rss>").encode()


def test_yangquan_notice_through_roster_feeds_and_imports(tmp_path: Path) -> None:
    seed: dict[str, Any] = yaml.safe_load(SEED.read_text(encoding="utf-8"))
    today = datetime.now(CST).date()
    shift = today - seed["as_of"]
    routes = {}
    imports: list[list[object]] = []
    for n, entry in enumerate(seed["accounts"]):
        for seen in entry["observations"]:
            if seen["source"] == "feed":  # the account's bridge feed, as it reads today
                routes[f"/feed/{n}.xml"] = static(feed(entry["name"], seen["latest_post"] + shift, seen["post_count"]),
                                                  content_type=RSS)
            else:  # what an inspector recorded
                imports.append([entry.get("code"), entry["name"], entry["type"], seen["at"] + shift,
                                seen.get("latest_post") and seen["latest_post"] + shift, seen.get("post_count"),
                                seen.get("platform_name")])

    with LocalHTTPServer(routes) as server:
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(["阳泉市政务新媒体台账"])
        sheet.append(["序号", "新媒体标识码", "账号名称", "账号类型", "开设主体", "责任单位", "订阅地址"])
        for n, entry in enumerate(seed["accounts"], 1):
            url = server.url(f"/feed/{n - 1}.xml") if f"/feed/{n - 1}.xml" in routes else None
            sheet.append([n, entry.get("code"), entry["name"], entry["type"], entry["operator"], entry["unit"], url])
        book.save(tmp_path / "台账.xlsx")
        observations = openpyxl.Workbook()
        rows = observations.active
        rows.append(["新媒体标识码", "账号名称", "账号类型", "观测时间", "最近发布时间", "发布数", "实际名称"])
        for row in imports:
            rows.append(row)
        observations.save(tmp_path / "检查记录.xlsx")
        config = {"database": "sqlite:///monitor.db", "fetch": {"timeout": 2, "retries": 0},
                  "rosters": {"accounts": "台账.xlsx"}, "rules": seed["rules"]}
        (tmp_path / "config.yaml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")

        assert monitor("validate", "--config", "config.yaml", cwd=tmp_path).returncode == 0
        checked = monitor("check", "--config", "config.yaml", "--only", "accounts", cwd=tmp_path)
        assert checked.returncode == 0, checked.stderr
    imported = monitor("import", "observations", "检查记录.xlsx", "--config", "config.yaml", cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr

    report = monitor("report", "--config", "config.yaml", "--format", "json", cwd=tmp_path)
    assert report.returncode == 0, report.stderr
    doc = json.loads(report.stdout)
    wording = {words: entry["ours"] for words, entry in seed["wording"].items()}
    expected = {
        (entry["name"], entry["type"]): sorted(wording[p] for p in entry["notice"]["problems"])
        for entry in seed["accounts"] if entry.get("notice")
    }
    platforms = seed["platforms"]
    found = {
        (a["name"], next(t for t, p in platforms.items() if p == a["platform"])):
            sorted(p["text"] for p in a["vetoes"] + a["findings"])
        for a in doc["accounts"] if a["verdict"] == "fail"
    }
    assert found == expected
    passed = {a["name"] for a in doc["accounts"] if a["verdict"] == "pass"}
    assert passed == {"阳泉示例发布"} and len([a for a in doc["accounts"] if a["verdict"] == "pass"]) == 2
    assert doc["summary"]["accounts"]["checked"] == 7 and doc["summary"]["accounts"]["failed"] == 5
