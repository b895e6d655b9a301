"""Initial schema: sites, columns, accounts, runs, observations, findings.

Revision ID: 0001
Revises:
Create Date: 2026-11-23

Types are spelled out here rather than imported from monitor.store.models, so
that this migration keeps meaning the same thing when the models change.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As in models: UTCDateTime's storage type, 64-bit ids for append-only tables
# (SQLite only auto-increments INTEGER PRIMARY KEY), JSONB on PostgreSQL.
Instant = sa.DateTime(timezone=True)
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
JSONData = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "sites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("created_at", Instant, nullable=False),
        sa.Column("updated_at", Instant, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sites"),
        sa.UniqueConstraint("code", name="uq_sites_code"),
    )
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(255), nullable=False),
        sa.Column("code", sa.String(64), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("operator", sa.Text(), nullable=True),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("feed", sa.Text(), nullable=True),
        sa.Column("created_at", Instant, nullable=False),
        sa.Column("updated_at", Instant, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_accounts"),
        sa.UniqueConstraint("key", name="uq_accounts_key"),
    )
    op.create_table(
        "crawl_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", Instant, nullable=False),
        sa.Column("finished_at", Instant, nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("trigger", sa.String(16), nullable=False),
        sa.Column("site_count", sa.Integer(), nullable=False),
        sa.Column("request_count", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("hostname", sa.String(255), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_crawl_runs"),
    )
    op.create_index("ix_crawl_runs_started_at", "crawl_runs", ["started_at"])

    op.create_table(
        "columns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("category", sa.String(32), nullable=True),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("first_seen", Instant, nullable=False),
        sa.Column("last_seen", Instant, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_columns"),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name="fk_columns_site_id_sites"),
        sa.ForeignKeyConstraint(["parent_id"], ["columns.id"], name="fk_columns_parent_id_columns"),
        sa.UniqueConstraint("site_id", "url", name="uq_columns_site_id_url"),
    )

    op.create_table(
        "page_snapshots",
        sa.Column("id", BigId, nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("column_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("page_no", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("final_url", sa.Text(), nullable=True),
        sa.Column("fetched_at", Instant, nullable=False),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("status", sa.Integer(), nullable=True),
        sa.Column("elapsed_ms", sa.Integer(), nullable=True),
        sa.Column("bytes", sa.Integer(), nullable=True),
        sa.Column("content_hash", sa.String(64), nullable=True),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("encoding", sa.String(32), nullable=True),
        sa.Column("kind", sa.String(16), nullable=True),
        sa.Column("item_count", sa.Integer(), nullable=True),
        sa.Column("latest_item_date", sa.Date(), nullable=True),
        sa.Column("blank", sa.Boolean(), nullable=True),
        sa.Column("blank_reason", sa.Text(), nullable=True),
        sa.Column("next_page", sa.Text(), nullable=True),
        sa.Column("items", JSONData, nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_page_snapshots"),
        sa.ForeignKeyConstraint(["run_id"], ["crawl_runs.id"], name="fk_page_snapshots_run_id_crawl_runs"),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name="fk_page_snapshots_site_id_sites"),
        sa.ForeignKeyConstraint(["column_id"], ["columns.id"], name="fk_page_snapshots_column_id_columns"),
    )
    op.create_index("ix_page_snapshots_run_id", "page_snapshots", ["run_id"])
    op.create_index("ix_page_snapshots_site_id_fetched_at", "page_snapshots", ["site_id", "fetched_at"])
    op.create_index("ix_page_snapshots_column_id_fetched_at", "page_snapshots", ["column_id", "fetched_at"])

    op.create_table(
        "link_checks",
        sa.Column("id", BigId, nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("found_on", sa.Text(), nullable=False),
        sa.Column("on_homepage", sa.Boolean(), nullable=False),
        sa.Column("external", sa.Boolean(), nullable=False),
        sa.Column("checked_at", Instant, nullable=False),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("status", sa.Integer(), nullable=True),
        sa.Column("elapsed_ms", sa.Integer(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_link_checks"),
        sa.ForeignKeyConstraint(["run_id"], ["crawl_runs.id"], name="fk_link_checks_run_id_crawl_runs"),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name="fk_link_checks_site_id_sites"),
    )
    op.create_index("ix_link_checks_run_id", "link_checks", ["run_id"])
    op.create_index("ix_link_checks_site_id_checked_at", "link_checks", ["site_id", "checked_at"])

    op.create_table(
        "homepage_probes",
        sa.Column("id", BigId, nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("probed_at", Instant, nullable=False),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("status", sa.Integer(), nullable=True),
        sa.Column("elapsed_ms", sa.Integer(), nullable=True),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_homepage_probes"),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name="fk_homepage_probes_site_id_sites"),
        sa.ForeignKeyConstraint(["run_id"], ["crawl_runs.id"], name="fk_homepage_probes_run_id_crawl_runs"),
    )
    op.create_index("ix_homepage_probes_site_id_probed_at", "homepage_probes", ["site_id", "probed_at"])

    op.create_table(
        "account_observations",
        sa.Column("id", BigId, nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("observed_at", Instant, nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("latest_post_at", Instant, nullable=True),
        sa.Column("post_count", sa.Integer(), nullable=True),
        sa.Column("interaction", sa.Boolean(), nullable=True),
        sa.Column("platform_name", sa.Text(), nullable=True),
        sa.Column("verified_entity", sa.Text(), nullable=True),
        sa.Column("verified", sa.Boolean(), nullable=True),
        sa.Column("detail", JSONData, nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_account_observations"),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name="fk_account_observations_account_id_accounts"
        ),
        sa.ForeignKeyConstraint(
            ["run_id"], ["crawl_runs.id"], name="fk_account_observations_run_id_crawl_runs"
        ),
    )
    op.create_index(
        "ix_account_observations_account_id_observed_at",
        "account_observations",
        ["account_id", "observed_at"],
    )

    op.create_table(
        "findings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("subject_key", sa.String(64), nullable=False),
        sa.Column("rule", sa.String(64), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("first_seen", Instant, nullable=False),
        sa.Column("last_seen", Instant, nullable=False),
        sa.Column("resolved_at", Instant, nullable=True),
        sa.Column("evidence", JSONData, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_findings"),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name="fk_findings_site_id_sites"),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], name="fk_findings_account_id_accounts"),
        sa.UniqueConstraint("subject_key", "rule", "subject", name="uq_findings_subject_key_rule_subject"),
        sa.CheckConstraint(
            "(site_id IS NOT NULL AND account_id IS NULL AND subject_key = 'site:' || site_id)"
            " OR (account_id IS NOT NULL AND site_id IS NULL"
            " AND subject_key = 'account:' || account_id)",
            name="ck_findings_one_owner",
        ),
    )


def downgrade() -> None:
    # Children before parents; dropping a table drops its indexes.
    for table in (
        "findings",
        "account_observations",
        "homepage_probes",
        "link_checks",
        "page_snapshots",
        "columns",
        "crawl_runs",
        "accounts",
        "sites",
    ):
        op.drop_table(table)
