#!/usr/bin/env python3
"""Test data for "Largest Solid Block" (function problem largestBlock).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (histograms, cross-checked against every rectangle on small grids).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def largest_in_histogram(heights: list[int]) -> int:
    best, stack = 0, []
    for i, h in enumerate(heights + [0]):
        while stack and heights[stack[-1]] >= h:
            top = stack.pop()
            left = stack[-1] if stack else -1
            best = max(best, heights[top] * (i - left - 1))
        stack.append(i)
    return best


def solve(grid: list[list[str]]) -> int:
    rows, cols = len(grid), len(grid[0])
    heights = [0] * cols
    best = 0
    for row in grid:
        heights = [h + 1 if cell == "1" else 0 for h, cell in zip(heights, row)]
        best = max(best, largest_in_histogram(heights))
    if rows * cols <= 64:
        brute = max(
            [0] + [(r2 - r1 + 1) * (c2 - c1 + 1)
                   for r1 in range(rows) for r2 in range(r1, rows)
                   for c1 in range(cols) for c2 in range(c1, cols)
                   if all(grid[r][c] == "1" for r in range(r1, r2 + 1) for c in range(c1, c2 + 1))]
        )
        assert brute == best
    return best


SAMPLES = [
    ([list("10100"), list("10111"), list("11111"), list("10010")],),
    ([["0"]],),
    ([["1", "1"], ["1", "1"]],),
]


def random_grid(rng: random.Random, rows: int, cols: int, density: float) -> list[list[str]]:
    return [["1" if rng.random() < density else "0" for _ in range(cols)] for _ in range(rows)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(74074)
    cases: list[tuple[str, tuple]] = [
        ("single_one", ([["1"]],)),
        ("row_all_ones", ([["1"] * 7],)),
        ("column_all_ones", ([["1"] for _ in range(6)],)),
        ("all_zero", ([["0"] * 5 for _ in range(4)],)),
        ("cross", ([list("010"), list("111"), list("010")],)),
        ("tall_vs_wide", ([list("1000"), list("1000"), list("1000"), list("1111")],)),
        ("staircase", ([list("1000"), list("1100"), list("1110"), list("1111")],)),
    ]
    for t in range(9):
        cases.append((f"small_random_{t + 1}", (random_grid(rng, rng.randint(1, 6), rng.randint(1, 8), 0.7),)))
    cases.append(("random_50_dense", (random_grid(rng, 50, 50, 0.9),)))
    # The largest sizes.
    cases.append(("max_all_ones", ([["1"] * 200 for _ in range(200)],)))
    cases.append(("max_all_zero", ([["0"] * 200 for _ in range(200)],)))
    cases.append(("max_dense", (random_grid(rng, 200, 200, 0.95),)))
    cases.append(("max_sparse", (random_grid(rng, 200, 200, 0.3),)))
    holes = [["1"] * 200 for _ in range(200)]
    for r in range(0, 200, 37):
        for c in range(0, 200, 41):
            holes[r][c] = "0"
    cases.append(("max_grid_of_holes", (holes,)))
    cases.append(("max_stripes", ([["1" if c % 3 else "0" for c in range(200)] for _ in range(200)],)))
    cases.append(("max_pyramid", ([["1" if abs(c - 100) <= r // 2 else "0" for c in range(200)] for r in range(200)],)))
    cases.append(("max_increasing_columns", ([["1" if r >= 200 - c else "0" for c in range(200)] for r in range(200)],)))
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
