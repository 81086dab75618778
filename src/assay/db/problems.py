"""Queries for the problem aggregate: the catalogue, versions, tags, visibility."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from assay.core import SubmissionState, Verdict
from assay.db.base import utcnow
from assay.db.models import Problem, ProblemTag, ProblemVersion, Submission, SubmissionKind


class SolveStatus(StrEnum):
    SOLVED = "solved"  # an accepted submission
    ATTEMPTED = "attempted"  # submissions, none accepted
    UNSOLVED = "unsolved"  # no accepted submission (includes attempted)


@dataclass(frozen=True, slots=True)
class ProblemData:
    """A loaded, validated package as the catalogue stores it (built by the import service)."""

    slug: str
    title: str
    content_hash: str
    package_path: str
    memory_mib: int
    time_limit_s: float | None = None
    difficulty: str | None = None
    tags: tuple[str, ...] = ()
    is_interactive: bool = False
    is_scoring: bool = False
    test_count: int = 0
    statement_html: str = ""
    samples: list[dict[str, Any]] = field(default_factory=list)
    languages: tuple[str, ...] = ()  # the only languages allowed; empty: all
    code_kib: int | None = None  # the package's own source size limit


@dataclass(frozen=True, slots=True)
class ProblemFilter:
    search: str | None = None
    difficulty: str | None = None
    tag: str | None = None
    status: SolveStatus | None = None
    include_hidden: bool = False
    offset: int = 0
    limit: int = 50


@dataclass(frozen=True, slots=True)
class ProblemRow:
    """A problem with its catalogue numbers and the viewer's status."""

    problem: Problem
    attempts: int
    accepted: int
    solvers: int
    status: SolveStatus | None  # None: not signed in, or never submitted

    @property
    def acceptance_rate(self) -> float | None:
        return self.accepted / self.attempts if self.attempts else None


# Reading


async def get_problem(session: AsyncSession, slug: str) -> Problem | None:
    return await session.scalar(sa.select(Problem).where(Problem.slug == slug))


async def get_problem_by_id(session: AsyncSession, problem_id: int) -> Problem | None:
    return await session.get(Problem, problem_id)


async def package_path_for_hash(session: AsyncSession, content_hash: str) -> str | None:
    query = sa.select(ProblemVersion.package_path).where(
        ProblemVersion.content_hash == content_hash
    )
    return await session.scalar(query.limit(1))


async def all_hashes(session: AsyncSession) -> dict[str, str]:
    """slug -> current content hash, to skip re-importing unchanged bundled problems."""
    rows = await session.execute(sa.select(Problem.slug, Problem.content_hash))
    return {slug: content_hash for slug, content_hash in rows.tuples()}


async def list_problems(
    session: AsyncSession, filters: ProblemFilter, user_id: int | None
) -> tuple[list[ProblemRow], int]:
    """One page of the catalogue and the total number of matches."""
    stats = _stats_subquery()
    mine = _user_subquery(user_id)
    query = (
        sa.select(Problem, stats.c.attempts, stats.c.accepted, stats.c.solvers, mine.c.solved)
        .outerjoin(stats, stats.c.problem_id == Problem.id)
        .outerjoin(mine, mine.c.problem_id == Problem.id)
    )
    query = _apply_filters(query, filters, mine)
    total = await session.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0
    page = query.order_by(Problem.id).offset(filters.offset).limit(filters.limit)
    rows = (await session.execute(page)).all()
    return [_problem_row(*row, signed_in=user_id is not None) for row in rows], total


async def problem_row(session: AsyncSession, slug: str, user_id: int | None) -> ProblemRow | None:
    stats = _stats_subquery()
    mine = _user_subquery(user_id)
    query = (
        sa.select(Problem, stats.c.attempts, stats.c.accepted, stats.c.solvers, mine.c.solved)
        .outerjoin(stats, stats.c.problem_id == Problem.id)
        .outerjoin(mine, mine.c.problem_id == Problem.id)
        .where(Problem.slug == slug)
    )
    row = (await session.execute(query)).first()
    return None if row is None else _problem_row(*row, signed_in=user_id is not None)


async def all_tags(session: AsyncSession, include_hidden: bool) -> list[tuple[str, int]]:
    query = (
        sa.select(ProblemTag.tag, sa.func.count())
        .join(Problem, Problem.id == ProblemTag.problem_id)
        .group_by(ProblemTag.tag)
        .order_by(ProblemTag.tag)
    )
    if not include_hidden:
        query = query.where(Problem.hidden.is_(False))
    return [(tag, count) for tag, count in (await session.execute(query)).tuples()]


def _stats_subquery() -> sa.Subquery:
    accepted = sa.case((Submission.verdict == Verdict.AC, 1), else_=0)
    solver = sa.case((Submission.verdict == Verdict.AC, Submission.user_id), else_=None)
    return (
        sa.select(
            Submission.problem_id,
            sa.func.count().label("attempts"),
            sa.func.sum(accepted).label("accepted"),
            sa.func.count(sa.distinct(solver)).label("solvers"),
        )
        .where(
            Submission.kind == SubmissionKind.SUBMIT,
            Submission.state == SubmissionState.FINISHED,
        )
        .group_by(Submission.problem_id)
        .subquery("stats")
    )


def _user_subquery(user_id: int | None) -> sa.Subquery:
    solved = sa.func.max(sa.case((Submission.verdict == Verdict.AC, 1), else_=0))
    return (
        sa.select(Submission.problem_id, solved.label("solved"))
        .where(Submission.kind == SubmissionKind.SUBMIT, Submission.user_id == (user_id or -1))
        .group_by(Submission.problem_id)
        .subquery("mine")
    )


def _apply_filters(
    query: sa.Select[Any], filters: ProblemFilter, mine: sa.Subquery
) -> sa.Select[Any]:
    if not filters.include_hidden:
        query = query.where(Problem.hidden.is_(False))
    if filters.search:
        needle = filters.search.lower()
        query = query.where(
            sa.or_(
                sa.func.lower(Problem.title).contains(needle, autoescape=True),
                Problem.slug.contains(needle, autoescape=True),
            )
        )
    if filters.difficulty:
        query = query.where(Problem.difficulty == filters.difficulty)
    if filters.tag:
        tagged = sa.select(ProblemTag.problem_id).where(ProblemTag.tag == filters.tag)
        query = query.where(Problem.id.in_(tagged))
    return _apply_status(query, filters.status, mine)


def _apply_status(
    query: sa.Select[Any], status: SolveStatus | None, mine: sa.Subquery
) -> sa.Select[Any]:
    if status is SolveStatus.SOLVED:
        return query.where(mine.c.solved == 1)
    if status is SolveStatus.ATTEMPTED:
        return query.where(mine.c.solved == 0)
    if status is SolveStatus.UNSOLVED:
        return query.where(sa.func.coalesce(mine.c.solved, 0) == 0)
    return query


def _problem_row(
    problem: Problem,
    attempts: int | None,
    accepted: int | None,
    solvers: int | None,
    solved: int | None,
    *,
    signed_in: bool,
) -> ProblemRow:
    status: SolveStatus | None = None
    if signed_in and solved is not None:
        status = SolveStatus.SOLVED if solved else SolveStatus.ATTEMPTED
    return ProblemRow(problem, int(attempts or 0), int(accepted or 0), int(solvers or 0), status)


# Writing


async def save_problem(session: AsyncSession, data: ProblemData) -> tuple[Problem, bool]:
    """Create the problem, or make `data` its next version. Returns (problem, changed)."""
    problem = await get_problem(session, data.slug)
    if problem is None:
        problem = Problem(slug=data.slug, version=1, hidden=False)
        session.add(problem)
    elif problem.content_hash == data.content_hash:
        return problem, False
    else:
        problem.version += 1
        problem.updated_at = utcnow()
    _copy_fields(problem, data)
    await session.flush()
    session.add(
        ProblemVersion(
            problem_id=problem.id,
            version=problem.version,
            content_hash=data.content_hash,
            package_path=data.package_path,
        )
    )
    return problem, True


def _copy_fields(problem: Problem, data: ProblemData) -> None:
    problem.title = data.title
    problem.difficulty = data.difficulty
    problem.content_hash = data.content_hash
    problem.package_path = data.package_path
    problem.time_limit_s = data.time_limit_s
    problem.memory_mib = data.memory_mib
    problem.is_interactive = data.is_interactive
    problem.is_scoring = data.is_scoring
    problem.test_count = data.test_count
    problem.statement_html = data.statement_html
    problem.samples = list(data.samples)
    problem.languages = list(data.languages)
    problem.code_kib = data.code_kib
    _set_tags(problem, set(data.tags))


def _set_tags(problem: Problem, tags: set[str]) -> None:
    keep = [row for row in problem.tag_rows if row.tag in tags]
    present = {row.tag for row in keep}
    problem.tag_rows = keep + [ProblemTag(tag=tag) for tag in sorted(tags - present)]


async def delete_problem(session: AsyncSession, problem: Problem) -> None:
    await session.delete(problem)
