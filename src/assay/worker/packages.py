"""Where a worker finds a problem package by its content hash.

Embedded: the package is already on this machine (`LocalPackageSource`, a lookup in the
database). Distributed: `HttpPackageSource` downloads it from the API
(`GET <api>/api/worker/packages/<hash>`, `Authorization: Bearer <worker token>`, a zip),
checks the hash, unpacks it safely and caches it under `<cache_dir>/packages/<hash>/`.

The hash check is `assay.problems.package_hash.package_hash` of the unpacked tree (the hash the
catalogue stores), so executable bits are restored from the zip when unpacking.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path, PurePosixPath

import httpx

from assay.problems.package_hash import package_hash

log = logging.getLogger("assay.worker.packages")

MAX_PACKAGE_BYTES = 2 * 1024**3  # unpacked
MAX_PACKAGE_FILES = 100_000
CHUNK_BYTES = 1024 * 1024


class PackageError(Exception):
    """The package cannot be had: unknown hash, download failed, wrong hash, unsafe archive."""


PathLookup = Callable[[str], Awaitable[str | None]]


class LocalPackageSource:
    """Packages on this machine; `lookup` maps a content hash to a directory."""

    def __init__(self, lookup: PathLookup, *, base_dir: Path | None = None) -> None:
        self._lookup = lookup
        self._base_dir = base_dir or Path.cwd()

    async def fetch(self, problem_id: str, problem_hash: str) -> Path:
        found = await self._lookup(problem_hash)
        if found is None:
            raise PackageError(f"no package with hash {problem_hash} (problem {problem_id})")
        path = self._base_dir / found  # an absolute `found` stays as it is
        if not path.is_dir():
            raise PackageError(f"package of {problem_id} is missing on disk: {path}")
        return path


class HttpPackageSource:
    """Downloads packages from the API (any of `api_urls`), verified and cached."""

    def __init__(
        self,
        api_urls: Sequence[str],
        token: str | None,
        cache_dir: Path,
        *,
        client: httpx.AsyncClient | None = None,
        keep: int = 64,
        retry_for_s: float = 30.0,
        digest: Callable[[Path], str] = package_hash,
    ) -> None:
        if not api_urls:
            raise ValueError("at least one API URL is needed")
        self._api_urls = [url.rstrip("/") for url in api_urls]
        self._headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._root = cache_dir / "packages"
        self._client = client or httpx.AsyncClient(timeout=httpx.Timeout(60.0, connect=5.0))
        self._keep = keep
        self._retry_for_s = retry_for_s
        self._locks: dict[str, asyncio.Lock] = {}
        self._digest = digest

    async def fetch(self, problem_id: str, problem_hash: str) -> Path:
        if not _is_hex_digest(problem_hash):
            raise PackageError(f"not a content hash: {problem_hash!r}")
        target = self._root / problem_hash
        async with self._locks.setdefault(problem_hash, asyncio.Lock()):
            if not target.is_dir():
                await self._download_into(problem_id, problem_hash, target)
                await asyncio.to_thread(self._evict_old)
        os.utime(target)  # most recently used
        return target

    async def aclose(self) -> None:
        await self._client.aclose()

    async def _download_into(self, problem_id: str, problem_hash: str, target: Path) -> None:
        self._root.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=self._root, prefix=".part-") as tmp:
            archive = Path(tmp) / "package.zip"
            await self._download_with_retries(problem_hash, archive)
            unpacked = Path(tmp) / "package"
            await asyncio.to_thread(self._unpack_verified, archive, unpacked, problem_hash)
            with contextlib.suppress(OSError):  # another process may have won the race
                unpacked.rename(target)
        if not target.is_dir():
            raise PackageError(f"could not cache the package of {problem_id}")
        log.info("cached package %s of %s", problem_hash[:12], problem_id)

    async def _download_with_retries(self, problem_hash: str, archive: Path) -> None:
        deadline = asyncio.get_running_loop().time() + self._retry_for_s
        delay_s = 0.2
        while True:
            for url in self._api_urls:
                try:
                    await self._download(f"{url}/api/worker/packages/{problem_hash}", archive)
                    return
                except (httpx.TransportError, PackageError) as error:
                    log.warning("package download from %s failed: %s", url, error)
            if asyncio.get_running_loop().time() > deadline:
                raise PackageError(f"package {problem_hash} could not be downloaded")
            await asyncio.sleep(delay_s)
            delay_s = min(delay_s * 2, 5.0)

    async def _download(self, url: str, archive: Path) -> None:
        async with self._client.stream("GET", url, headers=self._headers) as response:
            if response.status_code != 200:
                raise PackageError(f"GET {url}: HTTP {response.status_code}")
            with archive.open("wb") as handle:
                async for chunk in response.aiter_bytes(CHUNK_BYTES):
                    handle.write(chunk)

    def _unpack_verified(self, archive: Path, into: Path, expected_hash: str) -> None:
        safe_unpack(archive, into)
        if self._digest(into) != expected_hash:
            raise PackageError(f"package {expected_hash[:12]}: the content does not match its hash")

    def _evict_old(self) -> None:
        cached = [p for p in self._root.iterdir() if p.is_dir() and not p.name.startswith(".")]
        cached.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for old in cached[self._keep :]:
            shutil.rmtree(old, ignore_errors=True)


def _is_hex_digest(text: str) -> bool:
    return len(text) == 64 and all(c in "0123456789abcdef" for c in text)


def safe_unpack(archive: Path, into: Path) -> None:
    """Unpack a zip refusing links, absolute or escaping paths, and oversized content."""
    try:
        with zipfile.ZipFile(archive) as zf:
            members = zf.infolist()
            _check_members(members)
            into.mkdir(parents=True)
            for member in members:
                _restore_mode(member, Path(zf.extract(member, into)))
    except zipfile.BadZipFile as error:
        raise PackageError(f"not a zip archive: {error}") from error


def _restore_mode(member: zipfile.ZipInfo, path: Path) -> None:
    """Keep the executable bit (part of the content hash); never setuid, setgid or sticky."""
    mode = (member.external_attr >> 16) & 0o777
    if mode and not member.is_dir():
        path.chmod(0o755 if mode & 0o111 else 0o644)


def _check_members(members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_PACKAGE_FILES:
        raise PackageError(f"too many files in the package ({len(members)})")
    if sum(m.file_size for m in members) > MAX_PACKAGE_BYTES:
        raise PackageError("the package is too large once unpacked")
    for member in members:
        path = PurePosixPath(member.filename)
        if path.is_absolute() or ".." in path.parts or "\\" in member.filename:
            raise PackageError(f"unsafe path in the package: {member.filename!r}")
        if stat.S_ISLNK(member.external_attr >> 16):
            raise PackageError(f"link in the package: {member.filename!r}")
