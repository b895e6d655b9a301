"""The jobs the command line and the scheduler run: check (crawl and store) and evaluate.

These tie the layers together in the one direction data flows:
config → fetch → extract → store → rules → report.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import sqlalchemy as sa
from loguru import logger

from monitor.collect import FeedTarget, collect_feeds, feed_url
from monitor.config import FetchConfig, LoadedConfig, SiteConfig
from monitor.crawl import CrawlContext, SiteCrawl, crawl_fleet
from monitor.extract import dictionaries_from_config
from monitor.fetch import Fetcher, FetchSettings
from monitor.report import FORMATS, Report, report_document
from monitor.report.model import TrendPoint
from monitor.rules.accounts import AccountIndex
from monitor.rules.catalog import load_ruleset
from monitor.rules.engine import evaluate_accounts, evaluate_site
from monitor.rules.model import AsOf
from monitor.store import make_engine, session_factory, upgrade_async
from monitor.store.accounts import save_feed_observations
from monitor.store.findings import (
    Rectification,
    record_account_findings,
    record_findings,
    rectifications,
)
from monitor.store.models import Account, CrawlRun, Site
from monitor.store.repository import (
    finish_run,
    load_accounts,
    load_sites,
    save_probe,
    save_site_crawl,
    start_run,
    sync_accounts,
    sync_sites,
)


@dataclass(frozen=True)
class CheckSummary:
    run_id: int
    sites: int
    pages: int
    links: int
    started_at: datetime
    finished_at: datetime
    feeds: int = 0  # account feeds read


def fetch_settings(config: FetchConfig) -> FetchSettings:
    return FetchSettings(
        timeout=config.timeout, concurrency=config.concurrency, per_host=config.per_host,
        per_ip=config.per_ip, retries=config.retries, backoff=config.backoff,
        max_redirects=config.max_redirects, max_bytes=config.max_bytes,
        user_agent=config.user_agent, verify_tls=config.verify_tls,
    )


def select_sites(loaded: LoadedConfig, code: str | None) -> list[SiteConfig]:
    """All configured sites, or the one with that code (ValueError when there is none)."""
    sites = loaded.config.sites
    if code is None:
        return list(sites)
    chosen = [s for s in sites if s.code == code]
    if not chosen:
        raise ValueError(f"no site with code {code} in {loaded.path}")
    return chosen


def feed_targets(loaded: LoadedConfig) -> tuple[list[FeedTarget], list[str]]:
    """The configured accounts whose posts can be read, with their feed URLs (the account's own
    `feed`, else its platform's template), and a warning per account a template cannot serve."""
    config = loaded.config
    targets: list[FeedTarget] = []
    problems: list[str] = []
    for account in config.accounts:
        url = account.feed
        template = config.feeds.templates.get(account.platform)  # type: ignore[call-overload]
        if url is None and template is not None:
            try:
                url = feed_url(template, code=account.code, name=account.name, platform=account.platform,
                               account_id=account.account_id)
            except ValueError as exc:
                problems.append(f"{account.name}: feeds.templates.{account.platform}: {exc}")
        if url is not None:
            targets.append(FeedTarget(account.key, url))
    return targets, problems


async def run_check(
    loaded: LoadedConfig,
    sites: list[SiteConfig],
    *,
    trigger: str = "check",
    on_site: Callable[[SiteCrawl], None] | None = None,
    accounts: bool = True,
) -> CheckSummary:
    """Crawl the sites, read the accounts' feeds (unless `accounts` is false) and append what
    was seen to the database."""
    config = loaded.config
    url = loaded.database_url()
    await upgrade_async(url)
    engine = make_engine(url)
    sessions = session_factory(engine)
    today = datetime.now(config.tz).date()
    pages = links = feeds = 0
    targets: list[FeedTarget] = []
    if accounts:
        targets, problems = feed_targets(loaded)
        for problem in problems:
            logger.warning("{}: {}", loaded.path, problem)
    try:
        async with sessions.begin() as session:
            rows = await sync_sites(session, sites)
            account_rows = await sync_accounts(session, config.accounts)
            run = await start_run(session, trigger, len(sites))
        write_lock = asyncio.Lock()  # one writer at a time: SQLite allows no more

        async def store(crawl: SiteCrawl) -> None:
            nonlocal pages, links
            async with write_lock, sessions.begin() as session:
                session.add(run)
                await save_site_crawl(session, run, rows[crawl.site.code], crawl)
            pages += crawl.page_count
            links += len(crawl.links)
            if on_site:
                on_site(crawl)

        async def collect(fetcher: Fetcher) -> None:
            nonlocal feeds
            observed = await collect_feeds(fetcher, targets, today=today, tz=config.tz)
            async with write_lock, sessions.begin() as session:
                session.add(run)
                feeds = await save_feed_observations(session, run, account_rows, observed)

        status, error = "failed", None
        try:
            async with Fetcher(fetch_settings(config.fetch)) as fetcher:
                ctx = CrawlContext(config.crawl, today, dictionaries_from_config(config.security.model_dump()))
                await asyncio.gather(crawl_fleet(fetcher, sites, ctx, store), collect(fetcher))
            status = "completed"
        except asyncio.CancelledError:
            status, error = "interrupted", "cancelled"
            raise
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            async with sessions.begin() as session:
                session.add(run)
                await finish_run(session, run, status, pages + links + feeds, error)
        return CheckSummary(run.id, len(sites), pages, links, run.started_at, run.finished_at or run.started_at,
                            feeds=feeds)
    finally:
        await engine.dispose()


async def run_probe(loaded: LoadedConfig, sites: list[SiteConfig]) -> tuple[int, int]:
    """One probe round: each homepage once, one attempt, the indicator's deadline. Returns (probed, failed)."""
    config = loaded.config
    deadline = config.fetch.timeout
    settings = replace(fetch_settings(config.fetch), retries=0)
    url = loaded.database_url()
    await upgrade_async(url)
    engine = make_engine(url)
    sessions = session_factory(engine)
    failed = 0
    try:
        async with sessions.begin() as session:
            rows = await sync_sites(session, sites)
            run = await start_run(session, "probe", len(sites))
        async with Fetcher(settings) as fetcher:
            results = await asyncio.gather(*(fetcher.get(site.url) for site in sites))
        async with sessions.begin() as session:
            session.add(run)
            for site, result in zip(sites, results, strict=True):
                await save_probe(session, run, rows[site.code], result, deadline)
                failed += not (result.ok and result.elapsed <= deadline)
            await finish_run(session, run, "completed", len(sites))
    finally:
        await engine.dispose()
    return len(sites), failed


def as_of_for(loaded: LoadedConfig, day: date | None) -> AsOf:
    """The 监测时间点 for a calendar day (its end), or now when no day is given."""
    config = loaded.config
    max_age = timedelta(days=config.evaluation.max_observation_age_days)
    now = datetime.now(timezone.utc)
    if day is None:
        return AsOf(day=now.astimezone(config.tz).date(), instant=now, max_age=max_age)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=config.tz) - timedelta(microseconds=1)
    return AsOf(day=day, instant=min(end, now) if day >= now.astimezone(config.tz).date() else end, max_age=max_age)


def day_start(loaded: LoadedConfig, day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=loaded.config.tz)


async def evaluate(
    loaded: LoadedConfig, day: date | None, sites: list[SiteConfig] | None = None, since: date | None = None
) -> Report:
    """Verdicts for the configured sites from stored snapshots, as of `day`.

    With `since`, the report also lists every finding open since that day and whether it was rectified.
    """
    config = loaded.config
    ruleset = load_ruleset(config.ruleset, config.rules)
    as_of = as_of_for(loaded, day)
    probes_since = None
    if config.probe.enabled is not False:
        probes_since = as_of.instant - timedelta(days=ruleset["site.unreachable"].whole("window_days"))
    url = loaded.database_url()
    await upgrade_async(url)
    engine = make_engine(url)
    chosen = sites if sites is not None else config.sites
    found: list[Rectification] = []
    try:
        async with session_factory(engine)() as session:
            observations = await load_sites(session, chosen, as_of.instant, probes_since)
            account_records = await load_accounts(session, config.accounts, as_of.instant, config.tz)
            if since is not None:
                found = await rectifications(
                    session, [s.code for s in chosen], [a.key for a in config.accounts],
                    day_start(loaded, since), as_of.instant,
                )
    finally:
        await engine.dispose()
    index = AccountIndex.of(account_records)
    verdicts = tuple(evaluate_site(site, as_of, ruleset, index) for site in observations)
    return Report(
        as_of=as_of.day, ruleset=ruleset.name, generated_at=datetime.now(timezone.utc),
        websites=verdicts, tz=config.tz, since=since, rectifications=tuple(found),
        accounts=tuple(evaluate_accounts(account_records, as_of, ruleset)),
    )


async def record(loaded: LoadedConfig, report: Report, codes: set[str] | None = None) -> None:
    """Update the findings table from a report made as of now (after a check): of the sites with
    these codes (default all) and of every account; a subject not checked changes nothing."""
    url = loaded.database_url()
    engine = make_engine(url)
    try:
        async with session_factory(engine).begin() as session:
            chosen = [v for v in report.websites if (codes is None or v.code in codes) and v.verdict != "not_checked"]
            wanted = [v.code for v in chosen]
            rows = {s.code: s for s in await session.scalars(sa.select(Site).where(Site.code.in_(wanted)))}
            checked = [v for v in chosen if v.code in rows]
            await record_findings(session, rows, checked, report.generated_at)
            keys = [a.key for a in report.accounts if a.key]
            accounts = {a.key: a for a in await session.scalars(sa.select(Account).where(Account.key.in_(keys)))}
            observed = [a for a in report.accounts if a.key in accounts and a.verdict != "not_checked"]
            await record_account_findings(session, accounts, observed, report.generated_at)
    finally:
        await engine.dispose()


def write_report(report: Report, fmt: str, path: Path) -> Path:
    """Render one format of the report to a file (folders created as needed)."""
    data = FORMATS[fmt].render(report_document(report))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    logger.info("report written to {}", path)
    return path


def default_report_path(loaded: LoadedConfig, report: Report, fmt: str) -> Path:
    return loaded.report_dir() / f"report-{report.as_of.isoformat()}.{FORMATS[fmt].extension}"


TREND_POINTS = 30  # days of history in a report's trend
CHECK_TRIGGERS = ("check", "demo", "schedule")  # runs that read sites and feeds (not probes)


async def check_days(loaded: LoadedConfig, until: date, limit: int = TREND_POINTS) -> list[date]:
    """The last `limit` local days up to `until` on which a check run completed, oldest first
    (a run counts on the day it finished)."""
    end = as_of_for(loaded, until).instant
    engine = make_engine(loaded.database_url())
    try:
        async with session_factory(engine)() as session:
            rows = (await session.execute(
                sa.select(CrawlRun.started_at, CrawlRun.finished_at)
                .where(CrawlRun.status == "completed", CrawlRun.trigger.in_(CHECK_TRIGGERS),
                       CrawlRun.started_at <= end)
            )).all()
    finally:
        await engine.dispose()
    tz = loaded.config.tz
    days = {(finished or started).astimezone(tz).date() for started, finished in rows}
    return sorted(d for d in days if d <= until)[-limit:] if limit > 0 else []


async def trend(
    loaded: LoadedConfig, day: date | None, sites: list[SiteConfig] | None = None, *,
    limit: int = TREND_POINTS, current: Report | None = None,
) -> tuple[TrendPoint, ...]:
    """The verdicts as of each of the last `limit` days with a completed check run, up to `day`
    (default today), oldest first: each day evaluated from the stored snapshots as `evaluate`
    does. `current`, a report already made for one of those days, is reused, not re-evaluated."""
    until = as_of_for(loaded, day).day
    await upgrade_async(loaded.database_url())
    points: list[TrendPoint] = []
    for past in await check_days(loaded, until, limit):
        report = current if current is not None and current.as_of == past else await evaluate(loaded, past, sites)
        points.append(TrendPoint(past, tuple(v.verdict for v in report.websites),
                                 tuple(a.verdict for a in report.accounts)))
    return tuple(points)


async def evaluate_notice(
    loaded: LoadedConfig, day: date | None, sites: list[SiteConfig] | None = None, since: date | None = None,
    *, limit: int = TREND_POINTS,
) -> Report:
    """`evaluate`, plus what the notice formats (docx, md, html) show beyond the verdicts: the
    trend over past check runs and the configured 工作要求 (report.requirements)."""
    report = await evaluate(loaded, day, sites, since)
    points = await trend(loaded, report.as_of, sites, limit=limit, current=report)
    return replace(report, trend=points, requirements=loaded.config.report.requirements)
