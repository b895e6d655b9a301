"""The database schema: configured subjects, append-only observations, derived findings.

Observations (page snapshots, link checks, homepage probes, account observations)
are the system of record and are only ever inserted; every verdict is derived
from them as of some instant. Findings are the one piece of derived state kept
in the database, so that rectification can be tracked across runs.

The schema is portable between SQLite and PostgreSQL: string vocabularies are
plain VARCHAR columns (no native ENUM types, so adding a value needs no
migration), instants are timezone-aware, JSON becomes JSONB on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Dialect
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    WriteOnlyMapped,
    mapped_column,
    relationship,
)

SiteKind = Literal["portal", "department"]
ColumnCategory = Literal["dynamic", "notice_policy", "yearly", "interaction", "static"]
ColumnSource = Literal["config", "discovered"]
RunStatus = Literal["running", "completed", "failed", "interrupted"]
RunTrigger = Literal["check", "demo", "schedule", "probe"]
SnapshotRole = Literal["home", "column", "article", "guide", "search"]
ObservationSource = Literal["feed", "import", "manual"]

# Stable constraint and index names, so that Alembic autogenerate compares
# like with like and later migrations can drop constraints by name.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Append-only tables grow without bound: 64-bit keys on PostgreSQL. SQLite only
# auto-increments a column declared exactly INTEGER PRIMARY KEY (64-bit anyway).
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

JSONData = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def utcnow() -> dt.datetime:
    """The current instant as a timezone-aware UTC datetime."""
    return dt.datetime.now(dt.timezone.utc)


class UTCDateTime(sa.TypeDecorator[dt.datetime]):
    """An instant: accepts only timezone-aware datetimes, returns them in UTC.

    PostgreSQL stores ``timestamptz``. SQLite has no time zones, so the value is
    stored as naive UTC text, which also keeps lexical order equal to time order.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: instants must be timezone-aware")
        value = value.astimezone(dt.timezone.utc)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc)


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


class Site(Base):
    """A government website from the config, identified by its 网站标识码."""

    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(sa.String(32), unique=True)
    name: Mapped[str] = mapped_column(sa.Text)
    url: Mapped[str] = mapped_column(sa.Text)
    kind: Mapped[SiteKind] = mapped_column(sa.String(16))
    unit: Mapped[str] = mapped_column(sa.Text)
    email: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    # A site has a few dozen columns and nearly every use of a site needs them.
    columns: Mapped[list[SiteColumn]] = relationship(
        back_populates="site", lazy="selectin", order_by="SiteColumn.id"
    )
    snapshots: WriteOnlyMapped[PageSnapshot] = relationship(back_populates="site")
    link_checks: WriteOnlyMapped[LinkCheck] = relationship(back_populates="site")
    probes: WriteOnlyMapped[HomepageProbe] = relationship(back_populates="site")


class SiteColumn(Base):
    """A column (栏目) of a site: configured, or discovered from its homepage."""

    __tablename__ = "columns"
    __table_args__ = (sa.UniqueConstraint("site_id", "url"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(sa.ForeignKey("sites.id"))
    url: Mapped[str] = mapped_column(sa.Text)
    name: Mapped[str] = mapped_column(sa.Text)
    category: Mapped[ColumnCategory | None] = mapped_column(sa.String(32))
    level: Mapped[int | None] = mapped_column()
    parent_id: Mapped[int | None] = mapped_column(sa.ForeignKey("columns.id"))
    source: Mapped[ColumnSource] = mapped_column(sa.String(16))
    first_seen: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    last_seen: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    site: Mapped[Site] = relationship(back_populates="columns", lazy="raise")
    parent: Mapped[SiteColumn | None] = relationship(remote_side=[id], lazy="raise")
    snapshots: WriteOnlyMapped[PageSnapshot] = relationship(back_populates="column")


class Account(Base):
    """A government new-media account (政务新媒体) from the config."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The 政务新媒体标识码 when known, else "platform:name": unique either way.
    key: Mapped[str] = mapped_column(sa.String(255), unique=True)
    code: Mapped[str | None] = mapped_column(sa.String(64))
    name: Mapped[str] = mapped_column(sa.Text)
    platform: Mapped[str] = mapped_column(sa.String(32))
    operator: Mapped[str | None] = mapped_column(sa.Text)
    unit: Mapped[str] = mapped_column(sa.Text)
    email: Mapped[str | None] = mapped_column(sa.Text)
    feed: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    observations: WriteOnlyMapped[AccountObservation] = relationship(back_populates="account")


class CrawlRun(Base):
    """One execution of a check, demo, scheduled crawl or probe round."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[RunStatus] = mapped_column(sa.String(16))
    trigger: Mapped[RunTrigger] = mapped_column(sa.String(16))
    site_count: Mapped[int] = mapped_column(default=0)
    request_count: Mapped[int] = mapped_column(default=0)
    error: Mapped[str | None] = mapped_column(sa.Text)
    hostname: Mapped[str | None] = mapped_column(sa.String(255))

    snapshots: WriteOnlyMapped[PageSnapshot] = relationship(back_populates="run")


class PageSnapshot(Base):
    """What one fetch of one page returned and what was extracted from it. Append-only.

    ``outcome`` is the fetch layer's vocabulary: ok, not_modified, http_error,
    timeout, connect_error, dns_error, tls_error, too_large, redirect_loop,
    blocked, invalid_url. ``kind`` is the extractor's: list, home, article,
    soft404. ``items`` is a list of ``{"title", "url", "date"}`` with ISO dates
    or null.
    """

    __tablename__ = "page_snapshots"
    __table_args__ = (
        sa.Index("ix_page_snapshots_site_id_fetched_at", "site_id", "fetched_at"),
        sa.Index("ix_page_snapshots_column_id_fetched_at", "column_id", "fetched_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    run_id: Mapped[int] = mapped_column(sa.ForeignKey("crawl_runs.id"), index=True)
    site_id: Mapped[int] = mapped_column(sa.ForeignKey("sites.id"))
    column_id: Mapped[int | None] = mapped_column(sa.ForeignKey("columns.id"))
    role: Mapped[SnapshotRole] = mapped_column(sa.String(16))
    page_no: Mapped[int] = mapped_column(default=1)  # 1 = first page of a list
    url: Mapped[str] = mapped_column(sa.Text)
    final_url: Mapped[str | None] = mapped_column(sa.Text)
    fetched_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    outcome: Mapped[str] = mapped_column(sa.String(32))
    status: Mapped[int | None] = mapped_column()
    elapsed_ms: Mapped[int | None] = mapped_column()
    bytes: Mapped[int | None] = mapped_column()
    content_hash: Mapped[str | None] = mapped_column(sa.String(64))  # sha256 hex
    etag: Mapped[str | None] = mapped_column(sa.Text)
    last_modified: Mapped[str | None] = mapped_column(sa.Text)
    encoding: Mapped[str | None] = mapped_column(sa.String(32))
    kind: Mapped[str | None] = mapped_column(sa.String(16))
    item_count: Mapped[int | None] = mapped_column()
    latest_item_date: Mapped[dt.date | None] = mapped_column()
    blank: Mapped[bool | None] = mapped_column()
    blank_reason: Mapped[str | None] = mapped_column(sa.Text)
    next_page: Mapped[str | None] = mapped_column(sa.Text)
    items: Mapped[list[dict[str, Any]] | None] = mapped_column(JSONData)
    error: Mapped[str | None] = mapped_column(sa.Text)
    # What was wrong with the page though it was read: declared charset wrong, truncated HTML …
    problems: Mapped[list[str] | None] = mapped_column(JSONData)
    # What the wider ruleset reads from a page (see migration 0003):
    messages: Mapped[list[dict[str, Any]] | None] = mapped_column(JSONData)  # {title,url,asked,answered,status}
    signals: Mapped[list[dict[str, Any]] | None] = mapped_column(JSONData)  # {kind,match,context}
    identity: Mapped[list[str] | None] = mapped_column(JSONData)  # footer/meta elements present
    guide: Mapped[dict[str, Any] | None] = mapped_column(JSONData)  # {title, elements}
    services: Mapped[list[dict[str, str]] | None] = mapped_column(JSONData)  # {name, url}: 办事服务 links (0004)
    unreadable: Mapped[str | None] = mapped_column(sa.Text)  # why the page's list could not be read (0005)
    # New-media accounts the page shows: {platform, name, handle, url, caption} (homepages; 0006).
    accounts: Mapped[list[dict[str, Any]] | None] = mapped_column(JSONData)

    run: Mapped[CrawlRun] = relationship(back_populates="snapshots", lazy="raise")
    site: Mapped[Site] = relationship(back_populates="snapshots", lazy="raise")
    column: Mapped[SiteColumn | None] = relationship(back_populates="snapshots", lazy="raise")


class LinkCheck(Base):
    """One check of one link found on a site's pages. Append-only."""

    __tablename__ = "link_checks"
    __table_args__ = (sa.Index("ix_link_checks_site_id_checked_at", "site_id", "checked_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    run_id: Mapped[int] = mapped_column(sa.ForeignKey("crawl_runs.id"), index=True)
    site_id: Mapped[int] = mapped_column(sa.ForeignKey("sites.id"))
    url: Mapped[str] = mapped_column(sa.Text)
    found_on: Mapped[str] = mapped_column(sa.Text)  # the first page it was seen on
    on_homepage: Mapped[bool] = mapped_column()
    external: Mapped[bool] = mapped_column()
    checked_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    outcome: Mapped[str] = mapped_column(sa.String(32))
    status: Mapped[int | None] = mapped_column()
    elapsed_ms: Mapped[int | None] = mapped_column()
    error: Mapped[str | None] = mapped_column(sa.Text)

    site: Mapped[Site] = relationship(back_populates="link_checks", lazy="raise")


class HomepageProbe(Base):
    """One reachability probe of a site's homepage (site.unreachable). Append-only."""

    __tablename__ = "homepage_probes"
    __table_args__ = (sa.Index("ix_homepage_probes_site_id_probed_at", "site_id", "probed_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    site_id: Mapped[int] = mapped_column(sa.ForeignKey("sites.id"))
    run_id: Mapped[int | None] = mapped_column(sa.ForeignKey("crawl_runs.id"))
    probed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    outcome: Mapped[str] = mapped_column(sa.String(32))
    status: Mapped[int | None] = mapped_column()
    elapsed_ms: Mapped[int | None] = mapped_column()
    ok: Mapped[bool] = mapped_column()

    site: Mapped[Site] = relationship(back_populates="probes", lazy="raise")


class AccountObservation(Base):
    """What was learned about one account at one instant, from its feed or an import. Append-only."""

    __tablename__ = "account_observations"
    __table_args__ = (
        sa.Index("ix_account_observations_account_id_observed_at", "account_id", "observed_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    account_id: Mapped[int] = mapped_column(sa.ForeignKey("accounts.id"))
    run_id: Mapped[int | None] = mapped_column(sa.ForeignKey("crawl_runs.id"))
    observed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    source: Mapped[ObservationSource] = mapped_column(sa.String(16))
    outcome: Mapped[str] = mapped_column(sa.String(32))
    latest_post_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    post_count: Mapped[int | None] = mapped_column()
    interaction: Mapped[bool | None] = mapped_column()
    platform_name: Mapped[str | None] = mapped_column(sa.Text)
    verified_entity: Mapped[str | None] = mapped_column(sa.Text)
    verified: Mapped[bool | None] = mapped_column()
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSONData)
    error: Mapped[str | None] = mapped_column(sa.Text)

    account: Mapped[Account] = relationship(back_populates="observations", lazy="raise")


def _subject_key(context: DefaultExecutionContext) -> str:
    """Derive a finding's owner key from the row being inserted."""
    params = context.get_current_parameters()
    if params.get("site_id") is not None:
        return f"site:{params['site_id']}"
    return f"account:{params['account_id']}"


class Finding(Base):
    """A rule a site or account currently breaks (or broke), for rectification tracking.

    One row per (owner, rule, subject): ``subject`` tells apart several findings
    of one rule, e.g. the URL of each stale column, and is '' when there is one.
    ``subject_key`` ("site:<id>" or "account:<id>") exists because NULLs never
    collide in a unique constraint; it is filled in on insert and a check
    constraint keeps it equal to the owner column.
    """

    __tablename__ = "findings"
    __table_args__ = (
        sa.UniqueConstraint("subject_key", "rule", "subject"),
        sa.CheckConstraint(
            "(site_id IS NOT NULL AND account_id IS NULL AND subject_key = 'site:' || site_id)"
            " OR (account_id IS NOT NULL AND site_id IS NULL"
            " AND subject_key = 'account:' || account_id)",
            name="one_owner",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int | None] = mapped_column(sa.ForeignKey("sites.id"))
    account_id: Mapped[int | None] = mapped_column(sa.ForeignKey("accounts.id"))
    subject_key: Mapped[str] = mapped_column(sa.String(64), default=_subject_key)
    rule: Mapped[str] = mapped_column(sa.String(64))
    subject: Mapped[str] = mapped_column(sa.Text, default="")
    text: Mapped[str] = mapped_column(sa.Text)
    first_seen: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    last_seen: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSONData, default=list)

    site: Mapped[Site | None] = relationship(lazy="raise")
    account: Mapped[Account | None] = relationship(lazy="raise")


AlertKind = Literal["veto", "warning", "link", "finding"]
AlertStatus = Literal["open", "clearing", "resolved"]
OutboxChannel = Literal["email", "webhook"]
OutboxKind = Literal["digest", "summary", "chat"]
OutboxStatus = Literal["pending", "sending", "sent", "failed"]


class AlertState(Base):
    """What a recipient has been told about one problem, for alert hysteresis (monitor/notify).

    One row per (recipient, owner, rule, item): recipient is the unit's e-mail address ('' for
    subjects without one, tracked for the supervisor's summary), owner "site:<code>" or
    "account:<key>", item tells apart several problems of one rule ('' when there is one: a
    veto's wording, a broken link's URL, a warned column's URL). status: open (present at the
    last run), clearing (gone since cleared_since, for cleared_runs runs: not yet announced, and
    the same problem if it comes back), resolved (announced). Derived state, like findings.
    """

    __tablename__ = "alert_states"
    __table_args__ = (sa.UniqueConstraint("recipient", "owner", "rule", "item"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    recipient: Mapped[str] = mapped_column(sa.String(320))
    owner: Mapped[str] = mapped_column(sa.String(300))
    rule: Mapped[str] = mapped_column(sa.String(64))
    item: Mapped[str] = mapped_column(sa.Text, default="")
    kind: Mapped[AlertKind] = mapped_column(sa.String(16))
    name: Mapped[str] = mapped_column(sa.Text)  # the site or account as people name it
    text: Mapped[str] = mapped_column(sa.Text)  # the problem's newest wording
    status: Mapped[AlertStatus] = mapped_column(sa.String(16))
    first_seen: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    last_seen: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    notified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    cleared_since: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    cleared_runs: Mapped[int] = mapped_column(default=0)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class OutboxMessage(Base):
    """One alert to deliver: written before it is sent, marked after (exactly once).

    recipient: an e-mail address, or "webhook:<sha256 prefix of the URL>" (the URL carries the
    robot's token and stays in the config). message: the complete RFC 5322 message for e-mail,
    the UTF-8 text for a chat robot. status: pending → sending (claimed by one sender) → sent, or
    failed (refused for good); a transient failure puts it back to pending, attempts counted.
    """

    __tablename__ = "outbox"
    __table_args__ = (sa.Index("ix_outbox_status_id", "status", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    channel: Mapped[OutboxChannel] = mapped_column(sa.String(16))
    kind: Mapped[OutboxKind] = mapped_column(sa.String(16))
    recipient: Mapped[str] = mapped_column(sa.String(320))
    subject: Mapped[str] = mapped_column(sa.Text)
    message_id: Mapped[str | None] = mapped_column(sa.String(255))
    message: Mapped[bytes] = mapped_column(sa.LargeBinary)
    status: Mapped[OutboxStatus] = mapped_column(sa.String(16))
    attempts: Mapped[int] = mapped_column(default=0)
    last_attempt_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    error: Mapped[str | None] = mapped_column(sa.Text)
