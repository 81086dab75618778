"""A Run with custom input: that input is judged, its expected output coming from the
package's reference solution, through the real sandbox."""

from __future__ import annotations

from pathlib import Path

import pytest

from assay.core.events import Finished
from assay.core.types import JudgeResult, Verdict
from assay.judge.environment import make_environment
from assay.judge.pipeline import JudgeEnvironment, judge
from assay.judge.types import JudgeOptions, Source
from assay.problems.loader import load_problem

pytestmark = pytest.mark.sandbox

SUMTWO = Path(__file__).resolve().parents[2] / "problems" / "sumtwo"
RIGHT = """import sys
data = sys.stdin.read().split()
t = int(data[0])
print("\\n".join(str(int(data[1 + 2 * i]) + int(data[2 + 2 * i])) for i in range(t)))
"""
WRONG = RIGHT.replace("+ int", "- int")
CUSTOM_INPUT = b"2\n40 2\n-7 7\n"


@pytest.fixture(scope="module")
def env(sandbox_cache_dir: Path) -> JudgeEnvironment:
    return make_environment(1, cache_dir=sandbox_cache_dir)


def _run(env: JudgeEnvironment, source: str) -> JudgeResult:
    problem = load_problem(SUMTWO)
    options = JudgeOptions(samples_only=True, custom_input=CUSTOM_INPUT)
    events = judge(problem, Source(source, "python3"), options, env)
    return next(e.result for e in events if isinstance(e, Finished))


def test_custom_input_is_judged_against_the_reference_output(env: JudgeEnvironment) -> None:
    result = _run(env, RIGHT)
    assert [test.name for test in result.tests] == ["custom"]
    custom = result.tests[-1]
    assert custom.verdict == Verdict.AC
    assert custom.expected_output is not None and custom.expected_output.split() == ["42", "0"]
    assert custom.actual_output is not None and custom.actual_output.split() == ["42", "0"]
    assert result.verdict == Verdict.AC


def test_a_wrong_program_fails_the_custom_input(env: JudgeEnvironment) -> None:
    result = _run(env, WRONG)
    assert [test.verdict for test in result.tests] == [Verdict.WA]
    assert result.tests[-1].actual_output is not None
    assert result.tests[-1].actual_output.split() == ["38", "-14"]
