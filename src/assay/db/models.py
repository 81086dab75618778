"""The tables. Typed SQLAlchemy 2 models; the API maps them to its own schemas and never leaks them.

Aggregates: a user (sessions, API tokens, OAuth identities), a problem (versions, tags, the
catalogue's counters), a submission (per-test results; runs are submissions of kind `run`),
accepted-code history.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from assay.core import SubmissionState, Verdict
from assay.db.base import Base, utcnow


class ProblemKind(StrEnum):
    FUNCTION = "function"  # LeetCode style: write a function (the package has a function.yaml)
    CONTEST = "contest"  # read stdin, write stdout


class SubmissionKind(StrEnum):
    SUBMIT = "submit"  # judged on every test and kept
    RUN = "run"  # samples and/or custom input; ephemeral, never listed or counted


def _enum(enum_cls: type[StrEnum]) -> sa.Enum:
    """Store a string enum by value, as a plain VARCHAR (no native enum type to migrate)."""
    return sa.Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=16,
        values_callable=lambda members: [m.value for m in members],
    )


def _owner(column: str) -> sa.ForeignKey:
    """A reference whose row goes away with its owner."""
    return sa.ForeignKey(column, ondelete="CASCADE")


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(sa.String(32))
    username_key: Mapped[str] = mapped_column(sa.String(32), unique=True)  # lower-cased
    email: Mapped[str | None] = mapped_column(sa.String(320), unique=True)  # lower-cased
    password_hash: Mapped[str | None]  # None: signs in only through an OAuth provider
    # True only when a provider vouched for the email (or the operator configured it); a
    # provider identity is linked by email to verified accounts alone (no pre-hijacking).
    email_verified: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    is_admin: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class LoginSession(Base):
    """A server-side session; the cookie carries the token, the row keeps only its hash."""

    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    user_id: Mapped[int] = mapped_column(_owner("users.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(sa.String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]


class ApiToken(Base):
    """A personal access token for scripts (`Authorization: Bearer ...`)."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(_owner("users.id"), index=True)
    name: Mapped[str] = mapped_column(sa.String(64))
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    prefix: Mapped[str] = mapped_column(sa.String(16))  # shown in lists to tell tokens apart
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None]


class OAuthIdentity(Base):
    __tablename__ = "oauth_identities"
    __table_args__ = (sa.UniqueConstraint("provider", "subject"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    provider: Mapped[str] = mapped_column(sa.String(32))
    subject: Mapped[str]  # the provider's stable user id (`sub`, GitHub's numeric id)
    user_id: Mapped[int] = mapped_column(_owner("users.id"), index=True)
    email: Mapped[str | None] = mapped_column(sa.String(320))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Throttle(Base):
    """Attempts counted per key, e.g. `login-account:7`, `register-address:1.2.3.4`.

    In the database so every API replica sees the same counts and waits."""

    __tablename__ = "throttles"

    key: Mapped[str] = mapped_column(sa.String(160), primary_key=True)
    count: Mapped[int] = mapped_column(default=0)
    window_start: Mapped[datetime] = mapped_column(default=utcnow)  # when `count` began
    last_at: Mapped[datetime] = mapped_column(default=utcnow)  # the latest counted attempt
    blocked_until: Mapped[datetime | None] = mapped_column(index=True)


class ProblemRow(Base):
    __tablename__ = "problems"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(sa.String(64), unique=True)
    title: Mapped[str]
    difficulty: Mapped[str | None] = mapped_column(sa.String(32), index=True)
    hidden: Mapped[bool] = mapped_column(default=False)
    version: Mapped[int] = mapped_column(default=1)
    content_hash: Mapped[str] = mapped_column(sa.String(64))
    package_path: Mapped[str] = mapped_column(sa.String(1024))
    time_limit_s: Mapped[float | None]
    memory_mib: Mapped[int]
    is_interactive: Mapped[bool] = mapped_column(default=False)
    is_scoring: Mapped[bool] = mapped_column(default=False)
    test_count: Mapped[int] = mapped_column(default=0)
    statement_html: Mapped[str] = mapped_column(sa.Text, default="")
    # [{"name", "input", "output"}], cached at import so the API never reads packages.
    samples: Mapped[list[dict[str, Any]]] = mapped_column(sa.JSON, default=list)
    languages: Mapped[list[str]] = mapped_column(sa.JSON, default=list)  # allowed; empty: all
    code_kib: Mapped[int | None]  # the package's own limit on source size
    # The catalogue: a stable number (assay.yaml), the kind, hints and the rendered editorial.
    number: Mapped[int | None] = mapped_column(index=True, unique=True)
    kind: Mapped[ProblemKind] = mapped_column(
        _enum(ProblemKind), default=ProblemKind.CONTEST, server_default=ProblemKind.CONTEST.value
    )
    hints: Mapped[list[str]] = mapped_column(sa.JSON, default=list, server_default="[]")
    editorial_html: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    tag_rows: Mapped[list[ProblemTag]] = relationship(
        lazy="selectin",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ProblemTag.tag",
    )

    @property
    def tags(self) -> list[str]:
        return [row.tag for row in self.tag_rows]


class ProblemTag(Base):
    __tablename__ = "problem_tags"

    problem_id: Mapped[int] = mapped_column(_owner("problems.id"), primary_key=True)
    tag: Mapped[str] = mapped_column(sa.String(64), primary_key=True, index=True)


class ProblemStats(Base):
    """The catalogue's numbers of a problem, over its finished submissions (kind `submit`),
    kept as results are recorded (`db.problem_stats`) so the list never aggregates them."""

    __tablename__ = "problem_stats"

    problem_id: Mapped[int] = mapped_column(_owner("problems.id"), primary_key=True)
    attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    accepted: Mapped[int] = mapped_column(default=0, server_default="0")  # verdict AC
    solvers: Mapped[int] = mapped_column(default=0, server_default="0")  # problem_solvers rows


class ProblemSolver(Base):
    """A user with at least one accepted submission on a problem, and how many: a rejudge that
    takes one back removes the row only when it was the last."""

    __tablename__ = "problem_solvers"

    problem_id: Mapped[int] = mapped_column(_owner("problems.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(_owner("users.id"), primary_key=True)
    accepted: Mapped[int] = mapped_column(default=0, server_default="0")


class ProblemVersion(Base):
    """Every imported version of a package, so a worker can find any package by its hash."""

    __tablename__ = "problem_versions"
    __table_args__ = (sa.UniqueConstraint("problem_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    problem_id: Mapped[int] = mapped_column(_owner("problems.id"))
    version: Mapped[int]
    content_hash: Mapped[str] = mapped_column(sa.String(64), index=True)
    package_path: Mapped[str] = mapped_column(sa.String(1024))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Submission(Base):
    __tablename__ = "submissions"
    __table_args__ = (
        sa.Index("ix_submissions_user_problem", "user_id", "problem_id"),
        sa.Index("ix_submissions_problem_verdict", "problem_id", "verdict"),
        sa.Index("ix_submissions_user_created", "user_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[SubmissionKind] = mapped_column(_enum(SubmissionKind))
    user_id: Mapped[int] = mapped_column(_owner("users.id"))
    problem_id: Mapped[int] = mapped_column(_owner("problems.id"))
    problem_version: Mapped[int]
    language: Mapped[str] = mapped_column(sa.String(32))
    source: Mapped[str] = mapped_column(sa.Text)
    custom_input: Mapped[str | None] = mapped_column(sa.Text)  # runs only
    state: Mapped[SubmissionState] = mapped_column(_enum(SubmissionState), index=True)
    attempt: Mapped[int] = mapped_column(default=1)  # bumped by each rejudge
    judged_attempt: Mapped[int | None]  # the attempt whose result is recorded
    verdict: Mapped[Verdict | None] = mapped_column(_enum(Verdict))
    score: Mapped[float | None]
    max_cpu_time_s: Mapped[float | None]
    max_memory_kib: Mapped[int | None]
    compile_output: Mapped[str] = mapped_column(sa.Text, default="")
    message: Mapped[str] = mapped_column(sa.Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    judged_at: Mapped[datetime | None]


class SubmissionTest(Base):
    """One test's result. Input and outputs are kept only for samples and custom input."""

    __tablename__ = "submission_tests"
    __table_args__ = (sa.UniqueConstraint("submission_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(_owner("submissions.id"))
    position: Mapped[int]  # 1-based, judging order
    name: Mapped[str]
    verdict: Mapped[Verdict] = mapped_column(_enum(Verdict))
    cpu_time_s: Mapped[float] = mapped_column(default=0.0)
    wall_time_s: Mapped[float] = mapped_column(default=0.0)
    memory_kib: Mapped[int] = mapped_column(default=0)
    message: Mapped[str] = mapped_column(sa.Text, default="")
    score: Mapped[float | None]
    is_sample: Mapped[bool] = mapped_column(default=False)
    revealed: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    input_text: Mapped[str | None] = mapped_column(sa.Text)
    expected_output: Mapped[str | None] = mapped_column(sa.Text)
    actual_output: Mapped[str | None] = mapped_column(sa.Text)


class AcceptedVersion(Base):
    """Accepted code per (user, problem, language): whole text or a patch on the previous one."""

    __tablename__ = "accepted_versions"
    __table_args__ = (
        sa.UniqueConstraint("user_id", "problem_id", "language", "version"),
        sa.UniqueConstraint("submission_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(_owner("users.id"))
    problem_id: Mapped[int] = mapped_column(_owner("problems.id"))
    language: Mapped[str] = mapped_column(sa.String(32))
    version: Mapped[int]  # 1-based
    submission_id: Mapped[int] = mapped_column(_owner("submissions.id"))
    is_whole: Mapped[bool]  # body is the text itself, not a patch
    body: Mapped[str] = mapped_column(sa.Text)
    sha256: Mapped[str] = mapped_column(sa.String(64))  # of the rebuilt text, checked on rebuild
    size_bytes: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
