"""A C or C++ function submission that crashes on a case the user sees gets the sanitizers'
finding (AddressSanitizer, UBSan) with the user's line, from a re-run of that case alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from function_packages import write_package

from assay.core.events import Finished
from assay.core.types import JudgeResult, Verdict
from assay.judge.environment import make_environment
from assay.judge.function_sanitizer import summary
from assay.judge.pipeline import JudgeEnvironment, judge
from assay.judge.types import JudgeOptions, Source
from assay.problems.loader import load_problem
from assay.problems.model import Problem

TWO_SUM = """function_format_version: 1
name: twoSum
params: [{name: nums, type: "integer[]"}, {name: target, type: integer}]
return: {type: "integer[]"}
compare: {mode: unordered}
reveal: samples
"""
SAMPLES = [([[2, 7, 11, 15], 9], [0, 1])]
SECRET = [([[3, 2, 4], 6], [1, 2]), ([[3, 3], 6], [0, 1])]

# Writes past a 4-int heap block on line 5 (an index the optimiser cannot see through).
CPP_OVERFLOW = """class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        int* seen = new int[4];
        for (int x : nums) seen[x * 4096] = target;
        return {0, 1};
    }
};
"""
# A null pointer written on line 3.
C_NULL = """int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    int* pair = NULL;
    pair[1] = target;
    *returnSize = 2;
    return pair;
}
"""
# Crashes on the third case only, which is hidden and not revealed (`reveal: samples`).
CPP_HIDDEN_CRASH = """class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        if (nums.size() == 2) { int* p = nullptr; *p = target; }
        for (int i = 0; i < (int)nums.size(); i++)
            for (int j = i + 1; j < (int)nums.size(); j++)
                if (nums[i] + nums[j] == target) return {i, j};
        return {};
    }
};
"""

ASAN_STDERR = """=================================================================
==2==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x603000000064 at pc 0x5 bp 0x7 sp 0x7
WRITE of size 4 at 0x603000000064 thread T0
    #0 0x560fbb62ad3d in Solution::twoSum(std::vector<int>&, int) /prog/solution.cpp:5
    #1 0x560fbb62a000 in main /prog/main.cpp:40
"""
UBSAN_STDERR = "solution.cpp:5:50: runtime error: signed integer overflow: 2147483647 + 1\n"


def test_summary_of_an_address_sanitizer_report_names_the_users_line() -> None:
    assert summary(ASAN_STDERR, "solution.cpp") == (
        "AddressSanitizer: heap-buffer-overflow (WRITE of size 4)"
        " in Solution::twoSum(std::vector<int>&, int) at solution.cpp:5"
    )


def test_summary_of_undefined_behaviour_in_the_users_file() -> None:
    assert summary(UBSAN_STDERR, "solution.cpp") == (
        "UndefinedBehaviorSanitizer: signed integer overflow: 2147483647 + 1 at solution.cpp:5"
    )
    assert summary(UBSAN_STDERR, "solution.c") is None  # another file's finding is not the user's
    assert summary("Segmentation fault\n", "solution.cpp") is None


@pytest.fixture(scope="module")
def env(sandbox_cache_dir: Path) -> JudgeEnvironment:
    return make_environment(1, cache_dir=sandbox_cache_dir)


@pytest.fixture(scope="module")
def two_sum(tmp_path_factory: pytest.TempPathFactory) -> Problem:
    root = tmp_path_factory.mktemp("sanitizer") / "twosum"
    return load_problem(write_package(root, TWO_SUM, SAMPLES, SECRET))


def _judge(env: JudgeEnvironment, problem: Problem, language: str, code: str) -> JudgeResult:
    events = list(judge(problem, Source(code, language), JudgeOptions(), env))
    finished = events[-1]
    assert isinstance(finished, Finished)
    return finished.result


@pytest.mark.sandbox
@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "code", "finding"),
    [
        ("cpp", CPP_OVERFLOW, "Sanitizer: "),
        ("c", C_NULL, "AddressSanitizer: SEGV"),
    ],
)
def test_a_crash_on_a_sample_gets_the_sanitizers_finding(
    env: JudgeEnvironment, two_sum: Problem, language: str, code: str, finding: str
) -> None:
    result = _judge(env, two_sum, language, code)
    assert result.verdict == Verdict.RE
    crashed = result.tests[0]
    assert crashed.verdict == Verdict.RE
    assert "SIGSEGV" in crashed.message
    assert finding in crashed.message
    line = 5 if language == "cpp" else 3
    assert f"solution.{language}:{line}" in crashed.message


@pytest.mark.sandbox
@pytest.mark.slow
def test_a_crash_on_a_hidden_test_is_not_rerun(env: JudgeEnvironment, two_sum: Problem) -> None:
    result = _judge(env, two_sum, "cpp", CPP_HIDDEN_CRASH)
    assert [t.verdict for t in result.tests] == [Verdict.AC, Verdict.AC, Verdict.RE]
    assert "Sanitizer" not in result.tests[-1].message
