"""Function problems judged end to end through the real sandbox (Python driver): verdicts, the
feedback a LeetCode user expects, and submissions that try to forge the result channel."""

from __future__ import annotations

from pathlib import Path

import pytest
from function_packages import write_package

from assay.api.redaction import HIDDEN_TEST_MESSAGE, redact_test
from assay.core.events import Finished, JudgeEvent, TestFinished
from assay.core.types import JudgeResult, Verdict
from assay.judge.environment import make_environment
from assay.judge.pipeline import JudgeEnvironment, judge
from assay.judge.types import JudgeOptions, Source
from assay.problems.loader import load_problem
from assay.problems.model import Problem

pytestmark = pytest.mark.sandbox

TWO_SUM = """function_format_version: 1
name: twoSum
params: [{name: nums, type: "integer[]"}, {name: target, type: integer}]
return: {type: "integer[]"}
compare: {mode: unordered}
"""
SAMPLES = [([[2, 7, 11, 15], 9], [0, 1]), ([[3, 2, 4], 6], [1, 2])]
SECRET = [([[3, 3], 6], [0, 1]), ([[1, 5, 9, -4], 5], [2, 3]), ([[0, 4, 3, 0], 0], [0, 3])]
RIGHT = """class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [i, seen[target - x]]  # any order
            seen[x] = i
"""


@pytest.fixture(scope="module")
def env(sandbox_cache_dir: Path) -> JudgeEnvironment:
    return make_environment(1, cache_dir=sandbox_cache_dir)


@pytest.fixture(scope="module")
def two_sum(tmp_path_factory: pytest.TempPathFactory) -> Problem:
    root = tmp_path_factory.mktemp("fn") / "twosum"
    write_package(root, TWO_SUM, SAMPLES, SECRET, accepted=("solution.py", RIGHT))
    return load_problem(root)


def _judge(
    env: JudgeEnvironment, problem: Problem, code: str, **options: object
) -> tuple[JudgeResult, list[JudgeEvent]]:
    events = list(judge(problem, Source(code, "python3"), JudgeOptions(**options), env))  # type: ignore[arg-type]
    finished = events[-1]
    assert isinstance(finished, Finished)
    return finished.result, events


def test_a_right_solution_is_accepted_on_every_test(
    env: JudgeEnvironment, two_sum: Problem
) -> None:
    result, events = _judge(env, two_sum, RIGHT)
    assert result.verdict == Verdict.AC
    assert [t.verdict for t in result.tests] == [Verdict.AC] * 5
    live = [e.result for e in events if isinstance(e, TestFinished)]
    assert len(live) == 5
    # The tests share one process: each live line shows its peak so far, never 0 (the final
    # result shows the run's peak on each).
    assert all(0 < t.memory_kib <= result.max_memory_kib for t in live)
    assert [t.memory_kib for t in result.tests] == [result.max_memory_kib] * 5


def test_a_wrong_answer_shows_named_input_expected_and_actual(
    env: JudgeEnvironment, two_sum: Problem
) -> None:
    wrong = RIGHT.replace("return [i, seen[target - x]]", "return [i, i]")
    result, _ = _judge(env, two_sum, wrong)
    assert result.verdict == Verdict.WA
    first = result.tests[0]
    assert first.input_text == "nums = [2,7,11,15]\ntarget = 9"
    assert first.expected_output == "[0,1]" and first.actual_output == "[1,1]"
    assert "in any order" in first.message
    assert len(result.tests) == 1  # Submit stops at the first failure


def test_an_exception_names_its_line_and_the_next_tests_are_not_run(
    env: JudgeEnvironment, two_sum: Problem
) -> None:
    crash = RIGHT.replace(
        "        seen = {}\n",
        "        seen = {}\n        if len(nums) == 3: raise ValueError('three')\n",
    )
    result, _ = _judge(env, two_sum, crash)
    assert [t.verdict for t in result.tests] == [Verdict.AC, Verdict.RE]
    assert result.tests[1].message.startswith("ValueError: three at line 4")


def test_an_infinite_loop_is_a_time_limit_on_that_test(
    env: JudgeEnvironment, two_sum: Problem
) -> None:
    loop = RIGHT.replace(
        "        seen = {}\n", "        seen = {}\n        while len(nums) == 3: pass\n"
    )
    result, _ = _judge(env, two_sum, loop)
    assert [t.verdict for t in result.tests] == [Verdict.AC, Verdict.TLE]


def test_stdout_belongs_to_the_test_that_printed_it(
    env: JudgeEnvironment, two_sum: Problem
) -> None:
    chatty = RIGHT.replace(
        "        seen = {}\n", "        seen = {}\n        print('len', len(nums), end='')\n"
    )
    result, _ = _judge(env, two_sum, chatty, samples_only=True)
    assert [t.verdict for t in result.tests] == [Verdict.AC, Verdict.AC]
    assert result.tests[0].message.endswith("stdout:\nlen 4")
    assert result.tests[1].message.endswith("stdout:\nlen 3")


def test_a_custom_run_takes_several_cases_and_expected_values_from_the_reference(
    env: JudgeEnvironment, two_sum: Problem
) -> None:
    custom = b"[1,2,3]\n5\n[5,5]\n10\n"
    result, _ = _judge(env, two_sum, RIGHT, custom_input=custom, samples_only=True)
    assert [t.name for t in result.tests] == ["custom1", "custom2"]
    assert [t.verdict for t in result.tests] == [Verdict.AC, Verdict.AC]
    assert result.tests[0].expected_output in ("[1,2]", "[2,1]")


def test_state_kept_between_tests_is_named(env: JudgeEnvironment, two_sum: Problem) -> None:
    leaky = "calls = []\n" + RIGHT.replace(
        "        seen = {}\n",
        "        seen = {}\n        calls.append(1)\n        if len(calls) == 4: return [9, 9]\n",
    )
    result, _ = _judge(env, two_sum, leaky)
    assert result.verdict == Verdict.WA
    assert "passes when run alone" in result.tests[-1].message


# --- hostile programs: none may be accepted ---------------------------------------------------

FAKE_STDOUT = """import sys
print('{"t":0,"v":[0,1]}')
print('{"end":5}')
print('All tests passed')
sys.exit(0)
"""
FORGED_RECORDS = """import os
for i, answer in enumerate([[0,1],[1,2],[0,1],[2,3],[0,3]][:2]):
    os.write(3, ('{"t":%d,"v":%s}\\n' % (i, answer)).encode())
os.write(3, b'{"end":5}\\n')
os._exit(0)
"""
DUPLICATES = (
    RIGHT
    + """
import os
os.write(3, b'{"t":0,"v":[0,1]}\\n')
"""
)
CLOSE_CHANNEL = "import os\nos.close(3)\n" + RIGHT
FLOOD = "import os\nwhile True:\n    os.write(3, b'x' * 65536)\n"
ORPHAN = """import os, time
if os.fork() == 0:
    time.sleep(0.2)
    for i in range(5):
        os.write(3, ('{"t":%d,"v":[0,1]}\\n' % i).encode())
    os._exit(0)
""" + RIGHT.replace("return [i, seen[target - x]]", "return [0, 0]")
EXIT_ON_CALL = """import os
class Solution:
    def twoSum(self, nums, target):
        os._exit(0)
"""


@pytest.mark.parametrize(
    "code",
    [FAKE_STDOUT, FORGED_RECORDS, DUPLICATES, CLOSE_CHANNEL, FLOOD, ORPHAN, EXIT_ON_CALL],
    ids=["fake-stdout", "forged", "duplicates", "closed", "flood", "orphan", "exit"],
)
def test_a_forged_channel_is_never_accepted(
    env: JudgeEnvironment, two_sum: Problem, code: str
) -> None:
    result, _ = _judge(env, two_sum, code)
    assert result.verdict not in (Verdict.AC, Verdict.JE), result


def test_the_first_failing_hidden_test_is_revealed_with_its_input(
    env: JudgeEnvironment, two_sum: Problem
) -> None:
    fails_on_pairs = RIGHT.replace(
        "        seen = {}\n", "        seen = {}\n        if len(nums) == 2: return [5]\n"
    )
    result, _ = _judge(env, two_sum, fails_on_pairs)
    failed = result.tests[-1]
    assert (failed.verdict, failed.is_sample, failed.revealed) == (Verdict.WA, False, True)
    assert failed.input_text == "nums = [3,3]\ntarget = 6"
    assert (failed.expected_output, failed.actual_output) == ("[0,1]", "[5]")
    assert redact_test(failed, 3) == failed  # the author sees it on every path
    assert result.max_memory_kib > 0


def test_a_problem_can_keep_hidden_failures_hidden(env: JudgeEnvironment, tmp_path: Path) -> None:
    root = write_package(tmp_path / "twosum", TWO_SUM + "reveal: samples\n", SAMPLES, SECRET)
    fails_on_pairs = RIGHT.replace(
        "        seen = {}\n", "        seen = {}\n        if len(nums) == 2: return [5]\n"
    )
    result, _ = _judge(env, load_problem(root), fails_on_pairs)
    failed = result.tests[-1]
    assert (failed.verdict, failed.revealed, failed.input_text) == (Verdict.WA, False, None)
    assert redact_test(failed, 3).message == HIDDEN_TEST_MESSAGE


VALIDATOR = """import json, sys
nums, target = [json.loads(line) for line in open(sys.argv[1])]
try:
    i, j = json.loads(sys.stdin.read())
    ok = i != j and nums[i] + nums[j] == target
except Exception:
    ok = False
sys.exit(42 if ok else 43)
"""


def test_a_package_validator_judges_values(env: JudgeEnvironment, tmp_path: Path) -> None:
    spec = TWO_SUM.replace("compare: {mode: unordered}", "compare: {mode: validator}")
    root = write_package(tmp_path / "anypair", spec, [([[1, 2, 3, 4], 5], [0, 3])])
    (root / "output_validator").mkdir()
    (root / "output_validator" / "validate.py").write_text(VALIDATOR)
    problem = load_problem(root)
    right, _ = _judge(env, problem, RIGHT)  # finds [1, 2], not the answer file's [0, 3]
    assert right.verdict == Verdict.AC
    wrong, _ = _judge(env, problem, RIGHT.replace("return [i, seen[target - x]]", "return [0, 0]"))
    assert wrong.verdict == Verdict.WA
