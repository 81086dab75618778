"""Building a judge environment for a command-line tool or a worker."""

from __future__ import annotations

import os
from pathlib import Path

from assay.judge.pipeline import JudgeEnvironment
from assay.languages import default_registry
from assay.sandbox import SandboxPool


def default_cache_dir() -> Path:
    """Compiled validators and other caches; never inside a (possibly read-only) package.

    The sandbox user must be able to traverse to it (compiled validators run from there), so
    it is not under root's home: `$ASSAY_CACHE_DIR`, else /var/cache/assay.
    """
    path = Path(os.environ.get("ASSAY_CACHE_DIR") or "/var/cache/assay")
    path.mkdir(parents=True, exist_ok=True)
    path.chmod(0o711)
    return path


def make_environment(slots: int | None = 1, cache_dir: Path | None = None) -> JudgeEnvironment:
    """Raises SandboxUnavailable (with what to fix) when this host cannot isolate."""
    return JudgeEnvironment(
        pool=SandboxPool(slots),
        registry=default_registry(),
        cache_dir=cache_dir or default_cache_dir(),
    )
