"""submission_tests.revealed: a hidden test whose data the problem shows its author

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 22:30:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "submission_tests",
        sa.Column("revealed", sa.Boolean(), server_default=sa.false(), nullable=False),
    )


def downgrade() -> None:
    op.drop_column("submission_tests", "revealed")
