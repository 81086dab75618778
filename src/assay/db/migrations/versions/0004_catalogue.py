"""problems: catalogue number, kind (function or contest), hints, editorial

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 10:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("problems", sa.Column("number", sa.Integer(), nullable=True))
    op.add_column(
        "problems",
        sa.Column(
            "kind",
            sa.Enum("function", "contest", name="problemkind", native_enum=False, length=16),
            server_default="contest",
            nullable=False,
        ),
    )
    op.add_column("problems", sa.Column("hints", sa.JSON(), server_default="[]", nullable=False))
    op.add_column(
        "problems", sa.Column("editorial_html", sa.Text(), server_default="", nullable=False)
    )
    op.create_index(op.f("ix_problems_number"), "problems", ["number"], unique=True)
    _mark_function_problems()


def _mark_function_problems() -> None:
    """Problems imported before this revision: a stored package with a function.yaml is one.
    (Numbers, hints and editorials arrive when the package is imported again.)"""
    connection = op.get_bind()
    problems = sa.table(
        "problems", sa.column("id", sa.Integer()), sa.column("package_path", sa.String())
    )
    rows = connection.execute(sa.select(problems.c.id, problems.c.package_path)).all()
    ids = [pid for pid, path in rows if path and Path(path, "function.yaml").is_file()]
    if ids:
        connection.execute(
            sa.text("UPDATE problems SET kind = 'function' WHERE id IN :ids").bindparams(
                sa.bindparam("ids", expanding=True)
            ),
            {"ids": ids},
        )


def downgrade() -> None:
    op.drop_index(op.f("ix_problems_number"), table_name="problems")
    op.drop_column("problems", "editorial_html")
    op.drop_column("problems", "hints")
    op.drop_column("problems", "kind")
    op.drop_column("problems", "number")
