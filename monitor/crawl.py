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
from monitor.extract import (
    Dictionaries,
    Guide,
    Item,
    Message,
    PageExtract,
    ServiceEntry,
    Signal,
    dictionaries_from_config,
    extract_data,
    extract_guide,
    extract_identity,
    extract_messages,
    extract_page,
    find_search,
    has_search_box,
    read_results,
    scan_page,
    search_query,
    service_entries,
)
from monitor.extract._accounts import AccountLink, account_links
from monitor.fetch import Fetcher, FetchResult
from monitor.vocab import is_service


@dataclass(frozen=True)
class CrawlContext:
    """What every page read of a run shares: settings, the day it is, the security dictionaries."""

    settings: CrawlConfig
    today: date
    dictionaries: Dictionaries = field(default_factory=lambda: dictionaries_from_config(None))


@dataclass(frozen=True)
class PageRecord:
    """A fetched page and what was read from it (page is None when nothing could be read)."""

    role: str  # "home" | "column" | "article" | "guide" | "search"
    page_no: int
    result: FetchResult  # without its body: the extract keeps what the rules need
    page: PageExtract | None
    content_hash: str | None
    size: int | None  # body bytes
    signals: tuple[Signal, ...] = ()  # content-security hits (home and list pages)
    identity: frozenset[str] | None = None  # footer/meta elements shown (home and list pages)
    messages: tuple[Message, ...] = ()  # public messages shown (list pages of consultation columns)
    guide: Guide | None = None  # a 办事指南 page's key elements (role "guide")
    search: SearchCheck | None = None  # the site-search check (role "search")
    services: tuple[ServiceEntry, ...] | None = None  # links to 办事服务 (homepages)
    accounts: tuple[AccountLink, ...] | None = None  # new-media accounts shown (homepages)


@dataclass(frozen=True)
class SearchCheck:
    """The site-search check of a portal (deduct.search): what was searched, what came back.

    state: "no_search" (the homepage shows no search box), "unresolved" (it shows one whose URL
    could not be worked out, or loads a header by script that may hold one), "found" / "no_result" / "unclear" (the result page, see
    ``monitor.extract.read_results``), "failed" (the result page could not be fetched). The
    record's result is the search fetch, or the homepage's when no query was made.
    """

    state: str
    title: str | None = None  # the homepage title searched for
    item_url: str | None = None  # the page of that item
    hits: tuple[Item, ...] = ()  # result links that are the item
    count: int | None = None  # the number of results the page stated


@dataclass(frozen=True)
class ColumnTarget:
    name: str
    url: str
    category: str | None
    level: int | None
    source: str  # "config" | "discovered"
    parent: str | None = None  # URL of the column it sits under


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
    search: PageRecord | None = None  # the site-search check (portals)

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


def _read(role: str, page_no: int, result: FetchResult, ctx: CrawlContext, *, data: bool = False) -> PageRecord:
    """Extract a fetched page, then drop its body: a big fleet holds thousands of pages at once.

    `data` marks a response of the API a script-rendered list loads its items from.
    """
    page = None
    signals: tuple[Signal, ...] = ()
    identity = None
    messages: tuple[Message, ...] = ()
    guide = None
    text = result.text if result.outcome == "ok" else None
    if text is not None:
        if data:
            page = extract_data(text, result.final_url, today=ctx.today)
        elif role == "guide":
            guide = extract_guide(text, result.final_url)
        else:
            hint = {"home": "home", "column": "list"}.get(role)
            page = extract_page(text, result.final_url, today=ctx.today, hint=hint)
            if role in ("home", "column"):
                signals = scan_page(text, result.final_url, ctx.dictionaries)
                identity = extract_identity(text)
            if role == "column":
                messages = extract_messages(text, result.final_url, today=ctx.today)
    return PageRecord(
        role=role, page_no=page_no, result=replace(result, content=b"", text=None), page=page,
        content_hash=hashlib.sha256(result.content).hexdigest() if result.content else None,
        size=len(result.content) if result.content else None, signals=signals, identity=identity,
        messages=messages, guide=guide,
        services=service_entries(page) if role == "home" and page is not None else None,
        accounts=account_links(page) if role == "home" and page is not None else None,
    )


def column_targets(site: SiteConfig, home: PageExtract | None) -> list[ColumnTarget]:
    """Declared columns, else the columns linked from the homepage navigation and directory trees."""
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
        name = link.name.strip()
        override = site.column_overrides.get(name) or site.column_overrides.get(url)
        targets.append(ColumnTarget(
            name=name, url=url,
            category=override.category if override else None,
            level=override.level if override and override.level is not None else link.level,
            source="discovered",
            parent=_normal(link.parent) if link.parent else None,
        ))
    return targets


def _declared(column: ColumnConfig) -> ColumnTarget:
    return ColumnTarget(column.name, column.url, column.category, column.level, "config")


async def _list_pages(fetcher: Fetcher, target: ColumnTarget, ctx: CrawlContext) -> list[PageRecord]:
    """The first list page; then more pages (or the list's data API, or the frame that shows the
    list) while nothing dated was found."""
    pages: list[PageRecord] = []
    url: str | None = target.url
    data = framed = False
    visited: set[str] = set()
    while url and url not in visited and len(pages) < ctx.settings.max_pages:
        visited.add(url)
        record = _read("column", len(pages) + 1, await fetcher.get(url), ctx, data=data)
        pages.append(record)
        page = record.page
        if page is None or page.blank or page.latest_item_date is not None:
            break
        if page.items:
            url = page.next_page
        elif page.data_url and not data:
            # A script-rendered list: its items come from the API the page names.
            url, data = page.data_url, True
        elif page.frame_url and not (framed or data):
            # A list shown through a frame: the frame's page is the list (read once, same limits).
            url, framed = page.frame_url, True
        else:
            break
    return pages


async def _article_dates(fetcher: Fetcher, pages: list[PageRecord], ctx: CrawlContext) -> list[PageRecord]:
    """When a list shows no dates at all, the first items' own pages carry them (发布时间, PubDate)."""
    if ctx.settings.article_dates == 0 or any(p.page and p.page.latest_item_date for p in pages):
        return []
    urls = [item.url for p in pages if p.page for item in p.page.items][: ctx.settings.article_dates]
    results = await asyncio.gather(*(fetcher.get(url) for url in urls))
    return [_read("article", i, result, ctx) for i, result in enumerate(results, 1)]


async def _guides(fetcher: Fetcher, target: ColumnTarget, pages: list[PageRecord], ctx: CrawlContext) -> list[PageRecord]:
    """A service column's first 办事指南 pages, read for their key elements (site.service)."""
    if ctx.settings.guide_pages == 0 or not is_service(target.name, target.url):
        return []
    urls = list(dict.fromkeys(item.url for p in pages if p.page for item in p.page.items))[: ctx.settings.guide_pages]
    results = await asyncio.gather(*(fetcher.get(url) for url in urls))
    return [_read("guide", i, result, ctx) for i, result in enumerate(results, 1)]


async def crawl_column(fetcher: Fetcher, target: ColumnTarget, ctx: CrawlContext) -> ColumnCrawl:
    """Read one column: its list pages, its newest articles when the list shows no dates, its guides."""
    pages = await _list_pages(fetcher, target, ctx)
    articles = await _article_dates(fetcher, pages, ctx)
    guides = await _guides(fetcher, target, pages, ctx)
    first = pages[0].page
    column_type = first.meta.get("ColumnType") if first else None
    category = target.category or classify_column(target.name, target.url, column_type)
    return ColumnCrawl(target=target, category=category, pages=tuple(pages + articles + guides))


def _search_item(page: PageExtract, site_url: str, today: date) -> Item | None:
    """The homepage item to search for: the newest dated item of the site itself whose title has
    at least 6 characters, published before today when one was (a search index may lag a day)."""
    domain = _host(site_url).removeprefix("www.")
    items = [
        item for item in page.items
        if item.date is not None and item.date <= today and len(search_query(item.title)) >= 6
        and (_host(item.url) == domain or _host(item.url).endswith(f".{domain}"))
    ]
    earlier = [item for item in items if item.date is not None and item.date < today]
    pool = earlier or items
    return max(pool, key=lambda item: item.date or today) if pool else None


def _search_record(result: FetchResult, check: SearchCheck) -> PageRecord:
    return PageRecord(
        role="search", page_no=1, result=replace(result, content=b"", text=None), page=None,
        content_hash=hashlib.sha256(result.content).hexdigest() if result.content else None,
        size=len(result.content) if result.content else None, search=check,
    )


async def _search(fetcher: Fetcher, site: SiteConfig, home: FetchResult, page: PageExtract | None,
                  ctx: CrawlContext) -> PageRecord | None:
    """deduct.search (portals): search the homepage's own search for one of its titles.

    None when nothing could be checked (not a portal, homepage unread, no title to search).
    """
    if site.kind != "portal" or home.outcome != "ok" or home.text is None or page is None:
        return None
    if page.kind in ("soft404", "blocked"):
        return None
    form = find_search(home.text, home.final_url)
    if form is None:
        state = "unresolved" if has_search_box(home.text) else "no_search"
        return _search_record(home, SearchCheck(state))
    item = _search_item(page, home.final_url, ctx.today)
    if item is None:
        return None
    query = search_query(item.title)
    result = await fetcher.get(form.url_for(query, home.encoding))
    if result.outcome != "ok" or result.text is None:
        return _search_record(result, SearchCheck("failed", query, item.url))
    found = read_results(result.text, result.final_url, query, item.url)
    return _search_record(result, SearchCheck(found.state, query, item.url, found.hits, found.count))


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


async def crawl_site(fetcher: Fetcher, checker: LinkChecker, site: SiteConfig, ctx: CrawlContext) -> SiteCrawl:
    """Crawl one site end to end; never raises on network faults."""
    started = datetime.now(timezone.utc)
    home_result = await fetcher.get(site.url)
    home = _read("home", 1, home_result, ctx)
    shell = home.page
    if shell is not None and shell.frame_url and not shell.items and not shell.nav:
        # A frameset-era homepage: the site is the page its content frame shows.
        framed = _read("home", 1, await fetcher.get(shell.frame_url), ctx)
        if framed.page is not None:
            home = framed
    targets = column_targets(site, home.page)
    columns, search = await asyncio.gather(
        asyncio.gather(*(crawl_column(fetcher, t, ctx) for t in targets)),
        _search(fetcher, site, home_result, home.page, ctx),
    )
    links: list[LinkRecord] = []
    if ctx.settings.check_links:
        pages = [home] + [p for c in columns for p in c.pages]
        links = await check_links(checker, site, pages, ctx.settings)
    logger.info(
        "{}: homepage {}, {} columns, {} links checked", site.name, home.result.outcome, len(columns), len(links)
    )
    return SiteCrawl(
        site=site, home=home, columns=tuple(columns), links=tuple(links),
        started_at=started, finished_at=datetime.now(timezone.utc), search=search,
    )


async def crawl_fleet(
    fetcher: Fetcher,
    sites: list[SiteConfig],
    ctx: CrawlContext,
    on_done: Callable[[SiteCrawl], Awaitable[None]],
) -> None:
    """Crawl sites concurrently and hand each result over as it ends.

    The fetch layer enforces the request limits; `site_concurrency` bounds how many
    sites are open at once, so results reach the store early and memory stays flat.
    """
    checker = LinkChecker(fetcher, ctx.settings.external_concurrency)
    open_sites = asyncio.Semaphore(ctx.settings.site_concurrency)

    async def run(site: SiteConfig) -> None:
        async with open_sites:
            crawl = await crawl_site(fetcher, checker, site, ctx)
        await on_done(crawl)

    await asyncio.gather(*(run(site) for site in sites))
