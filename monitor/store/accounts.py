"""Storing what was collected about new-media accounts (append-only `account_observations`).

A feed observation becomes one `AccountObservation` row with source "feed":

- outcome: "ok", the fetch layer's outcome, or blocked / invalid_feed / empty_feed;
- latest_post_at: local midnight of the newest post date (read back in the configured zone,
  it is that date again), only for ok rows; post_count: dated items, only for ok rows;
- platform_name: the name the feed states; error: why the observation says nothing;
- detail: {"url": the feed URL (read back as the observation's url, the evidence link),
  "problems": [what the read noticed], "status": HTTP status, "final_url": after redirects}.
  `repository._account_observation` reads "url" (and "deregistered", which a feed never
  states, so it is never written here).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from loguru import logger
from sqlalchemy.ext.asyncio import AsyncSession

from monitor.collect import FeedObservation
from monitor.store.models import Account, AccountObservation, CrawlRun

__all__ = ["save_feed_observations"]


def _detail(observation: FeedObservation) -> dict[str, Any]:
    detail: dict[str, Any] = {"url": observation.url}
    if observation.problems:
        detail["problems"] = list(observation.problems)
    if observation.status is not None:
        detail["status"] = observation.status
    if observation.final_url:
        detail["final_url"] = observation.final_url
    return detail


def _row(run: CrawlRun | None, account: Account, observation: FeedObservation) -> dict[str, Any]:
    ok = observation.ok
    return {
        "account_id": account.id,
        "run_id": run.id if run is not None else None,
        "observed_at": observation.observed_at,
        "source": observation.source,
        "outcome": observation.outcome,
        "latest_post_at": observation.latest_post if ok else None,
        "post_count": observation.post_count if ok else None,
        "platform_name": observation.platform_name,
        "detail": _detail(observation),
        "error": observation.error,
    }


async def save_feed_observations(
    session: AsyncSession,
    run: CrawlRun | None,
    rows_by_key: Mapping[str, Account],
    observations: Sequence[FeedObservation],
) -> int:
    """Append one row per observation of an account in `rows_by_key` (as `sync_accounts`
    returns them); returns how many rows were stored. An observation of an account not in
    `rows_by_key` is skipped with a warning."""
    rows = []
    for observation in observations:
        account = rows_by_key.get(observation.key)
        if account is None:
            logger.warning("feed observation of unknown account {} not stored", observation.key)
            continue
        rows.append(_row(run, account, observation))
    if rows:
        await session.execute(sa.insert(AccountObservation), rows)
    return len(rows)
