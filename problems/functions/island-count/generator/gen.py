#!/usr/bin/env python3
"""Test data for "Island Count" (function problem countIslands).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here
with a union-find over the land cells, independently of the submissions.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX = 300


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def solve(grid: list[list[str]]) -> int:
    m, n = len(grid), len(grid[0])
    parent = list(range(m * n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    land = 0
    merges = 0
    for r in range(m):
        for c in range(n):
            if grid[r][c] != "1":
                continue
            land += 1
            for nr, nc in ((r - 1, c), (r, c - 1)):
                if nr >= 0 and nc >= 0 and grid[nr][nc] == "1":
                    a, b = find(r * n + c), find(nr * n + nc)
                    if a != b:
                        parent[a] = b
                        merges += 1
    return land - merges


def text(rows: list[str]) -> list[list[str]]:
    return [list(row) for row in rows]


def random_grid(rng: random.Random, m: int, n: int, density: float) -> list[list[str]]:
    return [["1" if rng.random() < density else "0" for _ in range(n)] for _ in range(m)]


def snake(m: int, n: int) -> list[list[str]]:
    """One island winding through the grid: full rows joined at alternating ends."""
    grid = [["0"] * n for _ in range(m)]
    for r in range(0, m, 2):
        grid[r] = ["1"] * n
    for r in range(1, m, 2):
        grid[r][n - 1 if (r // 2) % 2 == 0 else 0] = "1"
    return grid


def checkerboard(m: int, n: int) -> list[list[str]]:
    return [["1" if (r + c) % 2 == 0 else "0" for c in range(n)] for r in range(m)]


SAMPLES = [
    (text(["1100", "0101", "1001"]),),
    (text(["10", "01"]),),
    (text(["000"]),),
]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(20250623)
    cases: list[tuple[str, tuple]] = [
        ("one_water", (text(["0"]),)),
        ("one_land", (text(["1"]),)),
        ("row", (text(["1011101"]),)),
        ("column", (text(["1", "1", "0", "1"]),)),
        ("ring_with_lake", (text(["11111", "10001", "10101", "10001", "11111"]),)),
        ("diagonals", (text(["1010", "0101", "1010"]),)),
        ("u_shape", (text(["101", "101", "111"]),)),
        ("all_land_small", (text(["111", "111"]),)),
        ("checkerboard_9", (checkerboard(9, 9),)),
    ]
    for k in range(4):
        m, n = rng.randint(1, 8), rng.randint(1, 8)
        cases.append((f"small_random_{k + 1}", (random_grid(rng, m, n, 0.5),)))
    cases.append(("random_50x80", (random_grid(rng, 50, 80, 0.45),)))
    cases.append(("single_row_300", (random_grid(rng, 1, MAX, 0.6),)))
    cases.append(("single_column_300", (random_grid(rng, MAX, 1, 0.6),)))
    # The largest size.
    cases.append(("max_snake", (snake(MAX, MAX),)))
    cases.append(("max_random_dense", (random_grid(rng, MAX, MAX, 0.6),)))
    cases.append(("max_checkerboard", (checkerboard(MAX, MAX),)))
    cases.append(("max_all_water", ([["0"] * MAX for _ in range(MAX)],)))
    # More small random cases, from their own generator (the tests above stay as they were).
    extra = random.Random(58248)
    for k in range(6):
        m, n = extra.randint(1, 8), extra.randint(1, 8)
        cases.append((f"extra_random_{k + 1}", (random_grid(extra, m, n, 0.5),)))
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
