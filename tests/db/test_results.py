"""The worker's side of the database: start, record exactly once, recover after a restart."""

from __future__ import annotations

import asyncio

import sqlalchemy as sa
from db_support import add_queued_submission, add_user_and_problem

from assay.core import JudgeResult, SubmissionState, TestResult, Verdict
from assay.db import results
from assay.db.engine import Database
from assay.db.models import AcceptedVersion, Submission, SubmissionKind, SubmissionTest

AC = JudgeResult(
    verdict=Verdict.AC,
    max_cpu_time_s=0.5,
    max_memory_kib=2048,
    tests=(
        TestResult(name="sample/1", verdict=Verdict.AC, is_sample=True, actual_output="3\n"),
        TestResult(name="secret/1", verdict=Verdict.AC, cpu_time_s=0.5),
    ),
)


async def add_submission(
    database: Database, kind: SubmissionKind = SubmissionKind.SUBMIT, source: str = "print(3)"
) -> int:
    user_id, problem_id = await add_user_and_problem(database)
    return await add_queued_submission(database, user_id, problem_id, kind, source)


async def fetch(database: Database, sid: int) -> tuple[Submission, list[SubmissionTest]]:
    async with database.sessions() as session:
        row = await session.get(Submission, sid)
        assert row is not None
        tests = list(await session.scalars(sa.select(SubmissionTest).filter_by(submission_id=sid)))
        return row, tests


async def history_size(database: Database) -> int:
    async with database.sessions() as session:
        return (await session.scalar(sa.select(sa.func.count()).select_from(AcceptedVersion))) or 0


async def test_a_result_is_recorded_once(database: Database) -> None:
    sid = await add_submission(database)
    async with database.sessions() as session:
        assert await results.start_judging(session, str(sid), 1)
        assert await results.start_judging(session, str(sid), 1)  # a redelivery may start again
        assert await results.record_result(session, str(sid), 1, AC)
        assert not await results.record_result(session, str(sid), 1, AC)
        assert not await results.record_result(session, sid, 1, JudgeResult(verdict=Verdict.WA))
        assert not await results.start_judging(session, str(sid), 1)
    row, tests = await fetch(database, sid)
    assert (row.state, row.verdict, row.judged_attempt, row.max_memory_kib) == (
        SubmissionState.FINISHED,
        Verdict.AC,
        1,
        2048,
    )
    assert [t.position for t in tests] == [1, 2]
    assert await history_size(database) == 1


async def test_a_stale_attempt_changes_nothing(database: Database) -> None:
    sid = await add_submission(database)
    async with database.sessions() as session:
        row = await session.get(Submission, sid)
        assert row is not None
        row.attempt = 2
        await session.commit()
        assert not await results.start_judging(session, str(sid), 1)
        assert not await results.record_result(session, str(sid), 1, AC)
        assert await results.record_result(session, str(sid), 2, AC)
    row, _ = await fetch(database, sid)
    assert row.judged_attempt == 2


async def test_unknown_or_malformed_ids_are_no_ops(database: Database) -> None:
    async with database.sessions() as session:
        for sid in ("999", "abc", "", "-1"):
            assert not await results.start_judging(session, sid, 1)
            assert not await results.record_result(session, sid, 1, AC)
            assert await results.load_work(session, sid) is None


async def test_concurrent_records_write_exactly_once(database: Database) -> None:
    sid = await add_submission(database)

    async def record(verdict: Verdict) -> bool:
        async with database.sessions() as session:
            return await results.record_result(session, str(sid), 1, JudgeResult(verdict=verdict))

    outcomes = await asyncio.gather(*(record(v) for v in [Verdict.AC, Verdict.WA] * 4))
    assert sum(outcomes) == 1
    row, _ = await fetch(database, sid)
    assert row.verdict in (Verdict.AC, Verdict.WA)


async def test_unstorable_text_is_cleaned(database: Database) -> None:
    sid = await add_submission(database)
    noisy = JudgeResult(
        verdict=Verdict.WA,
        compile_output="warning\x00" + "x" * 100_000,
        tests=(
            TestResult(
                name="sample/1",
                verdict=Verdict.WA,
                is_sample=True,
                actual_output="\udcff bad bytes \x00",
            ),
        ),
    )
    async with database.sessions() as session:
        assert await results.record_result(session, str(sid), 1, noisy)
    row, tests = await fetch(database, sid)
    assert "\x00" not in row.compile_output and row.compile_output.endswith("(truncated)")
    assert len(row.compile_output) < 70_000
    assert tests[0].actual_output is not None and "\x00" not in tests[0].actual_output


async def test_runs_never_enter_history(database: Database) -> None:
    sid = await add_submission(database, kind=SubmissionKind.RUN)
    async with database.sessions() as session:
        assert await results.record_result(session, str(sid), 1, AC)
    assert await history_size(database) == 0


async def test_unfinished_submissions_and_work_items(database: Database) -> None:
    done = await add_submission(database)
    async with database.sessions() as session:
        await results.record_result(session, str(done), 1, AC)
    user_id, problem_id = await add_user_and_problem(database, "bo")
    async with database.sessions() as session:
        for kind, state in [
            (SubmissionKind.SUBMIT, SubmissionState.QUEUED),
            (SubmissionKind.RUN, SubmissionState.JUDGING),
        ]:
            session.add(
                Submission(
                    kind=kind,
                    user_id=user_id,
                    problem_id=problem_id,
                    problem_version=1,
                    language="cpp",
                    source="int main(){}",
                    custom_input="1\n" if kind is SubmissionKind.RUN else None,
                    state=state,
                )
            )
        await session.commit()
        pending = await results.unfinished_submissions(session)
        assert [(p.kind, p.problem_slug, p.attempt) for p in pending] == [
            (SubmissionKind.SUBMIT, "p-bo", 1),
            (SubmissionKind.RUN, "p-bo", 1),
        ]
        work = await results.load_work(session, pending[1].submission_id)
        assert work is not None
        assert (work.kind, work.custom_input, work.package_path, work.problem_hash) == (
            SubmissionKind.RUN,
            "1\n",
            "/pkg",
            "h" * 64,
        )


async def test_concurrent_accepts_of_one_user_each_get_a_version(database: Database) -> None:
    user_id, problem_id = await add_user_and_problem(database, "cc")
    async with database.sessions() as session:
        rows = [
            Submission(
                kind=SubmissionKind.SUBMIT,
                user_id=user_id,
                problem_id=problem_id,
                problem_version=1,
                language="python3",
                source=f"print({n})\n",
                state=SubmissionState.QUEUED,
            )
            for n in range(4)
        ]
        session.add_all(rows)
        await session.commit()
        ids = [row.id for row in rows]

    async def record(sid: int) -> bool:
        async with database.sessions() as session:
            return await results.record_result(session, str(sid), 1, AC)

    assert all(await asyncio.gather(*(record(sid) for sid in ids)))
    async with database.sessions() as session:
        versions = list(
            await session.scalars(
                sa.select(AcceptedVersion.version).order_by(AcceptedVersion.version)
            )
        )
    assert versions == [1, 2, 3, 4]
