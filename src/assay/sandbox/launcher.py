"""The launcher that sets rlimits and drops to the sandbox uid before bwrap: a tiny C program
(`launch.c`) compiled once per host, or util-linux `prlimit` + `setpriv` where no compiler is."""

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
DEFAULT_CACHE_DIR = Path("/var/cache/assay")  # `Settings.cache_dir`'s default


@functools.cache
def compiled_launcher(build_dir: Path = DEFAULT_CACHE_DIR) -> Path | None:
    """The compiled launcher (built on first use), or None to fall back to prlimit + setpriv."""
    try:
        source = SOURCE.read_bytes()
        target = build_dir / f"assay-launch-{hashlib.sha256(source).hexdigest()[:16]}"
        if target.is_file() and os.access(target, os.X_OK):
            return target
        build_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=build_dir) as tmp:
            built = Path(tmp) / "assay-launch"
            subprocess.run(
                ["gcc", "-O2", "-Wall", "-o", str(built), str(SOURCE)],
                check=True,
                capture_output=True,
                timeout=60,
            )
            built.chmod(0o700)
            built.replace(target)
        return target
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("cannot build the sandbox launcher (%s); using prlimit + setpriv", error)
        return None
