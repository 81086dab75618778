"""The catalogue's counters: kept as results are recorded, they equal the aggregate over the
submissions that the list used to compute, through runs, redeliveries, stale attempts,
rejudges and deletions; the rebuild command and the migration give the same numbers."""

from __future__ import annotations

import asyncio
from pathlib import Path

import sqlalchemy as sa
from db_support import add_queued_submission
from typer.testing import CliRunner

from assay.cli import app as cli_app
from assay.core import JudgeResult, Verdict
from assay.db import problem_stats, results
from assay.db import problems as problem_queries
from assay.db import submissions as submission_queries
from assay.db.engine import Database
from assay.db.migrate import upgrade
from assay.db.models import (
    ProblemRow,
    ProblemSolver,
    ProblemStats,
    Submission,
    SubmissionKind,
    User,
)
from assay.db.problems import ProblemFilter

Numbers = dict[int, tuple[int, int, int]]  # problem id -> (attempts, accepted, solvers)

# The list's statistics before the counters: a GROUP BY over every finished submission.
AGGREGATE = """
SELECT problem_id, count(*),
       sum(CASE WHEN verdict = 'AC' THEN 1 ELSE 0 END),
       count(DISTINCT CASE WHEN verdict = 'AC' THEN user_id END)
FROM submissions WHERE kind = 'submit' AND state = 'finished' GROUP BY problem_id
"""


async def aggregate(database: Database) -> Numbers:
    async with database.engine.connect() as connection:
        rows = (await connection.execute(sa.text(AGGREGATE))).tuples()
        return {pid: (int(a), int(ac), int(s)) for pid, a, ac, s in rows}


async def counters(database: Database) -> Numbers:
    """The kept counters; a problem counted down to nothing reads as no row at all."""
    async with database.sessions() as session:
        rows = (await session.execute(sa.select(ProblemStats))).scalars()
        numbers = {r.problem_id: (r.attempts, r.accepted, r.solvers) for r in rows}
    return {pid: n for pid, n in numbers.items() if n != (0, 0, 0)}


async def add_users(database: Database, *names: str) -> list[int]:
    async with database.sessions() as session:
        users = [User(username=n, username_key=n, email=None, password_hash=None) for n in names]
        session.add_all(users)
        await session.commit()
        return [user.id for user in users]


async def add_problems(database: Database, *slugs: str) -> list[int]:
    async with database.sessions() as session:
        problems = [
            ProblemRow(slug=s, title=s, content_hash="h" * 64, package_path="/p", memory_mib=64)
            for s in slugs
        ]
        session.add_all(problems)
        await session.commit()
        return [problem.id for problem in problems]


async def submit(
    database: Database, user_id: int, problem_id: int, kind: SubmissionKind = SubmissionKind.SUBMIT
) -> int:
    return await add_queued_submission(database, user_id, problem_id, kind)


async def record(database: Database, sid: int, verdict: Verdict, attempt: int = 1) -> bool:
    async with database.sessions() as session:
        return await results.record_result(session, sid, attempt, JudgeResult(verdict=verdict))


async def judged(
    database: Database,
    user_id: int,
    problem_id: int,
    verdict: Verdict,
    kind: SubmissionKind = SubmissionKind.SUBMIT,
) -> int:
    sid = await submit(database, user_id, problem_id, kind)
    assert await record(database, sid, verdict)
    return sid


async def rejudge(database: Database, sid: int) -> int:
    """Reset for a rejudge as the admin route does; the new attempt."""
    async with database.sessions() as session:
        row = await session.get(Submission, sid)
        assert row is not None
        await submission_queries.reset_for_rejudge(session, row)
        await session.commit()
        return row.attempt


async def test_counters_follow_results_runs_and_rejudges(database: Database) -> None:
    ann, bob, cid = await add_users(database, "ann", "bob", "cid")
    one, two = await add_problems(database, "one", "two")
    first_ac = await judged(database, ann, one, Verdict.AC)
    await judged(database, ann, one, Verdict.AC)  # a second AC: same solver
    await judged(database, bob, one, Verdict.WA)
    bob_ac = await judged(database, bob, one, Verdict.AC)
    await judged(database, cid, one, Verdict.TLE)
    await judged(database, cid, one, Verdict.AC, SubmissionKind.RUN)  # runs never count
    await judged(database, cid, two, Verdict.CE)
    await submit(database, cid, two)  # still queued: not counted
    assert not await record(database, first_ac, Verdict.WA)  # a redelivery changes nothing
    assert await counters(database) == await aggregate(database) == {one: (5, 3, 2), two: (1, 0, 0)}

    attempt = await rejudge(database, bob_ac)  # bob's only AC: he stops being a solver
    assert await counters(database) == await aggregate(database) == {one: (4, 2, 1), two: (1, 0, 0)}
    assert not await record(database, bob_ac, Verdict.AC, attempt - 1)  # the stale attempt
    assert await record(database, bob_ac, Verdict.WA, attempt)
    attempt = await rejudge(database, first_ac)  # ann keeps her other AC
    assert await record(database, first_ac, Verdict.RE, attempt)
    assert await counters(database) == await aggregate(database) == {one: (5, 1, 1), two: (1, 0, 0)}


async def test_a_rejudge_before_the_result_counts_once(database: Database) -> None:
    (ann,) = await add_users(database, "ann")
    (one,) = await add_problems(database, "one")
    sid = await submit(database, ann, one)
    attempt = await rejudge(database, sid)  # queued, never counted: nothing to take back
    attempt = await rejudge(database, sid)
    assert await record(database, sid, Verdict.AC, attempt)
    assert await counters(database) == await aggregate(database) == {one: (1, 1, 1)}


async def test_concurrent_results_count_each_once(database: Database) -> None:
    users = await add_users(database, "ann", "bob")
    (one,) = await add_problems(database, "one")
    sids = [await submit(database, users[i % 2], one) for i in range(8)]
    verdicts = [Verdict.AC, Verdict.WA] * 4
    await asyncio.gather(*(record(database, sid, v) for sid, v in zip(sids, verdicts, strict=True)))
    await asyncio.gather(*(record(database, sid, Verdict.AC) for sid in sids))  # redeliveries
    assert await counters(database) == await aggregate(database) == {one: (8, 4, 1)}


async def test_deleting_a_problem_deletes_its_counters(database: Database) -> None:
    (ann,) = await add_users(database, "ann")
    one, two = await add_problems(database, "one", "two")
    await judged(database, ann, one, Verdict.AC)
    await judged(database, ann, two, Verdict.AC)
    async with database.sessions() as session:
        problem = await session.get(ProblemRow, one)
        assert problem is not None
        await problem_queries.delete_problem(session, problem)
        await session.commit()
        solvers = (await session.execute(sa.select(ProblemSolver.problem_id))).scalars().all()
    assert await counters(database) == await aggregate(database) == {two: (1, 1, 1)}
    assert solvers == [two]


async def test_the_list_and_the_detail_read_the_counters(database: Database) -> None:
    ann, bob = await add_users(database, "ann", "bob")
    (one,) = await add_problems(database, "one")
    await add_problems(database, "two")
    await judged(database, ann, one, Verdict.AC)
    await judged(database, bob, one, Verdict.WA)
    async with database.sessions() as session:
        rows, total = await problem_queries.list_problems(session, ProblemFilter(), ann)
        detail = await problem_queries.problem_row(session, "one", bob)
    numbers = {r.problem.slug: (r.attempts, r.accepted, r.solvers, r.status) for r in rows}
    assert total == 2
    assert numbers == {"one": (2, 1, 1, "solved"), "two": (0, 0, 0, None)}
    assert detail is not None and (detail.acceptance_rate, detail.status) == (0.5, "attempted")


async def test_rebuild_recomputes_what_the_aggregate_says(database: Database) -> None:
    ann, bob = await add_users(database, "ann", "bob")
    one, two = await add_problems(database, "one", "two")
    await judged(database, ann, one, Verdict.AC)
    await judged(database, bob, one, Verdict.AC)
    await judged(database, bob, two, Verdict.WA)
    expected = await aggregate(database)
    async with database.sessions() as session:  # counters gone wrong, e.g. rows edited by hand
        await session.execute(sa.update(ProblemStats).values(attempts=99, solvers=7))
        await session.execute(sa.delete(ProblemSolver))
        assert await problem_stats.rebuild(session) == 2
        await session.commit()
    assert await counters(database) == expected == {one: (2, 2, 2), two: (1, 0, 0)}
    await judged(database, ann, one, Verdict.AC)  # the rebuilt solvers keep counting right
    assert await counters(database) == await aggregate(database) == {one: (3, 3, 2), two: (1, 0, 0)}


async def test_the_rebuild_command(tmp_path: Path, database_url: str, database: Database) -> None:
    (ann,) = await add_users(database, "ann")
    (one,) = await add_problems(database, "one")
    await judged(database, ann, one, Verdict.AC)
    async with database.sessions() as session:
        await session.execute(sa.delete(ProblemStats))
        await session.commit()
    env = {
        "ASSAY_DATABASE_URL": database_url,
        "ASSAY_DATA_DIR": str(tmp_path / "var"),
        "ASSAY_SECRET_KEY": "x",
    }
    command = ["admin", "rebuild-stats"]
    outcome = await asyncio.to_thread(CliRunner().invoke, cli_app, command, env=env)
    assert outcome.exit_code == 0, outcome.output
    assert "1 problem(s)" in outcome.output
    assert await counters(database) == await aggregate(database) == {one: (1, 1, 1)}


async def test_the_migration_fills_the_counters(tmp_path: Path) -> None:
    database = Database.from_url(f"sqlite+aiosqlite:///{tmp_path / 'old.db'}")
    try:
        await upgrade(database.engine, "0004")  # a database from before the counters
        ann, bob = await add_users(database, "ann", "bob")
        one, two = await add_problems(database, "one", "two")
        for user, problem, verdict in [(ann, one, "AC"), (ann, one, "AC"), (bob, one, "WA")]:
            await insert_finished(database, user, problem, verdict)
        await insert_finished(database, bob, two, "AC", kind="run")
        await upgrade(database.engine)
        assert await counters(database) == await aggregate(database) == {one: (3, 2, 1)}
        await judged(database, bob, one, Verdict.AC)
        await judged(database, ann, one, Verdict.AC)
        assert await counters(database) == await aggregate(database) == {one: (5, 4, 2)}
    finally:
        await database.dispose()


async def insert_finished(
    database: Database, user_id: int, problem_id: int, verdict: str, kind: str = "submit"
) -> None:
    """A judged row as revision 0004 stored it (plain SQL: the models are the newest schema)."""
    async with database.engine.begin() as connection:
        await connection.execute(
            sa.text(
                "INSERT INTO submissions (kind, user_id, problem_id, problem_version, language,"
                " source, state, attempt, verdict, compile_output, message, created_at)"
                " VALUES (:kind, :user, :problem, 1, 'python3', '', 'finished', 1, :verdict,"
                " '', '', CURRENT_TIMESTAMP)"
            ),
            {"kind": kind, "user": user_id, "problem": problem_id, "verdict": verdict},
        )


async def test_the_viewers_status_reads_only_their_rows_by_index(tmp_path: Path) -> None:
    database = Database.from_url(f"sqlite+aiosqlite:///{tmp_path / 'plan.db'}")
    statements: list[tuple[str, object]] = []

    def note(_conn: object, _cursor: object, statement: str, params: object, *_: object) -> None:
        statements.append((statement, params))

    try:
        await upgrade(database.engine)
        (ann,) = await add_users(database, "ann")
        (one,) = await add_problems(database, "one")
        await judged(database, ann, one, Verdict.AC)
        sa.event.listen(database.engine.sync_engine, "before_cursor_execute", note)
        async with database.sessions() as session:
            await problem_queries.list_problems(session, ProblemFilter(), ann)
        page, params = next((s, p) for s, p in statements if "LIMIT" in s)
        async with database.engine.connect() as connection:
            plan = await connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {page}", params)  # type: ignore[arg-type]
            details = " | ".join(str(row[-1]) for row in plan)
    finally:
        await database.dispose()
    assert "ix_submissions_user_problem" in details, details
    assert "SCAN submissions" not in details, details
