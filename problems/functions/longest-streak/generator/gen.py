#!/usr/bin/env python3
"""Test data for "Longest Streak" (function problem longestStreak).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (by sorting).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


LIM = 10**9
MAX_N = 10**5


def solve(nums: list[int]) -> int:
    values = sorted(set(nums))
    best = run = 0
    for i, v in enumerate(values):
        run = run + 1 if i and values[i - 1] == v - 1 else 1
        best = max(best, run)
    return best


SAMPLES = [([100, 4, 200, 1, 3, 2],), ([0, 3, 7, 2, 5, 8, 4, 6, 0, 1],), ([],)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(75075)
    cases: list[tuple[str, tuple]] = [
        ("single", ([LIM],)),
        ("duplicates_only", ([5, 5, 5],)),
        ("duplicates_inside", ([1, 2, 2, 3],)),
        ("negatives", ([-3, -1, -2, 5],)),
        ("across_zero", ([-1, 1, 0],)),
        ("extremes", ([-LIM, LIM, LIM - 1, -LIM + 1],)),
        ("two_streaks", ([10, 11, 12, 1, 2, 3, 4],)),
        ("gaps_of_two", (list(range(0, 40, 2)),)),
    ]
    for t in range(8):
        n = rng.randint(1, 25)
        cases.append((f"small_random_{t + 1}", ([rng.randint(-15, 15) for _ in range(n)],)))
    cases.append(("random_1000", ([rng.randint(-2000, 2000) for _ in range(1000)],)))
    # The largest sizes.
    whole = list(range(MAX_N))
    rng.shuffle(whole)
    cases.append(("max_one_streak_shuffled", (whole,)))
    cases.append(("max_one_streak_sorted", (list(range(-MAX_N // 2, MAX_N // 2)),)))
    cases.append(("max_one_streak_reversed", (list(range(MAX_N, 0, -1)),)))
    cases.append(("max_random_wide", ([rng.randint(-LIM, LIM) for _ in range(MAX_N)],)))
    cases.append(("max_random_dense", ([rng.randint(0, 150000) for _ in range(MAX_N)],)))
    cases.append(("max_duplicates", ([rng.randint(0, 1000) for _ in range(MAX_N)],)))
    cases.append(("max_two_halves", (list(range(50000)) + list(range(50001, 100001)),)))
    cases.append(("max_all_equal", ([7] * MAX_N,)))
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
