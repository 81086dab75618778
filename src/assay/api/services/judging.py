"""Submit, Run and rejudge: validate, store the row (`queued`), announce it, enqueue the job.

The row is the truth and is committed before the job is enqueued; a job lost between the two
is recovered on start-up from the rows still `queued`.
"""

from __future__ import annotations

import math
import time

from sqlalchemy.ext.asyncio import AsyncSession

from assay.api.context import AppContext
from assay.api.errors import NotFound, RateLimited, TooLarge, Unprocessable
from assay.api.languages import LanguageInfo
from assay.api.schemas.submissions import RunCreate, SubmissionCreate
from assay.api.services.functions import (
    check_custom_cases,
    function_languages,
    function_spec,
    interactive_languages,
)
from assay.db import problems as problem_queries
from assay.db import submissions as submission_queries
from assay.db.models import ProblemRow, Submission, SubmissionKind, User
from assay.queue.client import Job, JobKind, Priority, announce_and_enqueue

_JOB_KINDS = {SubmissionKind.SUBMIT: JobKind.SUBMIT, SubmissionKind.RUN: JobKind.RUN}


async def visible_problem(session: AsyncSession, slug: str, user: User | None) -> ProblemRow:
    """The problem, unless it is unknown or hidden from this user (both look the same)."""
    problem = await problem_queries.get_problem(session, slug)
    if problem is None or (problem.hidden and not (user and user.is_admin)):
        raise NotFound(f"There is no problem {slug!r}.", code="problem_not_found")
    return problem


def is_operator(user: User | None) -> bool:
    """Administrators alone see hidden tests and judge errors as judged (see `api.redaction`)."""
    return user is not None and user.is_admin


def can_see_private(user: User | None, submission: Submission) -> bool:
    """Source code, runs and outputs belong to their author (and administrators)."""
    return user is not None and (user.is_admin or user.id == submission.user_id)


async def submit(
    context: AppContext, session: AsyncSession, user: User, body: SubmissionCreate
) -> Submission:
    problem = await _checked_request(context, session, user, body, SubmissionKind.SUBMIT)
    row = submission_queries.add_submission(
        session,
        kind=SubmissionKind.SUBMIT,
        user_id=user.id,
        problem=problem,
        language=body.language,
        source=body.source,
    )
    await session.commit()
    await enqueue(context, row, problem, Priority.INTERACTIVE)
    return row


async def run(
    context: AppContext, session: AsyncSession, user: User, body: RunCreate
) -> Submission:
    problem = await _checked_request(context, session, user, body, SubmissionKind.RUN)
    if body.custom_input is not None:
        _check_size("custom input", body.custom_input, context.settings.custom_input_limit_bytes)
        spec = function_spec(problem)
        if spec is not None:
            check_custom_cases(spec, body.custom_input)
    row = submission_queries.add_submission(
        session,
        kind=SubmissionKind.RUN,
        user_id=user.id,
        problem=problem,
        language=body.language,
        source=body.source,
        custom_input=body.custom_input,
    )
    await session.commit()
    await enqueue(context, row, problem, Priority.INTERACTIVE)
    return row


async def _checked_request(
    context: AppContext,
    session: AsyncSession,
    user: User,
    body: SubmissionCreate,
    kind: SubmissionKind,
) -> ProblemRow:
    problem = await visible_problem(session, body.problem, user)
    _check_language(context, body.language, problem)
    _check_size("source", body.source, source_limit_bytes(context, problem))
    await _check_rate(context, session, user, kind)
    await _check_waiting(context, session, user)
    return problem


def allowed_languages(context: AppContext, problem: ProblemRow) -> list[LanguageInfo]:
    """The languages available here that the problem accepts (a function problem: those whose
    drivers can express its signature, with the generated starter code)."""
    available = context.languages.available()
    spec = function_spec(problem)
    if spec is not None:
        available = function_languages(spec, available)
    elif problem.is_interactive:
        available = interactive_languages(available)
    if not problem.languages:
        return available
    return [language for language in available if language.id in problem.languages]


def source_limit_bytes(context: AppContext, problem: ProblemRow) -> int:
    limit = context.settings.source_limit_bytes
    return limit if problem.code_kib is None else min(limit, problem.code_kib * 1024)


def _check_language(context: AppContext, language_id: str, problem: ProblemRow) -> None:
    allowed = allowed_languages(context, problem)
    if all(language.id != language_id for language in allowed):
        offered = ", ".join(language.id for language in allowed) or "none"
        raise Unprocessable(
            f"The language {language_id!r} cannot be used for this problem here; "
            f"use one of: {offered}.",
            code="unknown_language",
        )


def _check_size(what: str, text: str, limit_bytes: int) -> None:
    size = len(text.encode("utf-8"))
    if size > limit_bytes:
        raise TooLarge(
            f"The {what} is {_kib(size)}; the limit is {_kib(limit_bytes)}.",
            code=f"{what}_too_large".replace(" ", "_"),
        )


def _kib(size: int) -> str:
    return f"{size / 1024:.1f} KiB"


async def _check_rate(
    context: AppContext, session: AsyncSession, user: User, kind: SubmissionKind
) -> None:
    settings = context.settings
    limit = settings.submit_rate_limit if kind is SubmissionKind.SUBMIT else settings.run_rate_limit
    window_s = settings.rate_window_s
    recent = await submission_queries.recent_activity(session, user.id, kind, window_s)
    if len(recent) < limit:
        return
    oldest = recent[-limit]
    retry_after_s = math.ceil(oldest.timestamp() + window_s - time.time())
    noun = "submissions" if kind is SubmissionKind.SUBMIT else "runs"
    raise RateLimited(
        f"At most {limit} {noun} per {window_s} s; try again in {max(1, retry_after_s)} s.",
        retry_after_s,
    )


WAITING_RETRY_S = 10


async def _check_waiting(context: AppContext, session: AsyncSession, user: User) -> None:
    """At most `max_waiting_per_user` of a user's submissions and runs wait to be judged."""
    limit = context.settings.max_waiting_per_user
    waiting = await submission_queries.count_waiting(session, user.id)
    if waiting >= limit:
        raise RateLimited(
            f"You have {waiting} submissions waiting to be judged; at most {limit} may wait. "
            "Submit again once some of them are judged.",
            WAITING_RETRY_S,
        )


async def enqueue(
    context: AppContext, submission: Submission, problem: ProblemRow, priority: Priority
) -> None:
    """Announce `queued` on the bus (it starts the attempt's stream), then enqueue the job."""
    job = Job(
        kind=_JOB_KINDS[submission.kind],
        submission_id=str(submission.id),
        problem_id=problem.slug,
        problem_hash=problem.content_hash,
        attempt=submission.attempt,
        priority=priority,
        user_id=str(submission.user_id),
    )
    await announce_and_enqueue(job, context.transport.queue, context.transport.bus)


async def rejudge(
    context: AppContext, session: AsyncSession, submissions: list[Submission], problem: ProblemRow
) -> int:
    """Queue the submissions again under new attempts (bulk priority)."""
    for submission in submissions:
        await submission_queries.reset_for_rejudge(session, submission)
        submission.problem_version = problem.version
    await session.commit()
    for submission in submissions:
        await enqueue(context, submission, problem, Priority.BULK)
    return len(submissions)
