"""`monitor probe` rounds against real servers, and site.unreachable from what they stored."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import yaml

from monitor import jobs
from monitor.config import LoadedConfig, parse_config
from tests.httpserver import LocalHTTPServer, RequestHandler, static


def hang(request: RequestHandler) -> None:
    request.server.closing.wait(30)  # type: ignore[attr-defined]


def config(tmp_path: Path, up: LocalHTTPServer, down: LocalHTTPServer, enabled: bool | str) -> LoadedConfig:
    document = {
        "database": "sqlite:///monitor.db",
        "fetch": {"timeout": 1, "retries": 2},
        "probe": {"enabled": enabled},
        "rules": {"site.unreachable": {"probes_per_day": 1, "window_days": 1}},
        "sites": [
            {"code": "3799000001", "name": "正常网站", "url": up.url("/")},
            {"code": "3799000002", "name": "卡住的网站", "url": down.url("/")},
        ],
    }
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return parse_config(path.read_text(encoding="utf-8"), path)


def test_probe_rounds_decide_unreachable(tmp_path: Path) -> None:
    with LocalHTTPServer({"/": static("<p>首页</p>".encode())}) as up, LocalHTTPServer({"/": hang}) as down:
        loaded = config(tmp_path, up, down, enabled=True)
        assert asyncio.run(jobs.run_probe(loaded, list(loaded.config.sites))) == (2, 1)
        # A probe is one attempt: retries are for crawling, not for measuring availability.
        assert down.count("/") == 1
        report = asyncio.run(jobs.evaluate(loaded, None))
    verdicts = {s.code: s for s in report.websites}
    assert verdicts["3799000002"].verdict == "fail"
    assert [v.text for v in verdicts["3799000002"].vetoes] == ["站点无法访问（监测1周，不可访问次数占比100.0%）"]
    # The healthy site was probed but never crawled: not checked, never passed.
    assert verdicts["3799000001"].verdict == "not_checked"
    assert verdicts["3799000001"].vetoes == ()
    with sqlite3.connect(tmp_path / "monitor.db") as conn:
        rows = conn.execute("select ok, outcome from homepage_probes order by site_id").fetchall()
        runs = conn.execute("select trigger, status from crawl_runs").fetchall()
    assert rows == [(1, "ok"), (0, "timeout")]
    assert runs == [("probe", "completed")]


def test_too_few_probes_are_not_assessed_and_probing_off_says_so(tmp_path: Path) -> None:
    with LocalHTTPServer({"/": static(b"<p>ok</p>")}) as up, LocalHTTPServer({"/": static(b"<p>ok</p>")}) as other:
        loaded = config(tmp_path, up, other, enabled=True)
        loaded = parse_config(
            loaded.path.read_text(encoding="utf-8").replace("probes_per_day: 1", "probes_per_day: 20"), loaded.path
        )
        asyncio.run(jobs.run_check(loaded, list(loaded.config.sites)))  # records one probe each
        asyncio.run(jobs.run_probe(loaded, list(loaded.config.sites)))
        report = asyncio.run(jobs.evaluate(loaded, None))
        assert all(u.rule != "site.unreachable" for s in report.websites for u in s.unknown)
        reasons = [n.reason for n in report.websites[0].not_assessed if n.rule == "site.unreachable"]
        assert reasons == ["1天内仅有2次首页探测（需20次），探测次数不足，暂不评估"]
        off = config(tmp_path, up, other, enabled=False)
        report = asyncio.run(jobs.evaluate(off, None))
    assert all(u.rule != "site.unreachable" for s in report.websites for u in s.unknown)
    assert [n.reason for n in report.websites[0].not_assessed if n.rule == "site.unreachable"] == [
        "未开启首页可用性探测（probe.enabled: false）"]


def test_one_probe_round_after_a_check_changes_no_verdict(tmp_path: Path) -> None:
    with LocalHTTPServer({"/": static(b"<p>ok</p>")}) as up, LocalHTTPServer({"/": static(b"<p>ok</p>")}) as other:
        loaded = config(tmp_path, up, other, enabled="auto")
        loaded = parse_config(
            loaded.path.read_text(encoding="utf-8").replace("probes_per_day: 1", "probes_per_day: 20"), loaded.path
        )
        # A check fetches each homepage (and records it as a probe).
        asyncio.run(jobs.run_check(loaded, list(loaded.config.sites)))
        before = {s.code: s.verdict for s in asyncio.run(jobs.evaluate(loaded, None)).websites}
        asyncio.run(jobs.run_probe(loaded, list(loaded.config.sites)[:1]))
        report = asyncio.run(jobs.evaluate(loaded, None))
    assert {s.code: s.verdict for s in report.websites} == before
    assert all(u.rule != "site.unreachable" for s in report.websites for u in s.unknown)
    reasons = {s.code: [n.reason for n in s.not_assessed if n.rule == "site.unreachable"] for s in report.websites}
    assert reasons == {"3799000001": ["1天内仅有2次首页探测（需20次），探测次数不足，暂不评估"],
                       "3799000002": ["1天内仅有1次首页探测（需20次），探测次数不足，暂不评估"]}
