"""The program and the output validator talk through pipes: one interaction, or one per pass
of an interactive multi-pass problem (each pass's validator gets the `nextpass.in` the previous
one wrote; the feedback directory stays)."""

from __future__ import annotations

from dataclasses import replace

from assay.core.types import RunStatus, TestResult, Verdict
from assay.judge.graders.common import (
    STATUS_VERDICTS,
    VALIDATOR_LIMITS,
    program_request,
    test_result,
)
from assay.judge.graders.context import TestContext
from assay.judge.interactive import InteractiveOutcome, interactive_status, run_interactive
from assay.judge.types import JudgeFault
from assay.judge.validators import feedback_dir, has_next_pass, stage_for_sandbox, take_next_pass


def grade_interactive(context: TestContext) -> TestResult:
    outcome, status, accepted = _interact(context)
    submission = outcome.submission
    if status is not None:
        verdict = STATUS_VERDICTS[status]
        message = submission.message
    else:
        verdict = Verdict.AC if accepted else Verdict.WA
        message = outcome.validator.team_message or outcome.validator.judge_message
    result = test_result(context, verdict, message, submission)
    return replace(result, actual_output=None, score=outcome.validator.score)


def _interact(context: TestContext) -> tuple[InteractiveOutcome, RunStatus | None, bool]:
    """The last pass's outcome, the status that decides the verdict (None: the validator does)
    and whether the validator accepted."""
    problem, test, work_dir = context.problem, context.test, context.work_dir
    assert context.validator is not None  # grader_for picks this grader only with one
    request = program_request(context)
    flags = problem.validator_flags + test.output_validator_args
    wall_s = max(request.limits.effective_wall_time_s, 2 * request.limits.cpu_time_s)
    interactive_limits = replace(VALIDATOR_LIMITS, cpu_time_s=wall_s + 1, wall_time_s=wall_s + 2)
    passes = problem.limits.validation_passes if problem.is_multipass else 1
    pass_input = test.input_path
    with feedback_dir(context.sandbox_ids) as feedback:
        for pass_number in range(1, passes + 1):
            outcome = run_interactive(
                context.slot,
                request,
                context.validator,
                stage_for_sandbox(pass_input, work_dir / "data", "input"),
                stage_for_sandbox(test.answer_path, work_dir / "data", "answer"),
                feedback,
                flags,
                interactive_limits,
                context.sandbox_ids,
            )
            status, accepted = interactive_status(outcome)
            if status is not None or not accepted or not has_next_pass(feedback):
                break
            if pass_number == passes:
                raise JudgeFault(f"validator asked for more than {pass_number} passes")
            pass_input = work_dir / f"pass{pass_number + 1}.in"
            take_next_pass(feedback, pass_input)
    return outcome, status, accepted
