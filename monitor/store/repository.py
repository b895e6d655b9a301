"""Reading and writing observations: crawl results in, rule inputs out.

Writes only ever insert observations (snapshots, link checks, probes); the
configured subjects (sites, columns) are upserted. Reads rebuild, for an
as-of instant, the plain records the rules evaluate.
"""

from __future__ import annotations

import socket
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime, tzinfo
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from monitor.config import AccountConfig, SiteConfig
from monitor.crawl import PageRecord, SearchCheck, SiteCrawl
from monitor.fetch import FetchResult
from monitor.rules.observations import (
    NOT_CONTENT_KINDS,
    AccountObservationRecord,
    AccountRecord,
    OK_OUTCOMES,
    ColumnObservation,
    GuideObservation,
    ItemObservation,
    LinkObservation,
    MessageObservation,
    PageObservation,
    ProbeObservation,
    SearchObservation,
    ServiceObservation,
    ShownAccount,
    SignalObservation,
    SiteObservations,
)
from monitor.store.models import (
    Account,
    AccountObservation,
    CrawlRun,
    HomepageProbe,
    LinkCheck,
    PageSnapshot,
    Site,
    SiteColumn,
    utcnow,
)


async def sync_sites(session: AsyncSession, sites: Iterable[SiteConfig]) -> dict[str, Site]:
    """Insert or update the configured sites; returns them by code."""
    sites = list(sites)
    existing = {
        s.code: s for s in (await session.scalars(sa.select(Site).where(Site.code.in_([x.code for x in sites]))))
    }
    for config in sites:
        row = existing.get(config.code)
        if row is None:
            row = Site(code=config.code)
            session.add(row)
            existing[config.code] = row
        row.name, row.url, row.kind = config.name, config.url, config.kind
        row.unit, row.email = config.responsible_unit, config.email
    await session.flush()
    return existing


async def sync_accounts(session: AsyncSession, accounts: Iterable[AccountConfig]) -> dict[str, Account]:
    """Insert or update the configured new-media accounts; returns them by key."""
    accounts = list(accounts)
    existing = {
        a.key: a for a in await session.scalars(sa.select(Account).where(Account.key.in_([x.key for x in accounts])))
    }
    for config in accounts:
        row = existing.get(config.key)
        if row is None:
            row = Account(key=config.key)
            session.add(row)
            existing[config.key] = row
        row.code, row.name, row.platform, row.operator = config.code, config.name, config.platform, config.operator
        row.unit, row.email, row.feed = config.unit or config.operator or config.name, config.email, config.feed
    await session.flush()
    return existing


def _account_observation(row: AccountObservation, tz: tzinfo) -> AccountObservationRecord:
    detail = row.detail or {}
    return AccountObservationRecord(
        observed_at=row.observed_at, source=row.source, outcome=row.outcome,
        latest_post=row.latest_post_at.astimezone(tz).date() if row.latest_post_at else None,
        post_count=row.post_count, interaction=row.interaction, platform_name=row.platform_name,
        verified_entity=row.verified_entity, verified=row.verified,
        deregistered=detail.get("deregistered"), error=row.error, url=detail.get("url"),
    )


async def load_accounts(
    session: AsyncSession, accounts: Sequence[AccountConfig], instant: datetime, tz: tzinfo
) -> list[AccountRecord]:
    """The configured accounts with their observations up to `instant`, oldest first."""
    rows = {a.key: a for a in await session.scalars(sa.select(Account).where(Account.key.in_([x.key for x in accounts])))}
    by_account: dict[int, list[AccountObservationRecord]] = defaultdict(list)
    if rows:
        observations = await session.scalars(
            sa.select(AccountObservation)
            .where(AccountObservation.account_id.in_([r.id for r in rows.values()]),
                   AccountObservation.observed_at <= instant)
            # A corrected import of the same instant comes after the row it corrects.
            .order_by(AccountObservation.observed_at, AccountObservation.id)
        )
        for row in observations:
            by_account[row.account_id].append(_account_observation(row, tz))
    records = []
    for config in accounts:
        row = rows.get(config.key)
        records.append(AccountRecord(
            key=config.key, code=config.code, name=config.name, platform=config.platform,
            operator=config.operator, unit=config.unit or config.operator or config.name,
            observations=tuple(by_account[row.id]) if row is not None else (), feed=config.feed,
        ))
    return records


async def start_run(session: AsyncSession, trigger: str, site_count: int) -> CrawlRun:
    run = CrawlRun(
        started_at=utcnow(), status="running", trigger=trigger, site_count=site_count,
        hostname=socket.gethostname(),
    )
    session.add(run)
    await session.flush()
    return run


async def finish_run(session: AsyncSession, run: CrawlRun, status: str, requests: int, error: str | None = None) -> None:
    run.finished_at = utcnow()
    run.status = status  # type: ignore[assignment]
    run.request_count = requests
    run.error = error
    await session.flush()


def _items(record: PageRecord) -> list[dict[str, object]] | None:
    """Items as stored; an article is stored as the one item it is, dated by its publication."""
    page = record.page
    if page is None:
        return None
    if page.article is not None:
        published = page.article.published
        return [{"title": page.article.title, "url": record.result.final_url,
                 "date": published.isoformat() if published else None}]
    return [
        {"title": i.title, "url": i.url, "date": i.date.isoformat() if i.date else None}
        for i in record.page.items
    ]


def _snapshot(run: CrawlRun, site: Site, column: SiteColumn | None, record: PageRecord) -> dict[str, Any]:
    result, page = record.result, record.page
    return {
        "run_id": run.id, "site_id": site.id, "column_id": column.id if column else None,
        "role": record.role, "page_no": record.page_no, "url": result.url, "final_url": result.final_url,
        "fetched_at": result.fetched_at, "outcome": str(result.outcome), "status": result.status,
        "elapsed_ms": round(result.elapsed * 1000), "bytes": record.size,
        "content_hash": record.content_hash, "etag": result.etag, "last_modified": result.last_modified,
        "encoding": result.encoding,
        "kind": page.kind if page else None,
        "item_count": page.item_count if page else None,
        "latest_item_date": page.latest_item_date if page else None,
        "blank": page.blank if page else None,
        "blank_reason": page.blank_reason if page else None,
        "unreadable": page.unreadable if page else None,
        "next_page": page.next_page if page else None,
        "items": _items(record), "error": result.error,
        "problems": list(result.decode_problems + (page.problems if page else ())) or None,
        "signals": [{"kind": x.kind, "match": x.match, "context": x.context} for x in record.signals] or None,
        "identity": sorted(record.identity) if record.identity is not None else None,
        "messages": [
            {"title": m.title, "url": m.url, "asked": _iso(m.asked), "answered": _iso(m.answered), "status": m.status}
            for m in record.messages
        ] or None,
        "guide": {"title": record.guide.title, "elements": sorted(record.guide.elements)} if record.guide else None,
        "services": [{"name": e.name, "url": e.url} for e in record.services] if record.services is not None else None,
        "accounts": [
            {"platform": a.platform, "name": a.name, "handle": a.handle, "url": a.url, "caption": a.caption}
            for a in record.accounts
        ] if record.accounts is not None else None,
        **(_search_columns(record.search) if record.search is not None else {}),
    }


# A role "search" row is the site-search check (deduct.search), in the columns a page already has:
# url = the search URL queried (the homepage's when no query was made); kind = the check's state
# (no_search, unresolved, found, no_result, unclear; null when the result page was not fetched);
# blank = nothing found (true: no search box, or the search found nothing; false: found; null:
# undecided); blank_reason = the homepage title searched for (without a query, why there was
# none); next_page = that item's own page; items = the result links that are the item (null
# when no result page was read); item_count = the number of results the page stated.
_NO_QUERY = {"no_search": "未找到站内搜索", "unresolved": "搜索框由脚本加载或提交，检索地址无法确定"}


def _search_columns(check: SearchCheck) -> dict[str, Any]:
    read = check.state in ("found", "no_result", "unclear")
    return {
        "kind": None if check.state == "failed" else check.state,
        "blank": {"no_search": True, "no_result": True, "found": False}.get(check.state),
        "blank_reason": check.title if check.title is not None else _NO_QUERY.get(check.state),
        "next_page": check.item_url,
        "items": [{"title": i.title, "url": i.url, "date": _iso(i.date)} for i in check.hits] if read else None,
        "item_count": check.count,
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


async def _column_rows(session: AsyncSession, site: Site, crawl: SiteCrawl) -> dict[str, SiteColumn]:
    """Upsert the site's columns seen in this crawl; returns them by URL."""
    rows = {
        c.url: c for c in await session.scalars(sa.select(SiteColumn).where(SiteColumn.site_id == site.id))
    }
    seen = crawl.started_at
    for column in crawl.columns:
        target = column.target
        row = rows.get(target.url)
        if row is None:
            row = SiteColumn(site_id=site.id, url=target.url, first_seen=seen)
            session.add(row)
            rows[target.url] = row
        row.name, row.category, row.level = target.name, column.category, target.level  # type: ignore[assignment]
        row.source, row.last_seen = target.source, seen  # type: ignore[assignment]
    await session.flush()
    for column in crawl.columns:
        parent = rows.get(column.target.parent) if column.target.parent else None
        rows[column.target.url].parent_id = parent.id if parent else None
    await session.flush()
    return rows


async def save_site_crawl(session: AsyncSession, run: CrawlRun, site: Site, crawl: SiteCrawl) -> None:
    """Append everything one site's crawl observed (bulk inserts: a site has thousands of links)."""
    home = crawl.home
    columns = await _column_rows(session, site, crawl)
    snapshots = [_snapshot(run, site, None, home)] + [
        _snapshot(run, site, columns[column.target.url], page) for column in crawl.columns for page in column.pages
    ] + ([_snapshot(run, site, None, crawl.search)] if crawl.search is not None else [])
    await session.execute(sa.insert(PageSnapshot), snapshots)
    await session.execute(sa.insert(HomepageProbe), [{
        "site_id": site.id, "run_id": run.id, "probed_at": home.result.fetched_at,
        "outcome": str(home.result.outcome), "status": home.result.status,
        "elapsed_ms": round(home.result.elapsed * 1000), "ok": home.result.outcome in OK_OUTCOMES,
    }])
    if crawl.links:
        await session.execute(sa.insert(LinkCheck), [
            {
                "run_id": run.id, "site_id": site.id, "url": link.url, "found_on": link.found_on,
                "on_homepage": link.on_homepage, "external": link.external, "checked_at": link.result.fetched_at,
                "outcome": str(link.result.outcome), "status": link.result.status,
                "elapsed_ms": round(link.result.elapsed * 1000), "error": link.result.error,
            }
            for link in crawl.links
        ])


# ---- reading -----------------------------------------------------------------

def _items_of(page: PageSnapshot) -> tuple[ItemObservation, ...]:
    return tuple(
        ItemObservation(str(i.get("title") or ""), str(i.get("url") or ""),
                        date.fromisoformat(str(i["date"])) if i.get("date") else None)
        for i in page.items or ()
    )


def _observation(pages: Sequence[PageSnapshot]) -> PageObservation:
    """Merge what one run read of one list: its pages and articles.

    Page 1 carries the outcome, unless it is a shell that listed nothing (not blank) and the
    crawl followed it to its frame or data URL: that page is the list, and its outcome, blank
    and readability decide.
    """
    first = pages[0]
    shown = next((p for p in pages[1:] if p.role == "column"), None)
    if shown is not None and not first.item_count and not first.blank and first.outcome in OK_OUTCOMES:
        first = shown
    items: tuple[ItemObservation, ...] = ()
    count = 0
    for page in pages:
        items += _items_of(page)
        count += (page.item_count or 0) if page.role != "article" else 0
    return PageObservation(
        url=first.url, fetched_at=first.fetched_at, outcome=first.outcome, status=first.status,
        kind=first.kind, dates=tuple(i.date for i in items if i.date), item_count=count if first.item_count is not None else None,
        blank=first.blank, blank_reason=first.blank_reason, error=first.error, items=items,
        unreadable=first.unreadable,
        signals=tuple(
            SignalObservation(str(x["kind"]), str(x["match"]), str(x.get("context") or ""), first.url)
            for page in pages for x in page.signals or ()
        ),
        identity=frozenset(first.identity) if first.identity is not None else None,
        messages=tuple(
            MessageObservation(str(m.get("title") or ""), m.get("url"), _day(m.get("asked")), _day(m.get("answered")),
                               m.get("status"))
            for page in pages if page.role == "column" for m in page.messages or ()
        ),
    )


async def load_guides(session: AsyncSession, site: Site, instant: datetime) -> tuple[GuideObservation, ...]:
    """The 办事指南 pages read by the site's newest run that read any, up to `instant`."""
    run = await session.scalar(
        sa.select(sa.func.max(PageSnapshot.run_id))
        .where(PageSnapshot.site_id == site.id, PageSnapshot.role == "guide", PageSnapshot.fetched_at <= instant)
    )
    if run is None:
        return ()
    rows = await session.scalars(
        sa.select(PageSnapshot)
        .where(PageSnapshot.site_id == site.id, PageSnapshot.role == "guide", PageSnapshot.run_id == run,
               PageSnapshot.guide.is_not(None))
        .order_by(PageSnapshot.id)
    )
    return tuple(
        GuideObservation(r.url, str(r.guide.get("title") or ""), frozenset(r.guide.get("elements") or ()), r.fetched_at)
        for r in rows if r.guide
    )


async def load_search(session: AsyncSession, site: Site, instant: datetime) -> SearchObservation | None:
    """The site's newest site-search check up to `instant` (see _search_columns for the row)."""
    row = await session.scalar(
        sa.select(PageSnapshot)
        .where(PageSnapshot.site_id == site.id, PageSnapshot.role == "search", PageSnapshot.fetched_at <= instant)
        .order_by(PageSnapshot.fetched_at.desc(), PageSnapshot.id.desc())
        .limit(1)
    )
    if row is None:
        return None
    state = row.kind if row.kind and row.outcome in OK_OUTCOMES else "failed"
    return SearchObservation(
        url=row.url, fetched_at=row.fetched_at, outcome=row.outcome, status=row.status, error=row.error,
        state=state, title=row.blank_reason if state not in _NO_QUERY else None, item_url=row.next_page,
        hits=_items_of(row), count=row.item_count,
    )


def _newest_per(key: sa.ColumnElement[object], *conditions: sa.ColumnElement[bool], rank: int = 1) -> sa.Subquery:
    """Ids of the newest page-1 snapshot per `key` that meets the conditions (rank 2: the one before)."""
    ranked = (
        sa.select(
            PageSnapshot.id,
            sa.func.row_number().over(
                partition_by=key, order_by=(PageSnapshot.fetched_at.desc(), PageSnapshot.id.desc())
            ).label("rank"),
        )
        .where(PageSnapshot.page_no == 1, *conditions)
        .subquery()
    )
    return sa.select(ranked.c.id).where(ranked.c.rank == rank).subquery()


async def _snapshots_by_id(session: AsyncSession, ids: sa.Subquery) -> list[PageSnapshot]:
    return list(await session.scalars(sa.select(PageSnapshot).where(PageSnapshot.id.in_(sa.select(ids.c.id)))))


async def _with_later_pages(session: AsyncSession, firsts: list[PageSnapshot]) -> dict[int, list[PageSnapshot]]:
    """For each page-1 snapshot, itself followed by the further pages and articles of the same run."""
    if not firsts:
        return {}
    wanted = {(s.run_id, s.column_id) for s in firsts}
    later = await session.scalars(
        sa.select(PageSnapshot)
        .where(sa.or_(PageSnapshot.page_no > 1, PageSnapshot.role == "article"),
               PageSnapshot.run_id.in_({r for r, _ in wanted}),
               PageSnapshot.column_id.in_({c for _, c in wanted}))
        .order_by(PageSnapshot.role, PageSnapshot.page_no)
    )
    extra: dict[tuple[int, int | None], list[PageSnapshot]] = defaultdict(list)
    for page in later:
        extra[(page.run_id, page.column_id)].append(page)
    return {s.id: [s, *extra[(s.run_id, s.column_id)]] for s in firsts}


async def load_probes(
    session: AsyncSession, site: Site, since: datetime, instant: datetime
) -> tuple[ProbeObservation, ...]:
    """The site's homepage probes in (since, instant], oldest first."""
    rows = await session.scalars(
        sa.select(HomepageProbe)
        .where(HomepageProbe.site_id == site.id, HomepageProbe.probed_at > since, HomepageProbe.probed_at <= instant)
        .order_by(HomepageProbe.probed_at)
    )
    return tuple(ProbeObservation(r.probed_at, r.ok, r.outcome, r.elapsed_ms) for r in rows)


async def save_probe(session: AsyncSession, run: CrawlRun, site: Site, result: FetchResult, deadline: float) -> None:
    """One probe: ok when the homepage answered with content within the deadline."""
    ok = result.outcome in OK_OUTCOMES and result.elapsed <= deadline
    session.add(HomepageProbe(
        site_id=site.id, run_id=run.id, probed_at=result.fetched_at, outcome=str(result.outcome),
        status=result.status, elapsed_ms=round(result.elapsed * 1000), ok=ok,
    ))
    await session.flush()


async def load_site(
    session: AsyncSession, site: Site, instant: datetime, probes_since: datetime | None = None
) -> SiteObservations:
    """Everything the rules need about one site, as known at `instant` (probes only when asked)."""
    before = PageSnapshot.fetched_at <= instant
    of_site = PageSnapshot.site_id == site.id
    ok = PageSnapshot.outcome.in_(OK_OUTCOMES)

    homes = await _snapshots_by_id(session, _newest_per(PageSnapshot.role, of_site, before, PageSnapshot.role == "home"))
    home_oks = await _snapshots_by_id(
        session, _newest_per(PageSnapshot.role, of_site, before, PageSnapshot.role == "home", ok,
                             sa.or_(PageSnapshot.kind.is_(None), PageSnapshot.kind.not_in(NOT_CONTENT_KINDS)))
    )
    is_column = PageSnapshot.role == "column"
    latest = await _snapshots_by_id(session, _newest_per(PageSnapshot.column_id, of_site, before, is_column))
    content = sa.and_(sa.or_(PageSnapshot.kind.is_(None), PageSnapshot.kind.not_in(NOT_CONTENT_KINDS)),
                      PageSnapshot.unreadable.is_(None))
    last_ok = await _snapshots_by_id(session, _newest_per(PageSnapshot.column_id, of_site, before, is_column, ok, content))
    earlier_ok = await _snapshots_by_id(
        session, _newest_per(PageSnapshot.column_id, of_site, before, is_column, ok, content, rank=2)
    )
    # Judge the columns of the newest run that read any: a column dropped from
    # the navigation stops being judged, a column that failed today is still there.
    newest_run = max((s.run_id for s in latest), default=None)
    latest = [s for s in latest if s.run_id == newest_run]
    pages = await _with_later_pages(session, latest + last_ok + earlier_ok)
    ok_by_column = {s.column_id: _observation(pages[s.id]) for s in last_ok}
    earlier_by_column = {s.column_id: _observation(pages[s.id]) for s in earlier_ok}
    columns_by_id = {c.id: c for c in site.columns}

    columns = []
    for snapshot in sorted(latest, key=lambda s: s.column_id or 0):
        column = columns_by_id[snapshot.column_id]  # type: ignore[index]
        columns.append(ColumnObservation(
            name=column.name, url=column.url, category=column.category, level=column.level,
            latest=_observation(pages[snapshot.id]), last_ok=ok_by_column.get(column.id),
            earlier_ok=earlier_by_column.get(column.id),
        ))

    links: tuple[LinkObservation, ...] = ()
    link_run = await session.scalar(
        sa.select(sa.func.max(LinkCheck.run_id)).where(LinkCheck.site_id == site.id, LinkCheck.checked_at <= instant)
    )
    if link_run is not None:
        rows = await session.scalars(
            sa.select(LinkCheck).where(LinkCheck.site_id == site.id, LinkCheck.run_id == link_run).order_by(LinkCheck.id)
        )
        links = tuple(
            LinkObservation(
                url=r.url, found_on=r.found_on, on_homepage=r.on_homepage, external=r.external,
                outcome=r.outcome, status=r.status, checked_at=r.checked_at, error=r.error,
            )
            for r in rows
        )
    return SiteObservations(
        code=site.code, name=site.name, unit=site.unit, url=site.url, kind=site.kind,
        home_latest=_observation(homes) if homes else None,
        home_last_ok=_observation(home_oks) if home_oks else None,
        columns=tuple(columns), links=links,
        probes=None if probes_since is None else await load_probes(session, site, probes_since, instant),
        guides=await load_guides(session, site, instant),
        search=await load_search(session, site, instant),
        services=_services(home_oks[0]) if home_oks else None,
        accounts_shown=_accounts_shown(home_oks[0]) if home_oks else (),
    )


def _accounts_shown(home: PageSnapshot) -> tuple[ShownAccount, ...]:
    return tuple(
        ShownAccount(platform=str(a.get("platform") or "other"), name=a.get("name"), handle=a.get("handle"),
                     url=a.get("url"), caption=str(a.get("caption") or ""), page=home.url, seen=home.fetched_at)
        for a in home.accounts or ()
    )


def _services(home: PageSnapshot) -> tuple[ServiceObservation, ...] | None:
    if home.services is None:
        return None
    return tuple(ServiceObservation(str(e.get("name") or ""), str(e.get("url") or "")) for e in home.services)


async def load_sites(
    session: AsyncSession, sites: Sequence[SiteConfig], instant: datetime, probes_since: datetime | None = None
) -> list[SiteObservations]:
    """Observations of the configured sites, in config order; a site never checked has none."""
    rows = {s.code: s for s in await session.scalars(sa.select(Site).where(Site.code.in_([x.code for x in sites])))}
    result = []
    for config in sites:
        if config.code in rows:
            result.append(await load_site(session, rows[config.code], instant, probes_since))
        else:
            result.append(SiteObservations(
                code=config.code, name=config.name, unit=config.responsible_unit, url=config.url,
                kind=config.kind, home_latest=None, home_last_ok=None, columns=(), links=(),
                probes=() if probes_since is not None else None,
            ))
    return result
