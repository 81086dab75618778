#!/usr/bin/env python3
"""Test data for "Mould Spread" (function problem minutesToSpread).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (a BFS, cross-checked by simulating minute by minute on small grids).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


from collections import deque


def simulate(grid: list[list[int]]) -> int:
    g = [row[:] for row in grid]
    rows, cols = len(g), len(g[0])
    minutes = 0
    while True:
        spread = [(r + dr, c + dc) for r in range(rows) for c in range(cols) if g[r][c] == 2
                  for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                  if 0 <= r + dr < rows and 0 <= c + dc < cols and g[r + dr][c + dc] == 1]
        if not spread:
            break
        for r, c in spread:
            g[r][c] = 2
        minutes += 1
    return -1 if any(1 in row for row in g) else minutes


def solve(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    dist = [[-1] * cols for _ in range(rows)]
    queue = deque()
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 2:
                dist[r][c] = 0
                queue.append((r, c))
    best = 0
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1 and dist[nr][nc] < 0:
                dist[nr][nc] = dist[r][c] + 1
                best = max(best, dist[nr][nc])
                queue.append((nr, nc))
    fresh_left = any(grid[r][c] == 1 and dist[r][c] < 0 for r in range(rows) for c in range(cols))
    answer = -1 if fresh_left else best
    if rows * cols <= 400:
        assert simulate(grid) == answer
    return answer


SAMPLES = [([[2, 1, 1], [1, 1, 0], [0, 1, 1]],), ([[2, 1, 1], [0, 1, 1], [1, 0, 1]],), ([[0, 2]],)]


def snake(rows: int, cols: int) -> list[list[int]]:
    g = [[1] * cols for _ in range(rows)]
    for r in range(1, rows, 2):
        for c in range(cols):
            g[r][c] = 0
        g[r][cols - 1 if (r // 2) % 2 == 0 else 0] = 1
    g[0][0] = 2
    return g


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(89089)
    cases: list[tuple[str, tuple]] = [
        ("single_fresh", ([[1]],)),
        ("single_mouldy", ([[2]],)),
        ("single_empty", ([[0]],)),
        ("two_sources", ([[2, 1, 1, 1, 2]],)),
        ("blocked", ([[2, 0, 1]],)),
        ("no_mould", ([[1, 1], [1, 1]],)),
        ("small_snake", (snake(5, 5),)),
    ]
    for t in range(10):
        grid = [[rng.choice((0, 1, 1, 1, 2)) for _ in range(rng.randint(1, 8))] for _ in range(1)]
        rows = rng.randint(1, 8)
        cols = rng.randint(1, 8)
        grid = [[rng.choice((0, 1, 1, 1, 2)) for _ in range(cols)] for _ in range(rows)]
        cases.append((f"small_random_{t + 1}", (grid,)))
    # The largest sizes.
    cases.append(("max_snake", (snake(299, 300),)))
    cases.append(("max_all_fresh_one_corner", ([[2 if (r, c) == (0, 0) else 1 for c in range(300)] for r in range(300)],)))
    cases.append(("max_random", ([[rng.choice((0, 1, 1, 1, 1, 2)) for _ in range(300)] for _ in range(300)],)))
    cases.append(("max_unreachable_corner", ([[0 if (r, c) in ((298, 299), (299, 298)) else 2 if (r, c) == (0, 0) else 1 for c in range(300)] for r in range(300)],)))
    cases.append(("max_all_mouldy", ([[2] * 300 for _ in range(300)],)))
    cases.append(("max_centre_source", ([[2 if (r, c) == (150, 150) else 1 for c in range(300)] for r in range(300)],)))
    cases.append(("max_sparse_sources", ([[2 if rng.random() < 0.001 else 1 for _ in range(300)] for _ in range(300)],)))
    cases.append(("thin_row", ([[2] + [1] * 299],)))
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
