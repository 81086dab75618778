"""Safe import of a zipped problem package.

    import_archive(archive, destination, *, limits=ArchiveLimits(), replace=False) -> Problem

Every member is checked before a byte is written: count, total size, names (no absolute
paths, no `..`, no backslashes), types (regular files and directories only; no symlinks or
devices), layout (`problem.yaml` at the root or in one top-level directory). The package is
then extracted into a temporary directory beside `destination`, loaded with `load_problem`,
and renamed into place. A rejected archive leaves nothing behind.

Errors: `ArchiveError` (a `ProblemError`) for a bad archive; `ProblemError` from the loader
for a bad package inside a good archive.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, BinaryIO

from assay.problems.loader import load_problem
from assay.problems.model import Problem, ProblemError

# macOS Finder litter; never part of a package.
_JUNK_PREFIXES = ("__MACOSX/",)
_JUNK_NAMES = frozenset({".DS_Store"})
_COPY_CHUNK_BYTES = 1 << 20


class ArchiveError(ProblemError):
    """The archive itself is unacceptable (malformed, too big, unsafe names or file types)."""


@dataclass(frozen=True, slots=True)
class ArchiveLimits:
    max_total_bytes: int = 1 << 30  # sum of uncompressed sizes
    max_files: int = 20_000
    max_file_bytes: int = 512 << 20


@dataclass(frozen=True, slots=True)
class _Member:
    info: zipfile.ZipInfo
    relative: PurePosixPath  # below the package root


def import_archive(
    archive: Path | BinaryIO,
    destination: Path,
    *,
    limits: ArchiveLimits | None = None,
    replace: bool = False,
) -> Problem:
    """Check, extract and load the package in `archive`; it ends up at `destination`."""
    limits = limits or ArchiveLimits()
    if destination.exists() and not replace:
        raise ArchiveError(f"{destination} already exists")
    with _open_zip(archive) as bundle:
        members = _checked_members(bundle, limits)
        destination.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".import-", dir=destination.parent))
        try:
            package = staging / "package"
            _extract(bundle, members, package, limits)
            _validate(package, _label(archive))
            _move_into_place(package, destination)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return load_problem(destination)


def _validate(package: Path, label: str) -> None:
    """Load the extracted package; errors name the archive, not the temporary directory."""
    try:
        load_problem(package)
    except ProblemError as exc:
        raise ProblemError(str(exc).replace(str(package), label)) from None


def _label(archive: Path | BinaryIO) -> str:
    if isinstance(archive, Path):
        return f"archive {archive.name}"
    return f"archive {getattr(archive, 'name', 'upload')}"


def _open_zip(archive: Path | BinaryIO) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise ArchiveError(f"not a readable zip archive: {exc}") from None


# ---------------------------------------------------------------------------------------------
# Checks on the central directory, before anything is written


def _checked_members(bundle: zipfile.ZipFile, limits: ArchiveLimits) -> list[_Member]:
    infos = [i for i in bundle.infolist() if not _is_junk(i.filename)]
    if len(infos) > limits.max_files:
        raise ArchiveError(f"too many files: {len(infos)} (at most {limits.max_files})")
    total_bytes = 0
    for info in infos:
        _check_name(info.filename)
        _check_type(info)
        if info.file_size > limits.max_file_bytes:
            raise ArchiveError(f"{info.filename}: {info.file_size} bytes is too big")
        total_bytes += info.file_size
    if total_bytes > limits.max_total_bytes:
        raise ArchiveError(
            f"too big: {total_bytes} bytes uncompressed (at most {limits.max_total_bytes})"
        )
    _check_duplicates(infos)
    return _relative_to_package(infos)


def _is_junk(name: str) -> bool:
    return name.startswith(_JUNK_PREFIXES) or PurePosixPath(name).name in _JUNK_NAMES


def _check_name(name: str) -> None:
    if not name or "\\" in name or "\0" in name:
        raise ArchiveError(f"unsafe file name {name!r}")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise ArchiveError(f"absolute path {name!r}")
    parts = PurePosixPath(name).parts
    if ".." in parts:
        raise ArchiveError(f"path escapes the package: {name!r}")


def _check_type(info: zipfile.ZipInfo) -> None:
    """Only regular files and directories; the Unix mode sits in the high external bits."""
    mode = info.external_attr >> 16
    if mode == 0:  # written on a system without Unix modes
        return
    kind = stat.S_IFMT(mode)
    if stat.S_ISLNK(mode):
        raise ArchiveError(f"symbolic link {info.filename!r} is not allowed")
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise ArchiveError(f"special file {info.filename!r} is not allowed")


def _check_duplicates(infos: list[zipfile.ZipInfo]) -> None:
    seen: set[str] = set()
    for info in infos:
        key = info.filename.rstrip("/")
        if key in seen:
            raise ArchiveError(f"{info.filename!r} appears twice")
        seen.add(key)


def _relative_to_package(infos: list[zipfile.ZipInfo]) -> list[_Member]:
    """Accept `problem.yaml` at the root, or one top-level directory that holds it."""
    names = {PurePosixPath(i.filename) for i in infos}
    if PurePosixPath("problem.yaml") in names:
        return [_Member(i, PurePosixPath(i.filename)) for i in infos]
    tops = {PurePosixPath(i.filename).parts[0] for i in infos}
    if len(tops) == 1:
        top = tops.pop()
        if PurePosixPath(top, "problem.yaml") in names:
            return [
                _Member(i, _strip_top(i.filename)) for i in infos if _strip_top(i.filename).parts
            ]
    raise ArchiveError(
        "no problem.yaml: it must be at the root or inside a single top-level directory"
    )


def _strip_top(name: str) -> PurePosixPath:
    return PurePosixPath(*PurePosixPath(name).parts[1:])


# ---------------------------------------------------------------------------------------------
# Extraction


def _extract(
    bundle: zipfile.ZipFile, members: list[_Member], package: Path, limits: ArchiveLimits
) -> None:
    package.mkdir()
    written_bytes = 0
    for member in members:
        target = package.joinpath(*member.relative.parts)
        try:
            if member.info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # e.g. a file and a directory of the same name
            raise ArchiveError(f"{member.info.filename}: cannot extract: {exc}") from None
        budget_bytes = limits.max_total_bytes - written_bytes
        written_bytes += _copy_member(bundle, member.info, target, budget_bytes)
        os.chmod(target, 0o755 if _is_executable(member.info) else 0o644)


def _copy_member(
    bundle: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, budget_bytes: int
) -> int:
    """Copy one member, trusting neither its declared size nor its compression ratio."""
    written = 0
    try:
        with bundle.open(info) as source, target.open("xb") as sink:
            for chunk in _chunks(source):
                written += len(chunk)
                if written > info.file_size or written > budget_bytes:
                    raise ArchiveError(f"{info.filename}: larger than declared")
                sink.write(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as exc:
        raise ArchiveError(f"{info.filename}: cannot extract: {exc}") from None
    return written


def _chunks(source: IO[bytes]) -> Iterator[bytes]:
    while chunk := source.read(_COPY_CHUNK_BYTES):
        yield chunk


def _is_executable(info: zipfile.ZipInfo) -> bool:
    return bool((info.external_attr >> 16) & 0o111)


def _move_into_place(package: Path, destination: Path) -> None:
    """Rename is atomic on one file system; an old package is swapped out, then removed."""
    if not destination.exists():
        package.rename(destination)
        return
    retired = package.parent / "retired"
    destination.rename(retired)
    try:
        package.rename(destination)
    except OSError:
        retired.rename(destination)
        raise
    shutil.rmtree(retired, ignore_errors=True)
