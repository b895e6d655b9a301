"""Alerts (monitor/notify): the outbox every alert is written to before it is sent, and the
alert state per (recipient, owner, rule, item) that keeps unchanged and flapping problems from
being mailed again.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-09
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Instant = sa.DateTime(timezone=True)
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "alert_states",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(320), nullable=False),
        sa.Column("owner", sa.String(300), nullable=False),
        sa.Column("rule", sa.String(64), nullable=False),
        sa.Column("item", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("first_seen", Instant, nullable=False),
        sa.Column("last_seen", Instant, nullable=False),
        sa.Column("notified_at", Instant, nullable=True),
        sa.Column("cleared_since", Instant, nullable=True),
        sa.Column("cleared_runs", sa.Integer(), nullable=False),
        sa.Column("resolved_at", Instant, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_alert_states"),
        sa.UniqueConstraint("recipient", "owner", "rule", "item", name="uq_alert_states_recipient_owner_rule_item"),
    )
    op.create_table(
        "outbox",
        sa.Column("id", BigId, nullable=False),
        sa.Column("created_at", Instant, nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("recipient", sa.String(320), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("message_id", sa.String(255), nullable=True),
        sa.Column("message", sa.LargeBinary(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_attempt_at", Instant, nullable=True),
        sa.Column("sent_at", Instant, nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
    )
    op.create_index("ix_outbox_status_id", "outbox", ["status", "id"])


def downgrade() -> None:
    op.drop_index("ix_outbox_status_id", table_name="outbox")
    op.drop_table("outbox")
    op.drop_table("alert_states")
