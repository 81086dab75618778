#!/usr/bin/env python3
"""Test data for "Quarter Turn" (function problem rotateGrid, in place).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans (the grid after the
call) is computed here with zip(), independently of the submissions.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_N = 500


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def solve(matrix: list[list[int]]) -> list[list[int]]:
    return [list(column) for column in zip(*matrix[::-1])]


def grid(rng: random.Random, n: int, lo: int = -1000, hi: int = 1000) -> list[list[int]]:
    return [[rng.randint(lo, hi) for _ in range(n)] for _ in range(n)]


SAMPLES = [
    ([[1, 2], [3, 4]],),
    ([[7, 0, -2], [5, 9, 1], [4, 6, 3]],),
    ([[-5]],),
]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(20250615)
    cases: list[tuple[str, tuple]] = [
        ("one_zero", ([[0]],)),
        ("one_min", ([[-1000]],)),
        ("two_equal", ([[5, 5], [5, 5]],)),
        ("two_extremes", ([[1000, -1000], [-1000, 1000]],)),
        ("three_sequential", ([[1, 2, 3], [4, 5, 6], [7, 8, 9]],)),
        ("four_sequential", ([[4 * r + c for c in range(4)] for r in range(4)],)),
        ("five_symmetric", ([[min(r, c, 4 - r, 4 - c) for c in range(5)] for r in range(5)],)),
        ("one_hot_corner", ([[1 if (r, c) == (0, 5) else 0 for c in range(6)] for r in range(6)],)),
    ]
    for n in (2, 3, 4, 7, 10):
        cases.append((f"random_{n}", (grid(rng, n),)))
    cases.append(("random_50", (grid(rng, 50),)))
    cases.append(("random_101", (grid(rng, 101),)))
    cases.append(("random_120", (grid(rng, 120),)))
    cases.append(("two_rows_swap", ([[0, 1], [2, 3]],)))
    cases.append(("distinct_150", ([[(150 * r + c) % 2001 - 1000 for c in range(150)] for r in range(150)],)))
    # The largest size.
    cases.append(("max_small_values", (grid(rng, MAX_N, 0, 9),)))
    cases.append(("odd_299_small_values", (grid(rng, 299, -9, 9),)))
    # More small random grids, from their own generator (the tests above stay as they were).
    extra = random.Random(10731)
    for n in (1, 5, 6, 8, 9, 11):
        cases.append((f"extra_random_{n}", (grid(extra, n),)))
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
