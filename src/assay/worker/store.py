"""The worker's database access: `assay.db.results` behind the worker's `SubmissionStore`."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from assay.core import JudgeResult
from assay.db import results
from assay.db.models import SubmissionKind
from assay.judge.types import JudgeOptions, Source
from assay.queue.client import Job, JobKind, Priority
from assay.worker.worker import WorkItem

Sessions = async_sessionmaker[AsyncSession]


class DbSubmissionStore:
    """Each call is its own unit of work (the `results` functions commit)."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    async def start_judging(self, job: Job) -> bool:
        async with self._sessions() as session:
            return await results.start_judging(session, job.submission_id, job.attempt)

    async def load_work(self, job: Job) -> WorkItem | None:
        async with self._sessions() as session:
            row = await results.load_work(session, job.submission_id)
        return None if row is None else work_item(row)

    async def record_result(self, job: Job, result: JudgeResult) -> bool:
        async with self._sessions() as session:
            return await results.record_result(session, job.submission_id, job.attempt, result)

    async def pending_jobs(self) -> list[Job]:
        """A job for every submission still queued or judging (after a restart)."""
        async with self._sessions() as session:
            rows = await results.unfinished_submissions(session)
        return [pending_job(row) for row in rows]


def work_item(row: results.StoredWork) -> WorkItem:
    source = Source(text=row.source, language_id=row.language)
    if row.kind is not SubmissionKind.RUN:
        return WorkItem(source=source)
    custom = None if row.custom_input is None else row.custom_input.encode()
    return WorkItem(source=source, options=JudgeOptions(samples_only=True, custom_input=custom))


def pending_job(row: results.PendingJudging) -> Job:
    kind = JobKind(row.kind.value)
    fresh = kind is JobKind.RUN or row.attempt == 1
    return Job(
        kind=kind,
        submission_id=row.submission_id,
        problem_id=row.problem_slug,
        problem_hash=row.problem_hash,
        attempt=row.attempt,
        priority=Priority.INTERACTIVE if fresh else Priority.BULK,
        user_id=row.user_id,
    )
