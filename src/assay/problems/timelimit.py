"""Time-limit derivation from example submissions' running times. Pure functions, no I/O.

    problemtools_time_limit_s(ac_runtimes_s, multipliers, resolution_s) -> float
    tle_check_limit_s(time_limit_s, multipliers) -> float
    spec_time_limit(ac_runtimes_s, tle_runtimes_s, multipliers, resolution_s, time_limit_s)
        -> TimeLimitDerivation

A runtime is the CPU time of one submission on one test case, in seconds. Pass every runtime
of the submissions that bound the limit from below (accepted ones: `T_ac` is their maximum)
and, for the 2025-09 rule, one runtime per submission that bounds it from above (each
submission's slowest case within the rule's cases: `T_tle` is their minimum).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from assay.problems.model import TimeMultipliers

# Floating-point noise must not push 1.1 s * 2 = 2.2000000000000002 s to the next step.
_EPSILON = 1e-9


@dataclass(frozen=True, slots=True)
class TimeLimitDerivation:
    """The 2025-09 time limit and the bounds the example submissions put on it."""

    time_limit_s: float | None  # None when no limit satisfies both bounds
    lower_bound_s: float  # T_ac * ac_to_time_limit
    upper_bound_s: float  # T_tle / time_limit_to_tle (inf without TLE submissions)
    problems: tuple[str, ...] = ()  # empty when the limit is consistent

    @property
    def ok(self) -> bool:
        return self.time_limit_s is not None and not self.problems


def problemtools_time_limit_s(
    ac_runtimes_s: Iterable[float],
    multipliers: TimeMultipliers,
    resolution_s: float = 1.0,
) -> float:
    """problemtools: max(1, ceil(T_ac * ac_to_time_limit / resolution)) * resolution."""
    slowest_s = _slowest(ac_runtimes_s)
    steps = math.ceil(slowest_s * multipliers.ac_to_time_limit / resolution_s - _EPSILON)
    return max(1, steps) * resolution_s


def tle_check_limit_s(time_limit_s: float, multipliers: TimeMultipliers) -> float:
    """The limit TLE submissions are re-run with; they must still exceed it."""
    return time_limit_s * multipliers.time_limit_to_tle


def spec_time_limit(
    ac_runtimes_s: Iterable[float],
    tle_runtimes_s: Iterable[float],
    multipliers: TimeMultipliers,
    resolution_s: float = 1.0,
    time_limit_s: float | None = None,
) -> TimeLimitDerivation:
    """2025-09: T_ac * ac_to_time_limit <= TL and TL * time_limit_to_tle <= T_tle.

    With `time_limit_s` given, check it; otherwise take the smallest positive multiple of
    `resolution_s` that satisfies both.
    """
    lower_s = _slowest(ac_runtimes_s) * multipliers.ac_to_time_limit
    upper_s = min(tle_runtimes_s, default=math.inf) / multipliers.time_limit_to_tle
    if time_limit_s is not None:
        problems = _check_given(time_limit_s, lower_s, upper_s, resolution_s)
        return TimeLimitDerivation(time_limit_s, lower_s, upper_s, problems)
    steps = max(1, math.ceil(lower_s / resolution_s - _EPSILON))
    derived_s = steps * resolution_s
    if derived_s > upper_s + _EPSILON:
        problem = (
            f"no multiple of {resolution_s:g} s lies in [{lower_s:.3f}, {upper_s:.3f}] s: "
            "the slowest accepted and the fastest too-slow submission are too close"
        )
        return TimeLimitDerivation(None, lower_s, upper_s, (problem,))
    return TimeLimitDerivation(derived_s, lower_s, upper_s)


def _check_given(
    time_limit_s: float, lower_s: float, upper_s: float, resolution_s: float
) -> tuple[str, ...]:
    problems = []
    if time_limit_s < lower_s - _EPSILON:
        problems.append(
            f"time limit {time_limit_s:g} s is below {lower_s:.3f} s "
            "(slowest accepted run times ac_to_time_limit)"
        )
    if time_limit_s > upper_s + _EPSILON:
        problems.append(
            f"time limit {time_limit_s:g} s is above {upper_s:.3f} s "
            "(fastest too-slow run divided by time_limit_to_tle)"
        )
    steps = time_limit_s / resolution_s
    if abs(steps - round(steps)) > 1e-6:
        problems.append(f"time limit {time_limit_s:g} s is not a multiple of {resolution_s:g} s")
    return tuple(problems)


def _slowest(runtimes_s: Iterable[float]) -> float:
    slowest_s = max(runtimes_s, default=None)
    if slowest_s is None:
        raise ValueError("no accepted run times: at least one submission must bound the limit")
    if not math.isfinite(slowest_s) or slowest_s < 0:
        raise ValueError(f"run time must be a finite number of seconds, got {slowest_s}")
    return slowest_s
