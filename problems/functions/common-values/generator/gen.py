#!/usr/bin/env python3
"""Test data for "Common Values" (function problem commonValues).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (set intersection, sorted).
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


def solve(first: list[int], second: list[int]) -> list[int]:
    return sorted(set(first) & set(second))


SAMPLES = [([1, 2, 2, 1], [2, 2]), ([4, 9, 5], [9, 4, 9, 8, 4]), ([1, 3], [2])]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(85085)
    cases: list[tuple[str, tuple]] = [
        ("same_single", ([5], [5])),
        ("different_single", ([5], [6])),
        ("all_duplicates", ([3] * 10, [3] * 4)),
        ("negatives", ([-1, -2, 3], [-2, -1, -3])),
        ("extremes", ([LIM, -LIM], [-LIM, LIM, 0])),
        ("subset", ([1, 2, 3, 4, 5], [2, 4])),
    ]
    for t in range(10):
        cases.append((f"small_random_{t + 1}", ([rng.randint(0, 9) for _ in range(rng.randint(1, 10))], [rng.randint(0, 9) for _ in range(rng.randint(1, 10))])))
    # The largest sizes.
    cases.append(("max_disjoint", (list(range(MAX_N)), list(range(MAX_N, 2 * MAX_N)))))
    cases.append(("max_identical", (list(range(MAX_N)), list(range(MAX_N))[::-1])))
    cases.append(("random_wide_50000", ([rng.randint(-LIM, LIM) for _ in range(50000)], [rng.randint(-LIM, LIM) for _ in range(50000)])))
    cases.append(("max_random_narrow", ([rng.randint(0, 50000) for _ in range(MAX_N)], [rng.randint(25000, 75000) for _ in range(MAX_N)])))
    cases.append(("max_all_same", ([7] * MAX_N, [7] * MAX_N)))
    cases.append(("max_one_common", (list(range(MAX_N)), list(range(MAX_N - 1, 2 * MAX_N - 1)))))
    cases.append(("max_short_vs_long", ([rng.randint(0, 1000) for _ in range(10)], [rng.randint(0, 1000) for _ in range(MAX_N)])))
    cases.append(("max_long_vs_short", (list(range(0, 2 * MAX_N, 2)), list(range(0, 200, 3)))))
    cases.append(("max_evens_odds", (list(range(0, 2 * MAX_N, 2)), list(range(1, 2 * MAX_N, 2)))))
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
