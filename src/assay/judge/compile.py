"""Compile a program once, in the sandbox, into a host build directory."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from assay.core.types import Limits, RunStatus
from assay.judge.compile_cache import CompileCache
from assay.judge.types import JudgeFault
from assay.languages import Language
from assay.languages.model import PRECOMPILED_DIR, PROG_DIR
from assay.sandbox import RunRequest, Slot

DIAGNOSTICS_NOTE = "\n[compiler output truncated]"


def language_binds(language: Language) -> list[tuple[Path, str]]:
    """The host paths `language` needs in every box (read-only), where this host has them."""
    return [(Path(path), path) for path in language.box_paths if Path(path).exists()]


@dataclass(frozen=True, slots=True)
class Program:
    """A compiled (or interpreted) program ready to run from `build_dir`."""

    language: Language
    build_dir: Path
    file_name: str  # the source file name inside build_dir
    entry_class: str | None = None  # Java: the class to run (default: from the file name)

    def box_binds(self) -> list[tuple[Path, str]]:
        """What a box running this program binds read-only: its build at /prog and the paths
        its language's runtime needs."""
        return [(self.build_dir, PROG_DIR), *language_binds(self.language)]

    def argv(self, memory_mib: int, stack_mib: int, extra: tuple[str, ...] = ()) -> list[str]:
        values = {
            "prog": PROG_DIR,
            "src": self.file_name,
            "exe": "main",
            "mem_mib": str(memory_mib),
            "stack_mib": str(min(stack_mib, self.language.max_stack_mib or stack_mib)),
            "main_class": self.entry_class or self.language.main_class(self.file_name),
        }
        return [part.format(**values) for part in self.language.run_argv] + list(extra)


@dataclass(frozen=True, slots=True)
class CompileOutcome:
    ok: bool
    output: str
    program: Program | None
    cached: bool = False  # the build came from the compile cache: the compiler did not run


def prepare_build_dir(build_dir: Path, uid: int, gid: int) -> None:
    """An empty directory the sandbox user may write into."""
    if build_dir.exists():
        shutil.rmtree(build_dir)
    build_dir.mkdir(parents=True)
    os.chown(build_dir, uid, gid)


def compile_limits(language: Language) -> Limits:
    limits = language.compile_limits
    return Limits(
        cpu_time_s=limits.cpu_time_s,
        wall_time_s=limits.wall_time_s,
        memory_kib=limits.memory_kib,
        processes=limits.processes,
        stdout_kib=limits.diagnostics_kib,
        stderr_kib=limits.diagnostics_kib,
        file_size_kib=limits.output_size_kib,
        open_files=256,
        stack_kib=64 * 1024,
        work_size_kib=limits.output_size_kib,  # the assembler writes its objects to /tmp
    )


def _diagnostics(stdout: bytes, stderr: bytes, limit_kib: int) -> str:
    text = (stdout + stderr).decode(errors="replace")
    if len(text) > limit_kib * 1024:
        return text[: limit_kib * 1024] + DIAGNOSTICS_NOTE
    return text


def compile_program(
    language: Language,
    sources: dict[str, bytes],
    main_file: str,
    build_dir: Path,
    slot: Slot,
    sandbox_ids: tuple[int, int],
    extra_files: tuple[str, ...] = (),
    cache: CompileCache | None = None,
    include_dir: Path | None = None,
) -> CompileOutcome:
    """Write `sources` into `build_dir` and compile `main_file` (and `extra_files`, more
    translation units) there; a language without a compiler only gets its files written. With a
    `cache`, a build of the same sources by the same toolchain is copied instead of compiled.
    `include_dir` (what the language precompiles) is bound read-only at /pch."""
    prepare_build_dir(build_dir, *sandbox_ids)
    if cache is None or language.compile_argv is None:
        return _compile(language, sources, main_file, build_dir, slot, extra_files, include_dir)
    key = cache.key(language, sources, main_file, extra_files)
    hit = cache.fetch(key, build_dir, sandbox_ids)
    if hit is not None:
        return CompileOutcome(True, hit.output, Program(language, build_dir, main_file), True)
    outcome = _compile(language, sources, main_file, build_dir, slot, extra_files, include_dir)
    if outcome.ok:
        cache.store(key, build_dir, outcome.output)
    return outcome


def _compile(
    language: Language,
    sources: dict[str, bytes],
    main_file: str,
    build_dir: Path,
    slot: Slot,
    extra_files: tuple[str, ...],
    include_dir: Path | None,
) -> CompileOutcome:
    for name, content in sources.items():
        target = build_dir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    program = Program(language, build_dir, main_file)
    if language.compile_argv is None:
        return CompileOutcome(True, "", program)
    argv: list[str] = []
    for part in language.compile_argv:
        argv += [main_file, *extra_files] if part == "{src}" else [part.format(src=main_file)]
    readonly_binds = language_binds(language)
    if include_dir is not None and language.precompiled is not None:
        argv[1:1] = language.precompiled.compile_args
        readonly_binds.append((include_dir, PRECOMPILED_DIR))
    result = slot.run(
        RunRequest(
            argv=argv,
            limits=compile_limits(language),
            readonly_binds=readonly_binds,
            readwrite_binds=[(build_dir, PROG_DIR)],
            cwd=PROG_DIR,
            env=dict(language.compile_env),
            stop_at_output_limit=True,
        )
    )
    output = _diagnostics(result.stdout, result.stderr, language.compile_limits.diagnostics_kib)
    if result.status == RunStatus.INTERNAL_ERROR:
        raise JudgeFault(f"sandbox failed while compiling: {result.message}")
    if result.status == RunStatus.OK:
        return CompileOutcome(True, output, program)
    reason = {
        RunStatus.TIME_LIMIT: "compilation took too long",
        RunStatus.MEMORY_LIMIT: "the compiler ran out of memory",
        RunStatus.OUTPUT_LIMIT: "the compiler's output was too large",
    }.get(result.status)
    if reason:
        output = f"{output}\n[{reason}]".lstrip()
    return CompileOutcome(False, output, None)
