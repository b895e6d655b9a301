"""Alembic environment: runs migrations on the project's async engines.

Two ways in:
- ``monitor.store.db.upgrade*`` passes an open connection in
  ``config.attributes["connection"]``; it is used as it is.
- ``alembic upgrade head`` in the repository root (with alembic.ini): the URL is
  ``$MONITOR_DATABASE_URL``, else ``sqlalchemy.url`` from alembic.ini.
"""

from __future__ import annotations

import asyncio
import os
from logging.config import fileConfig

import sqlalchemy as sa
from alembic import context

from monitor.store.db import make_engine
from monitor.store.models import Base

config = context.config
target_metadata = Base.metadata

if config.config_file_name is not None and config.attributes.get("connection") is None:
    fileConfig(config.config_file_name)


def database_url() -> str:
    """The URL to migrate when Alembic runs from its command line."""
    url = os.environ.get("MONITOR_DATABASE_URL") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no database URL: set MONITOR_DATABASE_URL or sqlalchemy.url in alembic.ini")
    return url


def run_migrations(connection: sa.Connection) -> None:
    is_sqlite = connection.dialect.name == "sqlite"
    if is_sqlite:
        # SQLite cannot ALTER most things: batch mode rebuilds the table, and
        # dropping the old copy must not trip (or cascade) foreign keys. The
        # pragma is ignored inside a transaction, so it must come first.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=is_sqlite,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def run_migrations_on_new_engine(url: str) -> None:
    engine = make_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(run_migrations)
    finally:
        await engine.dispose()


def run_migrations_offline() -> None:
    """Print the SQL instead of running it (``alembic upgrade head --sql``)."""
    context.configure(
        url=database_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
elif (shared := config.attributes.get("connection")) is not None:
    run_migrations(shared)
else:
    asyncio.run(run_migrations_on_new_engine(database_url()))
