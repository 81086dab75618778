"""Queries for the problem aggregate: the catalogue (filters, order, topics), versions, tags,
visibility."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
import sqlalchemy.orm
from sqlalchemy.ext.asyncio import AsyncSession

from assay.core import Verdict
from assay.db.base import utcnow
from assay.db.models import (
    ProblemKind,
    ProblemRow,
    ProblemStats,
    ProblemTag,
    ProblemVersion,
    Submission,
    SubmissionKind,
)


class SolveStatus(StrEnum):
    SOLVED = "solved"  # an accepted submission
    ATTEMPTED = "attempted"  # submissions, none accepted
    UNSOLVED = "unsolved"  # no accepted submission (includes attempted)


class ProblemOrder(StrEnum):
    """The catalogue's order. Every order ends with the default one: problems with a number by
    number, then those without in creation order."""

    NUMBER = "number"
    TITLE = "title"
    DIFFICULTY = "difficulty"  # easy < medium < hard; problems without one last
    ACCEPTANCE = "acceptance"  # accepted / attempts; problems never attempted last
    SUGGESTED = "suggested"  # a topic's reading order: difficulty, then number, then title


DIFFICULTY_RANK = {"easy": 0, "medium": 1, "hard": 2}
TAG_SEPARATOR = "\x1f"  # ASCII unit separator, a control character no tag is expected to hold
# What a catalogue entry shows (`presenters.problem_summary`); the rest is the detail's.
SUMMARY_COLUMNS = (
    ProblemRow.id,
    ProblemRow.slug,
    ProblemRow.number,
    ProblemRow.title,
    ProblemRow.kind,
    ProblemRow.difficulty,
    ProblemRow.hidden,
    ProblemRow.created_at,
)


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
    number: int | None = None  # the catalogue number, unique
    kind: ProblemKind = ProblemKind.CONTEST
    hints: tuple[str, ...] = ()  # Markdown
    editorial_html: str = ""  # sanitised HTML; empty: no editorial


@dataclass(frozen=True, slots=True)
class ProblemFilter:
    search: str | None = None
    difficulty: str | None = None
    tag: str | None = None
    status: SolveStatus | None = None
    kind: ProblemKind | None = None
    include_hidden: bool = False
    order: ProblemOrder = ProblemOrder.NUMBER
    descending: bool = False
    offset: int = 0
    limit: int | None = 50  # None: every match


@dataclass(frozen=True, slots=True)
class TopicCount:
    tag: str
    total: int  # problems with the tag
    solved: int  # of those, solved by the user (0 without one)


@dataclass(frozen=True, slots=True)
class ProblemWithStats:
    """A problem with its catalogue numbers and the viewer's status."""

    problem: ProblemRow
    attempts: int
    accepted: int
    solvers: int
    status: SolveStatus | None  # None: not signed in, or never submitted
    tags: tuple[str, ...] = ()  # sorted

    @property
    def acceptance_rate(self) -> float | None:
        return self.accepted / self.attempts if self.attempts else None


# Reading


async def get_problem(session: AsyncSession, slug: str) -> ProblemRow | None:
    return await session.scalar(sa.select(ProblemRow).where(ProblemRow.slug == slug))


async def get_problem_by_id(session: AsyncSession, problem_id: int) -> ProblemRow | None:
    return await session.get(ProblemRow, problem_id)


async def package_path_for_hash(session: AsyncSession, content_hash: str) -> str | None:
    query = sa.select(ProblemVersion.package_path).where(
        ProblemVersion.content_hash == content_hash
    )
    return await session.scalar(query.limit(1))


async def all_hashes(session: AsyncSession) -> dict[str, str]:
    """slug -> current content hash, to skip re-importing unchanged bundled problems."""
    rows = await session.execute(sa.select(ProblemRow.slug, ProblemRow.content_hash))
    return {slug: content_hash for slug, content_hash in rows}


async def list_problems(
    session: AsyncSession, filters: ProblemFilter, user_id: int | None
) -> tuple[list[ProblemWithStats], int]:
    """One page of the catalogue and the total number of matches, in one statement: the
    tags and the total ride along as columns (each statement costs about 1 ms of Python)."""
    mine = _user_subquery(user_id)
    # The list shows a summary: the statements and editorials (large HTML) stay on disk.
    summary = (
        sa.orm.load_only(*SUMMARY_COLUMNS, raiseload=True),
        sa.orm.raiseload(ProblemRow.tag_rows),
    )
    query = (
        _apply_filters(_with_stats(mine), filters, mine)
        .add_columns(_tag_list().label("tags"), sa.func.count().over().label("total"))
        .options(*summary)
    )
    page = query.order_by(*_ordering(filters)).offset(filters.offset).limit(filters.limit)
    rows = (await session.execute(page)).all()
    signed_in = user_id is not None
    items = [
        _problem_row(*row[:5], tags=_split_tags(row.tags), signed_in=signed_in) for row in rows
    ]
    if rows:
        return items, int(rows[0].total)
    # A page past the end has no row to carry the total.
    counting = sa.select(sa.func.count(ProblemRow.id)).outerjoin(
        mine, mine.c.problem_id == ProblemRow.id
    )
    return items, await session.scalar(_apply_filters(counting, filters, mine)) or 0


def _tag_list() -> sa.ScalarSelect[Any]:
    """A problem's tags as one string (`TAG_SEPARATOR` between them), for the list."""
    tags = sa.func.aggregate_strings(ProblemTag.tag, TAG_SEPARATOR)
    return sa.select(tags).where(ProblemTag.problem_id == ProblemRow.id).scalar_subquery()


def _split_tags(joined: str | None) -> tuple[str, ...]:
    return tuple(sorted(joined.split(TAG_SEPARATOR))) if joined else ()


async def random_slug(
    session: AsyncSession, filters: ProblemFilter, user_id: int | None
) -> str | None:
    """The slug of a random problem matching the filters (order and paging ignored)."""
    mine = _user_subquery(user_id)
    query = sa.select(ProblemRow.slug).outerjoin(mine, mine.c.problem_id == ProblemRow.id)
    query = _apply_filters(query, filters, mine)
    return await session.scalar(query.order_by(sa.func.random()).limit(1))


async def topic_counts(
    session: AsyncSession, user_id: int | None, include_hidden: bool
) -> list[TopicCount]:
    """Every tag with its number of problems and of those the user solved; the biggest first."""
    mine = _user_subquery(user_id)
    total = sa.func.count().label("total")
    solved = sa.func.sum(sa.case((mine.c.solved == 1, 1), else_=0)).label("solved")
    query = (
        sa.select(ProblemTag.tag, total, solved)
        .join(ProblemRow, ProblemRow.id == ProblemTag.problem_id)
        .outerjoin(mine, mine.c.problem_id == ProblemRow.id)
        .group_by(ProblemTag.tag)
        .order_by(total.desc(), ProblemTag.tag)
    )
    if not include_hidden:
        query = query.where(ProblemRow.hidden.is_(False))
    rows = await session.execute(query)
    return [TopicCount(tag, int(n), int(s or 0)) for tag, n, s in rows]


async def has_accepted(session: AsyncSession, user_id: int, problem_id: int) -> bool:
    """Whether the user has an accepted submission on the problem."""
    query = sa.select(Submission.id).where(
        Submission.kind == SubmissionKind.SUBMIT,
        Submission.user_id == user_id,
        Submission.problem_id == problem_id,
        Submission.verdict == Verdict.AC,
    )
    return await session.scalar(query.limit(1)) is not None


async def slug_with_number(session: AsyncSession, number: int) -> str | None:
    return await session.scalar(sa.select(ProblemRow.slug).where(ProblemRow.number == number))


async def problem_row(
    session: AsyncSession, slug: str, user_id: int | None
) -> ProblemWithStats | None:
    query = _with_stats(_user_subquery(user_id)).where(ProblemRow.slug == slug)
    row = (await session.execute(query)).first()
    if row is None:
        return None
    return _problem_row(*row, tags=tuple(row[0].tags), signed_in=user_id is not None)


async def all_tags(session: AsyncSession, include_hidden: bool) -> list[tuple[str, int]]:
    query = (
        sa.select(ProblemTag.tag, sa.func.count())
        .join(ProblemRow, ProblemRow.id == ProblemTag.problem_id)
        .group_by(ProblemTag.tag)
        .order_by(ProblemTag.tag)
    )
    if not include_hidden:
        query = query.where(ProblemRow.hidden.is_(False))
    return [(tag, count) for tag, count in (await session.execute(query))]


def _with_stats(mine: sa.Subquery) -> sa.Select[Any]:
    """Problems with their counters (`problem_stats`) and the viewer's `solved` flag."""
    return (
        sa.select(
            ProblemRow,
            ProblemStats.attempts,
            ProblemStats.accepted,
            ProblemStats.solvers,
            mine.c.solved,
        )
        .outerjoin(ProblemStats, ProblemStats.problem_id == ProblemRow.id)
        .outerjoin(mine, mine.c.problem_id == ProblemRow.id)
    )


def _user_subquery(user_id: int | None) -> sa.Subquery:
    """The viewer's own submissions only (index `ix_submissions_user_problem`)."""
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
        query = query.where(ProblemRow.hidden.is_(False))
    if filters.search:
        needle = filters.search.lower()
        query = query.where(
            sa.or_(
                sa.func.lower(ProblemRow.title).contains(needle, autoescape=True),
                ProblemRow.slug.contains(needle, autoescape=True),
            )
        )
    if filters.difficulty:
        query = query.where(ProblemRow.difficulty == filters.difficulty)
    if filters.kind is not None:
        query = query.where(ProblemRow.kind == filters.kind)
    if filters.tag:
        tagged = sa.select(ProblemTag.problem_id).where(ProblemTag.tag == filters.tag)
        query = query.where(ProblemRow.id.in_(tagged))
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


def _ordering(filters: ProblemFilter) -> list[sa.ColumnElement[Any]]:
    """ORDER BY terms; a missing value (no number, difficulty or attempt) sorts last both ways."""
    rank = sa.case(DIFFICULTY_RANK, value=ProblemRow.difficulty, else_=None)
    rate = sa.cast(ProblemStats.accepted, sa.Float) / sa.func.nullif(ProblemStats.attempts, 0)
    number = ProblemRow.number.expression
    keys: dict[ProblemOrder, list[sa.ColumnElement[Any]]] = {
        ProblemOrder.NUMBER: [number],
        ProblemOrder.TITLE: [sa.func.lower(ProblemRow.title)],
        ProblemOrder.DIFFICULTY: [rank],
        ProblemOrder.ACCEPTANCE: [rate],
        ProblemOrder.SUGGESTED: [rank, number, sa.func.lower(ProblemRow.title)],
    }
    terms: list[sa.ColumnElement[Any]] = []
    for key in keys[filters.order]:
        terms += [_missing_last(key), key.desc() if filters.descending else key.asc()]
    return [*terms, _missing_last(number), number.asc(), ProblemRow.id.asc()]


def _missing_last(key: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    return sa.case((key.is_(None), 1), else_=0)


def _problem_row(
    problem: ProblemRow,
    attempts: int | None,
    accepted: int | None,
    solvers: int | None,
    solved: int | None,
    *,
    tags: tuple[str, ...],
    signed_in: bool,
) -> ProblemWithStats:
    status: SolveStatus | None = None
    if signed_in and solved is not None:
        status = SolveStatus.SOLVED if solved else SolveStatus.ATTEMPTED
    return ProblemWithStats(
        problem, int(attempts or 0), int(accepted or 0), int(solvers or 0), status, tags
    )


# Writing


async def save_problem(session: AsyncSession, data: ProblemData) -> tuple[ProblemRow, bool]:
    """Create the problem, or make `data` its next version. Returns (problem, changed)."""
    problem = await get_problem(session, data.slug)
    if problem is None:
        problem = ProblemRow(slug=data.slug, version=1, hidden=False)
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


def _copy_fields(problem: ProblemRow, data: ProblemData) -> None:
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
    problem.number = data.number
    problem.kind = data.kind
    problem.hints = list(data.hints)
    problem.editorial_html = data.editorial_html
    _set_tags(problem, set(data.tags))


def _set_tags(problem: ProblemRow, tags: set[str]) -> None:
    keep = [row for row in problem.tag_rows if row.tag in tags]
    present = {row.tag for row in keep}
    problem.tag_rows = keep + [ProblemTag(tag=tag) for tag in sorted(tags - present)]


async def delete_problem(session: AsyncSession, problem: ProblemRow) -> None:
    await session.delete(problem)
