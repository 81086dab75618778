"""The worker's database adapter against the real models (SQLite)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from assay.core import JudgeResult, SubmissionState, Verdict
from assay.db.base import Base
from assay.db.engine import Database
from assay.db.models import ProblemRow, Submission, SubmissionKind, User
from assay.queue.client import JobKind, Priority
from assay.worker.store import DbSubmissionStore


@pytest.fixture
async def database(tmp_path: Path) -> AsyncIterator[Database]:
    database = Database.from_url(f"sqlite+aiosqlite:///{tmp_path / 'test.db'}")
    async with database.engine.begin() as connection:
        await connection.run_sync(Base.metadata.create_all)
    yield database
    await database.dispose()


async def add_rows(database: Database) -> tuple[int, int]:
    async with database.sessions() as session:
        user = User(username="ann", username_key="ann", email=None, password_hash=None)
        problem = ProblemRow(
            slug="sum", title="Sum", content_hash="h" * 64, package_path="pkg", memory_mib=256
        )
        session.add_all([user, problem])
        await session.flush()
        common = {"user_id": user.id, "problem_id": problem.id, "problem_version": 1}
        submit = Submission(
            kind=SubmissionKind.SUBMIT,
            language="python3",
            source="print(3)",
            state=SubmissionState.QUEUED,
            **common,
        )
        run = Submission(
            kind=SubmissionKind.RUN,
            language="python3",
            source="print(input())",
            custom_input="42\n",
            state=SubmissionState.QUEUED,
            **common,
        )
        session.add_all([submit, run])
        await session.commit()
        return submit.id, run.id


async def test_the_store_drives_a_submission_to_one_final_result(database: Database) -> None:
    submit_id, run_id = await add_rows(database)
    store = DbSubmissionStore(database.sessions)
    jobs = {job.submission_id: job for job in await store.pending_jobs()}
    assert set(jobs) == {str(submit_id), str(run_id)}
    job = jobs[str(submit_id)]
    assert job.kind is JobKind.SUBMIT and job.problem_id == "sum"
    assert job.problem_hash == "h" * 64 and job.priority is Priority.INTERACTIVE

    assert await store.start_judging(job)
    work = await store.load_work(job)
    assert work is not None and work.source.text == "print(3)"
    assert not work.options.samples_only
    assert await store.record_result(job, JudgeResult(verdict=Verdict.WA))
    assert not await store.record_result(job, JudgeResult(verdict=Verdict.AC))  # a duplicate
    assert not await store.start_judging(job)  # finished: a redelivery is skipped
    assert [j.submission_id for j in await store.pending_jobs()] == [str(run_id)]


async def test_a_run_is_judged_on_the_samples_and_its_input(database: Database) -> None:
    _, run_id = await add_rows(database)
    store = DbSubmissionStore(database.sessions)
    [job] = [j for j in await store.pending_jobs() if j.submission_id == str(run_id)]
    work = await store.load_work(job)
    assert work is not None
    assert work.options.samples_only and work.options.custom_input == b"42\n"
