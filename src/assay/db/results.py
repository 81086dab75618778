"""What a worker needs from the database: the job's inputs, and writing the result exactly once.

Each function here is its own unit of work and commits. Results are idempotent by
(submission id, attempt): a rejudge bumps the attempt, so a late result of an older attempt,
or a second delivery of the same job, changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from assay.core import JudgeResult, SubmissionState, TestResult, Verdict
from assay.db.base import utcnow
from assay.db.history import append_accepted
from assay.db.models import ProblemRow, Submission, SubmissionKind, SubmissionTest
from assay.db.problem_stats import CountedResult, count_result

TEXT_LIMIT_CHARS = 64 * 1024  # longest compile output / sample output kept in a row


@dataclass(frozen=True, slots=True)
class StoredWork:
    """Everything the judge needs for one submission or run."""

    submission_id: int
    kind: SubmissionKind
    attempt: int
    language: str
    source: str
    custom_input: str | None
    problem_slug: str
    problem_hash: str  # the problem's current package
    package_path: str


@dataclass(frozen=True, slots=True)
class PendingJudging:
    """A submission still queued or judging, to enqueue again after a restart."""

    submission_id: str
    kind: SubmissionKind
    problem_slug: str
    problem_hash: str
    attempt: int
    user_id: str | None = None  # the author, for the fair queue


def parse_submission_id(submission_id: str | int) -> int | None:
    if isinstance(submission_id, int):
        return submission_id
    return int(submission_id) if submission_id.isdigit() else None


async def load_work(session: AsyncSession, submission_id: str | int) -> StoredWork | None:
    """The inputs of a job, or None if the submission (or its problem) is gone."""
    sid = parse_submission_id(submission_id)
    if sid is None:
        return None
    query = sa.select(Submission, ProblemRow).join(ProblemRow).where(Submission.id == sid)
    row = (await session.execute(query)).first()
    if row is None:
        return None
    sub, problem = row
    return StoredWork(
        submission_id=sub.id,
        kind=sub.kind,
        attempt=sub.attempt,
        language=sub.language,
        source=sub.source,
        custom_input=sub.custom_input,
        problem_slug=problem.slug,
        problem_hash=problem.content_hash,
        package_path=problem.package_path,
    )


async def start_judging(session: AsyncSession, submission_id: str | int, attempt: int) -> bool:
    """Mark `judging`. False means skip the job: gone, superseded by a rejudge, or finished."""
    sid = parse_submission_id(submission_id)
    if sid is None:
        return False
    query = (
        sa.update(Submission)
        .where(Submission.id == sid, Submission.attempt == attempt)
        .where(Submission.state != SubmissionState.FINISHED)
        .values(state=SubmissionState.JUDGING)
    )
    result = await session.execute(query)
    await session.commit()
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def record_result(
    session: AsyncSession, submission_id: str | int, attempt: int, result: JudgeResult
) -> bool:
    """Write the final result once; True if this call wrote it. Counts a submission's result
    in its problem's counters and appends history on AC, in the same transaction."""
    sid = parse_submission_id(submission_id)
    if sid is None:
        return False
    query = (
        sa.update(Submission)
        .where(Submission.id == sid, Submission.attempt == attempt)
        .where(Submission.state != SubmissionState.FINISHED)
        .values(**_result_values(result, attempt))
        .returning(Submission.kind, Submission.problem_id, Submission.user_id)
    )
    written = (await session.execute(query)).first()
    if written is None:
        await session.rollback()
        return False
    session.add_all(_test_rows(sid, result.tests))
    if written.kind is SubmissionKind.SUBMIT:
        await count_result(
            session, CountedResult(written.problem_id, written.user_id, result.verdict)
        )
    if result.verdict is Verdict.AC:
        await _append_history(session, sid)
    await session.commit()
    return True


async def unfinished_submissions(session: AsyncSession) -> list[PendingJudging]:
    query = (
        sa.select(
            Submission.id,
            Submission.kind,
            Submission.attempt,
            ProblemRow.slug,
            ProblemRow.content_hash,
            Submission.user_id,
        )
        .join(ProblemRow)
        .where(Submission.state.in_([SubmissionState.QUEUED, SubmissionState.JUDGING]))
        .order_by(Submission.id)
    )
    rows = await session.execute(query)
    return [
        PendingJudging(str(sid), kind, slug, content_hash, attempt, str(user_id))
        for sid, kind, attempt, slug, content_hash, user_id in rows
    ]


def _result_values(result: JudgeResult, attempt: int) -> dict[str, object]:
    return {
        "state": SubmissionState.FINISHED,
        "judged_attempt": attempt,
        "verdict": result.verdict,
        "score": result.score,
        "max_cpu_time_s": result.max_cpu_time_s,
        "max_memory_kib": result.max_memory_kib,
        "compile_output": clean_text(result.compile_output),
        "message": clean_text(result.message),
        "judged_at": utcnow(),
    }


def _test_rows(submission_id: int, tests: tuple[TestResult, ...]) -> list[SubmissionTest]:
    return [
        SubmissionTest(
            submission_id=submission_id,
            position=position,
            name=test.name[:255],
            verdict=test.verdict,
            cpu_time_s=test.cpu_time_s,
            wall_time_s=test.wall_time_s,
            memory_kib=test.memory_kib,
            message=clean_text(test.message),
            score=test.score,
            is_sample=test.is_sample,
            revealed=test.revealed,
            input_text=clean_optional(test.input_text),
            expected_output=clean_optional(test.expected_output),
            actual_output=clean_optional(test.actual_output),
        )
        for position, test in enumerate(tests, start=1)
    ]


async def _append_history(session: AsyncSession, submission_id: int) -> None:
    submission = await session.get(Submission, submission_id, populate_existing=True)
    if submission is not None and submission.kind is SubmissionKind.SUBMIT:
        await append_accepted(session, submission)


def clean_text(text: str, limit: int = TEXT_LIMIT_CHARS) -> str:
    """Storable text: truncated, no NUL (PostgreSQL rejects it), no lone surrogates."""
    if len(text) > limit:
        text = text[:limit] + "\n… (truncated)"
    text = text.replace("\x00", "\ufffd")
    return text.encode("utf-8", "replace").decode("utf-8")


def clean_optional(text: str | None) -> str | None:
    return None if text is None else clean_text(text)
