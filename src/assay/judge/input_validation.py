"""Input validators (Kattis protocol): `validator < case.in`, exit 42 means valid, 43 invalid.

Built like output validators (one program per source file with its headers, or per directory)
and run in the sandbox on every test input; `assay verify` reports what they reject.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from assay.core.types import Limits, RunStatus
from assay.judge.compile import Program
from assay.judge.pipeline import JudgeEnvironment
from assay.judge.types import JudgeFault
from assay.judge.validators import EXIT_ACCEPT, EXIT_REJECT, build_validator, stage_for_sandbox
from assay.problems.model import InputValidator, Problem, TestCase
from assay.sandbox import RunRequest, Slot

INPUT_VALIDATOR_LIMITS = Limits(
    cpu_time_s=30, wall_time_s=60, memory_kib=2 * 1024 * 1024, processes=64
)
NOTE_CHARS = 300


@dataclass(frozen=True, slots=True)
class InputCheck:
    validator: str  # path below the package, e.g. "input_validators/validate.cpp"
    case: str  # test case name; "" when the validator could not be built
    outcome: str  # "valid", "invalid", "error" (crashed or odd exit) or "skipped"
    note: str = ""


def check_inputs(problem: Problem, env: JudgeEnvironment) -> tuple[InputCheck, ...]:
    """Every input validator on every test input (samples and secret)."""
    if not problem.input_validators:
        return ()
    checks: list[InputCheck] = []
    with env.pool.slot() as slot, tempfile.TemporaryDirectory(prefix="assay-inputs-") as tmp:
        os.chmod(tmp, 0o711)
        for validator in problem.input_validators:
            name = validator.path.relative_to(problem.root).as_posix()
            try:
                program = _build(validator, env, slot)
            except JudgeFault as fault:
                checks.append(InputCheck(name, "", "skipped", str(fault)[:NOTE_CHARS]))
                continue
            checks += [_check_case(program, slot, name, test, Path(tmp)) for test in problem.tests]
    return tuple(checks)


def _build(validator: InputValidator, env: JudgeEnvironment, slot: Slot) -> Program:
    return build_validator(validator, env.registry, slot, env.cache_dir, env.pool.sandbox_ids)


def _check_case(program: Program, slot: Slot, name: str, test: TestCase, tmp: Path) -> InputCheck:
    limits = INPUT_VALIDATOR_LIMITS
    request = RunRequest(
        argv=program.argv(limits.memory_kib // 1024, limits.effective_stack_kib // 1024),
        limits=limits,
        stdin=stage_for_sandbox(test.input_path, tmp / "data", "input"),
        readonly_binds=program.box_binds(),
        ignore_sigpipe=True,  # as every validator (docs/judge-engine.md)
    )
    result = slot.helper.run(request)
    if result.status == RunStatus.NONZERO_EXIT and result.exit_code == EXIT_ACCEPT:
        return InputCheck(name, test.name, "valid")
    detail = (result.stdout + result.stderr).decode(errors="replace").strip()[:NOTE_CHARS]
    if result.status == RunStatus.NONZERO_EXIT and result.exit_code == EXIT_REJECT:
        return InputCheck(name, test.name, "invalid", detail)
    why = result.message or f"exit code {result.exit_code}"
    return InputCheck(name, test.name, "error", f"{result.status.value}: {why} {detail}".strip())
