"""The catalogue's per-problem counters, kept as results are recorded so that reading the
problem list never aggregates the submissions table.

They count finished submissions of kind `submit` (never runs): `attempts` all of them,
`accepted` those with verdict AC, `solvers` the distinct users with at least one AC. A result is
counted in the transaction that records it (`results.record_result`) and taken back in the one
that resets it for a rejudge (`submissions.reset_for_rejudge`), so a rejudge that turns AC into
WA counts once. `rebuild` recomputes everything from the submissions (`assay admin
rebuild-stats`). A problem's rows go with it (foreign keys, ON DELETE CASCADE).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from assay.core import SubmissionState, Verdict
from assay.db.models import ProblemSolver, ProblemStats, Submission, SubmissionKind


@dataclass(frozen=True, slots=True)
class CountedResult:
    """What the counters need of a finished submission."""

    problem_id: int
    user_id: int
    verdict: Verdict | None


async def count_result(session: AsyncSession, result: CountedResult) -> None:
    """Add a newly recorded result of a submission (not a run) to its problem's counters."""
    accepted = int(result.verdict is Verdict.AC)
    new_solver = bool(accepted) and await _add_solver_accept(session, result) == 1
    await _add_to_stats(session, result.problem_id, 1, accepted, int(new_solver))


async def uncount_result(session: AsyncSession, result: CountedResult) -> None:
    """Take back a result that was counted (its submission goes back to the queue)."""
    accepted = int(result.verdict is Verdict.AC)
    lost_solver = bool(accepted) and await _remove_solver_accept(session, result)
    await _add_to_stats(session, result.problem_id, -1, -accepted, -int(lost_solver))


async def rebuild(session: AsyncSession) -> int:
    """Recompute every counter from the submissions; the number of problems with any.
    The caller commits."""
    await _lock_counters(session)
    await session.execute(sa.delete(ProblemSolver))
    await session.execute(sa.delete(ProblemStats))
    await session.execute(sa.insert(ProblemSolver).from_select(_SOLVER_COLUMNS, _solvers_query()))
    await session.execute(sa.insert(ProblemStats).from_select(_STATS_COLUMNS, _stats_query()))
    count = await session.scalar(sa.select(sa.func.count()).select_from(ProblemStats))
    return int(count or 0)


_SOLVER_COLUMNS = ("problem_id", "user_id", "accepted")
_STATS_COLUMNS = ("problem_id", "attempts", "accepted", "solvers")


def _counted() -> sa.ColumnElement[bool]:
    return sa.and_(
        Submission.kind == SubmissionKind.SUBMIT, Submission.state == SubmissionState.FINISHED
    )


def _solvers_query() -> sa.Select[int, int, int]:
    return (
        sa.select(Submission.problem_id, Submission.user_id, sa.func.count())
        .where(_counted(), Submission.verdict == Verdict.AC)
        .group_by(Submission.problem_id, Submission.user_id)
    )


def _stats_query() -> sa.Select[int, int, Any, int]:
    accepted = sa.case((Submission.verdict == Verdict.AC, 1), else_=0)
    solver = sa.case((Submission.verdict == Verdict.AC, Submission.user_id), else_=None)
    return (
        sa.select(
            Submission.problem_id,
            sa.func.count(),
            sa.func.sum(accepted),
            sa.func.count(sa.distinct(solver)),
        )
        .where(_counted())
        .group_by(Submission.problem_id)
    )


async def _lock_counters(session: AsyncSession) -> None:
    """On PostgreSQL, results recorded during a rebuild wait for it, then count on top of it.
    (SQLite has one writer at a time already.)"""
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(
            sa.text("LOCK TABLE problem_stats, problem_solvers IN SHARE ROW EXCLUSIVE MODE")
        )


_Insert = postgresql.Insert | sqlite.Insert


def _upsert(session: AsyncSession, table: type[ProblemStats] | type[ProblemSolver]) -> _Insert:
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


async def _add_to_stats(
    session: AsyncSession, problem_id: int, attempts: int, accepted: int, solvers: int
) -> None:
    deltas = {"attempts": attempts, "accepted": accepted, "solvers": solvers}
    query = _upsert(session, ProblemStats).values(problem_id=problem_id, **deltas)
    query = query.on_conflict_do_update(
        index_elements=[ProblemStats.problem_id],
        set_={name: getattr(ProblemStats, name) + delta for name, delta in deltas.items()},
    )
    await session.execute(query)


async def _add_solver_accept(session: AsyncSession, result: CountedResult) -> int:
    """One more AC of the user on the problem; how many there are now (1: a new solver)."""
    query = _upsert(session, ProblemSolver).values(
        problem_id=result.problem_id, user_id=result.user_id, accepted=1
    )
    query = query.on_conflict_do_update(
        index_elements=[ProblemSolver.problem_id, ProblemSolver.user_id],
        set_={"accepted": ProblemSolver.accepted + 1},
    )
    return int(await session.scalar(query.returning(ProblemSolver.accepted)) or 0)


async def _remove_solver_accept(session: AsyncSession, result: CountedResult) -> bool:
    """One AC fewer; True if it was the user's last on the problem (no longer a solver)."""
    mine = sa.and_(
        ProblemSolver.problem_id == result.problem_id, ProblemSolver.user_id == result.user_id
    )
    await session.execute(
        sa.update(ProblemSolver).where(mine).values(accepted=ProblemSolver.accepted - 1)
    )
    gone = await session.execute(sa.delete(ProblemSolver).where(mine, ProblemSolver.accepted <= 0))
    return bool(gone.rowcount)  # type: ignore[attr-defined]
