"""Page snapshots record what was wrong with a page (bad charset, truncated HTML …).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSONData = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("page_snapshots") as batch:
        batch.add_column(sa.Column("problems", JSONData, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("page_snapshots") as batch:
        batch.drop_column("problems")
