"""Accepted-code history per (user, problem, language), stored as a chain of patches."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from assay.db.models import AcceptedVersion, Submission, User
from assay.db.patches import EncodedVersion, PatchError, encode_version, rebuild


@dataclass(frozen=True, slots=True)
class HistoryKey:
    user_id: int
    problem_id: int
    language: str


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


async def list_versions(session: AsyncSession, key: HistoryKey) -> list[AcceptedVersion]:
    query = _key_filter(sa.select(AcceptedVersion), key).order_by(AcceptedVersion.version)
    return list(await session.scalars(query))


async def languages_with_history(session: AsyncSession, user_id: int, problem_id: int) -> list[str]:
    query = (
        sa.select(AcceptedVersion.language)
        .where(AcceptedVersion.user_id == user_id, AcceptedVersion.problem_id == problem_id)
        .distinct()
        .order_by(AcceptedVersion.language)
    )
    return list(await session.scalars(query))


async def rebuild_version(session: AsyncSession, key: HistoryKey, version: int) -> str | None:
    """The exact text of `version`, or None if there is no such version."""
    chain = await _chain(session, key, version)
    if not chain or chain[-1].version != version:
        return None
    text = rebuild(EncodedVersion(row.is_whole, row.body) for row in chain)
    if _sha256(text) != chain[-1].sha256:
        raise PatchError(f"version {version} of {key} does not rebuild to its checksum")
    return text


async def append_accepted(session: AsyncSession, submission: Submission) -> AcceptedVersion | None:
    """Add an accepted submission's code as the next version, unless recorded or unchanged."""
    if await _already_recorded(session, submission.id):
        return None
    key = HistoryKey(submission.user_id, submission.problem_id, submission.language)
    await _lock_user(session, key.user_id)
    latest = await _latest_version(session, key)
    previous = None if latest == 0 else await rebuild_version(session, key, latest)
    if previous == submission.source:
        return None
    encoded = encode_version(previous, submission.source)
    row = AcceptedVersion(
        user_id=key.user_id,
        problem_id=key.problem_id,
        language=key.language,
        version=latest + 1,
        submission_id=submission.id,
        is_whole=encoded.is_whole,
        body=encoded.body,
        sha256=_sha256(submission.source),
        size_bytes=len(submission.source.encode("utf-8", "surrogatepass")),
    )
    session.add(row)
    return row


async def _lock_user(session: AsyncSession, user_id: int) -> None:
    """Serialise appends of one user's history (two slots may accept their code at once).

    PostgreSQL locks the user's row until commit; SQLite serialises every writer anyway."""
    await session.execute(sa.select(User.id).where(User.id == user_id).with_for_update())


async def _chain(session: AsyncSession, key: HistoryKey, version: int) -> list[AcceptedVersion]:
    """Rows from the last whole version at or before `version` up to `version`."""
    base_query = _key_filter(sa.select(sa.func.max(AcceptedVersion.version)), key).where(
        AcceptedVersion.is_whole.is_(True), AcceptedVersion.version <= version
    )
    base = await session.scalar(base_query)
    if base is None:
        return []
    query = _key_filter(sa.select(AcceptedVersion), key).where(
        AcceptedVersion.version >= base, AcceptedVersion.version <= version
    )
    return list(await session.scalars(query.order_by(AcceptedVersion.version)))


async def _latest_version(session: AsyncSession, key: HistoryKey) -> int:
    query = _key_filter(sa.select(sa.func.max(AcceptedVersion.version)), key)
    return (await session.scalar(query)) or 0


async def _already_recorded(session: AsyncSession, submission_id: int) -> bool:
    query = sa.select(AcceptedVersion.id).where(AcceptedVersion.submission_id == submission_id)
    return (await session.scalar(query)) is not None


def _key_filter(query: sa.Select[Any], key: HistoryKey) -> sa.Select[Any]:
    return query.where(
        AcceptedVersion.user_id == key.user_id,
        AcceptedVersion.problem_id == key.problem_id,
        AcceptedVersion.language == key.language,
    )
