"""The trend: the stored snapshots evaluated as of each past day with a completed check run.

Three checks of a small fleet are stored, then moved back in time so they fall on three days
(every stored instant shifted, as if each check had run on its own day). The trend must show
one point per day with the verdicts of that day, leave out days with only failed or probe
runs, reuse the report of the day, and reach every format: the notice formats read it (and
the configured 工作要求) from `jobs.evaluate_notice`.
"""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import docx
import sqlalchemy as sa
import yaml
from selectolax.lexbor import LexborHTMLParser
from sqlalchemy.orm import Session

from monitor import jobs
from monitor.config import LoadedConfig, parse_config
from monitor.report import render_docx, render_html, render_markdown, report_document
from monitor.store.models import (
    AccountObservation,
    CrawlRun,
    HomepageProbe,
    LinkCheck,
    PageSnapshot,
    SiteColumn,
)
from tests.httpserver import LocalHTTPServer, RequestHandler, respond

CST = ZoneInfo("Asia/Shanghai")
TODAY = datetime.now(CST).date()
REQUIREMENTS = "请各单位于{deadline}前完成整改。\n整改情况报市政务公开办。"
MOVED = {
    CrawlRun: ("started_at", "finished_at"), PageSnapshot: ("fetched_at",), LinkCheck: ("checked_at",),
    HomepageProbe: ("probed_at",), SiteColumn: ("first_seen", "last_seen"), AccountObservation: ("observed_at",),
}


def homepage(age_days: int) -> bytes:
    day = TODAY - timedelta(days=age_days)
    rows = "".join(f'<li><a href="/a{i}.html">第{i}条工作动态</a><span>{day.isoformat()}</span></li>' for i in range(5))
    return f'<html><head><meta charset="utf-8"><title>首页</title></head><body><ul>{rows}</ul></body></html>'.encode()


class Fleet:
    def __init__(self) -> None:
        self.fresh: set[str] = set()

    def handler(self, request: RequestHandler) -> None:
        # A fresh homepage's newest item is 3 days old: still before each shifted check's day.
        respond(request, 200, homepage(3 if request.path in self.fresh else 30))

    def routes(self) -> dict[str, object]:
        return {path: self.handler for path in ("/a/", "/b/", "/c/")}


def config(tmp_path: Path, server: LocalHTTPServer) -> LoadedConfig:
    document = {
        "database": "sqlite:///monitor.db",
        "fetch": {"timeout": 2, "retries": 0},
        "crawl": {"check_links": False},
        "report": {"requirements": REQUIREMENTS},
        "sites": [{"code": f"379900000{i}", "name": f"网站{name}", "url": server.url(f"/{name}/")}
                  for i, name in enumerate("abc", 1)],
    }
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return parse_config(path.read_text(encoding="utf-8"), path)


def move_back(tmp_path: Path, days: int) -> None:
    """Every stored instant `days` earlier, as if all that is stored had happened then."""
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'monitor.db'}")
    with Session(engine) as session, session.begin():
        for model, columns in MOVED.items():
            for row in session.scalars(sa.select(model)):
                for column in columns:
                    if (value := getattr(row, column)) is not None:
                        setattr(row, column, value - timedelta(days=days))
    engine.dispose()


def add_runs(tmp_path: Path, *runs: CrawlRun) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'monitor.db'}")
    with Session(engine) as session, session.begin():
        session.add_all(runs)
    engine.dispose()


def test_trend_over_stored_runs(tmp_path: Path) -> None:
    fleet = Fleet()
    with LocalHTTPServer(fleet.routes()) as server:
        loaded = config(tmp_path, server)
        sites = list(loaded.config.sites)
        asyncio.run(jobs.run_check(loaded, sites))  # all three stale
        move_back(tmp_path, 1)
        fleet.fresh = {"/a/"}
        asyncio.run(jobs.run_check(loaded, sites))
        move_back(tmp_path, 1)
        fleet.fresh = {"/a/", "/b/"}
        asyncio.run(jobs.run_check(loaded, sites))
    now = datetime.now(UTC)
    add_runs(tmp_path,
             CrawlRun(started_at=now - timedelta(days=5), finished_at=now - timedelta(days=5), status="failed",
                      trigger="check"),
             CrawlRun(started_at=now - timedelta(days=6), finished_at=now - timedelta(days=6), status="completed",
                      trigger="probe"))

    days = asyncio.run(jobs.check_days(loaded, TODAY))
    assert days == [TODAY - timedelta(days=2), TODAY - timedelta(days=1), TODAY]  # not the failed or probe runs
    assert asyncio.run(jobs.check_days(loaded, TODAY - timedelta(days=1))) == days[:2]
    assert asyncio.run(jobs.check_days(loaded, TODAY, limit=2)) == days[1:]

    report = asyncio.run(jobs.evaluate_notice(loaded, None))
    doc = report_document(report)
    assert doc["requirements"] == REQUIREMENTS
    # A fresh homepage alone leaves a site 无法判断 (no columns to judge interaction and service by),
    # so the days differ in 不合格 and 无法判断.
    points = [(p["as_of"], p["websites"]["failed"], p["websites"]["unknown"], p["websites"]["pass_rate"])
              for p in doc["trend"]]
    assert points == [
        ((TODAY - timedelta(days=2)).isoformat(), 3, 0, 0.0),
        ((TODAY - timedelta(days=1)).isoformat(), 2, 1, 0.0),
        (TODAY.isoformat(), 1, 2, 0.0),
    ]
    assert doc["trend"][-1]["websites"] == doc["summary"]["websites"]  # the day's own report, reused

    # The trend as of a past day ends on that day.
    earlier = report_document(asyncio.run(jobs.evaluate_notice(loaded, TODAY - timedelta(days=1))))
    assert [p["as_of"] for p in earlier["trend"]] == [d.isoformat() for d in days[:2]]
    assert earlier["summary"]["websites"]["failed"] == 2

    # Every notice format shows it.
    page = LexborHTMLParser(render_html(doc))
    assert len(page.css("#trend-chart svg")) == 2 and len(page.css("#trend-chart svg circle")) == 2 * 3
    markdown = render_markdown(doc)
    assert "## 附：合格率趋势（各监测日）" in markdown and f"| {TODAY.isoformat()} | 3 | 1 | 0.0% |" in markdown
    assert (f"与{(TODAY - timedelta(days=1)).isoformat()}的监测结果相比，政府网站合格率由0.0%变为0.0%，"
            "不合格网站由2个变为1个。") in markdown
    deadline = TODAY + timedelta(days=15)
    assert f"请各单位于{deadline.year}年{deadline.month}月{deadline.day}日前完成整改。" in markdown
    word = docx.Document(io.BytesIO(render_docx(doc)))
    texts = [p.text for p in word.paragraphs]
    assert "整改情况报市政务公开办。" in texts and "附：合格率趋势（各监测日）" in texts


def test_no_runs_no_trend(tmp_path: Path) -> None:
    with LocalHTTPServer(Fleet().routes()) as server:
        loaded = config(tmp_path, server)
    doc = report_document(asyncio.run(jobs.evaluate_notice(loaded, None)))
    assert "trend" not in doc and doc["summary"]["websites"]["checked"] == 0
    assert LexborHTMLParser(render_html(doc)).css_first("#trend-chart-missing") is not None
