"""Administration: problem packages, visibility, rejudging, users, queue and workers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, File, Form, Query, UploadFile, status

from assay.api import presenters
from assay.api.deps import AdminUser, ContextDep, IdPath, PageDep, SessionDep
from assay.api.errors import ERROR_RESPONSES, NotFound, Unprocessable
from assay.api.schemas.problems import ProblemImported, ProblemSummary, ProblemUpdate
from assay.api.schemas.submissions import RejudgeAccepted, SubmissionPage
from assay.api.schemas.users import AdminUserUpdate, UserPublic
from assay.api.services import catalog, judging
from assay.api.services.catalog import ImportResult
from assay.core import Verdict
from assay.db import problems as problem_queries
from assay.db import submissions as submission_queries
from assay.db import users as user_queries
from assay.db.models import ProblemRow, SubmissionKind
from assay.db.submissions import SubmissionFilter
from assay.queue.client import QueueStats, WorkerInfo

router = APIRouter(prefix="/api/admin", tags=["admin"], responses=ERROR_RESPONSES)

CHUNK_BYTES = 1024 * 1024
PackageFile = Annotated[UploadFile, File(description="a problem package as a .zip")]


# Problems


@router.post("/problems", operation_id="importProblem", status_code=status.HTTP_201_CREATED)
async def import_problem(
    _admin: AdminUser,
    context: ContextDep,
    session: SessionDep,
    file: PackageFile,
    slug: Annotated[str | None, Form(max_length=64)] = None,
) -> ProblemImported:
    """Add a new problem from a zip (checked completely before anything is stored)."""
    result = await catalog.import_archive(
        session,
        context.settings,
        _chunks(file),
        filename=file.filename or "package.zip",
        slug=slug,
        must_exist=False,
    )
    return _imported(result)


@router.put("/problems/{slug}/package", operation_id="reimportProblem")
async def reimport_problem(
    slug: str, _admin: AdminUser, context: ContextDep, session: SessionDep, file: PackageFile
) -> ProblemImported:
    """Upload a new version of a problem's package (unchanged content keeps the version)."""
    await _problem(session, slug)
    result = await catalog.import_archive(
        session,
        context.settings,
        _chunks(file),
        filename=file.filename or "",
        slug=slug,
        must_exist=True,
    )
    return _imported(result)


@router.patch("/problems/{slug}", operation_id="updateProblem")
async def update_problem(
    slug: str, body: ProblemUpdate, admin: AdminUser, session: SessionDep
) -> ProblemSummary:
    """Hide a problem from everyone but administrators, or show it again."""
    problem = await _problem(session, slug)
    problem.hidden = body.hidden
    await session.commit()
    row = await problem_queries.problem_row(session, slug, admin.id)
    assert row is not None
    return presenters.problem_summary(row)


@router.delete(
    "/problems/{slug}", operation_id="deleteProblem", status_code=status.HTTP_204_NO_CONTENT
)
async def delete_problem(
    slug: str, _admin: AdminUser, context: ContextDep, session: SessionDep
) -> None:
    """Delete a problem with its submissions and history; queued jobs are dropped."""
    problem = await _problem(session, slug)
    await problem_queries.delete_problem(session, problem)
    await session.commit()
    await context.transport.queue.cancel_problem(slug)


@router.post(
    "/problems/{slug}/rejudge", operation_id="rejudgeProblem", status_code=status.HTTP_202_ACCEPTED
)
async def rejudge_problem(
    slug: str, _admin: AdminUser, context: ContextDep, session: SessionDep
) -> RejudgeAccepted:
    """Judge every submission of the problem again (against its current version)."""
    problem = await _problem(session, slug)
    submissions = await submission_queries.submissions_of_problem(session, problem.id)
    count = await judging.rejudge(context, session, submissions, problem)
    return RejudgeAccepted(count=count)


async def _problem(session: SessionDep, slug: str) -> ProblemRow:
    problem = await problem_queries.get_problem(session, slug)
    if problem is None:
        raise NotFound(f"There is no problem {slug!r}.", code="problem_not_found")
    return problem


def _imported(result: ImportResult) -> ProblemImported:
    problem = result.problem
    return ProblemImported(
        slug=problem.slug,
        title=problem.title,
        version=problem.version,
        content_hash=problem.content_hash,
        created=result.created,
        changed=result.changed,
    )


async def _chunks(upload: UploadFile) -> AsyncIterator[bytes]:
    while chunk := await upload.read(CHUNK_BYTES):
        yield chunk


# Submissions


@router.post(
    "/submissions/{submission_id}/rejudge",
    operation_id="rejudgeSubmission",
    status_code=status.HTTP_202_ACCEPTED,
)
async def rejudge_submission(
    submission_id: IdPath, _admin: AdminUser, context: ContextDep, session: SessionDep
) -> RejudgeAccepted:
    submission = await submission_queries.get_submission(session, submission_id)
    if submission is None or submission.kind is not SubmissionKind.SUBMIT:
        raise NotFound(f"There is no submission {submission_id}.", code="submission_not_found")
    problem = await problem_queries.get_problem_by_id(session, submission.problem_id)
    assert problem is not None
    return RejudgeAccepted(count=await judging.rejudge(context, session, [submission], problem))


@router.get("/submissions", operation_id="listAllSubmissions")
async def list_all_submissions(
    _admin: AdminUser,
    session: SessionDep,
    paging: PageDep,
    user: Annotated[str | None, Query(max_length=32, description="username")] = None,
    problem: Annotated[str | None, Query(max_length=64)] = None,
    verdict: Annotated[Verdict | None, Query()] = None,
    language: Annotated[str | None, Query(max_length=32)] = None,
) -> SubmissionPage:
    """Everyone's submissions, newest first."""
    filters = SubmissionFilter(
        user_id=await _user_id(session, user),
        problem_id=(await _problem(session, problem)).id if problem else None,
        verdict=verdict,
        language=language,
        include_hidden_problems=True,
        offset=paging.offset,
        limit=paging.per_page,
    )
    rows, total = await submission_queries.list_submissions(session, filters)
    items = [presenters.submission_public(row) for row in rows]
    return SubmissionPage(items=items, total=total, page=paging.page, per_page=paging.per_page)


async def _user_id(session: SessionDep, username: str | None) -> int | None:
    if username is None:
        return None
    found = await user_queries.get_user_by_username(session, username)
    if found is None:
        raise NotFound(f"There is no user {username!r}.", code="user_not_found")
    return found.id


# Users


@router.get("/users", operation_id="listUsers")
async def list_users(_admin: AdminUser, session: SessionDep, paging: PageDep) -> list[UserPublic]:
    users = await user_queries.list_users(session, paging.offset, paging.per_page)
    return [presenters.user_public(user) for user in users]


@router.patch("/users/{username}", operation_id="updateUser")
async def update_user(
    username: str, body: AdminUserUpdate, admin: AdminUser, session: SessionDep
) -> UserPublic:
    """Make a user an administrator, or not (you cannot demote yourself)."""
    user = await user_queries.get_user_by_username(session, username)
    if user is None:
        raise NotFound(f"There is no user {username!r}.", code="user_not_found")
    if user.id == admin.id and not body.is_admin:
        raise Unprocessable("You cannot remove your own administrator role.", code="self_demotion")
    user.is_admin = body.is_admin
    await session.commit()
    return presenters.user_public(user)


# Queue and workers


@router.get("/queue", operation_id="getQueueStats")
async def queue_stats(_admin: AdminUser, context: ContextDep) -> QueueStats:
    return await context.transport.monitor.stats()


@router.get("/workers", operation_id="listWorkers")
async def workers(_admin: AdminUser, context: ContextDep) -> list[WorkerInfo]:
    return await context.transport.registry.workers()
