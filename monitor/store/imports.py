"""Storing imported account observations: a whole file or nothing, and nothing twice.

`import_observations` is the use case behind ``monitor import observations FILE``: read the
file (``monitor.imports``, pure), and only when every row is good, in one transaction, sync
the configured accounts (so that a first import works on a fresh database) and append one
``AccountObservation`` per row (source "import", outcome "ok").

Nothing twice: an observation's identity is the sha256 of what its row states (the account,
观测时间, and every value: ``ImportedObservation.digest``), kept in its ``detail`` as
``row_sha256`` beside the file name, sheet, row number and the file's sha256. A row whose
identity is already stored for that account and instant is skipped. So importing a file
again stores nothing, and so does the same data re-saved, converted between CSV and xlsx,
re-ordered or with rows appended (only the new rows are stored); a corrected value is a
new observation, stored beside the old one. The file's hash alone would store all of these
again.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from loguru import logger
from sqlalchemy.ext.asyncio import AsyncSession

from monitor.config import AccountConfig, LoadedConfig
from monitor.imports import ObservationFile, ObservationImportError, read_observations
from monitor.store.db import make_engine, session_factory, upgrade_async
from monitor.store.models import Account, AccountObservation
from monitor.store.repository import sync_accounts

__all__ = ["ImportResult", "ObservationImportError", "import_observations", "store_observations"]

T = TypeVar("T")
_CHUNK = 1000  # ids per IN (...): well below SQLite's and asyncpg's parameter limits


@dataclass(frozen=True)
class ImportResult:
    """What one import did."""

    file: Path
    sha256: str  # of the file's bytes
    rows: int  # observation rows read (blank rows not counted)
    stored: int  # observations appended
    duplicates: int  # rows already stored, by an earlier import or an earlier row of this file
    accounts: int  # distinct accounts the rows are about
    sheets: tuple[str, ...]  # worksheets read (empty for CSV)
    ignored_columns: tuple[str, ...]  # header cells that are not import headers
    blank_rows: int

    def summary(self) -> str:
        text = (f"{self.file.name}: {self.rows} rows about {self.accounts} accounts, "
                f"{self.stored} observations stored, {self.duplicates} already stored")
        if self.ignored_columns:
            text += f"; columns ignored: {', '.join(self.ignored_columns)}"
        return text


async def import_observations(loaded: LoadedConfig, path: Path) -> ImportResult:
    """Import one file of account observations into the config's database, whole or not at all.

    Raises ObservationImportError (message: every bad row, by row, header, value and reason)
    before the database is touched when any row is bad.
    """
    config = loaded.config
    parsed = read_observations(path, config.accounts, config.tz, now=datetime.now(timezone.utc))
    url = loaded.database_url()
    await upgrade_async(url)
    engine = make_engine(url)
    try:
        async with session_factory(engine).begin() as session:
            stored = await store_observations(session, parsed, config.accounts)
    finally:
        await engine.dispose()
    result = ImportResult(
        file=path, sha256=parsed.sha256, rows=len(parsed.observations), stored=stored,
        duplicates=len(parsed.observations) - stored,
        accounts=len({o.account.key for o in parsed.observations}), sheets=parsed.sheets,
        ignored_columns=parsed.ignored_columns, blank_rows=parsed.blank_rows,
    )
    logger.info("{}", result.summary())
    return result


async def store_observations(
    session: AsyncSession, parsed: ObservationFile, accounts: Sequence[AccountConfig]
) -> int:
    """Sync the configured accounts and append the file's observations not stored before, in the
    caller's transaction; returns how many were appended."""
    rows = await sync_accounts(session, accounts)
    if not parsed.observations:
        return 0
    ids = sorted({rows[o.account.key].id for o in parsed.observations})
    # Two imports at once (PostgreSQL) would both find a row new: the second waits here for the
    # first to commit, then sees its rows. SQLite has one writer at a time and ignores FOR UPDATE.
    for chunk in _chunks(ids):
        await session.execute(sa.select(Account.id).where(Account.id.in_(chunk)).order_by(Account.id).with_for_update())
    instants = [o.observed_at for o in parsed.observations]
    known = await _stored_digests(session, ids, min(instants), max(instants))
    new: list[dict[str, Any]] = []
    for observation in parsed.observations:
        digest = observation.digest
        if digest in known:
            continue
        known.add(digest)
        detail: dict[str, Any] = {"file": parsed.name, "row": observation.row, "sha256": parsed.sha256,
                                  "row_sha256": digest}
        if observation.sheet:
            detail["sheet"] = observation.sheet
        new.append({
            "account_id": rows[observation.account.key].id, "observed_at": observation.observed_at,
            "source": "import", "outcome": "ok", "latest_post_at": observation.latest_post_at,
            "post_count": observation.post_count, "interaction": observation.interaction,
            "platform_name": observation.platform_name, "verified_entity": observation.verified_entity,
            "verified": observation.verified, "detail": detail,
        })
    if new:
        await session.execute(sa.insert(AccountObservation), new)
    return len(new)


async def _stored_digests(session: AsyncSession, ids: list[int], first: datetime, last: datetime) -> set[str]:
    """The row digests of imported observations of these accounts between the two instants."""
    digests: set[str] = set()
    for chunk in _chunks(ids):
        details = await session.scalars(
            sa.select(AccountObservation.detail).where(
                AccountObservation.account_id.in_(chunk), AccountObservation.source == "import",
                AccountObservation.observed_at >= first, AccountObservation.observed_at <= last)
        )
        digests.update(d["row_sha256"] for d in details if isinstance(d, dict) and d.get("row_sha256"))
    return digests


def _chunks(items: list[T]) -> Iterator[list[T]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]
