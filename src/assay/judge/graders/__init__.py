"""Grading one test, split by problem type as DMOJ's `graders/` are: `standard` (run, then check
the output), `interactive` (the program and the validator talk; one interaction per pass) and
`multipass` (the program runs again on each `nextpass.in`). `grade` picks the grader."""

from __future__ import annotations

from assay.core.types import TestResult
from assay.judge.graders.context import Grader, TestContext
from assay.judge.graders.interactive import grade_interactive
from assay.judge.graders.multipass import grade_multipass
from assay.judge.graders.standard import grade_standard

__all__ = ["Grader", "TestContext", "grade", "grader_for"]


def grader_for(context: TestContext) -> Grader:
    """Custom input has no validator run (nothing to talk to, no pass to follow)."""
    problem = context.problem
    if context.validator is None or context.is_custom:
        return grade_standard
    if problem.is_interactive:
        return grade_interactive
    if problem.is_multipass:
        return grade_multipass
    return grade_standard


def grade(context: TestContext) -> TestResult:
    return grader_for(context)(context)
