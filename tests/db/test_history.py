"""Accepted-code history: every version rebuilds byte for byte (property tests), diffs read right.

Versions are generated as a person edits code (lines inserted, deleted, changed, whitespace and
line endings altered) and as unrelated texts, over the whole of Unicode.
"""

from __future__ import annotations

import asyncio
import difflib
import itertools

import pytest
import sqlalchemy as sa
from db_support import add_user_and_problem
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assay.core import SubmissionState
from assay.db import history
from assay.db.engine import Database
from assay.db.history import HistoryKey
from assay.db.migrate import upgrade
from assay.db.models import AcceptedVersion, Submission, SubmissionKind
from assay.db.patches import (
    EncodedVersion,
    PatchError,
    apply_patch,
    encode_version,
    make_patch,
    rebuild,
    unified_diff,
)

any_text = st.text(max_size=400)
code_line = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=60)


@st.composite
def edited_versions(draw: st.DrawFn) -> list[str]:
    """A first text, then versions each made by editing the previous one."""
    lines = draw(st.lists(code_line, max_size=30))
    ending = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    versions = [ending.join(lines)]
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        lines = list(lines)
        for _ in range(draw(st.integers(min_value=0, max_value=5))):
            where = draw(st.integers(min_value=0, max_value=len(lines)))
            action = draw(st.sampled_from(["insert", "delete", "change", "ending"]))
            if action == "insert" or not lines:
                lines.insert(where, draw(code_line))
            elif action == "delete":
                del lines[min(where, len(lines) - 1)]
            elif action == "change":
                lines[min(where, len(lines) - 1)] = draw(code_line)
            else:
                ending = draw(st.sampled_from(["\n", "\r\n", "\r", ""]))
        versions.append(ending.join(lines) + draw(st.sampled_from(["", "\n"])))
    return versions


version_lists = st.one_of(edited_versions(), st.lists(any_text, min_size=1, max_size=8))


def encode_all(texts: list[str]) -> list[EncodedVersion]:
    chain, previous = [], None
    for text in texts:
        chain.append(encode_version(previous, text))
        previous = text
    return chain


@given(version_lists)
@settings(max_examples=400, deadline=None)
def test_every_version_rebuilds_byte_for_byte(texts: list[str]) -> None:
    chain = encode_all(texts)
    assert chain[0].is_whole
    for index, text in enumerate(texts):
        assert rebuild(chain[: index + 1]).encode("utf-8") == text.encode("utf-8")


@given(any_text, any_text)
@settings(max_examples=300, deadline=None)
def test_a_patch_takes_the_old_text_to_the_new(old: str, new: str) -> None:
    assert apply_patch(old, make_patch(old, new)) == new


@given(st.lists(code_line, max_size=20), st.lists(code_line, max_size=20))
@settings(max_examples=200, deadline=None)
def test_the_unified_diff_describes_the_change(old_lines: list[str], new_lines: list[str]) -> None:
    old, new = "\n".join(old_lines) + "\n", "\n".join(new_lines) + "\n"
    diff = unified_diff(old, new, "v1", "v2")
    if old == new:
        assert diff == ""
        return
    assert diff.startswith("--- v1\n+++ v2\n")
    restored = "".join(
        difflib.restore(difflib.ndiff(old.splitlines(True), new.splitlines(True)), 2)
    )
    assert restored == new


def test_a_patch_that_does_not_apply_is_an_error() -> None:
    patch = make_patch("alpha beta gamma\n" * 3, "alpha BETA gamma\n" * 3)
    with pytest.raises(PatchError):
        apply_patch("something else entirely", patch)
    with pytest.raises(PatchError):
        rebuild([EncodedVersion(is_whole=False, body=patch)])
    with pytest.raises(PatchError):
        rebuild([])


# The same property through the database (SQLite), one (user, problem, language) per example


@pytest.fixture(scope="module")
def history_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('history') / 'h.db'}"

    async def prepare() -> None:
        database = Database.from_url(url)
        await upgrade(database.engine)
        await add_user_and_problem(database, "hy")
        await database.dispose()

    asyncio.run(prepare())
    return url


async def store_and_rebuild(url: str, texts: list[str], language: str) -> list[str | None]:
    database = Database.from_url(url)
    try:
        async with database.sessions() as session:
            for text in texts:
                row = Submission(
                    kind=SubmissionKind.SUBMIT,
                    user_id=1,
                    problem_id=1,
                    problem_version=1,
                    language=language,
                    source=text,
                    state=SubmissionState.FINISHED,
                )
                session.add(row)
                await session.flush()
                await history.append_accepted(session, row)
                await session.commit()
            key = HistoryKey(1, 1, language)
            versions = await history.list_versions(session, key)
            return [await history.rebuild_version(session, key, v.version) for v in versions]
    finally:
        await database.dispose()


def distinct_runs(texts: list[str]) -> list[str]:
    """Consecutive duplicates collapse: an unchanged resubmission is not a new version."""
    return [t for i, t in enumerate(texts) if i == 0 or t != texts[i - 1]]


_KEYS = itertools.count()
no_nul = st.text(alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00"))


@given(
    st.one_of(
        edited_versions().map(lambda vs: [v.replace("\x00", "") for v in vs]),
        st.lists(no_nul, min_size=1, max_size=6),
    )
)
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_stored_versions_rebuild_byte_for_byte(history_db: str, texts: list[str]) -> None:
    language = f"lang-{next(_KEYS)}"
    rebuilt = asyncio.run(store_and_rebuild(history_db, texts, language))
    assert rebuilt == distinct_runs(texts)


async def test_a_corrupted_history_is_detected(database: Database) -> None:
    user_id, problem_id = await add_user_and_problem(database)
    async with database.sessions() as session:
        for source in ("a\nb\n", "a\nc\n"):
            row = Submission(
                kind=SubmissionKind.SUBMIT,
                user_id=user_id,
                problem_id=problem_id,
                problem_version=1,
                language="python3",
                source=source,
                state=SubmissionState.FINISHED,
            )
            session.add(row)
            await session.flush()
            await history.append_accepted(session, row)
        await session.commit()
        key = HistoryKey(user_id, problem_id, "python3")
        assert await history.rebuild_version(session, key, 2) == "a\nc\n"
        await session.execute(
            sa.update(AcceptedVersion).where(AcceptedVersion.version == 2).values(sha256="0" * 64)
        )
        with pytest.raises(PatchError):
            await history.rebuild_version(session, key, 2)
