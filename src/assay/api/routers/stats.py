"""Statistics: per problem, per user (profile), the leaderboard."""

from __future__ import annotations

import statistics
from datetime import date

from fastapi import APIRouter
from sqlalchemy.ext.asyncio import AsyncSession

from assay.api import presenters
from assay.api.deps import OptionalUser, PageDep, SessionDep
from assay.api.errors import ERROR_RESPONSES, NotFound
from assay.api.schemas.stats import (
    CalendarDay,
    DifficultyProgress,
    LeaderboardEntry,
    LeaderboardPage,
    ProblemStats,
    Progress,
    RuntimeBucket,
    RuntimeDistribution,
    TopicProgress,
    UserProfile,
    VerdictCount,
)
from assay.api.services.judging import visible_problem
from assay.db import problems as problem_queries
from assay.db import stats
from assay.db import submissions as submission_queries
from assay.db import users as user_queries
from assay.db.problems import DIFFICULTY_RANK
from assay.db.submissions import SubmissionFilter

router = APIRouter(prefix="/api", tags=["stats"], responses=ERROR_RESPONSES)

RUNTIME_BUCKETS = 10
RECENT_ACTIVITY = 10


@router.get("/problems/{slug}/stats", operation_id="getProblemStats")
async def problem_stats(slug: str, session: SessionDep, user: OptionalUser) -> ProblemStats:
    """Attempts, acceptance, verdicts, and accepted runtimes per language."""
    problem = await visible_problem(session, slug, user)
    numbers = await stats.problem_numbers(session, problem.id)
    return ProblemStats(
        problem=problem.slug,
        attempts=numbers.attempts,
        accepted=numbers.accepted,
        acceptance_rate=numbers.accepted / numbers.attempts if numbers.attempts else None,
        solvers=numbers.solvers,
        verdicts=[VerdictCount(verdict=v, count=n) for v, n in sorted(numbers.verdicts.items())],
        runtimes=[_distribution(lang, times) for lang, times in sorted(numbers.runtimes_s.items())],
    )


def _distribution(language: str, times_s: list[float]) -> RuntimeDistribution:
    top = max(times_s)
    width = top / RUNTIME_BUCKETS if top > 0 else 0.001
    counts = [0] * RUNTIME_BUCKETS
    for time_s in times_s:
        counts[min(int(time_s / width), RUNTIME_BUCKETS - 1)] += 1
    buckets = [
        RuntimeBucket(upper_s=round(width * (i + 1), 6), count=n) for i, n in enumerate(counts)
    ]
    return RuntimeDistribution(
        language=language, count=len(times_s), median_s=statistics.median(times_s), buckets=buckets
    )


@router.get("/users/{username}", operation_id="getUserProfile")
async def user_profile(username: str, session: SessionDep) -> UserProfile:
    """Solved problems by difficulty, a calendar of submissions, recent activity."""
    user = await user_queries.get_user_by_username(session, username)
    if user is None:
        raise NotFound(f"There is no user {username!r}.", code="user_not_found")
    numbers = await stats.user_numbers(session, user.id)
    recent, _ = await submission_queries.list_submissions(
        session, SubmissionFilter(user_id=user.id, limit=RECENT_ACTIVITY)
    )
    return UserProfile(
        user=presenters.user_public(user),
        solved=sum(numbers.solved_by_difficulty.values()),
        submissions=numbers.submissions,
        accepted=numbers.accepted,
        by_difficulty=_progress(numbers),
        calendar=_calendar(numbers.per_day),
        recent=[presenters.submission_public(row) for row in recent],
        progress=await _catalogue_progress(session, user.id, numbers),
    )


async def _catalogue_progress(
    session: AsyncSession, user_id: int, numbers: stats.UserNumbers
) -> Progress:
    """Solved against visible problems, by difficulty (easy, medium, hard always; any other
    level and "" for none when present) and by topic (the biggest first)."""
    present = set(numbers.total_by_difficulty) | set(numbers.solved_by_difficulty)
    levels = sorted(
        set(DIFFICULTY_RANK) | present,
        key=lambda level: (DIFFICULTY_RANK.get(level, len(DIFFICULTY_RANK)), level == "", level),
    )
    topics = await problem_queries.topic_counts(session, user_id, include_hidden=False)
    return Progress(
        by_difficulty=[
            DifficultyProgress(
                difficulty=level,
                solved=numbers.solved_by_difficulty.get(level, 0),
                total=numbers.total_by_difficulty.get(level, 0),
            )
            for level in levels
        ],
        by_topic=[TopicProgress(tag=t.tag, solved=t.solved, total=t.total) for t in topics],
    )


def _progress(numbers: stats.UserNumbers) -> list[DifficultyProgress]:
    levels = sorted(set(numbers.total_by_difficulty) | set(numbers.solved_by_difficulty))
    return [
        DifficultyProgress(
            difficulty=level,
            solved=numbers.solved_by_difficulty.get(level, 0),
            total=numbers.total_by_difficulty.get(level, 0),
        )
        for level in levels
    ]


def _calendar(per_day: dict[date, int]) -> list[CalendarDay]:
    return [CalendarDay(date=day, count=count) for day, count in sorted(per_day.items())]


@router.get("/leaderboard", operation_id="getLeaderboard")
async def leaderboard(session: SessionDep, paging: PageDep) -> LeaderboardPage:
    """Users by problems solved; ties go to whoever got there first."""
    rows, total = await stats.leaderboard(session, paging.offset, paging.per_page)
    items = [
        LeaderboardEntry(
            rank=paging.offset + index,
            username=row.username,
            solved=row.solved,
            last_solved_at=row.last_solved_at,
        )
        for index, row in enumerate(rows, start=1)
    ]
    return LeaderboardPage(items=items, total=total, page=paging.page, per_page=paging.per_page)
