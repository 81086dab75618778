"""problem_stats, problem_solvers: the catalogue's counters, filled from the submissions

Revision ID: 0005
Revises: 0004
Create Date: 2027-01-12 10:00:00.000000
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
    op.create_table(
        "problem_stats",
        sa.Column("problem_id", sa.Integer(), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("accepted", sa.Integer(), server_default="0", nullable=False),
        sa.Column("solvers", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(["problem_id"], ["problems.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("problem_id"),
    )
    op.create_table(
        "problem_solvers",
        sa.Column("problem_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("accepted", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(["problem_id"], ["problems.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("problem_id", "user_id"),
    )
    _fill_from_submissions()


# What the catalogue counted until now: finished submissions (not runs), AC among them, and
# the distinct users with an AC. `assay admin rebuild-stats` runs the same numbers later.
_FILL_SOLVERS = """
INSERT INTO problem_solvers (problem_id, user_id, accepted)
SELECT problem_id, user_id, count(*) FROM submissions
WHERE kind = 'submit' AND state = 'finished' AND verdict = 'AC'
GROUP BY problem_id, user_id
"""
_FILL_STATS = """
INSERT INTO problem_stats (problem_id, attempts, accepted, solvers)
SELECT problem_id, count(*),
       sum(CASE WHEN verdict = 'AC' THEN 1 ELSE 0 END),
       count(DISTINCT CASE WHEN verdict = 'AC' THEN user_id END)
FROM submissions
WHERE kind = 'submit' AND state = 'finished'
GROUP BY problem_id
"""


def _fill_from_submissions() -> None:
    connection = op.get_bind()
    connection.execute(sa.text(_FILL_SOLVERS))
    connection.execute(sa.text(_FILL_STATS))


def downgrade() -> None:
    op.drop_table("problem_solvers")
    op.drop_table("problem_stats")
