"""Compile errors of function problems in the user's terms (pure: compiler output as text)."""

from __future__ import annotations

from assay.harness import DriverBuild
from assay.judge.function_diagnostics import explain_compile_errors
from assay.problems.function_spec import FunctionSpec, Kind, Param, SpecKind, TypeRef

SPEC = FunctionSpec(
    kind=SpecKind.FUNCTION,
    name="twoSum",
    params=(
        Param("nums", TypeRef(Kind.ARRAY, TypeRef(Kind.INTEGER))),
        Param("target", TypeRef(Kind.INTEGER)),
    ),
    returns=TypeRef(Kind.ARRAY, TypeRef(Kind.INTEGER)),
)
CPP = DriverBuild(
    files={"main.cpp": b"", "solution.cpp": b""}, main_file="main.cpp", user_file="solution.cpp"
)
RUST = DriverBuild(files={"solution.rs": b""}, main_file="solution.rs", user_file="solution.rs")
STARTER = "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n"


def test_an_error_in_the_users_file_loses_only_the_include_line() -> None:
    output = "In file included from main.cpp:14:\nsolution.cpp:5:5: error: expected ';'\n"
    text = explain_compile_errors(output, CPP, SPEC, "a\nb\nc\nd\ne\n", STARTER)
    assert text == "solution.cpp:5:5: error: expected ';'"


def test_an_error_in_the_glue_names_the_expected_signature() -> None:
    output = "main.cpp:24:60: error: 'class Solution' has no member named 'twoSum'\n"
    text = explain_compile_errors(output, CPP, SPEC, "x\n", STARTER)
    assert text.endswith("it expects:\n    vector<int> twoSum(vector<int>& nums, int target)")


def test_a_rust_error_below_the_users_lines_is_in_the_glue() -> None:
    starter = "impl Solution {\n    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {\n"
    inside = explain_compile_errors("--> solution.rs:3:5\n", RUST, SPEC, "a\nb\nc\nd\n", starter)
    assert "expects" not in inside
    below = explain_compile_errors("--> solution.rs:568:36\n", RUST, SPEC, "a\nb\n", starter)
    assert below.endswith("pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32>")


def test_a_redefined_node_type_gets_its_own_hint() -> None:
    output = "solution.cpp:3:8: error: redefinition of 'struct ListNode'\n"
    text = explain_compile_errors(output, CPP, SPEC, "x\n", STARTER)
    assert text.endswith(
        "ListNode and TreeNode are defined by the judge: remove your own definition."
    )
