"""Run the program on the test's input, then check its output (default or custom validator)."""

from __future__ import annotations

from dataclasses import replace

from assay.core.types import TestResult, Verdict
from assay.judge.graders.common import (
    CheckOutcome,
    check_output,
    program_request,
    status_verdict,
    test_result,
)
from assay.judge.graders.context import TestContext


def grade_standard(context: TestContext) -> TestResult:
    then = None
    if context.next_test is not None:
        then = program_request(replace(context, test=context.next_test))
    result = context.slot.run(program_request(context), then)
    verdict, message = status_verdict(result, context.program)
    check: CheckOutcome | None = None
    test = context.test
    if verdict is None and context.is_custom and test.answer_path == test.input_path:
        # Custom input with no reference solution: nothing to compare with, the run stands.
        verdict, message = Verdict.AC, ""
    elif verdict is None:
        check = check_output(
            context.slot,
            context.problem,
            context.validator,
            test,
            result.stdout,
            context.work_dir,
            context.sandbox_ids,
        )
        verdict = Verdict.AC if check.accepted else Verdict.WA
        message = check.message
    base = test_result(context, verdict, message, result)
    return replace(base, score=check.score if check else None)
