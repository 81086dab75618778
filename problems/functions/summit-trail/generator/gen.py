#!/usr/bin/env python3
"""Test data for "Summit Trail" (function problem longestTrail).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (memoised search, cross-checked by plain search on small grids).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


from functools import lru_cache

LIM = 10**9


def solve(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    cells = sorted(((grid[r][c], r, c) for r in range(rows) for c in range(cols)), reverse=True)
    best = [[1] * cols for _ in range(rows)]
    for h, r, c in cells:
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] > h:
                best[r][c] = max(best[r][c], best[nr][nc] + 1)
    answer = max(map(max, best))
    if rows * cols <= 30:

        def walk(r: int, c: int) -> int:
            return 1 + max(
                [walk(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                 if 0 <= r + dr < rows and 0 <= c + dc < cols and grid[r + dr][c + dc] > grid[r][c]],
                default=0,
            )

        assert answer == max(walk(r, c) for r in range(rows) for c in range(cols))
    return answer


SAMPLES = [([[9, 9, 4], [6, 6, 8], [2, 1, 1]],), ([[3, 4, 5], [3, 2, 6], [2, 2, 1]],), ([[7]],)]


def random_grid(rng: random.Random, rows: int, cols: int, high: int) -> list[list[int]]:
    return [[rng.randint(0, high) for _ in range(cols)] for _ in range(rows)]


def snake(rows: int, cols: int) -> list[list[int]]:
    grid = [[0] * cols for _ in range(rows)]
    k = 0
    for r in range(rows):
        order = range(cols) if r % 2 == 0 else range(cols - 1, -1, -1)
        for c in order:
            grid[r][c] = k
            k += 1
    return grid


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(69069)
    cases: list[tuple[str, tuple]] = [
        ("single_row", ([[1, 2, 3, 2, 1]],)),
        ("single_column", ([[5], [4], [6], [7]],)),
        ("all_equal", ([[3] * 4 for _ in range(4)],)),
        ("two_cells_up", ([[0, LIM]],)),
        ("ring", ([[1, 2, 3], [8, 0, 4], [7, 6, 5]],)),
        ("checkerboard", ([[(r + c) % 2 for c in range(6)] for r in range(6)],)),
        ("small_snake", (snake(4, 5),)),
    ]
    for t in range(8):
        cases.append((f"small_random_{t + 1}", (random_grid(rng, rng.randint(1, 5), rng.randint(1, 6), 9),)))
    cases.append(("random_50", (random_grid(rng, 50, 50, LIM),)))
    cases.append(("diagonal_50", ([[r + c for c in range(50)] for r in range(50)],)))
    # The largest sizes.
    cases.append(("max_snake", (snake(300, 300),)))
    cases.append(("max_random", (random_grid(rng, 300, 300, LIM),)))
    cases.append(("max_small_heights", (random_grid(rng, 300, 300, 3),)))
    cases.append(("max_diagonal", ([[r + c for c in range(300)] for r in range(300)],)))
    cases.append(("max_flat", ([[7] * 300 for _ in range(300)],)))
    cases.append(("max_rows_increasing", ([[c * 1000 + r for c in range(300)] for r in range(300)],)))
    cases.append(("thin_1x300", ([list(range(300))],)))
    cases.append(("thin_300x1", ([[300 - r] for r in range(300)],)))
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
