"""Page snapshots keep what the wider ruleset reads from a page.

messages (consultation messages: asked/answered), signals (content-security hits),
identity (footer and meta elements present), guide (a 办事指南 page's key elements).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSONData = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
COLUMNS = ("messages", "signals", "identity", "guide")


def upgrade() -> None:
    with op.batch_alter_table("page_snapshots") as batch:
        for name in COLUMNS:
            batch.add_column(sa.Column(name, JSONData, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("page_snapshots") as batch:
        for name in COLUMNS:
            batch.drop_column(name)
