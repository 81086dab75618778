"""What one judging of a function problem holds, building its driver and starting its runs."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assay.core.types import Limits
from assay.harness import DriverBuild
from assay.judge.compile import CompileOutcome, Program, compile_program
from assay.judge.precompiled import precompiled_dir, wanted_by
from assay.judge.result_channel import ChannelLimits, ChannelRun
from assay.judge.types import JudgeOptions
from assay.languages import Language
from assay.problems.function_spec import CaseError, FunctionSpec, SpecKind, case_lines
from assay.problems.model import Problem, TestCase
from assay.sandbox import RunRequest, Slot

if TYPE_CHECKING:
    from assay.judge.pipeline import JudgeEnvironment

SHOWN_STDOUT_BYTES = 64 * 1024
MAX_STDOUT_BYTES = 8 * 1024 * 1024
STARTUP_BUDGET_S = 5.0  # runtime start and the user's code loading, before the first record
RESULT_FD_VARIABLE = "ASSAY_RESULT_FD"  # tells the driver it runs in Assay, its records on fd 3


@dataclass(frozen=True, slots=True)
class Case:
    test: TestCase
    input_text: str
    answer: Any
    has_answer: bool


@dataclass(frozen=True, slots=True)
class FunctionRun:
    """Everything fixed for one judging of a function problem."""

    problem: Problem
    spec: FunctionSpec
    options: JudgeOptions
    env: JudgeEnvironment
    slot: Slot
    program: Program
    limits: Limits
    work_dir: Path
    # The package's output validator, when values are compared by it (`compare: validator`).
    validator: Program | None = None
    build: DriverBuild | None = None  # the program's files (a sanitized rebuild uses them)


def compile_driver(
    build: DriverBuild, language: Language, env: JudgeEnvironment, slot: Slot, build_dir: Path
) -> CompileOutcome:
    include_dir = None
    if wanted_by(language.precompiled, build.files):
        include_dir = precompiled_dir(language, slot, env.cache_dir, env.pool.sandbox_ids)
    outcome = compile_program(
        language,
        build.files,
        build.main_file,
        build_dir,
        slot,
        env.pool.sandbox_ids,
        build.units,
        cache=env.compile_cache,
        include_dir=include_dir,
    )
    if outcome.program is None or build.entry_class is None:
        return outcome
    return replace(outcome, program=replace(outcome.program, entry_class=build.entry_class))


def channel_for(run: FunctionRun, cases: list[Case]) -> ChannelRun:
    limits = run.limits
    answers_bytes = sum(len(json.dumps(c.answer)) for c in cases)
    count = len(cases)
    box_limits = replace(
        limits,
        cpu_time_s=limits.cpu_time_s * count + 2,
        wall_time_s=limits.effective_wall_time_s * count + 5,
        file_size_kib=MAX_STDOUT_BYTES // 1024,
    )
    program = run.program
    argv = program.argv(
        run.problem.limits.memory_mib, max(1, box_limits.effective_stack_kib // 1024)
    )
    request = RunRequest(
        argv=argv,
        limits=box_limits,
        stdin="".join(c.input_text for c in cases).encode(),
        readonly_binds=program.box_binds(),
        env={**dict(program.language.run_env), RESULT_FD_VARIABLE: "3"},
    )
    channel_limits = ChannelLimits(
        record_cap_bytes=2 * answers_bytes + (1 << 20),
        stdout_shown_bytes=SHOWN_STDOUT_BYTES,
        test_cpu_s=limits.cpu_time_s,
        test_budget_s=limits.effective_wall_time_s,
        startup_budget_s=STARTUP_BUDGET_S,
    )
    return ChannelRun(run.slot, request, channel_limits, run.env.pool.sandbox_ids)


def named_input(spec: FunctionSpec, input_text: str) -> str:
    """`nums = [2,7,11,15]` per line, as the statement shows a case."""
    try:
        lines = case_lines(input_text, spec.input_lines)
    except CaseError:
        return input_text
    if spec.kind is SpecKind.DESIGN:
        return "\n".join(lines)
    return "\n".join(f"{p.name} = {line}" for p, line in zip(spec.params, lines, strict=True))
