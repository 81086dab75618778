"""Type checks of function-problem values: the quick whole-list check agrees with the item by item
check, whose message names the first bad item's path."""

from __future__ import annotations

from pathlib import Path

import pytest

from assay.problems.function_spec import (
    CaseError,
    FunctionSpec,
    check_value,
    parse_case_input,
    parse_type,
    read_function_spec,
)


@pytest.mark.parametrize(
    ("type_text", "value", "message"),
    [
        ("integer[]", [1, 2, 3], None),
        ("integer[]", [1, True, 3], "nums[1]: expected integer, got a boolean"),
        ("integer[]", [1, 2**31], "nums[1]: 2147483648 is out of integer range"),
        ("long[]", [2**62, -(2**63)], None),
        ("integer[][]", [[1, 2], [3, "x"]], "nums[1][1]: expected integer, got a string"),
        ("integer[][]", [[1, 2], 3], "nums[1]: expected integer[], got a number"),
        ("string[]", ["a", "b\u0000"], "nums[1]: strings may not contain NUL"),
        ("character[][]", [["a", "bc"]], "nums[0][1]: expected one ASCII character"),
        ("double[]", [1, 2.5, float("inf")], "nums[2]: a double must be finite"),
        ("boolean[]", [True, 0], "nums[1]: expected boolean, got a number"),
        ("ListNode", [1, None], "nums[1]: expected integer, got null"),
        ("TreeNode", [1, None, 2**31], "nums[2]: 2147483648 is out of integer range"),
        ("list<list<integer>>", [[], [1], [2, 3]], None),
    ],
)
def test_a_value_is_checked_with_the_path_of_its_first_bad_item(
    type_text: str, value: object, message: str | None
) -> None:
    found = check_value(parse_type(type_text), value, "nums")
    if message is None:
        assert found is None
    else:
        assert found is not None and found.startswith(message), found


DESIGN = """function_format_version: 1
kind: design
class: Counter
constructor:
  params: [{name: start, type: integer}]
methods:
  - {name: add, params: [{name: amount, type: long}], return: {type: long}}
  - {name: names, params: [{name: list, type: "string[]"}], return: {type: void}}
"""


def _design(tmp_path: Path) -> FunctionSpec:
    (tmp_path / "function.yaml").write_text(DESIGN)
    spec = read_function_spec(tmp_path)
    assert spec is not None
    return spec


def test_a_design_test_names_the_call_and_parameter_of_a_bad_argument(tmp_path: Path) -> None:
    spec = _design(tmp_path)
    good = '["Counter","add","names","add"]\n[[1],[5],[["a","b"]],[7]]\n'
    assert parse_case_input(spec, good)[0][0] == "Counter"
    bad = '["Counter","add","names","add"]\n[[1],[5],[["a",3]],[7]]\n'
    with pytest.raises(CaseError, match=r"arguments\[2\]\.list\[1\]: expected string"):
        parse_case_input(spec, bad)
    unknown = '["Counter","sub"]\n[[1],[5]]\n'
    with pytest.raises(CaseError, match=r"operations\[1\]: \"sub\" is not a method"):
        parse_case_input(spec, unknown)
