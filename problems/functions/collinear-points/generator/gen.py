#!/usr/bin/env python3
"""Test data for "Collinear Points" (function problem maxCollinear).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (by checking every pair against every point, with exact cross products).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


LIM = 10**4


def brute(points: list[list[int]]) -> int:
    n = len(points)
    if n <= 2:
        return n
    best = 2
    for i in range(n):
        (ax, ay) = points[i]
        for j in range(i + 1, n):
            (bx, by) = points[j]
            count = sum(1 for (cx, cy) in points if (bx - ax) * (cy - ay) == (by - ay) * (cx - ax))
            best = max(best, count)
    return best


def solve(points: list[list[int]]) -> int:
    from collections import Counter
    from math import gcd

    best = 1
    for i, (px, py) in enumerate(points):
        directions = Counter()
        for qx, qy in points[i + 1 :]:
            dx, dy = qx - px, qy - py
            g = gcd(dx, dy)
            dx, dy = dx // g, dy // g
            if dx < 0 or (dx == 0 and dy < 0):
                dx, dy = -dx, -dy
            directions[(dx, dy)] += 1
        if directions:
            best = max(best, 1 + max(directions.values()))
    if len(points) <= 60:
        assert brute(points) == best
    return best


SAMPLES = [([[1, 1], [2, 2], [3, 3]],), ([[1, 1], [3, 2], [5, 3], [4, 1], [2, 3], [1, 4]],), ([[0, 0]],)]


def distinct_points(rng: random.Random, n: int, span: int) -> list[list[int]]:
    seen = set()
    while len(seen) < n:
        seen.add((rng.randint(-span, span), rng.randint(-span, span)))
    out = [list(p) for p in seen]
    rng.shuffle(out)
    return out


def with_line(rng: random.Random, n: int, on_line: int, dx: int, dy: int) -> list[list[int]]:
    start = (rng.randint(-100, 100), rng.randint(-100, 100))
    line = {(start[0] + k * dx, start[1] + k * dy) for k in range(on_line)}
    others = set()
    while len(others) < n - on_line:
        p = (rng.randint(-LIM, LIM), rng.randint(-LIM, LIM))
        if p not in line:
            others.add(p)
    out = [list(p) for p in (*line, *others)]
    rng.shuffle(out)
    return out


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(78078)
    cases: list[tuple[str, tuple]] = [
        ("two_points", ([[5, 5], [-5, 7]],)),
        ("vertical", ([[2, 1], [2, 5], [2, -7], [3, 3]],)),
        ("horizontal", ([[1, 0], [9, 0], [-4, 0], [0, 1]],)),
        ("float_trap", ([[-LIM, -LIM], [LIM, LIM - 1], [LIM - 1, LIM - 2], [0, 5]],)),
        ("float_trap_big", ([[-LIM, -LIM], [LIM, LIM - 1], [LIM - 1, LIM - 2], [LIM - 2, LIM - 3], [3, 3], [4, 4]],)),
        ("opposite_directions", ([[0, 0], [1, 1], [-1, -1], [2, 2], [5, 0]],)),
        ("big_coordinates", ([[-LIM, -LIM], [LIM, LIM], [0, 0], [LIM, -LIM]],)),
    ]
    for t in range(8):
        cases.append((f"small_random_{t + 1}", (distinct_points(rng, rng.randint(1, 12), 3),)))
    cases.append(("grid_5x5", ([[x, y] for x in range(5) for y in range(5)],)))
    # The largest sizes.
    cases.append(("max_random", (distinct_points(rng, 1000, LIM),)))
    cases.append(("max_dense_grid", (distinct_points(rng, 1000, 20),)))
    cases.append(("max_hidden_line", (with_line(rng, 1000, 17, 3, -7),)))
    cases.append(("max_vertical_line", (with_line(rng, 1000, 40, 0, 1),)))
    cases.append(("max_all_collinear", ([[k * 7 - 3500, k * 13 - 6500] for k in range(1000)],)))
    cases.append(("max_two_lines", ([[k, 2 * k] for k in range(500)] + [[k, -k - 1] for k in range(500)],)))
    cases.append(("max_square_grid", ([[x, y] for x in range(31) for y in range(31)][:961],)))
    cases.append(("max_steep_line", (with_line(rng, 1000, 25, 1, 400),)))
    cases.append(("max_parabola", ([[k, k * k % 9973] for k in range(1000)],)))
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
