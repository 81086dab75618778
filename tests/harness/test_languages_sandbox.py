"""Every language's driver through the real sandbox: LeetCode-style solutions (node types, a design
class, helper classes) are accepted, and a crash names the user's own line."""

from __future__ import annotations

from pathlib import Path

import pytest
from function_packages import write_package

from assay.core.events import Finished
from assay.core.types import JudgeResult, Verdict
from assay.harness import harness_for
from assay.judge.environment import make_environment
from assay.judge.pipeline import JudgeEnvironment, judge
from assay.judge.types import JudgeOptions, Source
from assay.problems.loader import load_problem
from assay.problems.model import Problem

pytestmark = [pytest.mark.sandbox, pytest.mark.slow]

SOLUTIONS = Path(__file__).parent / "solutions"
LANGUAGES = {
    "python3": "solution.py",
    "pypy3": "solution.py",  # through the Python driver
    "cpp": "solution.cpp",
    "java": "Solution.java",
    "javascript": "solution.js",
    "go": "solution.go",
    "rust": "solution.rs",
    "c": "solution.c",
}


def _chain_tree(depth: int) -> list[int | None]:
    values: list[int | None] = [1]
    for value in range(2, depth + 1):
        values += [value, None]
    return values[:-1] if values[-1] is None else values


PROBLEMS = {
    "twosum": (
        """function_format_version: 1
name: twoSum
params: [{name: nums, type: "integer[]"}, {name: target, type: integer}]
return: {type: "integer[]"}
compare: {mode: unordered}
""",
        [([[2, 7, 11, 15], 9], [0, 1]), ([[3, 2, 4], 6], [1, 2]), ([[-3, 4, 3, 90], 0], [0, 2])],
    ),
    "reverselist": (
        """function_format_version: 1
name: reverseList
params: [{name: head, type: ListNode}]
return: {type: ListNode}
""",
        [
            ([[1, 2, 3, 4, 5]], [5, 4, 3, 2, 1]),
            ([[]], []),
            ([list(range(5000))], list(range(4999, -1, -1))),
        ],
    ),
    "maxdepth": (
        """function_format_version: 1
name: maxDepth
params: [{name: root, type: TreeNode}]
return: {type: integer}
""",
        [([[3, 9, 20, None, None, 15, 7]], 3), ([[]], 0), ([_chain_tree(10000)], 10000)],
    ),
    "lru": (
        """function_format_version: 1
kind: design
class: LRUCache
constructor: {params: [{name: capacity, type: integer}]}
methods:
  - {name: get, params: [{name: key, type: integer}], return: {type: integer}}
  - name: put
    params: [{name: key, type: integer}, {name: value, type: integer}]
    return: {type: void}
""",
        [
            (
                [
                    ["LRUCache", "put", "put", "get", "put", "get", "put", "get", "get", "get"],
                    [[2], [1, 1], [2, 2], [1], [3, 3], [2], [4, 4], [1], [3], [4]],
                ],
                [None, None, None, 1, None, -1, None, -1, 3, 4],
            ),
            ([["LRUCache", "get", "put", "get"], [[1], [5], [5, 50], [5]]], [None, -1, None, 50]),
        ],
    ),
}


@pytest.fixture(scope="module")
def env(sandbox_cache_dir: Path) -> JudgeEnvironment:
    return make_environment(1, cache_dir=sandbox_cache_dir)


@pytest.fixture(scope="module")
def problems(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Problem]:
    root = tmp_path_factory.mktemp("functions")
    return {
        name: load_problem(write_package(root / name, spec, cases[:1], cases[1:]))
        for name, (spec, cases) in PROBLEMS.items()
    }


def _judge(env: JudgeEnvironment, problem: Problem, language: str, code: str) -> JudgeResult:
    events = judge(problem, Source(code, language), JudgeOptions(run_all_tests=True), env)
    finished = list(events)[-1]
    assert isinstance(finished, Finished)
    return finished.result


def _solution(problem: str, language: str) -> str:
    name = LANGUAGES[language]
    if problem == "lru" and language == "java":
        name = "LRUCache.java"
    return (SOLUTIONS / problem / name).read_text()


# The languages with a driver (each harness has its own bare tests beside this file).
DRIVEN = [language for language in LANGUAGES if harness_for(language) is not None]


def test_most_languages_have_a_driver() -> None:
    assert {"python3", "java", "javascript", "go", "rust"} <= set(DRIVEN)


@pytest.mark.parametrize("language", DRIVEN)
@pytest.mark.parametrize("problem", list(PROBLEMS))
def test_a_leetcode_style_solution_is_accepted(
    env: JudgeEnvironment, problems: dict[str, Problem], problem: str, language: str
) -> None:
    result = _judge(env, problems[problem], language, _solution(problem, language))
    assert result.verdict == Verdict.AC, (result.compile_output, result.tests)
    assert len(result.tests) == len(PROBLEMS[problem][1])


CRASHES = {
    "python3": "class Solution:\n    def twoSum(self, nums, target):\n        return [nums[99]]\n",
    "java": "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        return new int[] {nums[99]};\n    }\n}\n",  # noqa: E501
    "javascript": "var twoSum = function(nums, target) {\n    const x = null;\n    return [x.y];\n};\n",  # noqa: E501
    "go": "func twoSum(nums []int, target int) []int {\n\tvar i = 99\n\treturn []int{nums[i]}\n}\n",
    "rust": "impl Solution {\n    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {\n        vec![nums[99]]\n    }\n}\n",  # noqa: E501
}


@pytest.mark.parametrize("language", list(CRASHES))
def test_a_crash_is_a_runtime_error_at_the_users_line(
    env: JudgeEnvironment, problems: dict[str, Problem], language: str
) -> None:
    result = _judge(env, problems["twosum"], language, CRASHES[language])
    assert result.verdict == Verdict.RE
    assert "line 3" in result.tests[0].message, result.tests[0].message
