"""Submit and Run, submission lists and details, live results (WebSocket and long-poll)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, WebSocket, status
from sqlalchemy.ext.asyncio import AsyncSession

from assay.api import presenters
from assay.api.answer_cache import KEEP
from assay.api.context import AppContext
from assay.api.deps import (
    ContextDep,
    CurrentUser,
    IdPath,
    OptionalUser,
    PageDep,
    SessionDep,
    get_auth,
    get_context,
)
from assay.api.errors import ERROR_RESPONSES, ApiError, NotFound
from assay.api.schemas.submissions import (
    RunCreate,
    RunDetail,
    SubmissionAccepted,
    SubmissionCreate,
    SubmissionDetail,
    SubmissionPage,
)
from assay.api.security import SESSION_COOKIE
from assay.api.services import judging, live
from assay.core import SubmissionState, Verdict
from assay.db import submissions as submission_queries
from assay.db.models import Submission, SubmissionKind, User
from assay.db.submissions import SubmissionFilter, SubmissionRow

router = APIRouter(prefix="/api", tags=["submissions"], responses=ERROR_RESPONSES)

WaitQuery = Annotated[
    float, Query(ge=0, le=60, description="seconds to wait for the final result (long-poll)")
]
VerdictQuery = Annotated[Verdict | None, Query()]
LanguageQuery = Annotated[str | None, Query(max_length=32)]


@router.post("/submissions", operation_id="createSubmission", status_code=status.HTTP_202_ACCEPTED)
async def create_submission(
    body: SubmissionCreate, user: CurrentUser, context: ContextDep, session: SessionDep
) -> SubmissionAccepted:
    """Judge on every test. Follow it on `/api/submissions/{id}/events` or with `?wait=`."""
    row = await judging.submit(context, session, user, body)
    return SubmissionAccepted(id=row.id, state=row.state)


@router.post("/runs", operation_id="createRun", status_code=status.HTTP_202_ACCEPTED)
async def create_run(
    body: RunCreate, user: CurrentUser, context: ContextDep, session: SessionDep
) -> SubmissionAccepted:
    """Run on the samples and the optional custom input. Not kept as a submission."""
    row = await judging.run(context, session, user, body)
    return SubmissionAccepted(id=row.id, state=row.state)


@router.get("/submissions", operation_id="listMySubmissions")
async def list_my_submissions(
    user: CurrentUser,
    session: SessionDep,
    paging: PageDep,
    problem: Annotated[str | None, Query(max_length=64)] = None,
    verdict: VerdictQuery = None,
    language: LanguageQuery = None,
) -> SubmissionPage:
    """The signed-in user's submissions, newest first."""
    problem_id = None
    if problem is not None:
        problem_id = (await judging.visible_problem(session, problem, user)).id
    filters = SubmissionFilter(
        user_id=user.id,
        problem_id=problem_id,
        verdict=verdict,
        language=language,
        include_hidden_problems=True,
        offset=paging.offset,
        limit=paging.per_page,
    )
    return await _page(session, filters, paging.page)


@router.get("/problems/{slug}/submissions", operation_id="listProblemSubmissions")
async def list_problem_submissions(
    slug: str,
    user: OptionalUser,
    session: SessionDep,
    paging: PageDep,
    verdict: VerdictQuery = None,
    language: LanguageQuery = None,
) -> SubmissionPage:
    """Everyone's submissions to a problem, newest first (no code)."""
    problem = await judging.visible_problem(session, slug, user)
    filters = SubmissionFilter(
        problem_id=problem.id,
        verdict=verdict,
        language=language,
        include_hidden_problems=True,
        offset=paging.offset,
        limit=paging.per_page,
    )
    return await _page(session, filters, paging.page)


async def _page(session: AsyncSession, filters: SubmissionFilter, page: int) -> SubmissionPage:
    rows, total = await submission_queries.list_submissions(session, filters)
    return SubmissionPage(
        items=[presenters.submission_public(row) for row in rows],
        total=total,
        page=page,
        per_page=filters.limit,
    )


@router.get("/submissions/{submission_id}", operation_id="getSubmission")
async def get_submission(
    submission_id: IdPath,
    user: OptionalUser,
    context: ContextDep,
    session: SessionDep,
    response: Response,
    wait: WaitQuery = 0,
) -> SubmissionDetail:
    """Verdict, per-test results; code only for its author and administrators.

    With `wait`, answers as soon as the result is final (or after `wait` seconds)."""
    row = await _visible_row(session, submission_id, user, SubmissionKind.SUBMIT)
    row = await _after_wait(context, session, row, wait)
    tests = await submission_queries.get_tests(session, submission_id)
    private = judging.can_see_private(user, row.submission)
    operator = judging.is_operator(user)
    if row.submission.state is SubmissionState.FINISHED:
        response.headers.update(KEEP)  # only a write changes it now
    return presenters.submission_detail(row, tests, private=private, operator=operator)


@router.get("/runs/{run_id}", operation_id="getRun")
async def get_run(
    run_id: IdPath, user: CurrentUser, context: ContextDep, session: SessionDep, wait: WaitQuery = 0
) -> RunDetail:
    """A run's result with every test's input, expected and actual output."""
    row = await _visible_row(session, run_id, user, SubmissionKind.RUN)
    row = await _after_wait(context, session, row, wait)
    tests = await submission_queries.get_tests(session, run_id)
    return presenters.run_detail(row, tests, operator=judging.is_operator(user))


async def _after_wait(
    context: AppContext, session: AsyncSession, row: SubmissionRow, wait_s: float
) -> SubmissionRow:
    timeout_s = min(wait_s, context.settings.long_poll_max_s)
    submission_id = row.submission.id
    if timeout_s <= 0 or row.submission.state is SubmissionState.FINISHED:
        return row
    await session.commit()  # end the read transaction while waiting
    await live.wait_until_final(context, submission_id, timeout_s)
    session.expunge_all()
    fresh = await submission_queries.get_submission_row(session, submission_id)
    if fresh is None:
        raise NotFound(f"Submission {submission_id} was deleted.", code="submission_not_found")
    return fresh


async def _visible_row(
    session: AsyncSession, submission_id: int, user: User | None, kind: SubmissionKind
) -> SubmissionRow:
    row = await submission_queries.get_submission_row(session, submission_id)
    if row is None or not _may_view(row, user, kind):
        noun = "submission" if kind is SubmissionKind.SUBMIT else "run"
        raise NotFound(f"There is no {noun} {submission_id}.", code=f"{noun}_not_found")
    return row


def _may_view(row: SubmissionRow, user: User | None, kind: SubmissionKind) -> bool:
    submission = row.submission
    if submission.kind is not kind:
        return False
    if kind is SubmissionKind.RUN:
        return judging.can_see_private(user, submission)
    return not row.problem_hidden or judging.can_see_private(user, submission)


# Live results


@router.websocket("/submissions/{submission_id}/events", name="submissionEvents")
async def submission_events(websocket: WebSocket, submission_id: IdPath) -> None:
    """Replay, then stream, the judge's events as JSON `SubmissionEvent` messages."""
    await _serve_events(websocket, submission_id, SubmissionKind.SUBMIT)


@router.websocket("/runs/{run_id}/events", name="runEvents")
async def run_events(websocket: WebSocket, run_id: IdPath) -> None:
    await _serve_events(websocket, run_id, SubmissionKind.RUN)


async def _serve_events(websocket: WebSocket, submission_id: int, kind: SubmissionKind) -> None:
    context = get_context(websocket)
    await websocket.accept()
    try:
        submission, operator = await _authorize_socket(websocket, context, submission_id, kind)
    except ApiError as error:
        await websocket.close(code=4000 + error.status, reason=error.detail[:120])
        return
    if submission.state is SubmissionState.FINISHED:
        event = await live.final_event_from_db(context, submission_id, operator=operator)
        if event is not None:
            await websocket.send_json(event)
        await websocket.close(code=1000)
        return
    await live.stream_events(websocket, context, submission, operator=operator)


async def _authorize_socket(
    websocket: WebSocket, context: AppContext, submission_id: int, kind: SubmissionKind
) -> tuple[Submission, bool]:
    """Only the author (or an admin) follows a submission live; short DB session.
    Returns the row and whether the viewer is an operator (sees hidden tests as judged)."""
    async with context.database.sessions() as session:
        if SESSION_COOKIE in websocket.cookies:
            _check_origin(websocket, context.settings.public_url)
        auth = await get_auth(websocket, session)
        user = auth.user if auth else None
        row = await submission_queries.get_submission(session, submission_id)
        if row is None or row.kind is not kind or not judging.can_see_private(user, row):
            raise NotFound(f"There is no {kind.value} {submission_id} you can follow.")
        return row, judging.is_operator(user)


def _check_origin(websocket: WebSocket, public_url: str | None) -> None:
    """Cookies ride along on cross-site WebSocket handshakes: the page must be ours."""
    origin = websocket.headers.get("origin")
    if origin is None:
        return  # not a browser
    ours = {f"{scheme}://{websocket.headers.get('host')}" for scheme in ("http", "https")}
    if public_url:
        ours.add(public_url.rstrip("/"))
    if origin.rstrip("/") not in ours:
        raise ApiError("This page may not open a live connection here.", code="bad_origin")
