"""Run one test and decide its verdict: the sandbox's status first, then the output check."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from assay.core.types import Limits, RunStatus, TestResult, Usage, Verdict
from assay.judge.compile import JudgeFault, Program
from assay.judge.default_validator import FlagError, compare
from assay.judge.interactive import interactive_status, run_interactive
from assay.judge.validators import (
    ValidatorVerdict,
    feedback_dir,
    has_next_pass,
    interpret,
    stage_for_sandbox,
    take_next_pass,
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


def judge_one_test(
    *,
    slot: Slot,
    problem: Problem,
    program: Program,
    validator: Program | None,
    test: TestCase,
    limits: Limits,
    baseline: Usage,
    reveal: bool,
    is_custom: bool,
    work_dir: Path,
    sandbox_ids: tuple[int, int],
    preview_bytes: int,
) -> TestResult:
    request = _program_request(program, problem, test, limits, baseline)
    if problem.is_interactive and validator is not None and not is_custom:
        return _interactive_test(
            slot, problem, validator, test, request, sandbox_ids, work_dir, reveal, preview_bytes
        )
    if problem.is_multipass and validator is not None and not is_custom:
        return _multipass_test(
            slot,
            problem,
            program,
            validator,
            test,
            request,
            sandbox_ids,
            work_dir,
            reveal,
            preview_bytes,
        )
    result = slot.run(request)
    verdict, message = _status_verdict(result, program)
    check: CheckOutcome | None = None
    if verdict is None and is_custom and test.answer_path == test.input_path:
        # Custom input with no reference solution: nothing to compare with, the run stands.
        verdict, message = Verdict.AC, ""
    elif verdict is None:
        check = check_output(slot, problem, validator, test, result.stdout, work_dir, sandbox_ids)
        verdict = Verdict.AC if check.accepted else Verdict.WA
        message = check.message
    base = _test_result(test, verdict, message, result, reveal, preview_bytes)
    return replace(base, score=check.score if check else None)


def _program_request(
    program: Program, problem: Problem, test: TestCase, limits: Limits, baseline: Usage
) -> RunRequest:
    memory_mib = problem.memory_mib
    argv = program.argv(memory_mib, max(1, limits.effective_stack_kib // 1024))
    return RunRequest(
        argv=argv,
        limits=limits,
        stdin_path=test.input_path,
        readonly_binds=program.box_binds(),
        env=dict(program.language.run_env),
        baseline=baseline,
        work_writable=problem.allow_file_writing,
    )


def _status_verdict(result: RunResult, program: Program) -> tuple[Verdict | None, str]:
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
            stdin_path=output_path,
        )
        return _from_validator(interpret(slot.helper.run(request), feedback))


def _from_validator(verdict: ValidatorVerdict) -> CheckOutcome:
    return CheckOutcome(
        verdict.accepted, verdict.team_message or verdict.judge_message, verdict.score
    )


def _interactive_test(
    slot: Slot,
    problem: Problem,
    validator: Program,
    test: TestCase,
    request: RunRequest,
    sandbox_ids: tuple[int, int],
    work_dir: Path,
    reveal: bool,
    preview_bytes: int,
) -> TestResult:
    """One interaction, or one per pass of an interactive multi-pass problem (each pass's
    validator gets the `nextpass.in` the previous one wrote; the feedback directory stays)."""
    flags = problem.validator_flags + test.output_validator_args
    wall_s = max(request.limits.effective_wall_time_s, 2 * request.limits.cpu_time_s)
    interactive_limits = replace(VALIDATOR_LIMITS, cpu_time_s=wall_s + 1, wall_time_s=wall_s + 2)
    passes = problem.validation_passes if problem.is_multipass else 1
    pass_input = test.input_path
    with feedback_dir(sandbox_ids) as feedback:
        for pass_number in range(1, passes + 1):
            outcome = run_interactive(
                slot,
                request,
                validator,
                stage_for_sandbox(pass_input, work_dir / "data", "input"),
                stage_for_sandbox(test.answer_path, work_dir / "data", "answer"),
                feedback,
                flags,
                interactive_limits,
                sandbox_ids,
            )
            status, accepted = interactive_status(outcome)
            if status is not None or not accepted or not has_next_pass(feedback):
                break
            if pass_number == passes:
                raise JudgeFault(f"validator asked for more than {pass_number} passes")
            pass_input = work_dir / f"pass{pass_number + 1}.in"
            take_next_pass(feedback, pass_input)
    submission = outcome.submission
    if status is not None:
        verdict = STATUS_VERDICTS[status]
        message = submission.message
    else:
        verdict = Verdict.AC if accepted else Verdict.WA
        message = outcome.validator.team_message or outcome.validator.judge_message
    result = _test_result(test, verdict, message, submission, reveal, preview_bytes)
    return replace(result, actual_output=None, score=outcome.validator.score)


def _multipass_test(
    slot: Slot,
    problem: Problem,
    program: Program,
    validator: Program,
    test: TestCase,
    request: RunRequest,
    sandbox_ids: tuple[int, int],
    work_dir: Path,
    reveal: bool,
    preview_bytes: int,
) -> TestResult:
    """Run the submission again on each `nextpass.in` the validator writes, up to the limit."""
    flags = problem.validator_flags + test.output_validator_args
    staged_answer = stage_for_sandbox(test.answer_path, work_dir / "data", "answer")
    pass_input = test.input_path
    with feedback_dir(sandbox_ids) as feedback:
        for pass_number in range(1, problem.validation_passes + 1):
            result = slot.run(replace(request, stdin_path=pass_input))
            verdict, message = _status_verdict(result, program)
            if verdict is not None:
                break
            output_path = work_dir / "team_output"
            output_path.write_bytes(result.stdout)
            # Each pass's validator reads that pass's input (the previous nextpass.in).
            staged_input = stage_for_sandbox(pass_input, work_dir / "data", "input")
            checked = interpret(
                slot.helper.run(
                    validator_request(
                        validator,
                        staged_input,
                        staged_answer,
                        feedback,
                        flags,
                        VALIDATOR_LIMITS,
                        stdin_path=output_path,
                    )
                ),
                feedback,
            )
            verdict = Verdict.AC if checked.accepted else Verdict.WA
            message = checked.team_message or checked.judge_message
            if not checked.accepted or not has_next_pass(feedback):
                break
            if pass_number == problem.validation_passes:
                raise JudgeFault(f"validator asked for more than {pass_number} passes")
            pass_input = work_dir / f"pass{pass_number + 1}.in"
            take_next_pass(feedback, pass_input)
    assert verdict is not None  # every way out of the loop sets it
    return _test_result(test, verdict, message, result, reveal, preview_bytes)


def _preview(data: bytes, limit: int) -> str:
    text = data[:limit].decode(errors="replace")
    return text + ("\n[truncated]" if len(data) > limit else "")


def _test_result(
    test: TestCase,
    verdict: Verdict,
    message: str,
    result: RunResult,
    reveal: bool,
    preview_bytes: int,
) -> TestResult:
    shown = reveal and test.input_path.exists()
    return TestResult(
        name=test.name,
        verdict=verdict,
        cpu_time_s=round(result.usage.cpu_time_s, 4),
        wall_time_s=round(result.usage.wall_time_s, 4),
        memory_kib=result.usage.memory_kib,
        message=message,
        is_sample=test.is_sample,
        input_text=_preview(test.input_path.read_bytes(), preview_bytes) if shown else None,
        expected_output=(
            _preview(test.answer_path.read_bytes(), preview_bytes)
            if shown and test.answer_path != test.input_path and test.answer_path.exists()
            else None
        ),
        actual_output=_preview(result.stdout, preview_bytes) if reveal else None,
    )
