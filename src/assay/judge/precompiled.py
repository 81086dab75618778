"""What a language builds once per toolchain to make every compile faster (`Language.precompiled`):
C++'s `bits/stdc++.h` precompiled (2.0 s of a 2.0 s compile; 0.45 s with it), and a class-data
archive of javac's own classes (0.47 s -> 0.32 s for a small program).

It must not change what compiles or how: it is built by the sandbox user with exactly the
language's compile flags, and the compiler takes it only where it is valid for the compile at hand
(GCC checks the flags and macros and otherwise reads the header as text, and the binaries are the
same byte for byte; the JVM checks an archive against its own runtime and skips one that does not
match). It is offered in a directory holding nothing else, bound read-only at `/pch`. A toolchain
that cannot build it is recorded and compiles without one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

from assay.core.types import RunStatus
from assay.judge.compile import compile_limits, language_binds, prepare_build_dir
from assay.judge.compile_cache import toolchain_identity
from assay.judge.validators import locked
from assay.languages import Language
from assay.languages.model import PROG_DIR, Precompiled
from assay.sandbox import RunRequest, Slot

log = logging.getLogger(__name__)

_BUILT = ".built"
_FAILED = ".failed"


def precompiled_dir(
    language: Language, slot: Slot, cache_dir: Path, sandbox_ids: tuple[int, int]
) -> Path | None:
    """The directory with what the language precompiles, built on first use; None when the
    language has nothing or this toolchain cannot build it."""
    spec = language.precompiled
    if spec is None:
        return None
    directory = cache_dir / "pch" / _key(language, spec)
    with locked(directory.with_suffix(".lock")):
        if (directory / _BUILT).exists():
            return directory
        if (directory / _FAILED).exists():
            return None
        return _build(language, spec, slot, directory, sandbox_ids)


def wanted_by(spec: Precompiled | None, sources: dict[str, bytes]) -> bool:
    """Whether a compile of `sources` uses the precompiled build at all."""
    if spec is None:
        return False
    naming = spec.used_by_sources_naming
    return naming is None or any(naming.encode() in text for text in sources.values())


def _key(language: Language, spec: Precompiled) -> str:
    identity = {
        "language": language.id,
        "spec": [spec.source_name, spec.source_text, spec.build_argv, spec.output],
        "toolchain": [toolchain_identity(path) for path in language.toolchain],
    }
    return hashlib.sha256(json.dumps(identity, sort_keys=True).encode()).hexdigest()[:32]


def _build(
    language: Language,
    spec: Precompiled,
    slot: Slot,
    directory: Path,
    sandbox_ids: tuple[int, int],
) -> Path | None:
    prepare_build_dir(directory, *sandbox_ids)
    (directory / spec.source_name).write_text(spec.source_text)
    output = Path(spec.output)
    for parent in reversed(output.parents[:-1]):  # bits/ for bits/stdc++.h.gch
        (directory / parent).mkdir()
        (directory / parent).chmod(0o777)
    argv = [part.format(src=spec.source_name, out=spec.output) for part in spec.build_argv]
    result = slot.run(
        RunRequest(
            argv=argv,
            limits=compile_limits(language),
            readonly_binds=language_binds(language),
            readwrite_binds=[(directory, PROG_DIR)],
            cwd=PROG_DIR,
            env=dict(language.compile_env),
        )
    )
    built = result.status == RunStatus.OK and (directory / output).is_file()
    if not built:
        why = (result.stderr or result.stdout).decode(errors="replace")[-500:]
        log.error(
            "%s: building the precompiled %s failed (%s %s); compiling without it: %s",
            language.name,
            spec.output,
            result.status.value,
            result.message,
            why,
        )
        if result.status == RunStatus.NONZERO_EXIT:  # this toolchain cannot: do not try again
            (directory / _FAILED).touch()
        return None
    _hand_to_root(directory)
    (directory / _BUILT).touch()
    return directory


def _hand_to_root(directory: Path) -> None:
    """Boxes only read it: root's, so no process of the sandbox user can change it later."""
    for path in (directory, *directory.rglob("*")):
        os.lchown(path, 0, 0)
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() else 0o644)
