"""What every grader shares: the sandbox status's verdict, the output check, the result."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assay.core.types import Limits, RunStatus, TestResult, Verdict
from assay.judge.compile import Program
from assay.judge.default_validator import FlagError, compare
from assay.judge.graders.context import TestContext
from assay.judge.types import JudgeFault
from assay.judge.validators import (
    ValidatorVerdict,
    feedback_dir,
    interpret,
    stage_for_sandbox,
    validator_request,
)
from assay.problems.model import Problem, TestCase
from assay.sandbox import RunRequest, RunResult, Slot

STATUS_VERDICTS = {
    RunStatus.TIME_LIMIT: Verdict.TLE,
    RunStatus.MEMORY_LIMIT: Verdict.MLE,
    RunStatus.OUTPUT_LIMIT: Verdict.OLE,
    RunStatus.SIGNALED: Verdict.RE,
    RunStatus.NONZERO_EXIT: Verdict.RE,
}
VALIDATOR_LIMITS = Limits(cpu_time_s=30, wall_time_s=60, memory_kib=2 * 1024 * 1024, processes=64)


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    accepted: bool
    message: str
    score: float | None = None


def program_request(context: TestContext) -> RunRequest:
    """The program's run on the test's input."""
    program, limits = context.program, context.limits
    argv = program.argv(
        context.problem.limits.memory_mib, max(1, limits.effective_stack_kib // 1024)
    )
    return RunRequest(
        argv=argv,
        limits=limits,
        stdin=context.test.input_path,
        readonly_binds=program.box_binds(),
        env=dict(program.language.run_env),
        baseline=context.baseline,
        work_writable=context.problem.allow_file_writing,
    )


def status_verdict(result: RunResult, program: Program) -> tuple[Verdict | None, str]:
    """The verdict the run's status alone decides, or None when the output must be checked."""
    if result.status == RunStatus.INTERNAL_ERROR:
        raise JudgeFault(f"sandbox failure: {result.message}")
    if result.status == RunStatus.OK:
        return None, ""
    if result.status in (RunStatus.SIGNALED, RunStatus.NONZERO_EXIT) and any(
        marker in result.stderr for marker in program.language.memory_error_markers
    ):
        return Verdict.MLE, "ran out of memory"
    return STATUS_VERDICTS[result.status], result.message


def check_output(
    slot: Slot,
    problem: Problem,
    validator: Program | None,
    test: TestCase,
    output: bytes,
    work_dir: Path,
    sandbox_ids: tuple[int, int],
) -> CheckOutcome:
    flags = problem.validator_flags + test.output_validator_args
    if validator is None:
        try:
            checked = compare(output, test.answer_path.read_bytes(), flags)
        except FlagError as error:
            raise JudgeFault(f"bad output validator flags {list(flags)}: {error}") from error
        return CheckOutcome(checked.accepted, checked.message)
    output_path = work_dir / "team_output"
    output_path.write_bytes(output)
    with feedback_dir(sandbox_ids) as feedback:
        request = validator_request(
            validator,
            stage_for_sandbox(test.input_path, work_dir / "data", "input"),
            stage_for_sandbox(test.answer_path, work_dir / "data", "answer"),
            feedback,
            flags,
            VALIDATOR_LIMITS,
            stdin=output_path,
        )
        return from_validator(interpret(slot.helper.run(request), feedback))


def from_validator(verdict: ValidatorVerdict) -> CheckOutcome:
    return CheckOutcome(
        verdict.accepted, verdict.team_message or verdict.judge_message, verdict.score
    )


def _preview(data: bytes, limit: int) -> str:
    text = data[:limit].decode(errors="replace")
    return text + ("\n[truncated]" if len(data) > limit else "")


def test_result(
    context: TestContext, verdict: Verdict, message: str, result: RunResult
) -> TestResult:
    test, reveal, limit = context.test, context.reveal, context.preview_bytes
    shown = reveal and test.input_path.exists()
    return TestResult(
        name=test.name,
        verdict=verdict,
        cpu_time_s=round(result.usage.cpu_time_s, 4),
        wall_time_s=round(result.usage.wall_time_s, 4),
        memory_kib=result.usage.memory_kib,
        message=message,
        is_sample=test.is_sample,
        input_text=_preview(test.input_path.read_bytes(), limit) if shown else None,
        expected_output=(
            _preview(test.answer_path.read_bytes(), limit)
            if shown and test.answer_path != test.input_path and test.answer_path.exists()
            else None
        ),
        actual_output=_preview(result.stdout, limit) if reveal else None,
    )
