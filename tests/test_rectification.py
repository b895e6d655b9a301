"""Findings across checks: opened, seen again, rectified (已整改), or not (截止通报前仍未整改到位)."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from monitor import jobs
from monitor.config import LoadedConfig, parse_config
from monitor.report import render_markdown, report_document
from tests.httpserver import LocalHTTPServer, RequestHandler, respond

TODAY = datetime.now(ZoneInfo("Asia/Shanghai")).date()


def homepage(age_days: int) -> bytes:
    day = TODAY - timedelta(days=age_days)
    rows = "".join(f'<li><a href="/a{i}.html">第{i}条工作动态</a><span>{day.isoformat()}</span></li>' for i in range(5))
    return f'<html><head><meta charset="utf-8"><title>首页</title></head><body><ul>{rows}</ul></body></html>'.encode()


class Fleet:
    """Three homepages whose state the test changes between checks."""

    def __init__(self) -> None:
        self.state = {"/a/": "stale", "/b/": "stale", "/c/": "stale"}

    def handler(self, request: RequestHandler) -> None:
        state = self.state[request.path]
        if state == "down":
            request.server.closing.wait(10)  # type: ignore[attr-defined]
            return
        respond(request, 200, homepage(30 if state == "stale" else 1))

    def routes(self) -> dict[str, object]:
        return {path: self.handler for path in self.state}


def config(tmp_path: Path, server: LocalHTTPServer) -> LoadedConfig:
    document = {
        "database": "sqlite:///monitor.db",
        "fetch": {"timeout": 1, "retries": 0},
        "crawl": {"check_links": False},
        "sites": [{"code": f"379900000{i}", "name": f"网站{name}", "url": server.url(f"/{name}/")}
                  for i, name in enumerate("abc", 1)],
    }
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return parse_config(path.read_text(encoding="utf-8"), path)


def check(loaded: LoadedConfig) -> None:
    asyncio.run(jobs.run_check(loaded, list(loaded.config.sites)))
    asyncio.run(jobs.record(loaded, asyncio.run(jobs.evaluate(loaded, None))))


def test_rectification_status_across_checks(tmp_path: Path) -> None:
    fleet = Fleet()
    with LocalHTTPServer(fleet.routes()) as server:
        loaded = config(tmp_path, server)
        check(loaded)
        fleet.state.update({"/a/": "fresh", "/c/": "down"})  # a fixed it; b did not; c is unreachable now
        check(loaded)
    report = asyncio.run(jobs.evaluate(loaded, None, since=TODAY - timedelta(days=1)))
    doc = report_document(report)
    status = {r["code"]: (r["text"], r["status"], r["resolved_at"] is not None) for r in doc["rectification"]}
    assert status == {
        "3799000001": ("监测时间点前2周内首页无更新", "已整改", True),
        "3799000002": ("监测时间点前2周内首页无更新", "截止通报前仍未整改到位", False),
        # Unreachable today is not rectified: the rule could not be decided.
        "3799000003": ("监测时间点前2周内首页无更新", "截止通报前仍未整改到位", False),
    }
    markdown = render_markdown(doc)
    assert "整改情况" in markdown and "已整改" in markdown and "截止通报前仍未整改到位" in markdown
    assert json.loads(json.dumps(doc))["since"] == (TODAY - timedelta(days=1)).isoformat()


def test_no_rectification_section_without_since(tmp_path: Path) -> None:
    fleet = Fleet()
    with LocalHTTPServer(fleet.routes()) as server:
        loaded = config(tmp_path, server)
        check(loaded)
    doc = report_document(asyncio.run(jobs.evaluate(loaded, None)))
    assert "rectification" not in doc
