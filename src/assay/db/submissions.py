"""Queries for the submission aggregate (runs included: kind `run`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from assay.core import SubmissionState, Verdict
from assay.db.base import utcnow
from assay.db.models import ProblemRow, Submission, SubmissionKind, SubmissionTest, User
from assay.db.problem_stats import CountedResult, uncount_result


@dataclass(frozen=True, slots=True)
class SubmissionFilter:
    user_id: int | None = None
    problem_id: int | None = None
    verdict: Verdict | None = None
    language: str | None = None
    include_hidden_problems: bool = False
    offset: int = 0
    limit: int = 50


_RowsSelect = sa.Select[Submission, str, str, str, bool]


@dataclass(frozen=True, slots=True)
class SubmissionRow:
    """A submission with the names a list shows beside it."""

    submission: Submission
    username: str
    problem_slug: str
    problem_title: str
    problem_hidden: bool


def add_submission(
    session: AsyncSession,
    *,
    kind: SubmissionKind,
    user_id: int,
    problem: ProblemRow,
    language: str,
    source: str,
    custom_input: str | None = None,
) -> Submission:
    row = Submission(
        kind=kind,
        user_id=user_id,
        problem_id=problem.id,
        problem_version=problem.version,
        language=language,
        source=source,
        custom_input=custom_input,
        state=SubmissionState.QUEUED,
        attempt=1,
    )
    session.add(row)
    return row


async def get_submission(session: AsyncSession, submission_id: int) -> Submission | None:
    return await session.get(Submission, submission_id)


async def get_submission_row(session: AsyncSession, submission_id: int) -> SubmissionRow | None:
    query = _rows_query().where(Submission.id == submission_id)
    row = (await session.execute(query)).first()
    return None if row is None else SubmissionRow(row[0], row[1], row[2], row[3], row[4])


async def get_tests(session: AsyncSession, submission_id: int) -> list[SubmissionTest]:
    query = (
        sa.select(SubmissionTest)
        .where(SubmissionTest.submission_id == submission_id)
        .order_by(SubmissionTest.position)
    )
    return list(await session.scalars(query))


async def list_submissions(
    session: AsyncSession, filters: SubmissionFilter
) -> tuple[list[SubmissionRow], int]:
    query = _apply_filters(_rows_query(), filters)
    total = await session.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0
    page = query.order_by(Submission.id.desc()).offset(filters.offset).limit(filters.limit)
    rows = (await session.execute(page)).all()
    return [SubmissionRow(row[0], row[1], row[2], row[3], row[4]) for row in rows], total


def _rows_query() -> _RowsSelect:
    return (
        sa.select(Submission, User.username, ProblemRow.slug, ProblemRow.title, ProblemRow.hidden)
        .join(User, User.id == Submission.user_id)
        .join(ProblemRow, ProblemRow.id == Submission.problem_id)
    )


def _apply_filters(query: _RowsSelect, filters: SubmissionFilter) -> _RowsSelect:
    query = query.where(Submission.kind == SubmissionKind.SUBMIT)
    if filters.user_id is not None:
        query = query.where(Submission.user_id == filters.user_id)
    if filters.problem_id is not None:
        query = query.where(Submission.problem_id == filters.problem_id)
    if filters.verdict is not None:
        query = query.where(Submission.verdict == filters.verdict)
    if filters.language is not None:
        query = query.where(Submission.language == filters.language)
    if not filters.include_hidden_problems:
        query = query.where(ProblemRow.hidden.is_(False))
    return query


async def recent_activity(
    session: AsyncSession, user_id: int, kind: SubmissionKind, window_s: int
) -> list[datetime]:
    """Creation times of the user's rows of `kind` in the last `window_s` seconds, oldest first."""
    since = utcnow() - timedelta(seconds=window_s)
    query = (
        sa.select(Submission.created_at)
        .where(Submission.user_id == user_id, Submission.kind == kind)
        .where(Submission.created_at > since)
        .order_by(Submission.created_at)
    )
    return list(await session.scalars(query))


async def count_waiting(session: AsyncSession, user_id: int) -> int:
    """The user's own submissions and runs still waiting for a worker (rejudges not counted)."""
    query = sa.select(sa.func.count()).where(
        Submission.user_id == user_id,
        Submission.state == SubmissionState.QUEUED,
        Submission.attempt == 1,
    )
    return int(await session.scalar(query) or 0)


async def reset_for_rejudge(session: AsyncSession, submission: Submission) -> None:
    """Back to `queued` under a new attempt; the old attempt's late result will be ignored.
    A result already counted in the problem's counters is taken back."""
    await session.execute(
        sa.delete(SubmissionTest).where(SubmissionTest.submission_id == submission.id)
    )
    # Read again under a row lock: a worker may have recorded the result since it was loaded.
    await session.refresh(submission, with_for_update=True)
    if submission.kind is SubmissionKind.SUBMIT and submission.state is SubmissionState.FINISHED:
        counted = CountedResult(submission.problem_id, submission.user_id, submission.verdict)
        await uncount_result(session, counted)
    submission.attempt += 1
    submission.state = SubmissionState.QUEUED
    submission.judged_attempt = None
    submission.verdict = None
    submission.score = None
    submission.max_cpu_time_s = None
    submission.max_memory_kib = None
    submission.compile_output = ""
    submission.message = ""
    submission.judged_at = None


async def submissions_of_problem(session: AsyncSession, problem_id: int) -> list[Submission]:
    query = (
        sa.select(Submission)
        .where(Submission.problem_id == problem_id, Submission.kind == SubmissionKind.SUBMIT)
        .order_by(Submission.id)
    )
    return list(await session.scalars(query))


async def delete_old_runs(session: AsyncSession, older_than_s: int) -> int:
    """Runs are ephemeral: drop the finished ones older than `older_than_s`."""
    cutoff = utcnow() - timedelta(seconds=older_than_s)
    query = sa.delete(Submission).where(
        Submission.kind == SubmissionKind.RUN,
        Submission.state == SubmissionState.FINISHED,
        Submission.created_at < cutoff,
    )
    result = await session.execute(query)
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
