"""Page snapshots keep the links a homepage gives to 办事服务 (site.service clause 1).

services: [{name, url}] of links named or addressed like a service column or a 政务服务
platform, kept whatever their host (most sites send 办事服务 to the province's platform).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSONData = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("page_snapshots") as batch:
        batch.add_column(sa.Column("services", JSONData, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("page_snapshots") as batch:
        batch.drop_column("services")
