"""Building a judge environment for a command-line tool or a worker."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

from assay.judge.compile_cache import DEFAULT_MAX_MIB
from assay.judge.pipeline import JudgeEnvironment
from assay.languages import default_registry
from assay.sandbox import SandboxPool
from assay.sandbox.launcher import DEFAULT_CACHE_DIR

log = logging.getLogger(__name__)


def default_cache_dir(path: Path = DEFAULT_CACHE_DIR) -> Path:
    """Compiled validators and other caches; never inside a (possibly read-only) package.

    The sandbox user must be able to traverse to it (compiled validators run from there), so
    it is not under root's home (`Settings.cache_dir`, `ASSAY_CACHE_DIR`: /var/cache/assay).
    """
    path.mkdir(parents=True, exist_ok=True)
    path.chmod(0o711)
    return path


def unreachable_part(path: Path) -> Path | None:
    """The first directory on the way to `path` the sandbox user may not search, if any."""
    path.mkdir(parents=True, exist_ok=True)
    for directory in (path, *path.parents):
        if not directory.stat().st_mode & stat.S_IXOTH:
            return directory
    return None


def reachable_cache_dir(path: Path | None, fallback_dir: Path = DEFAULT_CACHE_DIR) -> Path:
    """Compiled validators run from the cache, so the sandbox user must reach it; a directory
    it cannot reach is replaced by `fallback_dir`, with a warning for the operator."""
    if path is None:
        return default_cache_dir(fallback_dir)
    blocked = unreachable_part(path)
    if blocked is None:
        return path
    fallback = default_cache_dir(fallback_dir)
    log.warning(
        "judge cache %s is out of the sandbox user's reach (%s is not searchable by others); "
        "using %s",
        path,
        blocked,
        fallback,
    )
    return fallback


def make_environment(
    slots: int | None = 1,
    cache_dir: Path | None = None,
    *,
    fallback_cache_dir: Path = DEFAULT_CACHE_DIR,
    compile_cache_mib: int = DEFAULT_MAX_MIB,
    spread_tests: bool = True,
) -> JudgeEnvironment:
    """Raises SandboxUnavailable (with what to fix) when this host cannot isolate. The
    keywords come from `Settings` (`cache_dir`, `compile_cache_mib`, `spread_tests`) where a
    caller has them."""
    cache = reachable_cache_dir(cache_dir, fallback_cache_dir)
    return JudgeEnvironment(
        pool=SandboxPool(slots, launcher_dir=cache),
        registry=default_registry(),
        cache_dir=cache,
        compile_cache_mib=compile_cache_mib,
        spread_tests=spread_tests,
    )
