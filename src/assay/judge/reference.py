"""The expected output of a custom Run: the package's own accepted solution, run on that input.

Compiled once per content hash into the cache (like output validators) and run in the sandbox.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import replace
from pathlib import Path

from assay.core.types import Limits, RunStatus
from assay.judge.classfiles import find_entry_class
from assay.judge.compile import Program, compile_program
from assay.judge.validators import locked
from assay.languages import Language, Registry, UnknownLanguage
from assay.languages.model import EntryPoint
from assay.problems.model import Problem
from assay.sandbox import RunRequest, Slot

log = logging.getLogger(__name__)


def reference_source(problem: Problem, registry: Registry) -> tuple[Path, Language] | None:
    accepted = problem.root / "submissions" / "accepted"
    if not accepted.is_dir():
        return None
    candidates: list[tuple[int, Path, Language]] = []
    for path in sorted(accepted.iterdir()):
        if not path.is_file():
            continue
        try:
            language = registry.for_file(path.name)
        except UnknownLanguage:
            continue
        # Fast to start first (`reference_rank`): a compiled one answers a 1 MiB input quickest.
        rank = language.reference_rank
        if rank is not None and registry.availability(language.id).available:
            candidates.append((rank, path, language))
    if not candidates:
        return None
    _, path, language = min(candidates, key=lambda c: c[0])
    return path, language


def build_reference(
    problem: Problem,
    registry: Registry,
    slot: Slot,
    cache_dir: Path,
    sandbox_ids: tuple[int, int],
) -> Program | None:
    """The compiled reference solution, or None when the package has none we can run."""
    found = reference_source(problem, registry)
    if found is None:
        return None
    path, language = found
    text = path.read_text(encoding="utf-8", errors="replace")
    file_name = language.file_name_for(text, path.name)
    digest = hashlib.sha256(language.id.encode() + b"\0" + text.encode()).hexdigest()[:32]
    build_dir = cache_dir / "references" / digest
    done = build_dir.with_suffix(".ok")
    with locked(build_dir.with_suffix(".lock")):
        if done.exists():
            return _with_entry(Program(language, build_dir, file_name), text)
        outcome = compile_program(
            language, {file_name: text.encode()}, file_name, build_dir, slot, sandbox_ids
        )
        if not outcome.ok or outcome.program is None:
            log.error("reference solution %s of %s does not compile", path, problem.short_name)
            return None
        done.touch()
        return _with_entry(outcome.program, text)


def _with_entry(program: Program, text: str) -> Program:
    if program.language.entry_point is not EntryPoint.CLASS:
        return program
    return replace(program, entry_class=find_entry_class(program, text))


def expected_output(
    reference: Program, problem: Problem, input_path: Path, limits: Limits, slot: Slot
) -> bytes | None:
    """The reference's output on `input_path`, or None when it does not finish cleanly there
    (the user's input may be outside the problem's constraints)."""
    generous = replace(
        limits, cpu_time_s=limits.cpu_time_s * 2, wall_time_s=limits.effective_wall_time_s * 2
    )
    argv = reference.argv(problem.limits.memory_mib, max(1, generous.effective_stack_kib // 1024))
    result = slot.helper.run(
        RunRequest(
            argv=argv,
            limits=generous,
            stdin=input_path,
            readonly_binds=reference.box_binds(),
            env=dict(reference.language.run_env),
        )
    )
    return result.stdout if result.status == RunStatus.OK else None
