"""assay.problems.timelimit: the problemtools rule and the 2025-09 rule."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assay.problems.model import TimeMultipliers
from assay.problems.timelimit import (
    problemtools_time_limit_s,
    spec_time_limit,
    tle_check_limit_s,
)

LEGACY = TimeMultipliers(ac_to_time_limit=5, time_limit_to_tle=2)
NEW = TimeMultipliers()


@pytest.mark.parametrize(
    ("runtimes", "resolution", "expected"),
    [
        ([0.01, 0.05], 1.0, 1.0),  # never below one resolution step
        ([0.3], 1.0, 2.0),  # 1.5 s rounds up
        ([0.2], 1.0, 1.0),  # exactly 1 s stays 1 s
        ([0.2, 0.44], 1.0, 3.0),  # the slowest run counts
        ([0.44], 0.1, 2.2),
        ([1.2], 1.0, 6.0),
    ],
)
def test_problemtools_rule(runtimes: list[float], resolution: float, expected: float) -> None:
    assert problemtools_time_limit_s(runtimes, LEGACY, resolution) == pytest.approx(expected)


def test_problemtools_rule_ignores_float_noise() -> None:
    # 1.1 * 2 is 2.2000000000000002 in binary floating point: still 22 steps of 0.1, not 23.
    multipliers = TimeMultipliers(ac_to_time_limit=2.0)
    assert problemtools_time_limit_s([1.1], multipliers, 0.1) == pytest.approx(2.2)


def test_tle_check_limit() -> None:
    assert tle_check_limit_s(3.0, LEGACY) == 6.0
    assert tle_check_limit_s(2.0, NEW) == 3.0


def test_no_accepted_runtimes_is_an_error() -> None:
    with pytest.raises(ValueError, match="no accepted run times"):
        problemtools_time_limit_s([], LEGACY)
    with pytest.raises(ValueError, match="finite"):
        spec_time_limit([math.nan], [], NEW)


def test_spec_rule_derives_the_smallest_multiple() -> None:
    derivation = spec_time_limit([0.4, 0.9], [5.0, 4.0], NEW, resolution_s=0.5)

    assert derivation.ok
    assert derivation.lower_bound_s == pytest.approx(1.8)
    assert derivation.upper_bound_s == pytest.approx(4.0 / 1.5)
    assert derivation.time_limit_s == pytest.approx(2.0)


def test_spec_rule_without_tle_submissions_has_no_upper_bound() -> None:
    derivation = spec_time_limit([0.2], [], NEW)

    assert derivation.upper_bound_s == math.inf
    assert derivation.time_limit_s == 1.0


def test_spec_rule_reports_impossible_bounds() -> None:
    derivation = spec_time_limit([1.0], [2.5], NEW)  # needs >= 2 s and <= 1.67 s

    assert not derivation.ok
    assert derivation.time_limit_s is None
    assert "too close" in derivation.problems[0]


def test_spec_rule_checks_a_given_limit() -> None:
    assert spec_time_limit([0.4], [9.0], NEW, time_limit_s=1.0).ok
    too_low = spec_time_limit([0.6], [9.0], NEW, time_limit_s=1.0)
    assert not too_low.ok and "below" in too_low.problems[0]
    too_high = spec_time_limit([0.1], [1.2], NEW, time_limit_s=1.0)
    assert "above" in too_high.problems[0]
    off_grid = spec_time_limit([0.1], [], NEW, resolution_s=1.0, time_limit_s=1.5)
    assert "multiple" in off_grid.problems[0]


@given(
    st.lists(st.floats(0, 30, allow_nan=False), min_size=1, max_size=10),
    st.floats(1, 10),
    st.sampled_from([0.1, 0.25, 0.5, 1.0, 2.0]),
)
def test_spec_rule_properties(runtimes: list[float], factor: float, resolution: float) -> None:
    multipliers = TimeMultipliers(ac_to_time_limit=factor, time_limit_to_tle=1.5)
    derivation = spec_time_limit(runtimes, [], multipliers, resolution)

    assert derivation.time_limit_s is not None
    steps = derivation.time_limit_s / resolution
    assert steps == pytest.approx(round(steps))
    assert derivation.time_limit_s >= derivation.lower_bound_s - 1e-6
    assert derivation.time_limit_s < max(derivation.lower_bound_s, 0) + resolution + 1e-6
    assert derivation.time_limit_s >= resolution
