"""What the rules read: plain records built from stored snapshots.

The store turns rows into these; the rules never see the database. Every
record keeps its own fetch outcome so a rule can tell "stale" from "unknown".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

OK_OUTCOMES = frozenset({"ok", "not_modified"})
# Pages that answered but are not the page asked for: a 404 page served with
# status 200, or a firewall's challenge. They say nothing about freshness.
NOT_CONTENT_KINDS = frozenset({"soft404", "blocked"})
# A link counts as broken only when the server or the name system said so;
# timeouts, refused connections and anti-bot pages may be our own network.
BROKEN_LINK_OUTCOMES = frozenset({"http_error", "dns_error"})


@dataclass(frozen=True)
class ItemObservation:
    """One listed item as stored: title, URL and date (None when the list showed none)."""

    title: str
    url: str
    date: date | None


@dataclass(frozen=True)
class MessageObservation:
    """A public message in a consultation column (留言/咨询): when asked, when (or whether) answered."""

    title: str
    url: str | None
    asked: date | None
    answered: date | None
    status: str | None  # "replied" | "unreplied" | "processing" | None when the page does not say


@dataclass(frozen=True)
class SignalObservation:
    """A content-security signal found on a page (wrong leader name, forbidden term, hidden link)."""

    kind: str  # "wrong_name" | "forbidden_term" | "hidden_link"
    match: str  # what was found (the wrong form, the term, the hidden link's URL)
    context: str  # a short excerpt around it
    url: str  # the page it was found on


@dataclass(frozen=True)
class PageObservation:
    """One fetch of one page (for a list: all pages of the same run merged)."""

    url: str
    fetched_at: datetime
    outcome: str
    status: int | None
    kind: str | None
    dates: tuple[date, ...]
    item_count: int | None
    blank: bool | None
    blank_reason: str | None
    error: str | None
    items: tuple[ItemObservation, ...] = ()
    messages: tuple[MessageObservation, ...] = ()
    signals: tuple[SignalObservation, ...] = ()
    # Footer/meta elements the page shows (党政机关标识, 网站标识码, ICP备案 …; see rules.identity);
    # None when not extracted.
    identity: frozenset[str] | None = None
    # Why the page's list could not be read (drawn by script, behind a postback …); None when it could.
    unreadable: str | None = None

    @property
    def ok(self) -> bool:
        """The page was read, is what it claims to be (not a soft 404 or a firewall page) and
        its list could be read."""
        return self.outcome in OK_OUTCOMES and self.kind not in NOT_CONTENT_KINDS and self.unreadable is None

    def latest_date(self, as_of: date) -> date | None:
        """The newest item date on or before as_of (later dates are typos, not updates)."""
        dates = [d for d in self.dates if d <= as_of]
        return max(dates) if dates else None

    def failure(self) -> str:
        """Why this page says nothing, in one phrase."""
        if self.kind == "soft404":
            return "页面不存在（返回200的404页面）"
        if self.kind == "blocked":
            return "被防火墙或反爬虫页面拦截"
        if self.unreadable is not None and self.outcome in OK_OUTCOMES:
            return f"列表无法读取（{self.unreadable}）"
        detail = self.error or (f"HTTP {self.status}" if self.status else self.outcome)
        return f"抓取失败（{self.outcome}: {detail}）"


@dataclass(frozen=True)
class ColumnObservation:
    name: str
    url: str
    category: str | None
    level: int | None
    latest: PageObservation | None  # newest attempt at or before the as-of instant
    last_ok: PageObservation | None  # newest successful attempt at or before it
    earlier_ok: PageObservation | None = None  # the successful read before last_ok (date changes)


@dataclass(frozen=True)
class LinkObservation:
    url: str
    found_on: str
    on_homepage: bool
    external: bool
    outcome: str
    status: int | None
    checked_at: datetime
    error: str | None

    @property
    def broken(self) -> bool:
        return self.outcome in BROKEN_LINK_OUTCOMES

    @property
    def undecided(self) -> bool:
        return self.outcome not in OK_OUTCOMES and not self.broken


@dataclass(frozen=True)
class ProbeObservation:
    """One homepage reachability probe (site.unreachable)."""

    probed_at: datetime
    ok: bool
    outcome: str
    elapsed_ms: int | None


@dataclass(frozen=True)
class GuideObservation:
    """One 办事指南 page and the key elements it shows (site.service)."""

    url: str
    title: str
    elements: frozenset[str]
    seen: datetime


@dataclass(frozen=True)
class SearchObservation:
    """The site-search check of one run (deduct.search): the homepage's search, queried with one
    of the homepage's own titles.

    state: "no_search" (the homepage shows no search box), "unresolved" (a search box whose URL
    could not be worked out, or a header loaded by script that may hold one), "found", "no_result", "unclear" (a result page that shows no
    results and does not say why), "failed" (the result page could not be fetched).
    """

    url: str  # the search URL queried; the homepage when no query was made
    fetched_at: datetime
    outcome: str
    status: int | None
    error: str | None
    state: str
    title: str | None = None  # the homepage title searched for
    item_url: str | None = None  # the page of that item
    hits: tuple[ItemObservation, ...] = ()  # result links that are the item
    count: int | None = None  # the number of results the page stated


@dataclass(frozen=True)
class ServiceObservation:
    """A homepage link to 办事服务 (a service column or a 政务服务 platform, on the site or off it)."""

    name: str
    url: str


@dataclass(frozen=True)
class ShownAccount:
    """A new-media account a site's homepage shows: its platform, and its name and id on the
    platform when the page says them (a bare 官方微信 QR code says neither)."""

    platform: str
    name: str | None
    handle: str | None
    url: str | None  # the account's page the site links to
    caption: str
    page: str  # the page showing it
    seen: datetime


@dataclass(frozen=True)
class SiteObservations:
    code: str
    name: str
    unit: str
    url: str
    kind: str
    home_latest: PageObservation | None
    home_last_ok: PageObservation | None
    columns: tuple[ColumnObservation, ...]
    links: tuple[LinkObservation, ...]
    # Homepage probes before the as-of instant; None when probing is switched off.
    probes: tuple[ProbeObservation, ...] | None = None
    guides: tuple[GuideObservation, ...] = ()
    search: SearchObservation | None = None  # the newest site-search check (portals)
    # Links to 办事服务 on the newest successful homepage read; None when that read did not record them.
    services: tuple[ServiceObservation, ...] | None = None
    accounts_shown: tuple[ShownAccount, ...] = ()  # new-media accounts that homepage shows


@dataclass(frozen=True)
class AccountObservationRecord:
    """What one feed read, import row or manual check said about an account (None: not said)."""

    observed_at: datetime
    source: str  # "feed" | "import" | "manual"
    outcome: str
    latest_post: date | None = None
    post_count: int | None = None
    interaction: bool | None = None
    platform_name: str | None = None
    verified_entity: str | None = None
    verified: bool | None = None
    deregistered: bool | None = None
    error: str | None = None
    url: str | None = None  # where it was read (the feed, the account's page)
    signals: tuple[SignalObservation, ...] = ()

    @property
    def ok(self) -> bool:
        return self.outcome in OK_OUTCOMES

    def failure(self) -> str:
        """Why this observation says nothing, in one phrase."""
        return f"观测失败（{self.outcome}: {self.error or self.outcome}）"


@dataclass(frozen=True)
class AccountRecord:
    """A registered account and its observations at or before the as-of instant, oldest first."""

    key: str
    code: str | None
    name: str
    platform: str
    operator: str | None
    unit: str
    observations: tuple[AccountObservationRecord, ...]
    feed: str | None = None


@dataclass(frozen=True)
class WildAccount:
    """An account seen on a platform (search results, an account linked from another)."""

    platform: str
    name: str
    operator: str | None
    seen_at: datetime
    url: str | None = None
    linked_to: str | None = None  # key of the registered account it was found through
