"""Fixtures for tests that run programs in the real sandbox (root, cgroups, bubblewrap)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sandbox_support import (
    SUM_PROBLEM_DIR,
    JudgeFn,
    assert_no_new_sandbox_processes,
    describe,
    golden_ac,
    judge_source,
    sandbox_processes,
)

from assay.core.types import JudgeResult, Verdict
from assay.judge.environment import make_environment
from assay.judge.pipeline import JudgeEnvironment
from assay.judge.types import JudgeOptions
from assay.problems.loader import load_problem
from assay.problems.model import Problem
from assay.sandbox import SandboxPool, SandboxUnavailable
from assay.sandbox.pool import Slot


@pytest.fixture(scope="session")
def judge_env(sandbox_cache_dir: Path) -> JudgeEnvironment:
    """One slot (pinned to one core), with a cache the sandbox user can reach.
    `ASSAY_TEST_SLOTS=2` runs these tests with each judging's tests spread over two slots."""
    try:
        return make_environment(
            int(os.environ.get("ASSAY_TEST_SLOTS", "1")), cache_dir=sandbox_cache_dir
        )
    except SandboxUnavailable as error:
        pytest.fail(f"the sandbox is unavailable on this host: {error}")


@pytest.fixture
def slot(judge_env: JudgeEnvironment) -> Iterator[Slot]:
    """The real pool's slot, borrowed for one test (returning it stops any box held ahead)."""
    pool = judge_env.pool
    assert isinstance(pool, SandboxPool)
    with pool.slot() as borrowed:
        yield borrowed


@pytest.fixture(scope="session")
def sum_problem() -> Problem:
    """Read n numbers, print the sum: 1 s, 64 MiB, 1 MiB of output."""
    return load_problem(SUM_PROBLEM_DIR)


@pytest.fixture
def run_judge(judge_env: JudgeEnvironment, sum_problem: Problem) -> JudgeFn:
    """`run_judge(text, language, problem=None, **options)`: on the sum problem by default."""

    def run(
        text: str, language: str, problem: Problem | None = None, **options: object
    ) -> JudgeResult:
        chosen = problem or sum_problem
        judge_options = JudgeOptions(**options)  # type: ignore[arg-type]
        return judge_source(judge_env, chosen, text, language, judge_options)

    return run


@pytest.fixture
def then_still_accepted(judge_env: JudgeEnvironment, sum_problem: Problem) -> Iterator[None]:
    """After a hostile program: nothing of its box is left, and a good program still gets AC
    (judged on the sample only: a full compile-and-run cycle, kept short)."""
    before = set(sandbox_processes())
    yield
    assert_no_new_sandbox_processes(before)
    options = JudgeOptions(samples_only=True)
    result = judge_source(judge_env, sum_problem, golden_ac("python3"), "python3", options)
    assert result.verdict == Verdict.AC, describe(result)
    assert [test.name for test in result.tests] == ["sample/1"]
    assert_no_new_sandbox_processes(before)
