"""The catalogue: problems (filters, order, a random pick), topics, editorials, tags,
languages."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path as FilePath
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response
from fastapi.responses import FileResponse

from assay.api import presenters
from assay.api.answer_cache import KEEP
from assay.api.deps import ContextDep, CurrentUser, OptionalUser, PageDep, SessionDep
from assay.api.errors import ERROR_RESPONSES, Forbidden, NotFound, Unauthorized
from assay.api.schemas.problems import (
    Editorial,
    LanguagePublic,
    ProblemDetail,
    ProblemPage,
    RandomProblem,
    SortKey,
    SortOrder,
    TagCount,
    TopicDetail,
    TopicSummary,
)
from assay.api.services.functions import function_public, function_spec
from assay.api.services.judging import allowed_languages, visible_problem
from assay.db import problems as problem_queries
from assay.db.models import ProblemKind, User
from assay.db.problems import ProblemFilter, ProblemOrder, SolveStatus

router = APIRouter(prefix="/api", tags=["problems"], responses=ERROR_RESPONSES)

# Where statement (and editorial) images are looked up, in this order.
STATEMENT_DIRS = ("statement", "problem_statement", "solution")
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


SearchQuery = Annotated[str | None, Query(max_length=100, description="words in the title")]
DifficultyQuery = Annotated[str | None, Query(max_length=32)]
TagQuery = Annotated[str | None, Query(max_length=64)]
StatusQuery = Annotated[SolveStatus | None, Query(description="needs a signed-in user")]
KindQuery = Annotated[ProblemKind | None, Query(description="function or contest problems")]


def _filters(
    user: User | None,
    q: str | None,
    difficulty: str | None,
    tag: str | None,
    status: SolveStatus | None,
    kind: ProblemKind | None,
) -> ProblemFilter:
    if status is not None and user is None:
        raise Unauthorized("Sign in to filter problems by your status.")
    return ProblemFilter(
        search=q.strip() if q and q.strip() else None,
        difficulty=difficulty,
        tag=tag,
        status=status,
        kind=kind,
        include_hidden=bool(user and user.is_admin),
    )


@router.get("/problems", operation_id="listProblems")
async def list_problems(
    session: SessionDep,
    user: OptionalUser,
    paging: PageDep,
    response: Response,
    q: SearchQuery = None,
    difficulty: DifficultyQuery = None,
    tag: TagQuery = None,
    status: StatusQuery = None,
    kind: KindQuery = None,
    sort: Annotated[SortKey, Query(description="numbered problems first, then by creation")] = (
        "number"
    ),
    order: Annotated[SortOrder, Query()] = "asc",
) -> ProblemPage:
    """One page of the catalogue, with acceptance rate and solvers. Problems lacking the sort
    key (no number, difficulty or attempt) come last in either order."""
    filters = replace(
        _filters(user, q, difficulty, tag, status, kind),
        order=ProblemOrder(sort),
        descending=order == "desc",
        offset=paging.offset,
        limit=paging.per_page,
    )
    rows, total = await problem_queries.list_problems(session, filters, user.id if user else None)
    items = [presenters.problem_summary(row) for row in rows]
    response.headers.update(KEEP)
    return ProblemPage(items=items, total=total, page=paging.page, per_page=paging.per_page)


@router.get("/problems/random", operation_id="randomProblem")
async def random_problem(
    session: SessionDep,
    user: OptionalUser,
    q: SearchQuery = None,
    difficulty: DifficultyQuery = None,
    tag: TagQuery = None,
    status: StatusQuery = None,
    kind: KindQuery = None,
) -> RandomProblem:
    """A random problem among those the same filters as the list would show."""
    filters = _filters(user, q, difficulty, tag, status, kind)
    slug = await problem_queries.random_slug(session, filters, user.id if user else None)
    if slug is None:
        raise NotFound(
            "No problem matches these filters; remove some and try again.",
            code="no_matching_problem",
        )
    return RandomProblem(slug=slug)


@router.get("/topics", operation_id="listTopics")
async def list_topics(session: SessionDep, user: OptionalUser) -> list[TopicSummary]:
    """Every tag with its problem count and how many of them the signed-in user solved."""
    topics = await problem_queries.topic_counts(
        session, user.id if user else None, include_hidden=bool(user and user.is_admin)
    )
    return [TopicSummary(tag=t.tag, count=t.total, solved=t.solved) for t in topics]


@router.get("/topics/{tag}", operation_id="getTopic")
async def get_topic(
    tag: Annotated[str, Path(max_length=64)], session: SessionDep, user: OptionalUser
) -> TopicDetail:
    """A topic's problems in a suggested order: easy to hard, then by number, then by title."""
    filters = ProblemFilter(
        tag=tag,
        include_hidden=bool(user and user.is_admin),
        order=ProblemOrder.SUGGESTED,
        limit=None,
    )
    rows, total = await problem_queries.list_problems(session, filters, user.id if user else None)
    if not rows:
        raise NotFound(f"There is no topic {tag!r}.", code="topic_not_found")
    solved = sum(1 for row in rows if row.status is SolveStatus.SOLVED)
    problems = [presenters.problem_summary(row) for row in rows]
    return TopicDetail(tag=tag, problems=problems, solved=solved, total=total)


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
    available = context.languages.available()
    function = None if spec is None else function_public(spec, problem.samples, available)
    return presenters.problem_detail(row, allowed_languages(context, problem), function)


@router.get("/problems/{slug}/editorial", operation_id="getEditorial")
async def get_editorial(
    slug: str,
    session: SessionDep,
    user: CurrentUser,
    confirm: Annotated[
        bool, Query(description="the user accepted the spoiler warning without solving it")
    ] = False,
) -> Editorial:
    """The solution description: once the user has solved the problem, or with `confirm`."""
    problem = await visible_problem(session, slug, user)
    if not problem.editorial_html:
        raise NotFound(f"The problem {slug!r} has no editorial.", code="editorial_not_found")
    if not confirm and not await problem_queries.has_accepted(session, user.id, problem.id):
        raise Forbidden(
            "The editorial gives the solution away: solve the problem first, or confirm that "
            "you want to read it anyway (confirm=true).",
            code="editorial_locked",
        )
    return Editorial(html=problem.editorial_html)


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
    """An image (or PDF) the statement or the editorial refers to."""
    problem = await visible_problem(session, slug, user)
    suffix = name.rsplit(".", 1)[-1].lower()
    for directory in STATEMENT_DIRS:
        candidate = FilePath(problem.package_path) / directory / name
        if suffix in ASSET_TYPES and candidate.is_file() and not candidate.is_symlink():
            return FileResponse(candidate, media_type=ASSET_TYPES[suffix], headers=ASSET_HEADERS)
    raise NotFound(f"The statement of {slug!r} has no file {name!r}.", code="asset_not_found")
