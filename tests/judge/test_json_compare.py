"""Comparing returned values with answers (pure): exact, unordered at depth 1 and 2, floats with
tolerances, design calls; the message names the first differing path."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from assay.judge.json_compare import design_difference, difference
from assay.problems.function_spec import Compare, CompareMode, parse_type

EXACT = Compare()
FLOAT = Compare(CompareMode.FLOAT, abs_tol=1e-6, rel_tol=1e-6)


def unordered(depth: int) -> Compare:
    return Compare(CompareMode.UNORDERED, depth=depth)


def test_exact_names_the_first_differing_path() -> None:
    grid = parse_type("integer[][]")
    assert difference([[1, 2], [3, 4]], [[1, 2], [3, 4]], grid, EXACT) is None
    assert (
        difference([[1, 2], [3, 4]], [[1, 2], [3, 5]], grid, EXACT) == "[1][1]: expected 4, got 5"
    )
    assert difference([1, 2], [1, 2, 3], parse_type("integer[]"), EXACT) == (
        "the result: expected 2 items, got 3"
    )


def test_json_types_are_not_mixed_up() -> None:
    assert difference(True, 1, parse_type("boolean"), EXACT) is not None
    assert difference(1, True, parse_type("integer"), EXACT) is not None
    assert difference("1", 1, parse_type("string"), EXACT) is not None
    assert difference(2, 2.0, parse_type("double"), EXACT) is None
    assert difference(2**63 - 1, 2**63 - 2, parse_type("long"), EXACT) is not None


def test_unordered_depth_one_and_two() -> None:
    groups = parse_type("list<list<string>>")
    expected = [["eat", "tea"], ["bat"]]
    assert difference(expected, [["bat"], ["tea", "eat"]], groups, unordered(2)) is None
    assert difference(expected, [["bat"], ["tea", "eat"]], groups, unordered(1)) is not None
    assert difference(expected, [["bat"], ["tea", "ate"]], groups, unordered(2)) is not None
    assert difference([1, 2, 2], [2, 2, 1], parse_type("integer[]"), unordered(1)) is None
    assert difference([1, 2, 2], [2, 1, 1], parse_type("integer[]"), unordered(1)) is not None
    assert difference([1, True], [1, 1], parse_type("integer[]"), unordered(1)) is not None


def test_floats_within_absolute_or_relative_tolerance() -> None:
    double = parse_type("double")
    assert difference(1.0, 1.0000005, double, FLOAT) is None
    assert difference(1e9, 1e9 + 500, double, FLOAT) is None  # relative
    assert difference(1.0, 1.01, double, FLOAT) is not None
    assert difference(0.0, -0.0, double, FLOAT) is None
    assert difference(math.nan, math.nan, double, FLOAT) is not None
    assert difference([1.0, 2.5], [1.0, 2.5000001], parse_type("double[]"), FLOAT) is None


def test_design_calls_each_with_their_method() -> None:
    types = [parse_type("void"), parse_type("integer"), parse_type("double")]
    compares = [EXACT, EXACT, FLOAT]
    operations = ["Cache", "get", "average"]
    assert (
        design_difference([None, 1, 0.5], [None, 1, 0.5000001], types, compares, operations) is None
    )
    found = design_difference([None, 1, 0.5], [None, 2, 0.5], types, compares, operations)
    assert found == "call #1 get(): expected 1, got 2"


@given(st.lists(st.lists(st.text(max_size=3), max_size=4), max_size=6), st.randoms())
def test_unordered_is_blind_to_order_at_its_depth(groups: list[list[str]], rng) -> None:  # type: ignore[no-untyped-def]
    shuffled = [rng.sample(group, len(group)) for group in groups]
    rng.shuffle(shuffled)
    assert difference(groups, shuffled, parse_type("list<list<string>>"), unordered(2)) is None
