"""The content hash of a problem package: what the catalogue stores and workers check.

package_hash(path) -> str     sha256 (hex) of the package's content
file_sha256(path) -> str      sha256 (hex) of one file
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

# Caches and version-control data never change what a package means.
_HASH_SKIP_DIRS = frozenset({".git", ".hg", ".svn", "__pycache__", ".pytest_cache", ".mypy_cache"})
_HASH_SKIP_FILES = frozenset({".DS_Store"})


def package_hash(path: Path) -> str:
    """sha256 over the package's files: sorted relative paths, executable bits and contents.

    Everything counts (submissions, statements, hidden files such as DOMjudge's `.timelimit`)
    except version-control data and caches (`.git/`, `__pycache__/`, `*.pyc`, `.DS_Store`):
    a worker's cached copy must match the server's whenever judging could differ.
    """
    root = Path(path)
    digest = hashlib.sha256()
    for relative, file in _hashable_files(root):
        mode = "x" if os.access(file, os.X_OK) else "-"
        digest.update(f"{relative}\0{mode}\0{file_sha256(file)}\n".encode())
    return digest.hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _hashable_files(root: Path) -> Iterator[tuple[str, Path]]:
    found: list[tuple[str, Path]] = []
    for directory, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in _HASH_SKIP_DIRS]
        for name in filenames:
            if name in _HASH_SKIP_FILES or name.endswith(".pyc"):
                continue
            file = Path(directory, name)
            if file.is_file():
                found.append((file.relative_to(root).as_posix(), file))
    yield from sorted(found)
