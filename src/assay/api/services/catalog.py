"""Importing problem packages into the catalogue (admin upload, `assay import`, bundled problems).

A package is validated completely before anything is written: the archive is unpacked into a
private temporary directory, loaded and checked by `assay.problems`, then copied into the
content-addressed store (`<data_dir>/packages/<hash>/`, by atomic rename) and recorded in the
database. A rejected package leaves nothing behind.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import quote

import anyio.to_thread
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from assay.api.errors import Conflict, NotFound, TooLarge, Unprocessable
from assay.config import Settings
from assay.db import problems as problem_queries
from assay.db.models import ProblemKind, ProblemRow
from assay.db.problems import ProblemData
from assay.problems.archive import import_archive as extract_archive
from assay.problems.loader import load_problem, package_hash
from assay.problems.model import Problem as Package
from assay.problems.model import ProblemError, Statement
from assay.problems.statement import render_statement

log = logging.getLogger(__name__)

SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
RESERVED_SLUGS = frozenset({"random"})  # /api/problems/random is a route
SAMPLE_TEXT_LIMIT = 64 * 1024  # characters of a sample shown on the problem page
_STATEMENT_FORMATS = ("md", "tex", "html", "pdf")
_COPY_IGNORE = shutil.ignore_patterns(".git", "__pycache__", "*.pyc", ".DS_Store")


class PackageRejected(Exception):
    """The package is not valid; the message says why (for the admin)."""


@dataclass(frozen=True, slots=True)
class ImportResult:
    problem: ProblemRow
    created: bool
    changed: bool


# Entry points


async def import_directory(
    session: AsyncSession,
    settings: Settings,
    source: Path,
    *,
    slug: str | None = None,
    must_exist: bool | None = None,
) -> ImportResult:
    """Import the package in `source`. `must_exist`: True re-imports, False only creates."""
    try:
        data = await anyio.to_thread.run_sync(prepare_package, settings, source, slug)
    except PackageRejected as error:
        raise Unprocessable(str(error), code="invalid_package") from error
    return await _save(session, data, must_exist)


async def import_archive(
    session: AsyncSession,
    settings: Settings,
    chunks: AsyncIterator[bytes],
    *,
    filename: str,
    slug: str | None = None,
    must_exist: bool | None = None,
) -> ImportResult:
    """Import a zip given as a stream of chunks (an upload)."""
    work = _work_dir(settings)
    try:
        archive = work / "package.zip"
        await _receive(chunks, archive, settings.upload_limit_bytes)
        root = await anyio.to_thread.run_sync(_unpack, archive, work / "unpacked")
        slug = slug or _slug_from_archive(archive, filename)
        return await import_directory(session, settings, root, slug=slug, must_exist=must_exist)
    finally:
        shutil.rmtree(work, ignore_errors=True)


async def sync_directory(session: AsyncSession, settings: Settings, problems_dir: Path) -> int:
    """Import every package under `problems_dir` that is new or changed; returns how many."""
    if not problems_dir.is_dir():
        return 0
    known = await problem_queries.all_hashes(session)
    imported = 0
    for source in package_dirs(problems_dir):
        imported += await _sync_one(session, settings, source, known)
    return imported


def package_dirs(problems_dir: Path) -> list[Path]:
    """The packages in `problems_dir`, and one level down in collections (a directory without a
    problem.yaml, such as `functions/`), in name order."""
    found: list[Path] = []
    for child in sorted(p for p in problems_dir.iterdir() if p.is_dir()):
        if (child / "problem.yaml").is_file():
            found.append(child)
        else:
            found.extend(sorted(p for p in child.iterdir() if (p / "problem.yaml").is_file()))
    return found


async def _sync_one(
    session: AsyncSession, settings: Settings, source: Path, known: dict[str, str]
) -> int:
    content_hash = await anyio.to_thread.run_sync(package_hash, source)
    if known.get(source.name) == content_hash:
        return 0
    try:
        result = await import_directory(session, settings, source, slug=source.name)
    except (Unprocessable, Conflict) as error:
        log.error("bundled problem %s not loaded: %s", source.name, error.detail)
        return 0
    log.info("loaded %s (version %d)", result.problem.slug, result.problem.version)
    return 1


# Validating and storing


def prepare_package(settings: Settings, source: Path, slug: str | None) -> ProblemData:
    """Load and check the package, store its files by content hash; blocking."""
    _refuse_links(source)
    try:
        problem = load_problem(source)
    except ProblemError as error:
        raise PackageRejected(str(error)) from error
    slug = _checked_slug(slug or problem.short_name)
    statement_html = _statement_html(problem, slug)
    editorial_html = _editorial_html(problem, slug)
    content_hash = package_hash(source)
    stored = _store(settings.packages_dir, source, content_hash)
    return ProblemData(
        slug=slug,
        title=problem.name or slug,
        content_hash=content_hash,
        package_path=str(stored.resolve()),
        memory_mib=problem.limits.memory_mib,
        time_limit_s=problem.limits.time_limit_s,
        difficulty=problem.metadata.difficulty,
        tags=problem.metadata.tags,
        is_interactive=problem.is_interactive,
        is_scoring=problem.is_scoring,
        test_count=len(problem.tests),
        statement_html=statement_html,
        samples=_samples(problem),
        languages=problem.languages,
        code_kib=problem.limits.code_kib,
        number=problem.metadata.number,
        kind=ProblemKind.CONTEST if problem.function is None else ProblemKind.FUNCTION,
        hints=problem.metadata.hints,
        editorial_html=editorial_html,
    )


def _refuse_links(source: Path) -> None:
    for directory, dirnames, filenames in os.walk(source):
        for name in (*dirnames, *filenames):
            if Path(directory, name).is_symlink():
                raise PackageRejected(f"{name}: links are not allowed in a package")


def _checked_slug(slug: str) -> str:
    slug = slug.lower()
    if not SLUG.match(slug):
        raise PackageRejected(
            f"{slug!r} cannot name a problem: use 1-64 lower-case letters, digits, '-' or '_', "
            "starting with a letter or digit"
        )
    if slug in RESERVED_SLUGS:
        raise PackageRejected(f"{slug!r} is reserved; import the package under another name")
    return slug


def _store(packages_dir: Path, source: Path, content_hash: str) -> Path:
    target = packages_dir / content_hash
    if target.is_dir():
        return target
    packages_dir.mkdir(parents=True, exist_ok=True)
    partial = Path(tempfile.mkdtemp(prefix=".part-", dir=packages_dir))
    try:
        shutil.copytree(source, partial / "pkg", ignore=_COPY_IGNORE, symlinks=False)
        (partial / "pkg").rename(target)
    except OSError:
        if not target.is_dir():  # another import of the same package may have won
            raise
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return target


def _statement_html(problem: Package, slug: str) -> str:
    """The English (else first) statement, Markdown preferred, as sanitised HTML."""
    if not problem.statements:
        return "<p>This problem has no statement.</p>"
    statement = min(problem.statements, key=_statement_preference)
    try:
        return render_statement(
            statement, constants=problem.constants, asset_url=lambda name: asset_url(slug, name)
        )
    except Exception as error:  # the renderer meets arbitrary uploaded text
        log.warning("statement of %s not rendered", slug, exc_info=True)
        raise PackageRejected(f"the statement cannot be rendered: {error}") from error


def _editorial_html(problem: Package, slug: str) -> str:
    """The solution description (solution/solution.en.md) as sanitised HTML; "" without one."""
    if problem.editorial is None:
        return ""
    try:
        return render_statement(
            problem.editorial,
            constants=problem.constants,
            asset_url=lambda name: asset_url(slug, name),
        )
    except Exception as error:  # the renderer meets arbitrary uploaded text
        log.warning("editorial of %s not rendered", slug, exc_info=True)
        raise PackageRejected(f"the editorial cannot be rendered: {error}") from error


def _statement_preference(statement: Statement) -> tuple[bool, int]:
    rank = (
        _STATEMENT_FORMATS.index(statement.format) if statement.format in _STATEMENT_FORMATS else 9
    )
    return (statement.language != "en", rank)


def asset_url(slug: str, name: str) -> str:
    """Where the page loads a statement's image from (served by the problems router)."""
    return f"/api/problems/{slug}/assets/{quote(name)}"


def _samples(problem: Package) -> list[dict[str, str]]:
    return [
        _sample(problem, case.name, case.input_path, case.answer_path) for case in problem.samples
    ]


def _sample(problem: Package, name: str, input_path: Path, answer_path: Path) -> dict[str, str]:
    sample = {
        "name": name.rsplit("/", 1)[-1],
        "input": _read_text(input_path),
        "output": _read_text(answer_path),
    }
    # An interactive problem's input is the validator's secret: its sample is the transcript
    # (`.interaction`: `<` lines go to the program, `>` lines come from it).
    interaction = input_path.with_suffix(".interaction")
    if problem.is_interactive and interaction.is_file():
        sample["interaction"] = _read_text(interaction)
    return sample


def _read_text(path: Path) -> str:
    try:
        text = path.read_bytes()[: SAMPLE_TEXT_LIMIT * 4].decode("utf-8", "replace")
    except OSError:
        return ""
    return text[:SAMPLE_TEXT_LIMIT].replace("\x00", "\ufffd")


# Archives


def _work_dir(settings: Settings) -> Path:
    base = settings.data_dir / "tmp"
    base.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="import-", dir=base))


async def _receive(chunks: AsyncIterator[bytes], target: Path, limit_bytes: int) -> None:
    size = 0
    with target.open("wb") as handle:
        async for chunk in chunks:
            size += len(chunk)
            if size > limit_bytes:
                raise TooLarge(
                    f"The archive is larger than {limit_bytes // (1024 * 1024)} MiB.",
                    code="archive_too_large",
                )
            handle.write(chunk)
    if size == 0:
        raise Unprocessable("The uploaded file is empty.", code="invalid_package")


def _unpack(archive: Path, into: Path) -> Path:
    """Check and extract the zip into `into` (nothing is left there if it is rejected)."""
    try:
        extract_archive(archive, into)
    except ProblemError as error:
        raise Unprocessable(str(error), code="invalid_package") from error
    return into


def _slug_from_archive(archive: Path, filename: str) -> str:
    """The archive's single top-level directory, else its file name without `.zip`."""
    try:
        with zipfile.ZipFile(archive) as bundle:
            tops = {PurePosixPath(name).parts[0] for name in bundle.namelist() if name.strip("/")}
    except (zipfile.BadZipFile, OSError, IndexError):
        tops = set()
    names = [top for top in tops if top != "__MACOSX"]
    if len(names) == 1 and names[0] != "problem.yaml":
        return names[0]
    return Path(filename).name.removesuffix(".zip")


# Recording


async def _save(session: AsyncSession, data: ProblemData, must_exist: bool | None) -> ImportResult:
    existing = await problem_queries.get_problem(session, data.slug)
    if must_exist is False and existing is not None:
        raise Conflict(
            f"The problem {data.slug!r} exists; upload a new version of it instead.",
            code="problem_exists",
        )
    if must_exist is True and existing is None:
        raise NotFound(f"There is no problem {data.slug!r}.", code="problem_not_found")
    await _check_number(session, data)
    try:
        problem, changed = await problem_queries.save_problem(session, data)
        await session.commit()
    except IntegrityError as error:
        await session.rollback()
        raise Conflict(f"The problem {data.slug!r} was imported concurrently.") from error
    return ImportResult(problem, created=existing is None, changed=changed)


async def _check_number(session: AsyncSession, data: ProblemData) -> None:
    """A catalogue number names one problem."""
    if data.number is None:
        return
    owner = await problem_queries.slug_with_number(session, data.number)
    if owner is not None and owner != data.slug:
        raise Conflict(
            f"The number {data.number} (assay.yaml) of {data.slug!r} is already used by the "
            f"problem {owner!r}; give one of them another number.",
            code="number_taken",
        )
