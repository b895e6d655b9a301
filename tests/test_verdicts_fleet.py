"""Verdicts on fleets built like real ones, against servers on 127.0.0.1 started here.

Almost every real site sends 办事服务 to the province's 政务服务 platform: such a site is
decided (合格 or 不合格), its guides not assessed; only a fetch that really failed, and could
change the verdict, makes a site 无法判断.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from monitor import jobs
from monitor.config import LoadedConfig, parse_config
from monitor.demo.fleet import DemoFleet, _builder, _site, _Spec, _standard_columns, platform_fleet
from monitor.demo.server import DemoServer
from monitor.report import Report, report_document

TODAY = datetime.now(ZoneInfo("Asia/Shanghai")).date()
FAST = {"timeout": 2, "retries": 0, "per_host": 16, "per_ip": 32}


class _Platform(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        body = "<html><head><title>山东省政务服务网</title></head><body><a href='/bszn/1.html'>办事指南</a></body></html>"
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_HEAD = do_GET

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="module")
def platform() -> Iterator[str]:
    """The province's 政务服务 platform, on another loopback address."""
    server = ThreadingHTTPServer(("127.0.0.2", 0), _Platform)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.2:{server.server_port}/"
    server.shutdown()
    server.server_close()


def check(fleet: DemoFleet, folder: Path, extra: dict[str, object] | None = None) -> tuple[LoadedConfig, Report]:
    with DemoServer(TODAY, fleet=fleet) as server:
        document = {"database": "sqlite:///monitor.db", "fetch": FAST, "sites": fleet.site_entries(server.base_url),
                    **(extra or {})}
        path = folder / "config.yaml"
        path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        loaded = parse_config(path.read_text(encoding="utf-8"), path)
        asyncio.run(jobs.run_check(loaded, list(loaded.config.sites)))
        return loaded, asyncio.run(jobs.evaluate(loaded, None))


@pytest.fixture(scope="module")
def platform_run(platform: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[LoadedConfig, Report]:
    return check(platform_fleet(TODAY, 20, platform), tmp_path_factory.mktemp("platform"))


def test_twenty_sites_on_a_platform_are_all_decided(platform_run: tuple[LoadedConfig, Report]) -> None:
    _, report = platform_run
    verdicts = {s.code: s.verdict for s in report.websites}
    assert sorted(code for code, v in verdicts.items() if v == "fail") == ["3703990003", "3703990007"]
    assert list(verdicts.values()).count("pass") == 18
    assert "unknown" not in verdicts.values()
    failed = {s.code: [v.text for v in s.vetoes] for s in report.websites if s.vetoes}
    assert failed == {"3703990003": ["监测时间点前2周内首页无更新"], "3703990007": ["空白栏目数超过5个"]}


def test_guides_on_the_platform_are_not_assessed_with_the_reason(
    platform_run: tuple[LoadedConfig, Report], platform: str
) -> None:
    _, report = platform_run
    host = platform.removeprefix("http://").rstrip("/")
    for site in report.websites:
        assert all(u.rule != "site.service" for u in site.unknown)
        assert [n.reason for n in site.not_assessed if n.rule == "site.service"] == [
            f"办事指南位于站外政务服务平台（{host}），不在本网站评估"]


def test_the_report_lists_not_assessed_apart_from_unknown(platform_run: tuple[LoadedConfig, Report]) -> None:
    _, report = platform_run
    doc = report_document(report)
    assert doc["summary"]["websites"] == {"checked": 20, "passed": 18, "failed": 2, "unknown": 0, "not_checked": 0,
                                          "pass_rate": 0.9}
    site = doc["websites"][0]
    assert site["unknown"] == [] and {n["rule"] for n in site["not_assessed"]} >= {"site.service", "site.unreachable"}


def _hanging_fleet() -> DemoFleet:
    """Two sites with a column whose server never answers: beside 4 blank columns (it could be
    the fifth) and beside 2 (it could not make 5)."""
    sites = []
    for n, blanks in ((1, 4), (2, 2)):
        spec = _Spec(f"site{n:03d}", f"370398{n:04d}", f"淄博市第{n}测试局", f"第{n}测试局", f"h{n}", ("安全生产",) * 6)
        b = _builder(spec, n, TODAY, "hanging")
        columns = _standard_columns(b) + [
            b.blank(f"kb{i}", f"空白栏目{i}", "static", placeholder="暂无信息", in_list=True, level=2)
            for i in range(blanks)
        ] + [b.column("zxft", "在线访谈", "interaction", b.ages(2, 6, (7, 20)), hangs=True)]
        sites.append(_site(spec, b, columns))
    return DemoFleet(tuple(sites))


def test_a_timed_out_column_is_unknown_only_when_it_could_flip_a_count(tmp_path: Path) -> None:
    _, report = check(_hanging_fleet(), tmp_path)
    could_flip, could_not = report.websites
    assert could_flip.verdict == "unknown" and could_flip.vetoes == ()
    (unknown,) = could_flip.unknown
    assert unknown.rule == "site.columns_stale" and "已确认4个" in unknown.reason and "在线访谈" in unknown.reason
    assert could_not.verdict == "pass" and could_not.unknown == ()
