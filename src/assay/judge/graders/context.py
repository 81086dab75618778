"""What grading one test needs, in one value."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from assay.core.types import Limits, TestResult, Usage
from assay.judge.compile import Program
from assay.problems.model import Problem, TestCase
from assay.sandbox import Slot

PREVIEW_BYTES = 64 * 1024  # input, expected and actual output shown per test


@dataclass(frozen=True, slots=True)
class TestContext:
    """One test of one judging."""

    __test__ = False  # not a pytest test class

    slot: Slot
    problem: Problem
    program: Program
    validator: Program | None  # the package's output validator; None: the default one
    test: TestCase
    limits: Limits
    baseline: Usage  # the box's own start-up cost, subtracted from every measurement
    reveal: bool  # show input, expected and actual output
    is_custom: bool  # the user's own input (a "Run")
    work_dir: Path
    sandbox_ids: tuple[int, int]
    preview_bytes: int = PREVIEW_BYTES
    # The test judged after this one, if any: its box can be started while this one runs.
    next_test: TestCase | None = None


Grader = Callable[[TestContext], TestResult]
