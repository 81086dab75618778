"""Compiled programs kept by what determines them, so a rejudge, an `assay verify` re-run or a
resubmitted identical source skips the compiler.

The key is the language's compile command and environment, the identity of its toolchain
binaries (path, size, modification time: an upgrade changes them) and every source file with its
name (headers and `include/` files included). Only successful compiles are kept: a compile error
costs little, and one stopped by a limit may pass on a quieter machine. An entry is written to a
temporary directory and renamed into place, so a reader never sees half of one; a reader that
loses a race with eviction just compiles. The cache is the judge's (root's, mode 0700): a box
never reads it, it gets a copy owned by the sandbox user, exactly as the compiler left it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from assay.languages import Language

log = logging.getLogger(__name__)

DEFAULT_MAX_MIB = 1024
_FILES = "files"
_OUTPUT = "output.txt"
_SIZE = "size"


@dataclass(frozen=True, slots=True)
class CachedCompile:
    output: str  # the compiler's diagnostics (warnings) of the original compile


@dataclass(frozen=True, slots=True)
class CompileCache:
    root: Path
    max_bytes: int = DEFAULT_MAX_MIB * 1024 * 1024

    @classmethod
    def under(cls, cache_dir: Path, max_mib: int = DEFAULT_MAX_MIB) -> CompileCache | None:
        """The cache in `cache_dir/compiled`, of `max_mib` (0: none)."""
        return cls(cache_dir / "compiled", max_mib * 1024 * 1024) if max_mib > 0 else None

    def key(
        self, language: Language, sources: dict[str, bytes], main_file: str, units: tuple[str, ...]
    ) -> str:
        digest = hashlib.sha256()
        identity = {
            "language": language.id,
            "argv": language.compile_argv,
            "env": language.compile_env,
            "toolchain": [toolchain_identity(path) for path in language.toolchain],
            "main": main_file,
            "units": units,
        }
        digest.update(json.dumps(identity, sort_keys=True).encode())
        for name in sorted(sources):
            digest.update(b"\0file\0" + name.encode() + b"\0")
            digest.update(hashlib.sha256(sources[name]).digest())
        return digest.hexdigest()

    def fetch(self, key: str, build_dir: Path, owner: tuple[int, int]) -> CachedCompile | None:
        """Fill the (empty) `build_dir` with the cached build, owned by `owner`; None on a miss."""
        entry = self.root / key
        try:
            output = (entry / _OUTPUT).read_text()
            shutil.copytree(entry / _FILES, build_dir, symlinks=True, dirs_exist_ok=True)
            os.utime(entry)  # most recently used
        except OSError:
            _empty(build_dir)
            return None
        _chown_tree(build_dir, owner)
        return CachedCompile(output)

    def store(self, key: str, build_dir: Path, output: str) -> None:
        """Keep a successful compile's `build_dir`; never fails the judging that produced it."""
        try:
            self._store(key, build_dir, output)
        except OSError as error:
            log.warning("compile cache: could not keep %s: %s", key[:12], error)

    def _store(self, key: str, build_dir: Path, output: str) -> None:
        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        if (self.root / key).exists():
            return
        if _tree_bytes(build_dir) > self.max_bytes // 8:
            return  # one huge build would push out everything else
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=self.root))
        try:
            shutil.copytree(build_dir, staging / _FILES, symlinks=True, ignore=_special_files)
            (staging / _OUTPUT).write_text(output)
            (staging / _SIZE).write_text(str(_tree_bytes(staging / _FILES)))
            os.rename(staging, self.root / key)
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)
            if not (self.root / key).exists():  # else a concurrent store of the same key won
                raise
        self._evict()

    def _evict(self) -> None:
        """Drop least recently used entries until the cache fits in `max_bytes`."""
        entries: list[tuple[float, int, Path]] = []
        for entry in self.root.iterdir():
            if entry.name.startswith("."):
                continue
            try:
                entries.append((entry.stat().st_mtime, int((entry / _SIZE).read_text()), entry))
            except (OSError, ValueError):
                continue
        total = sum(size for _, size, _ in entries)
        for _, size, entry in sorted(entries):
            if total <= self.max_bytes:
                break
            shutil.rmtree(entry, ignore_errors=True)
            total -= size


def toolchain_identity(path: str) -> tuple[str, int, int]:
    try:
        info = os.stat(path)
    except OSError:
        return (path, -1, -1)
    return (path, info.st_size, info.st_mtime_ns)


def _special_files(directory: str, names: list[str]) -> set[str]:
    """FIFOs, sockets and devices are never copied (opening a FIFO would block the judge)."""
    kept = (stat.S_ISREG, stat.S_ISDIR, stat.S_ISLNK)
    return {
        name
        for name in names
        if not any(is_kind(os.lstat(os.path.join(directory, name)).st_mode) for is_kind in kept)
    }


def _tree_bytes(root: Path) -> int:
    return sum(p.lstat().st_size for p in root.rglob("*"))


def _chown_tree(root: Path, owner: tuple[int, int]) -> None:
    for path in root.rglob("*"):
        os.lchown(path, *owner)


def _empty(directory: Path) -> None:
    for path in directory.iterdir():
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
