"""Statistics: per problem, per user (profile and calendar), the leaderboard."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel

from assay.api.schemas.common import Paged
from assay.api.schemas.submissions import SubmissionPublic
from assay.api.schemas.users import UserPublic
from assay.core import Verdict


class VerdictCount(BaseModel):
    verdict: Verdict
    count: int


class RuntimeBucket(BaseModel):
    upper_s: float  # runtimes up to this many seconds (above the previous bucket's bound)
    count: int


class RuntimeDistribution(BaseModel):
    language: str
    count: int
    median_s: float
    buckets: list[RuntimeBucket]


class ProblemStats(BaseModel):
    problem: str
    attempts: int
    accepted: int
    acceptance_rate: float | None
    solvers: int
    verdicts: list[VerdictCount]
    runtimes: list[RuntimeDistribution]  # accepted submissions' max CPU time per language


class DifficultyProgress(BaseModel):
    difficulty: str  # "" for problems without one
    solved: int
    total: int


class TopicProgress(BaseModel):
    tag: str
    solved: int
    total: int


class Progress(BaseModel):
    """Solved against visible problems: by difficulty (easy, medium, hard, then any other; ""
    for problems without one) and by topic (the biggest first)."""

    by_difficulty: list[DifficultyProgress]
    by_topic: list[TopicProgress]


class CalendarDay(BaseModel):
    date: dt.date  # UTC
    count: int


class UserProfile(BaseModel):
    user: UserPublic
    solved: int
    submissions: int
    accepted: int
    by_difficulty: list[DifficultyProgress]
    calendar: list[CalendarDay]  # days with submissions in the last year
    recent: list[SubmissionPublic]
    progress: Progress


class LeaderboardEntry(BaseModel):
    rank: int
    username: str
    solved: int
    last_solved_at: dt.datetime | None


class LeaderboardPage(Paged):
    items: list[LeaderboardEntry]
