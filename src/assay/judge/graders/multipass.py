"""Run the program again on each `nextpass.in` the validator writes, up to the pass limit."""

from __future__ import annotations

from dataclasses import replace

from assay.core.types import TestResult, Verdict
from assay.judge.graders.common import (
    VALIDATOR_LIMITS,
    program_request,
    status_verdict,
    test_result,
)
from assay.judge.graders.context import TestContext
from assay.judge.types import JudgeFault
from assay.judge.validators import (
    feedback_dir,
    has_next_pass,
    interpret,
    stage_for_sandbox,
    take_next_pass,
    validator_request,
)


def grade_multipass(context: TestContext) -> TestResult:
    problem, test, work_dir, slot = context.problem, context.test, context.work_dir, context.slot
    validator = context.validator
    assert validator is not None  # grader_for picks this grader only with one
    request = program_request(context)
    flags = problem.validator_flags + test.output_validator_args
    staged_answer = stage_for_sandbox(test.answer_path, work_dir / "data", "answer")
    pass_input = test.input_path
    with feedback_dir(context.sandbox_ids) as feedback:
        for pass_number in range(1, problem.limits.validation_passes + 1):
            result = slot.run(replace(request, stdin=pass_input))
            verdict, message = status_verdict(result, context.program)
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
                        stdin=output_path,
                    )
                ),
                feedback,
            )
            verdict = Verdict.AC if checked.accepted else Verdict.WA
            message = checked.team_message or checked.judge_message
            if not checked.accepted or not has_next_pass(feedback):
                break
            if pass_number == problem.limits.validation_passes:
                raise JudgeFault(f"validator asked for more than {pass_number} passes")
            pass_input = work_dir / f"pass{pass_number + 1}.in"
            take_next_pass(feedback, pass_input)
    assert verdict is not None  # every way out of the loop sets it
    return test_result(context, verdict, message, result)
