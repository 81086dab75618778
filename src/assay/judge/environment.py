"""Building a judge environment for a command-line tool or a worker."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from assay.judge.pipeline import JudgeEnvironment
from assay.languages import default_registry
from assay.sandbox import SandboxPool, SandboxUnavailable


def default_cache_dir() -> Path:
    """Compiled validators and other caches; never inside a (possibly read-only) package.

    The sandbox user must be able to traverse to it (compiled validators run from there), so
    it is not under root's home: `$ASSAY_CACHE_DIR`, else /var/cache/assay.
    """
    path = Path(os.environ.get("ASSAY_CACHE_DIR") or "/var/cache/assay")
    path.mkdir(parents=True, exist_ok=True)
    path.chmod(0o711)
    return path


def check_cache_dir(path: Path) -> None:
    """Compiled validators run from the cache: the sandbox user must be able to reach it."""
    for directory in (path, *path.parents):
        if not directory.stat().st_mode & stat.S_IXOTH:
            raise SandboxUnavailable(
                f"cache directory {path} is out of the sandbox user's reach ({directory} is not "
                "searchable by others); set ASSAY_CACHE_DIR to another directory"
            )


def make_environment(slots: int | None = 1, cache_dir: Path | None = None) -> JudgeEnvironment:
    """Raises SandboxUnavailable (with what to fix) when this host cannot isolate."""
    cache = cache_dir or default_cache_dir()
    check_cache_dir(cache)
    return JudgeEnvironment(pool=SandboxPool(slots), registry=default_registry(), cache_dir=cache)
