"""Two tiny C programs compiled once per host: the launcher that sets rlimits and drops to the
sandbox uid before bwrap (`launch.c`; util-linux `prlimit` + `setpriv` where no compiler is),
and the agent that runs the tests of a resident box (`agent.c`; fresh boxes where none is)."""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import subprocess
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

SOURCE = Path(__file__).with_name("launch.c")
AGENT_SOURCE = Path(__file__).with_name("agent.c")
DEFAULT_CACHE_DIR = Path("/var/cache/assay")  # `Settings.cache_dir`'s default


@functools.cache
def compiled_launcher(build_dir: Path = DEFAULT_CACHE_DIR) -> Path | None:
    """The compiled launcher (built on first use), or None to fall back to prlimit + setpriv."""
    try:
        return _compiled(SOURCE, build_dir, "assay-launch", ("-O2",), 0o700)
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("cannot build the sandbox launcher (%s); using prlimit + setpriv", error)
        return None


@functools.cache
def compiled_agent(build_dir: Path = DEFAULT_CACHE_DIR) -> Path | None:
    """The compiled agent (built on first use), or None: every run then gets a fresh box. Each
    box gets a copy of it (bwrap's `--ro-bind-data`), so it stays root's, wherever the cache is:
    bwrap, run as the sandbox user, cannot bind a path that user cannot reach (not even by
    descriptor: it resolves the descriptor's path). Stripped and dynamic, that copy is ~15 KiB."""
    try:
        return _compiled(AGENT_SOURCE, build_dir, "assay-agent", ("-O2", "-s"), 0o700)
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("cannot build the sandbox agent (%s); every run gets a fresh box", error)
        return None


def _compiled(
    source_path: Path, build_dir: Path, name: str, flags: tuple[str, ...], mode: int
) -> Path:
    source = source_path.read_bytes()
    digest = hashlib.sha256(source + " ".join(flags).encode()).hexdigest()[:16]
    target = build_dir / f"{name}-{digest}"
    if target.is_file() and os.access(target, os.X_OK):
        return target
    build_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=build_dir) as tmp:
        built = Path(tmp) / name
        subprocess.run(
            ["gcc", *flags, "-Wall", "-o", str(built), str(source_path)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        built.chmod(mode)
        built.replace(target)
    return target
