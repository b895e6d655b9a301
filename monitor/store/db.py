"""Engines, sessions and schema migrations for SQLite and PostgreSQL.

Users write plain URLs (``sqlite:///monitor.db``, ``postgresql://user@host/db``);
everything here runs on the async drivers behind them. Migrations are Alembic's,
run programmatically so that neither the working directory nor alembic.ini
matter.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

import monitor
from alembic import command
from monitor.dburl import async_url  # defined there so the config can check URLs without the store

T = TypeVar("T")

def make_engine(url: str) -> AsyncEngine:
    """Create an async engine for a user-facing URL (see ``async_url``).

    SQLite connections enforce foreign keys (off by default in SQLite) and use
    WAL, so that readers such as ``monitor report`` do not block a running crawl.
    """
    full_url = async_url(url)
    if full_url.startswith("sqlite"):
        # sqlite3's own busy timeout: wait for a concurrent writer instead of
        # failing at once with "database is locked".
        engine = create_async_engine(full_url, connect_args={"timeout": 30})
        sa.event.listen(engine.sync_engine, "connect", _sqlite_on_connect)
        return engine
    # A daemon keeps connections for days: check them before use, and recycle
    # them before servers or middleboxes drop idle ones.
    return create_async_engine(full_url, pool_pre_ping=True, pool_recycle=1800)


def _sqlite_on_connect(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions whose objects stay readable after commit (no implicit reload)."""
    return async_sessionmaker(engine, expire_on_commit=False)


def alembic_dir() -> Path:
    """The migration scripts: ``alembic/`` in a source checkout, else the packaged copy."""
    package_dir = Path(monitor.__file__).resolve().parent
    checkout = package_dir.parent / "alembic"
    # In an installed wheel package_dir.parent is site-packages, whose "alembic"
    # is the Alembic library itself: it has no env.py.
    if (checkout / "env.py").is_file() and (checkout / "versions").is_dir():
        return checkout
    return package_dir / "_alembic"


def _alembic_config(connection: sa.Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(alembic_dir()))
    # env.py uses this connection instead of opening its own.
    config.attributes["connection"] = connection
    return config


async def upgrade_async(url: str, revision: str = "head") -> None:
    """Migrate the database at ``url`` to ``revision``, from inside an event loop."""
    engine = make_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(
                lambda sync_conn: command.upgrade(_alembic_config(sync_conn), revision)
            )
    finally:
        await engine.dispose()


async def downgrade_async(url: str, revision: str) -> None:
    """Migrate the database at ``url`` down to ``revision`` ("base" empties it)."""
    engine = make_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(
                lambda sync_conn: command.downgrade(_alembic_config(sync_conn), revision)
            )
    finally:
        await engine.dispose()


async def current_revision_async(url: str) -> str | None:
    """The revision the database at ``url`` is at; None when it was never migrated."""
    engine = make_engine(url)
    try:
        async with engine.connect() as connection:
            return await connection.run_sync(
                lambda sync_conn: MigrationContext.configure(sync_conn).get_current_revision()
            )
    finally:
        await engine.dispose()


def upgrade(url: str, revision: str = "head") -> None:
    """Blocking ``upgrade_async``. Callable from any thread.

    When the calling thread is running an event loop, the migration runs on a
    worker thread and this call blocks that loop until it is done; async code
    should ``await upgrade_async(...)`` instead.
    """
    _run_blocking(upgrade_async(url, revision))


def current_revision(url: str) -> str | None:
    """Blocking ``current_revision_async``, callable from any thread (see ``upgrade``)."""
    return _run_blocking(current_revision_async(url))


def _run_blocking(coroutine: Coroutine[Any, Any, T]) -> T:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    # asyncio.run refuses to nest inside a running loop: give it a thread.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
