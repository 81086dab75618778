"""throttles (sign-in and registration, shared by API replicas); users.email_verified

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04 16:30:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import assay.db.base

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "throttles",
        sa.Column("key", sa.String(length=160), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("window_start", assay.db.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("last_at", assay.db.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("blocked_until", assay.db.base.UtcDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_throttles")),
    )
    op.create_index(
        op.f("ix_throttles_blocked_until"), "throttles", ["blocked_until"], unique=False
    )
    op.add_column(
        "users",
        sa.Column("email_verified", sa.Boolean(), server_default=sa.false(), nullable=False),
    )


def downgrade() -> None:
    op.drop_column("users", "email_verified")
    op.drop_index(op.f("ix_throttles_blocked_until"), table_name="throttles")
    op.drop_table("throttles")
