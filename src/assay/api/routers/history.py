"""Accepted-code history per (user, problem, language): versions, rebuild, diff."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from sqlalchemy.ext.asyncio import AsyncSession

from assay.api.deps import CurrentUser, SessionDep
from assay.api.errors import ERROR_RESPONSES, Forbidden, NotFound
from assay.api.schemas.history import (
    AcceptedVersionPublic,
    LanguageHistory,
    ProblemHistory,
    VersionDiff,
    VersionSource,
)
from assay.api.services.judging import visible_problem
from assay.db import history
from assay.db import users as user_queries
from assay.db.history import HistoryKey
from assay.db.models import User
from assay.db.patches import unified_diff

router = APIRouter(
    prefix="/api/problems/{slug}/history", tags=["history"], responses=ERROR_RESPONSES
)

UserQuery = Annotated[
    str | None, Query(max_length=32, description="another user's history (administrators)")
]
LanguagePath = Annotated[str, Path(max_length=32)]
VersionNumber = Annotated[int, Path(ge=1, le=1_000_000)]


@router.get("", operation_id="getProblemHistory")
async def get_history(
    slug: str, viewer: CurrentUser, session: SessionDep, user: UserQuery = None
) -> ProblemHistory:
    """Every accepted version of your code for the problem, per language."""
    owner = await _owner(session, viewer, user)
    problem = await visible_problem(session, slug, viewer)
    languages = await history.languages_with_history(session, owner.id, problem.id)
    entries = []
    for language in languages:
        rows = await history.list_versions(session, HistoryKey(owner.id, problem.id, language))
        versions = [
            AcceptedVersionPublic(
                version=r.version,
                submission_id=r.submission_id,
                created_at=r.created_at,
                size_bytes=r.size_bytes,
            )
            for r in rows
        ]
        entries.append(LanguageHistory(language=language, versions=versions))
    return ProblemHistory(problem=problem.slug, languages=entries)


@router.get("/{language}/diff", operation_id="diffVersions")
async def diff_versions(
    slug: str,
    language: LanguagePath,
    viewer: CurrentUser,
    session: SessionDep,
    from_version: Annotated[int, Query(alias="from", ge=1, le=1_000_000)],
    to_version: Annotated[int, Query(alias="to", ge=1, le=1_000_000)],
    user: UserQuery = None,
) -> VersionDiff:
    """A unified diff from one accepted version to another."""
    key = await _key(session, viewer, user, slug, language)
    old = await _rebuild(session, key, from_version)
    new = await _rebuild(session, key, to_version)
    diff = unified_diff(old, new, f"v{from_version}", f"v{to_version}")
    return VersionDiff(
        problem=slug, language=language, from_version=from_version, to_version=to_version, diff=diff
    )


@router.get("/{language}/{version}", operation_id="getVersion")
async def get_version(
    slug: str,
    language: LanguagePath,
    version: VersionNumber,
    viewer: CurrentUser,
    session: SessionDep,
    user: UserQuery = None,
) -> VersionSource:
    """One accepted version's code, rebuilt exactly."""
    key = await _key(session, viewer, user, slug, language)
    source = await _rebuild(session, key, version)
    row = next(r for r in await history.list_versions(session, key) if r.version == version)
    return VersionSource(
        problem=slug,
        language=language,
        version=version,
        submission_id=row.submission_id,
        created_at=row.created_at,
        source=source,
    )


async def _owner(session: AsyncSession, viewer: User, username: str | None) -> User:
    if username is None or username.lower() == viewer.username.lower():
        return viewer
    if not viewer.is_admin:
        raise Forbidden("Only administrators may read another user's history.")
    owner = await user_queries.get_user_by_username(session, username)
    if owner is None:
        raise NotFound(f"There is no user {username!r}.", code="user_not_found")
    return owner


async def _key(
    session: AsyncSession, viewer: User, username: str | None, slug: str, language: str
) -> HistoryKey:
    owner = await _owner(session, viewer, username)
    problem = await visible_problem(session, slug, viewer)
    return HistoryKey(owner.id, problem.id, language)


async def _rebuild(session: AsyncSession, key: HistoryKey, version: int) -> str:
    text = await history.rebuild_version(session, key, version)
    if text is None:
        raise NotFound(
            f"There is no accepted version {version} in {key.language}.", code="version_not_found"
        )
    return text
