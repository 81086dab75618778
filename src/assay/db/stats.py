"""Statistics: per problem, per user, and the leaderboard. Only stored submissions count."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from assay.core import SubmissionState, Verdict
from assay.db.base import utcnow
from assay.db.models import ProblemRow, Submission, SubmissionKind, User

RUNTIME_SAMPLE_LIMIT = 10_000  # accepted runtimes read per problem for the distribution


@dataclass(frozen=True, slots=True)
class ProblemNumbers:
    attempts: int
    accepted: int
    solvers: int
    verdicts: dict[Verdict, int]
    runtimes_s: dict[str, list[float]]  # language -> accepted max CPU times


@dataclass(frozen=True, slots=True)
class UserNumbers:
    solved_by_difficulty: dict[str, int]  # "" for problems without a difficulty
    total_by_difficulty: dict[str, int]
    submissions: int
    accepted: int
    per_day: dict[date, int]  # UTC days with at least one submission, last year


@dataclass(frozen=True, slots=True)
class LeaderRow:
    user_id: int
    username: str
    solved: int
    last_solved_at: datetime | None


def _stored() -> sa.ColumnElement[bool]:
    return sa.and_(
        Submission.kind == SubmissionKind.SUBMIT, Submission.state == SubmissionState.FINISHED
    )


async def problem_numbers(session: AsyncSession, problem_id: int) -> ProblemNumbers:
    verdict_query = (
        sa.select(Submission.verdict, sa.func.count())
        .where(_stored(), Submission.problem_id == problem_id)
        .group_by(Submission.verdict)
    )
    verdicts = {v: n for v, n in (await session.execute(verdict_query)) if v is not None}
    solvers_query = sa.select(sa.func.count(sa.distinct(Submission.user_id))).where(
        _stored(), Submission.problem_id == problem_id, Submission.verdict == Verdict.AC
    )
    solvers = (await session.scalar(solvers_query)) or 0
    return ProblemNumbers(
        attempts=sum(verdicts.values()),
        accepted=verdicts.get(Verdict.AC, 0),
        solvers=solvers,
        verdicts=verdicts,
        runtimes_s=await _accepted_runtimes(session, problem_id),
    )


async def _accepted_runtimes(session: AsyncSession, problem_id: int) -> dict[str, list[float]]:
    query = (
        sa.select(Submission.language, Submission.max_cpu_time_s)
        .where(_stored(), Submission.problem_id == problem_id, Submission.verdict == Verdict.AC)
        .order_by(Submission.id.desc())
        .limit(RUNTIME_SAMPLE_LIMIT)
    )
    runtimes: dict[str, list[float]] = {}
    for language, time_s in await session.execute(query):
        runtimes.setdefault(language, []).append(time_s or 0.0)
    return runtimes


async def user_numbers(session: AsyncSession, user_id: int, days: int = 365) -> UserNumbers:
    mine = sa.and_(_stored(), Submission.user_id == user_id)
    counts_query = sa.select(
        sa.func.count(), sa.func.sum(sa.case((Submission.verdict == Verdict.AC, 1), else_=0))
    ).where(mine)
    total, accepted = (await session.execute(counts_query)).one()
    return UserNumbers(
        solved_by_difficulty=await _solved_by_difficulty(session, user_id),
        total_by_difficulty=await _problems_by_difficulty(session),
        submissions=int(total or 0),
        accepted=int(accepted or 0),
        per_day=await _per_day(session, user_id, days),
    )


async def _solved_by_difficulty(session: AsyncSession, user_id: int) -> dict[str, int]:
    query = (
        sa.select(ProblemRow.difficulty, sa.func.count(sa.distinct(ProblemRow.id)))
        .join(Submission, Submission.problem_id == ProblemRow.id)
        .where(_stored(), Submission.user_id == user_id, Submission.verdict == Verdict.AC)
        .where(ProblemRow.hidden.is_(False))
        .group_by(ProblemRow.difficulty)
    )
    return {d or "": n for d, n in (await session.execute(query))}


async def _problems_by_difficulty(session: AsyncSession) -> dict[str, int]:
    query = (
        sa.select(ProblemRow.difficulty, sa.func.count())
        .where(ProblemRow.hidden.is_(False))
        .group_by(ProblemRow.difficulty)
    )
    return {d or "": n for d, n in (await session.execute(query))}


async def _per_day(session: AsyncSession, user_id: int, days: int) -> dict[date, int]:
    since = utcnow() - timedelta(days=days)
    query = sa.select(Submission.created_at).where(
        Submission.user_id == user_id,
        Submission.kind == SubmissionKind.SUBMIT,
        Submission.created_at >= since,
    )
    return dict(Counter(moment.date() for moment in await session.scalars(query)))


async def leaderboard(
    session: AsyncSession, offset: int, limit: int
) -> tuple[list[LeaderRow], int]:
    """Users by problems solved; ties go to whoever reached that count first."""
    first_ac = (
        sa.select(
            Submission.user_id,
            Submission.problem_id,
            sa.func.min(Submission.created_at).label("first_at"),
        )
        .join(ProblemRow, ProblemRow.id == Submission.problem_id)
        .where(_stored(), Submission.verdict == Verdict.AC, ProblemRow.hidden.is_(False))
        .group_by(Submission.user_id, Submission.problem_id)
        .subquery("first_ac")
    )
    solved = sa.func.count().label("solved")
    last = sa.func.max(first_ac.c.first_at).label("last")
    query = (
        sa.select(User.id, User.username, solved, last)
        .join(first_ac, first_ac.c.user_id == User.id)
        .group_by(User.id, User.username)
    )
    total = await session.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0
    page = query.order_by(solved.desc(), last.asc(), User.username).offset(offset).limit(limit)
    rows = await session.execute(page)
    return [LeaderRow(uid, name, int(n), at) for uid, name, n, at in rows], total
