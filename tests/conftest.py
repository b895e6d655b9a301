"""Shared fixtures."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator

import pytest

from tests import pg


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """URL of a PostgreSQL server the tests may create databases on.

    ``$MONITOR_TEST_PG_URL`` when set; else a throwaway cluster started from the
    local PostgreSQL binaries. Without binaries the test is skipped, except on CI
    (``CI=true``), which installs them, where that is an error.
    """
    external = os.environ.get("MONITOR_TEST_PG_URL")
    if external:
        yield external
        return
    pg_bin = pg.find_pg_bin()
    if pg_bin is None:
        reason = "PostgreSQL binaries (initdb, pg_ctl) not found on PATH or in /usr/lib/postgresql/*/bin"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(reason)
        pytest.skip(reason)
    with pg.throwaway_cluster(pg_bin) as url:
        yield url


@pytest.fixture
async def pg_url(pg_server: str) -> AsyncIterator[str]:
    """URL (``postgresql://…``) of a fresh, empty database, dropped after the test."""
    url = await pg.create_database(pg_server)
    yield url
    await pg.drop_database(pg_server, url)
