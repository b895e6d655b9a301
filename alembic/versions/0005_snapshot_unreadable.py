"""Page snapshots say when a page's list could not be read (drawn by script with no data URL,
behind a postback …): such a column is unknown, never blank nor stale.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("page_snapshots") as batch:
        batch.add_column(sa.Column("unreadable", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("page_snapshots") as batch:
        batch.drop_column("unreadable")
