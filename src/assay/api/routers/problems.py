"""The catalogue: problems, tags, languages."""

from __future__ import annotations

from pathlib import Path as FilePath
from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import FileResponse

from assay.api import presenters
from assay.api.deps import ContextDep, OptionalUser, PageDep, SessionDep
from assay.api.errors import ERROR_RESPONSES, NotFound, Unauthorized
from assay.api.schemas.problems import LanguagePublic, ProblemDetail, ProblemPage, TagCount
from assay.api.services.functions import function_public, function_spec
from assay.api.services.judging import allowed_languages, visible_problem
from assay.db import problems as problem_queries
from assay.db.problems import ProblemFilter, SolveStatus

router = APIRouter(prefix="/api", tags=["problems"], responses=ERROR_RESPONSES)

STATEMENT_DIRS = ("statement", "problem_statement")
# An SVG opened directly must not run scripts in our origin.
ASSET_HEADERS = {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'"}
ASSET_TYPES = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "svg": "image/svg+xml",
    "webp": "image/webp",
    "pdf": "application/pdf",
}


@router.get("/problems", operation_id="listProblems")
async def list_problems(
    session: SessionDep,
    user: OptionalUser,
    paging: PageDep,
    q: Annotated[str | None, Query(max_length=100, description="words in the title")] = None,
    difficulty: Annotated[str | None, Query(max_length=32)] = None,
    tag: Annotated[str | None, Query(max_length=64)] = None,
    status: Annotated[SolveStatus | None, Query(description="needs a signed-in user")] = None,
) -> ProblemPage:
    """One page of the catalogue, oldest first, with acceptance rate and solvers."""
    if status is not None and user is None:
        raise Unauthorized("Sign in to filter problems by your status.")
    filters = ProblemFilter(
        search=q.strip() if q and q.strip() else None,
        difficulty=difficulty,
        tag=tag,
        status=status,
        include_hidden=bool(user and user.is_admin),
        offset=paging.offset,
        limit=paging.per_page,
    )
    rows, total = await problem_queries.list_problems(session, filters, user.id if user else None)
    items = [presenters.problem_summary(row) for row in rows]
    return ProblemPage(items=items, total=total, page=paging.page, per_page=paging.per_page)


@router.get("/problems/{slug}", operation_id="getProblem")
async def get_problem(
    slug: str, session: SessionDep, user: OptionalUser, context: ContextDep
) -> ProblemDetail:
    """Statement (sanitised HTML), samples, limits, languages with starter code."""
    problem = await visible_problem(session, slug, user)
    row = await problem_queries.problem_row(session, problem.slug, user.id if user else None)
    if row is None:
        raise NotFound(f"There is no problem {slug!r}.", code="problem_not_found")
    spec = function_spec(problem)
    function = None if spec is None else function_public(spec, problem.samples)
    return presenters.problem_detail(row, allowed_languages(context, problem), function)


@router.get("/tags", operation_id="listTags")
async def list_tags(session: SessionDep, user: OptionalUser) -> list[TagCount]:
    include_hidden = bool(user and user.is_admin)
    tags = await problem_queries.all_tags(session, include_hidden)
    return [TagCount(tag=tag, count=count) for tag, count in tags]


@router.get("/languages", operation_id="listLanguages")
async def list_languages(context: ContextDep) -> list[LanguagePublic]:
    """Every language the judge knows, with whether it is installed here."""
    return [presenters.language_public(language) for language in context.languages.all()]


@router.get(
    "/problems/{slug}/assets/{name}",
    operation_id="getStatementAsset",
    response_class=FileResponse,
    responses={200: {"content": {"image/*": {}, "application/pdf": {}}}},
)
async def statement_asset(
    slug: str,
    name: Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")],
    session: SessionDep,
    user: OptionalUser,
) -> FileResponse:
    """An image (or PDF) the statement refers to."""
    problem = await visible_problem(session, slug, user)
    suffix = name.rsplit(".", 1)[-1].lower()
    for directory in STATEMENT_DIRS:
        candidate = FilePath(problem.package_path) / directory / name
        if suffix in ASSET_TYPES and candidate.is_file() and not candidate.is_symlink():
            return FileResponse(candidate, media_type=ASSET_TYPES[suffix], headers=ASSET_HEADERS)
    raise NotFound(f"The statement of {slug!r} has no file {name!r}.", code="asset_not_found")
