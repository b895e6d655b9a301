"""The storage layer on real SQLite files and a real PostgreSQL server."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.exc import IntegrityError, InvalidRequestError, StatementError
from sqlalchemy.ext.asyncio import AsyncSession

import monitor
from monitor.store import (
    Account,
    Base,
    CrawlRun,
    Finding,
    PageSnapshot,
    Site,
    SiteColumn,
    alembic_dir,
    async_url,
    current_revision,
    current_revision_async,
    downgrade_async,
    make_engine,
    session_factory,
    upgrade,
    upgrade_async,
)

REPO = Path(__file__).resolve().parent.parent
BEIJING = dt.timezone(dt.timedelta(hours=8))
T0 = dt.datetime(2024, 8, 28, 10, 10, 0, 123456, tzinfo=BEIJING)


def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'monitor.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database migrated to head, on each backend."""
    url = sqlite_url(tmp_path) if request.param == "sqlite" else request.getfixturevalue("pg_url")
    upgrade(url)
    return url


@pytest.fixture
async def session(db_url: str) -> AsyncIterator[AsyncSession]:
    engine = make_engine(db_url)
    async with session_factory(engine)() as s:
        yield s
    await engine.dispose()


def schema_diff(connection: sa.Connection) -> list[object]:
    return compare_metadata(MigrationContext.configure(connection), Base.metadata)


def new_site(code: str = "3703000034") -> Site:
    return Site(code=code, name="淄博市发展和改革委员会", url="http://127.0.0.1:8089/site001/",
                kind="portal", unit="淄博市发展和改革委员会")


def new_column(site: Site, url: str = "http://127.0.0.1:8089/site001/gzdt/") -> SiteColumn:
    return SiteColumn(site=site, url=url, name="工作动态", category="dynamic", level=1,
                      source="config", first_seen=T0, last_seen=T0)


def new_run() -> CrawlRun:
    return CrawlRun(started_at=T0, status="running", trigger="check")


# --- URLs and locations -------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("sqlite:///monitor.db", "sqlite+aiosqlite:///monitor.db"),
        ("sqlite:////var/lib/monitor.db", "sqlite+aiosqlite:////var/lib/monitor.db"),
        ("sqlite://", "sqlite+aiosqlite://"),
        ("postgresql://u:p%40ss@db:5432/mon", "postgresql+asyncpg://u:p%40ss@db:5432/mon"),
        ("postgres://u@db/mon", "postgresql+asyncpg://u@db/mon"),
        ("sqlite+aiosqlite:///x.db", "sqlite+aiosqlite:///x.db"),
        ("postgresql+asyncpg://u@db/mon", "postgresql+asyncpg://u@db/mon"),
        ("postgresql+psycopg://u@db/mon", "postgresql+psycopg://u@db/mon"),
    ],
)
def test_async_url_maps_to_async_drivers(given: str, expected: str) -> None:
    assert async_url(given) == expected


@pytest.mark.parametrize(
    "given", ["mysql://u:secret@db/mon", "postgresql+psycopg2://u:secret@db/mon", "monitor.db", ""]
)
def test_async_url_rejects_other_urls_without_echoing_them(given: str) -> None:
    with pytest.raises(ValueError, match="sqlite:///PATH") as caught:
        async_url(given)
    assert "secret" not in str(caught.value)


def test_alembic_dir_is_the_checkout_s() -> None:
    assert alembic_dir() == REPO / "alembic"
    assert (alembic_dir() / "versions" / "0001_initial.py").is_file()


def test_alembic_dir_of_an_installed_package_is_the_packaged_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # In site-packages the package's neighbour "alembic" is the Alembic library.
    site_packages = tmp_path / "site-packages"
    (site_packages / "alembic").mkdir(parents=True)
    (site_packages / "alembic" / "__init__.py").touch()
    (site_packages / "monitor" / "_alembic" / "versions").mkdir(parents=True)
    (site_packages / "monitor" / "__init__.py").touch()
    monkeypatch.setattr(monitor, "__file__", str(site_packages / "monitor" / "__init__.py"))
    assert alembic_dir() == site_packages / "monitor" / "_alembic"


# --- migrations ---------------------------------------------------------------


async def test_migration_produces_exactly_the_models_schema(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        async with engine.connect() as connection:
            assert await connection.run_sync(schema_diff) == []
    finally:
        await engine.dispose()


async def test_schema_comparison_notices_a_missing_index(db_url: str) -> None:
    # Guards the test above: the comparison does look at indexes.
    engine = make_engine(db_url)
    try:
        async with engine.begin() as connection:
            await connection.execute(sa.text("DROP INDEX ix_page_snapshots_run_id"))
            diff = await connection.run_sync(schema_diff)
    finally:
        await engine.dispose()
    assert [(d[0], d[1].name) for d in diff] == [("add_index", "ix_page_snapshots_run_id")]


def test_current_revision_before_and_after_upgrade(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path)
    assert current_revision(url) is None
    upgrade(url)
    assert current_revision(url) == "0007"


async def test_blocking_upgrade_works_inside_a_running_loop(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path)
    upgrade(url)
    assert await current_revision_async(url) == "0007"


async def test_downgrade_to_base_removes_every_table(db_url: str) -> None:
    await downgrade_async(db_url, "base")
    engine = make_engine(db_url)
    try:
        async with engine.connect() as connection:
            tables = await connection.run_sync(lambda c: sa.inspect(c).get_table_names())
    finally:
        await engine.dispose()
    assert tables == ["alembic_version"]
    assert await current_revision_async(db_url) is None


async def test_upgrade_async_on_postgresql_records_the_revision(pg_url: str) -> None:
    await upgrade_async(pg_url)
    assert await current_revision_async(pg_url) == "0007"


def test_alembic_command_line_uses_monitor_database_url(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path)
    env = {**os.environ, "MONITOR_DATABASE_URL": url}
    result = subprocess.run(
        [sys.executable, "-m", "alembic", "upgrade", "head"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert current_revision(url) == "0007"


# --- behaviour of the schema ----------------------------------------------------


async def test_instants_round_trip_as_aware_utc(session: AsyncSession) -> None:
    run = new_run()
    session.add(run)
    await session.commit()
    session.expunge_all()

    loaded = await session.get_one(CrawlRun, run.id)
    assert loaded.started_at == T0
    assert loaded.started_at.utcoffset() == dt.timedelta(0)
    assert loaded.started_at.hour == 2  # 10:10 in Beijing is 02:10 UTC
    assert loaded.finished_at is None


async def test_instants_order_by_time_not_by_offset(session: AsyncSession) -> None:
    # 09:00 in Beijing is earlier than 02:00 UTC the same day.
    session.add_all([
        CrawlRun(started_at=dt.datetime(2024, 1, 1, 2, 0, tzinfo=dt.timezone.utc), status="completed", trigger="check"),
        CrawlRun(started_at=dt.datetime(2024, 1, 1, 9, 0, tzinfo=BEIJING), status="completed", trigger="demo"),
    ])
    await session.commit()
    triggers = await session.scalars(sa.select(CrawlRun.trigger).order_by(CrawlRun.started_at))
    assert list(triggers) == ["demo", "check"]


async def test_naive_datetime_is_rejected(session: AsyncSession) -> None:
    session.add(CrawlRun(started_at=dt.datetime(2024, 8, 28, 10, 0), status="running", trigger="check"))
    with pytest.raises(StatementError) as caught:
        await session.flush()
    assert isinstance(caught.value.orig, ValueError)


async def test_snapshot_items_and_dates_round_trip(session: AsyncSession) -> None:
    site = new_site()
    column = new_column(site)
    run = new_run()
    items = [
        {"title": "关于开展2024年度检查的通知", "url": "http://127.0.0.1:8089/site001/art/1.html", "date": "2024-08-20"},
        {"title": "无日期条目", "url": "http://127.0.0.1:8089/site001/art/2.html", "date": None},
    ]
    session.add(PageSnapshot(
        run=run, site=site, column=column, role="column", url=column.url, final_url=column.url,
        fetched_at=T0, outcome="ok", status=200, item_count=2,
        latest_item_date=dt.date(2024, 8, 20), blank=False, items=items,
    ))
    await session.commit()
    session.expunge_all()

    snapshot = await session.scalar(sa.select(PageSnapshot))
    assert snapshot is not None
    assert snapshot.items == items
    assert snapshot.latest_item_date == dt.date(2024, 8, 20)
    assert snapshot.blank is False
    assert snapshot.page_no == 1
    assert snapshot.fetched_at == T0


async def test_column_url_is_unique_per_site(session: AsyncSession) -> None:
    site, other = new_site(), new_site("bm07000001")
    session.add_all([new_column(site), new_column(other)])
    await session.commit()

    session.add(new_column(site))
    with pytest.raises(IntegrityError):
        await session.commit()


async def test_foreign_keys_are_enforced(session: AsyncSession) -> None:
    session.add(SiteColumn(site_id=999, url="http://x/", name="x", source="discovered",
                           first_seen=T0, last_seen=T0))
    with pytest.raises(IntegrityError):
        await session.commit()


async def test_finding_is_unique_per_owner_rule_and_subject(session: AsyncSession) -> None:
    site = new_site()
    account = Account(key="weibo:阳泉市场监管", name="阳泉市场监管", platform="weibo", unit="阳泉市市场监督管理局")
    session.add_all([site, account])
    await session.flush()

    def finding(**owner: object) -> Finding:
        return Finding(rule="site.columns_stale", subject="http://x/gzdt/", text="栏目不更新",
                       first_seen=T0, last_seen=T0, **owner)

    by_site, by_account = finding(site=site), finding(account=account)
    session.add_all([by_site, by_account])
    await session.commit()
    assert (by_site.subject_key, by_account.subject_key) == (f"site:{site.id}", f"account:{account.id}")
    assert by_site.evidence == []

    session.add(finding(site_id=site.id))
    with pytest.raises(IntegrityError):
        await session.commit()


async def test_finding_needs_exactly_one_owner(session: AsyncSession) -> None:
    site = new_site()
    account = Account(key="140300M019XL0001", name="a", platform="wechat", unit="u")
    session.add_all([site, account])
    await session.flush()
    session.add(Finding(site_id=site.id, account_id=account.id, rule="r", text="t",
                        first_seen=T0, last_seen=T0))
    with pytest.raises(IntegrityError):
        await session.commit()


async def test_loading_is_explicit(session: AsyncSession) -> None:
    site = new_site()
    run = new_run()
    session.add_all([new_column(site), new_column(site, "http://127.0.0.1:8089/site001/tzgg/")])
    session.add(PageSnapshot(run=run, site=site, role="home", url=site.url, fetched_at=T0, outcome="timeout"))
    await session.commit()
    session.expunge_all()

    loaded = await session.scalar(sa.select(Site))
    assert loaded is not None
    assert [c.url.rsplit("/", 2)[1] for c in loaded.columns] == ["gzdt", "tzgg"]
    snapshots = list(await session.scalars(loaded.snapshots.select()))
    assert [s.outcome for s in snapshots] == ["timeout"]
    with pytest.raises(InvalidRequestError):
        _ = snapshots[0].run


async def test_sqlite_connections_use_wal_and_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path))
    try:
        async with engine.connect() as connection:
            journal = await connection.scalar(sa.text("PRAGMA journal_mode"))
            foreign_keys = await connection.scalar(sa.text("PRAGMA foreign_keys"))
    finally:
        await engine.dispose()
    assert (journal, foreign_keys) == ("wal", 1)


def test_upgrade_from_0001_keeps_data(tmp_path: Path) -> None:
    import sqlite3

    url = f"sqlite:///{tmp_path / 'old.db'}"
    upgrade(url, "0001")
    with sqlite3.connect(tmp_path / "old.db") as conn:
        conn.execute("insert into sites (code, name, url, kind, unit, created_at, updated_at) values "
                     "('3703000034', '淄博市发展和改革委员会', 'http://x/', 'department', 'u', "
                     "'2026-01-01 00:00:00', '2026-01-01 00:00:00')")
    upgrade(url)
    assert current_revision(url) == "0007"
    with sqlite3.connect(tmp_path / "old.db") as conn:
        assert conn.execute("select name from sites").fetchall() == [("淄博市发展和改革委员会",)]
        columns = [row[1] for row in conn.execute("pragma table_info(page_snapshots)")]
    assert "problems" in columns
