"""Crawl one site: homepage, columns, their list pages, and a link check.

This module decides *what* to fetch; the fetch layer decides *how* (limits,
retries, timeouts) and extraction reads the pages. The result is plain data
for the store; nothing here raises on a network fault, since every fetch ends
in a typed outcome.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from urllib.parse import urldefrag, urlsplit

from loguru import logger

from monitor.classify import classify_column
from monitor.config import ColumnConfig, CrawlConfig, SiteConfig
from monitor.extract import PageExtract, extract_page
from monitor.fetch import Fetcher, FetchResult


@dataclass(frozen=True)
class PageRecord:
    """A fetched page and what was read from it (page is None when nothing could be read)."""

    role: str  # "home" | "column"
    page_no: int
    result: FetchResult  # without its body: the extract keeps what the rules need
    page: PageExtract | None
    content_hash: str | None
    size: int | None  # body bytes


@dataclass(frozen=True)
class ColumnTarget:
    name: str
    url: str
    category: str | None
    level: int | None
    source: str  # "config" | "discovered"


@dataclass(frozen=True)
class ColumnCrawl:
    target: ColumnTarget
    category: str
    pages: tuple[PageRecord, ...]


@dataclass(frozen=True)
class LinkRecord:
    url: str
    found_on: str
    on_homepage: bool
    external: bool
    result: FetchResult


@dataclass(frozen=True)
class SiteCrawl:
    site: SiteConfig
    home: PageRecord
    columns: tuple[ColumnCrawl, ...]
    links: tuple[LinkRecord, ...]
    started_at: datetime
    finished_at: datetime

    @property
    def page_count(self) -> int:
        return 1 + sum(len(c.pages) for c in self.columns)


@dataclass
class LinkChecker:
    """Checks each URL once per run, whichever site links to it.

    External hosts get their own concurrency limit on top of the fetch
    layer's per-host limits, so one slow outside site cannot hold the run.
    """

    fetcher: Fetcher
    external_concurrency: int = 4
    _results: dict[str, asyncio.Future[FetchResult]] = field(default_factory=dict)
    _external: asyncio.Semaphore | None = None

    def known(self, url: str, result: FetchResult) -> None:
        """Record a page already fetched in this run, so it is not requested again."""
        if url not in self._results:
            future: asyncio.Future[FetchResult] = asyncio.get_running_loop().create_future()
            future.set_result(result)
            self._results[url] = future

    async def check(self, url: str, external: bool) -> FetchResult:
        if url in self._results:
            return await asyncio.shield(self._results[url])
        future: asyncio.Future[FetchResult] = asyncio.get_running_loop().create_future()
        self._results[url] = future
        try:
            if external:
                if self._external is None:
                    self._external = asyncio.Semaphore(self.external_concurrency)
                async with self._external:
                    result = await self.fetcher.check_link(url)
            else:
                result = await self.fetcher.check_link(url)
        except BaseException:
            # Only cancellation gets here (the fetcher returns every failure as an outcome):
            # forget the URL so waiters and later checks do not inherit a half-done check.
            del self._results[url]
            future.cancel()
            raise
        future.set_result(result)
        return result


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()


def _normal(url: str) -> str:
    return urldefrag(url)[0]


def _read(role: str, page_no: int, result: FetchResult, today: date) -> PageRecord:
    """Extract a fetched page, then drop its body: a big fleet holds thousands of pages at once."""
    page = None
    if result.outcome == "ok" and result.text is not None:
        page = extract_page(result.text, result.final_url, today=today, hint="home" if role == "home" else "list")
    return PageRecord(
        role=role, page_no=page_no, result=replace(result, content=b"", text=None), page=page,
        content_hash=hashlib.sha256(result.content).hexdigest() if result.content else None,
        size=len(result.content) if result.content else None,
    )


def column_targets(site: SiteConfig, home: PageExtract | None) -> list[ColumnTarget]:
    """Declared columns, else the columns linked from the homepage navigation."""
    if site.columns:
        return [_declared(column) for column in site.columns]
    if home is None:
        return []
    site_host = _host(site.url)
    seen = {_normal(site.url)}
    targets: list[ColumnTarget] = []
    for link in home.nav:
        url = _normal(link.url)
        if url in seen or _host(url) != site_host:
            continue
        seen.add(url)
        targets.append(ColumnTarget(link.name.strip(), url, None, link.level, "discovered"))
    return targets


def _declared(column: ColumnConfig) -> ColumnTarget:
    return ColumnTarget(column.name, column.url, column.category, column.level, "config")


async def crawl_column(
    fetcher: Fetcher, target: ColumnTarget, settings: CrawlConfig, today: date
) -> ColumnCrawl:
    """The column's first list page, and further pages while no dated item was found."""
    pages: list[PageRecord] = []
    url: str | None = target.url
    visited: set[str] = set()
    while url and url not in visited and len(pages) < settings.max_pages:
        visited.add(url)
        record = _read("column", len(pages) + 1, await fetcher.get(url), today)
        pages.append(record)
        page = record.page
        if page is None or page.blank or page.latest_item_date is not None or not page.items:
            break
        url = page.next_page
    first = pages[0].page
    column_type = first.meta.get("ColumnType") if first else None
    category = target.category or classify_column(target.name, target.url, column_type)
    return ColumnCrawl(target=target, category=category, pages=tuple(pages))


async def check_links(
    checker: LinkChecker, site: SiteConfig, pages: list[PageRecord], settings: CrawlConfig
) -> list[LinkRecord]:
    """Every link on the homepage and column pages, each URL once; homepage links count as homepage."""
    site_host = _host(site.url)
    found: dict[str, tuple[str, bool]] = {}  # url -> (first page it was seen on, seen on the homepage)
    for record in pages:
        checker.known(_normal(record.result.url), record.result)
        if record.page is None:
            continue
        for link in record.page.links:
            url = _normal(link.url)
            if url.startswith(("http://", "https://")):
                first_page, on_home = found.get(url, (record.result.url, False))
                found[url] = (first_page, on_home or record.role == "home")
    urls = list(found)
    if not settings.external_links:
        urls = [u for u in urls if _host(u) == site_host]
    if len(urls) > settings.max_links_per_site:
        logger.warning("{}: {} links found, checking the first {}", site.name, len(urls), settings.max_links_per_site)
        urls = urls[: settings.max_links_per_site]

    async def one(url: str) -> LinkRecord:
        external = _host(url) != site_host
        result = await checker.check(url, external)
        found_on, on_home = found[url]
        return LinkRecord(url=url, found_on=found_on, on_homepage=on_home, external=external, result=result)

    return list(await asyncio.gather(*(one(url) for url in urls)))


async def crawl_site(
    fetcher: Fetcher,
    checker: LinkChecker,
    site: SiteConfig,
    settings: CrawlConfig,
    today: date,
) -> SiteCrawl:
    """Crawl one site end to end; never raises on network faults."""
    started = datetime.now(timezone.utc)
    home = _read("home", 1, await fetcher.get(site.url), today)
    targets = column_targets(site, home.page)
    columns = await asyncio.gather(*(crawl_column(fetcher, t, settings, today) for t in targets))
    links: list[LinkRecord] = []
    if settings.check_links:
        pages = [home] + [p for c in columns for p in c.pages]
        links = await check_links(checker, site, pages, settings)
    logger.info(
        "{}: homepage {}, {} columns, {} links checked", site.name, home.result.outcome, len(columns), len(links)
    )
    return SiteCrawl(
        site=site, home=home, columns=tuple(columns), links=tuple(links),
        started_at=started, finished_at=datetime.now(timezone.utc),
    )


async def crawl_fleet(
    fetcher: Fetcher,
    sites: list[SiteConfig],
    settings: CrawlConfig,
    today: date,
    on_done: Callable[[SiteCrawl], Awaitable[None]],
) -> None:
    """Crawl sites concurrently and hand each result over as it ends.

    The fetch layer enforces the request limits; `site_concurrency` bounds how many
    sites are open at once, so results reach the store early and memory stays flat.
    """
    checker = LinkChecker(fetcher, settings.external_concurrency)
    open_sites = asyncio.Semaphore(settings.site_concurrency)

    async def run(site: SiteConfig) -> None:
        async with open_sites:
            crawl = await crawl_site(fetcher, checker, site, settings, today)
        await on_done(crawl)

    await asyncio.gather(*(run(site) for site in sites))
