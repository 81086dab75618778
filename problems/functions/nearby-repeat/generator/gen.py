#!/usr/bin/env python3
"""Test data for "Nearby Repeat" (function problem hasNearbyRepeat).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (the closest equal pair by sorting positions per value).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


from collections import defaultdict

LIM = 10**9
MAX_N = 10**5


def solve(nums: list[int], k: int) -> bool:
    where = defaultdict(list)
    for i, v in enumerate(nums):
        where[v].append(i)
    closest = min((b - a for spots in where.values() for a, b in zip(spots, spots[1:])), default=None)
    return closest is not None and closest <= k


SAMPLES = [([1, 2, 3, 1], 3), ([1, 0, 1, 1], 1), ([1, 2, 3, 1, 2, 3], 2)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(97097)
    distinct = rng.sample(range(-LIM, LIM), MAX_N)
    cases: list[tuple[str, tuple]] = [
        ("single", ([5], 3)),
        ("k_zero", ([5, 5], 0)),
        ("adjacent", ([5, 5], 1)),
        ("exactly_k", ([7, 1, 2, 7], 3)),
        ("one_too_far", ([7, 1, 2, 7], 2)),
        ("extremes", ([LIM, -LIM, LIM], 2)),
    ]
    for t in range(10):
        n = rng.randint(1, 15)
        cases.append((f"small_random_{t + 1}", ([rng.randint(0, 6) for _ in range(n)], rng.randint(0, 5))))
    # The largest sizes.
    cases.append(("max_distinct_big_k", (distinct, MAX_N)))
    cases.append(("max_period_too_far", ([i % 1000 for i in range(MAX_N)], 999)))
    cases.append(("max_period_just_in", ([i % 1000 for i in range(MAX_N)], 1000)))
    cases.append(("max_repeat_at_end", (distinct[:-1] + [distinct[0]], MAX_N)))
    cases.append(("max_repeat_at_end_k_short", (distinct[:-1] + [distinct[0]], MAX_N - 2)))
    cases.append(("max_all_equal_k0", ([3] * MAX_N, 0)))
    cases.append(("max_all_equal_k1", ([3] * MAX_N, 1)))
    cases.append(("max_random_small_k", ([rng.randint(0, 50000) for _ in range(MAX_N)], 3)))
    cases.append(("max_distinct_k_half", (distinct, MAX_N // 2)))
    return cases


def write_group(group: str, cases: list[tuple[str, tuple]]) -> None:
    directory = ROOT / "data" / group
    directory.mkdir(parents=True, exist_ok=True)
    for old in [*directory.glob("*.in"), *directory.glob("*.ans")]:
        old.unlink()
    for name, args in cases:
        (directory / f"{name}.in").write_text("".join(dump(a) + "\n" for a in args))
        (directory / f"{name}.ans").write_text(dump(solve(*args)) + "\n")


def main() -> None:
    write_group("sample", [(str(i), args) for i, args in enumerate(SAMPLES, 1)])
    write_group("secret", [(f"{i:02d}_{name}", args) for i, (name, args) in enumerate(secret_cases(), 1)])


if __name__ == "__main__":
    main()
