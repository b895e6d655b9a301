"""Whole runs against the demo fleet served on 127.0.0.1: the planted failures and nothing else."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from monitor import jobs
from monitor.config import LoadedConfig, parse_config
from monitor.demo.fleet import demo_fleet
from monitor.demo.server import DemoServer
from monitor.report import Report, report_document

TODAY = datetime.now(ZoneInfo("Asia/Shanghai")).date()
FAST = {"timeout": 5, "retries": 0, "per_host": 16, "per_ip": 32}

# What the fleet plants, stated independently of the fleet's own notes.
EXPECTED_VETOES = {
    "3703000041": ["监测时间点前2周内首页无更新"],
    "3703000052": ["动态要闻、政策文件、通知公告栏目不更新数量超过5个"],
    "3703000063": ["空白栏目数超过5个"],
}
BROKEN_LINKS_PORTAL = "3703000001"
HANGING_SITE, HANGING_COLUMN = "3703000074", "在线访谈"


@pytest.fixture(scope="module")
def server() -> Iterator[DemoServer]:
    with DemoServer(TODAY) as running:
        yield running


def demo_config(server: DemoServer, folder: Path) -> LoadedConfig:
    document = {
        "database": "sqlite:///monitor.db",
        "fetch": FAST,
        "sites": demo_fleet(TODAY).site_entries(server.base_url),
        "accounts": demo_fleet(TODAY).account_entries(server.base_url),
    }
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return parse_config(path.read_text(encoding="utf-8"), path)


async def check_and_report(loaded: LoadedConfig) -> Report:
    await jobs.run_check(loaded, list(loaded.config.sites))
    return await jobs.evaluate(loaded, None)


@pytest.fixture(scope="module")
def first_run(server: DemoServer, tmp_path_factory: pytest.TempPathFactory) -> tuple[LoadedConfig, Report]:
    loaded = demo_config(server, tmp_path_factory.mktemp("demo"))
    return loaded, asyncio.run(check_and_report(loaded))


def test_exactly_the_planted_vetoes(first_run: tuple[LoadedConfig, Report]) -> None:
    _, report = first_run
    vetoes = {site.code: [v.text for v in site.vetoes] for site in report.websites if site.vetoes}
    assert vetoes == EXPECTED_VETOES
    verdicts = {site.code: site.verdict for site in report.websites}
    assert [code for code, v in verdicts.items() if v == "fail"] == list(EXPECTED_VETOES)
    assert "unknown" not in verdicts.values()


def test_stale_columns_are_the_five_news_columns(first_run: tuple[LoadedConfig, Report]) -> None:
    _, report = first_run
    site = next(s for s in report.websites if s.code == "3703000052")
    stale = [c for c in site.columns if c.status == "stale"]
    assert len(stale) == 5 and {c.category for c in stale} == {"dynamic"}
    # The sidebar of each stale page is dated today: it must not have been read as the column's date.
    assert all(c.latest_date is not None and (TODAY - c.latest_date).days >= 20 for c in stale)
    assert len(site.vetoes[0].evidence) == 5


def test_blank_columns_are_blank_not_unknown(first_run: tuple[LoadedConfig, Report]) -> None:
    _, report = first_run
    site = next(s for s in report.websites if s.code == "3703000063")
    assert [c.status for c in site.columns].count("blank") == 5
    assert all(c.status in ("ok", "blank") for c in site.columns)


def test_broken_links_are_deductions_only(first_run: tuple[LoadedConfig, Report]) -> None:
    _, report = first_run
    for site in report.websites:
        if site.code == BROKEN_LINKS_PORTAL:
            assert [(d.rule, d.points) for d in site.deductions] == [
                ("deduct.links_home", 3.0), ("deduct.links_other", 0.2)
            ]
            assert site.score == 96.8 and site.verdict == "pass"
            assert all("HTTP 404" in e.detail for d in site.deductions for e in d.evidence)
        else:
            assert site.deductions == (), site.name


def test_hanging_column_is_unknown_not_stale(first_run: tuple[LoadedConfig, Report]) -> None:
    _, report = first_run
    site = next(s for s in report.websites if s.code == HANGING_SITE)
    hanging = [c for c in site.columns if c.name == HANGING_COLUMN]
    assert len(hanging) == 1 and hanging[0].status == "unknown"
    assert "timeout" in (hanging[0].reason or "")
    assert site.verdict == "pass"  # one unknown column cannot reach any count threshold
    others = [c for c in site.columns if c.name != HANGING_COLUMN]
    assert others and all(c.status == "ok" for c in others)


def test_the_demo_accounts_get_their_planted_verdicts(first_run: tuple[LoadedConfig, Report]) -> None:
    _, report = first_run
    verdicts = {a.name: (a.verdict, [v.text for v in a.vetoes], [f.text for f in a.findings]) for a in report.accounts}
    assert verdicts == {
        "淄博发布": ("pass", [], []),
        "淄博教育": ("pass", [], []),
        "淄博民政": ("fail", ["监测时间点前2周内无更新"], []),
        "淄博财政": ("pass", [], ["账号名称与实际不一致"]),
        "淄博交通": ("fail", ["监测时间点前2周内无更新"], ["僵尸账号未注销"]),
        "淄博应急": ("unknown", [], []),  # its feed never answers
    }


def test_report_document_follows_the_contract(first_run: tuple[LoadedConfig, Report]) -> None:
    _, report = first_run
    doc = report_document(report)
    assert set(doc) >= {"as_of", "ruleset", "summary", "websites", "accounts"}
    assert doc["summary"]["websites"] == {"checked": 12, "passed": 9, "failed": 3, "unknown": 0, "not_checked": 0,
                                          "pass_rate": 0.75}
    site = next(s for s in doc["websites"] if s["code"] == "3703000063")
    assert set(site) >= {"code", "name", "unit", "url", "kind", "verdict", "vetoes", "deductions", "score",
                         "unknown", "not_assessed", "columns"}
    veto = site["vetoes"][0]
    assert veto["rule"] == "site.columns_stale" and veto["text"] == "空白栏目数超过5个"
    assert {"url", "seen", "detail"} == set(veto["evidence"][0])
    assert veto["evidence"][0]["seen"].endswith("+08:00")
    column = site["columns"][0]
    assert set(column) >= {"name", "url", "category", "level", "latest_date", "blank", "status", "fails_on"}


def test_second_check_appends_and_agrees(
    server: DemoServer, first_run: tuple[LoadedConfig, Report]
) -> None:
    loaded, first = first_run
    db = Path(loaded.database_url().removeprefix("sqlite:///"))

    def counts() -> tuple[int, int, int]:
        with sqlite3.connect(db) as conn:
            return tuple(conn.execute(f"select count(*) from {t}").fetchone()[0]  # type: ignore[return-value]
                         for t in ("page_snapshots", "link_checks", "crawl_runs"))

    before = counts()
    second = asyncio.run(check_and_report(loaded))
    after = counts()
    assert after[0] == 2 * before[0] and after[1] == 2 * before[1] and after[2] == before[2] + 1

    def summary(report: Report) -> list[tuple[str, str, list[str], list[tuple[str, str]]]]:
        return [(s.code, s.verdict, [v.text for v in s.vetoes], [(c.url, c.status) for c in s.columns])
                for s in report.websites]

    assert summary(second) == summary(first)
    with sqlite3.connect(db) as conn:
        statuses = {row[0] for row in conn.execute("select status from crawl_runs")}
    assert statuses == {"completed"}


async def test_postgresql_store_gives_the_same_verdicts(
    server: DemoServer, first_run: tuple[LoadedConfig, Report], pg_url: str, tmp_path: Path
) -> None:
    sqlite_config, sqlite_report = first_run
    document = yaml.safe_load(sqlite_config.path.read_text(encoding="utf-8"))
    document["database"] = pg_url
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    loaded = parse_config(path.read_text(encoding="utf-8"), path)
    report = await check_and_report(loaded)

    def summary(r: Report) -> list[tuple[str, str, list[str], list[tuple[str, str]]]]:
        return [(s.code, s.verdict, [v.text for v in s.vetoes], [(c.name, c.status) for c in s.columns])
                for s in r.websites]

    assert summary(report) == summary(sqlite_report)


def test_one_probe_round_changes_no_verdict(first_run: tuple[LoadedConfig, Report]) -> None:
    # Runs last: it adds a probe run to the shared database. Too few probes are not assessed,
    # so a probe round (as the README lists it) never turns a decided site into 无法判断.
    loaded, first = first_run
    probed, failed = asyncio.run(jobs.run_probe(loaded, list(loaded.config.sites)))
    assert (probed, failed) == (12, 0)
    after = asyncio.run(jobs.evaluate(loaded, None))
    assert [(s.code, s.verdict) for s in after.websites] == [(s.code, s.verdict) for s in first.websites]
    assert all(u.rule != "site.unreachable" for s in after.websites for u in s.unknown)
    assert all(any(n.rule == "site.unreachable" and "探测次数不足" in n.reason for n in s.not_assessed)
               for s in after.websites)
