"""Collecting new-media accounts' feeds: one observation per account, through the fetch layer.

Feeds are fetched with the run's `Fetcher`, so they share its limits (a self-hosted bridge
such as an RSSHub serves every account from one host, and the per-host limit applies to it),
its retries, timeouts, block detection and decoding; concurrency is bounded by the fetcher,
not here. Each fetched body is read by `monitor.feeds.read_feed`.

An observation is `ok` only when a feed with items was read. Everything else is a failed
observation the rules treat as *unknown*, never as stale: the fetch layer's outcome when the
fetch failed (timeout, http_error, blocked …), else

- ``blocked``: an HTML page (challenge, login, error) where the feed should be;
- ``invalid_feed``: not a feed at all (malformed XML without a readable item, other JSON);
- ``empty_feed``: a well-formed feed with no items (bridges serve those when the platform
  refused them, so it is not "no posts").

`error` carries the reason in Chinese (for the fetch layer's outcomes, its message).
"""

from __future__ import annotations

import asyncio
import string
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, tzinfo
from urllib.parse import quote

from loguru import logger

from monitor.feeds import FeedRead, read_feed
from monitor.fetch import Fetcher, FetchResult, Outcome

__all__ = ["FEED_PLACEHOLDERS", "FeedObservation", "FeedTarget", "collect_feeds", "feed_url", "observe_feed"]

# The observation outcomes of a fetch that succeeded but did not yield a feed, by FeedRead.kind.
_KIND_OUTCOMES = {"blocked": "blocked", "not_feed": "invalid_feed", "empty": "empty_feed"}


@dataclass(frozen=True)
class FeedTarget:
    """An account to collect: its key in the store and the URL of its feed."""

    key: str
    url: str


@dataclass(frozen=True)
class FeedObservation:
    """What one read of one account's feed said, as it is stored (see monitor.store.accounts)."""

    key: str  # the account's key (政务新媒体标识码, else "platform:name")
    observed_at: datetime  # when the fetch started, tz-aware UTC
    outcome: str  # "ok", a fetch outcome, or "blocked" / "invalid_feed" / "empty_feed"
    url: str  # the feed URL asked for
    latest_post: datetime | None = None  # local midnight (tz-aware) of the newest post date; ok only
    post_count: int | None = None  # dated items in the feed; ok only, None when none is dated
    platform_name: str | None = None  # the name the feed states, bridge suffixes removed
    error: str | None = None  # why the observation says nothing (Chinese for read failures)
    problems: tuple[str, ...] = ()  # what the read noticed (undated items, future dates, charset …)
    status: int | None = None  # HTTP status, when the server answered
    final_url: str | None = None  # after redirects
    source: str = "feed"

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"


async def collect_feeds(
    fetcher: Fetcher, accounts: Sequence[FeedTarget], *, today: date, tz: tzinfo
) -> list[FeedObservation]:
    """Fetch and read every account's feed; one observation per account, in the given order.

    A URL shared by several accounts is fetched once. Never raises for anything the network,
    the server or the feed does.
    """
    urls = list(dict.fromkeys(target.url for target in accounts))

    async def one(url: str) -> tuple[FetchResult, FeedRead | None]:
        result = await fetcher.get(url)
        if result.outcome is not Outcome.OK:
            return result, None
        # Feeds run to megabytes; parsing off the event loop keeps other fetches' deadlines honest.
        try:
            read = await asyncio.to_thread(read_feed, result.content, url, result.content_type, today=today, tz=tz)
        except Exception as exc:  # noqa: BLE001 — one feed's bug must not lose the others
            logger.exception("reading the feed {} failed", url)
            read = FeedRead("not_feed", None, (), None, None, 0, (f"订阅源无法解析（{type(exc).__name__}）",))
        return result, read

    results = dict(zip(urls, await asyncio.gather(*(one(url) for url in urls)), strict=True))
    observations = [observe_feed(target, *results[target.url], tz=tz) for target in accounts]
    failed = sum(1 for o in observations if not o.ok)
    logger.info("collected {} feeds ({} without a usable feed)", len(observations), failed)
    return observations


def observe_feed(target: FeedTarget, result: FetchResult, read: FeedRead | None, *, tz: tzinfo) -> FeedObservation:
    """The observation of one account from its fetch and (when the fetch succeeded) its read."""
    base = FeedObservation(
        key=target.key, observed_at=result.fetched_at, outcome=str(result.outcome), url=target.url,
        status=result.status, final_url=result.final_url if result.final_url != target.url else None,
    )
    if read is None:
        return replace(base, error=result.error or str(result.outcome), problems=result.decode_problems)
    if read.kind != "feed":
        logger.debug("feed {} of {}: {}", target.url, target.key, read.reason)
        return replace(base, outcome=_KIND_OUTCOMES[read.kind], error=read.reason, platform_name=read.name,
                        problems=read.problems)
    latest = datetime.combine(read.latest, time(0), tzinfo=tz) if read.latest is not None else None
    return replace(
        base, latest_post=latest,
        # 0 would say "never posted"; a feed whose items carry no dates says nothing about posting.
        post_count=read.count or None,
        platform_name=read.name, problems=read.problems,
    )


# -- feed URL templates --------------------------------------------------------------------------

# The placeholders a feed URL template may use, and what each is.
FEED_PLACEHOLDERS = {
    "code": "政务新媒体标识码 (the account's registry code)",
    "name": "the account's registered name (备案名称)",
    "platform": "the platform key: wechat, weibo, douyin, toutiao, kuaishou, bilibili …",
    "account_id": "the account's id on the platform (weibo uid, 公众号 biz, bilibili uid …)",
}


def feed_url(
    template: str, *, code: str | None = None, name: str, platform: str, account_id: str | None = None
) -> str:
    """The feed URL of one account from a per-platform template of a self-hosted bridge.

    Templates name placeholders in braces, e.g. ``http://127.0.0.1:1200/weibo/user/{account_id}``
    (RSSHub), ``http://127.0.0.1:8001/feed/{account_id}.xml`` (we-mp-rss / wewe-rss style);
    ``{{`` and ``}}`` are literal braces. The placeholders are {code}, {name}, {platform} and
    {account_id} (see FEED_PLACEHOLDERS). Values are percent-encoded as one path segment or
    query value (UTF-8; "/", "?", "&", "#", "=" included), so a Chinese name or a base64 biz id
    cannot change the URL's structure.

    Raises ValueError for an unknown placeholder, a format spec or conversion (``{name!r}``,
    ``{name:>10}``, ``{name.attr}``), or a placeholder whose value the account does not have.
    """
    values = {"code": code, "name": name, "platform": platform, "account_id": account_id}
    parts: list[str] = []
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise ValueError(f"feed URL template {template!r}: {exc}") from None
    for literal, field, spec, conversion in parsed:
        parts.append(literal)
        if field is None:
            continue
        if field not in values:
            known = ", ".join("{" + key + "}" for key in values)
            raise ValueError(f"feed URL template {template!r}: unknown placeholder {{{field}}} (known: {known})")
        if spec or conversion:
            raise ValueError(f"feed URL template {template!r}: {{{field}}} takes no format or conversion")
        value = values[field]
        if value is None or not str(value).strip():
            raise ValueError(f"feed URL template {template!r} needs {{{field}}}, which the account does not have")
        parts.append(quote(str(value).strip(), safe=""))
    return "".join(parts)
