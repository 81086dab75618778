#!/usr/bin/env python3
"""Test data for "Nesting Boxes" (function problem maxNesting).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (sorting and patience sorting, cross-checked by the pairwise DP on small tests).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


from bisect import bisect_left

LIM = 10**9
MAX_N = 10**5


def solve(boxes: list[list[int]]) -> int:
    order = sorted(boxes, key=lambda b: (b[0], -b[1]))
    tails: list[int] = []
    for _, h in order:
        i = bisect_left(tails, h)
        if i == len(tails):
            tails.append(h)
        else:
            tails[i] = h
    if len(boxes) <= 200:
        best = []
        for i, (w, h) in enumerate(sorted(boxes)):
            inner = [best[j] for j, (w2, h2) in enumerate(sorted(boxes)[:i]) if w2 < w and h2 < h]
            best.append(1 + max(inner, default=0))
        assert max(best) == len(tails)
    return len(tails)


SAMPLES = [([[5, 4], [6, 4], [6, 7], [2, 3]],), ([[1, 1], [1, 1], [1, 1]],), ([[4, 5], [4, 6], [6, 7], [2, 3], [1, 1]],)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(77077)

    def boxes(n: int, w: int, h: int) -> list[list[int]]:
        return [[rng.randint(1, w), rng.randint(1, h)] for _ in range(n)]

    cases: list[tuple[str, tuple]] = [
        ("single", ([[LIM, LIM]],)),
        ("same_width_chain_trap", ([[3, 1], [3, 2], [3, 3], [3, 4]],)),
        ("same_height", ([[1, 5], [2, 5], [3, 5]],)),
        ("perfect_chain", ([[i, i] for i in range(1, 11)],)),
        ("crossing", ([[1, 10], [2, 9], [3, 8], [4, 7]],)),
        ("extremes", ([[1, 1], [LIM, LIM], [1, LIM], [LIM, 1]],)),
        ("width_ties_help", ([[2, 100], [2, 3], [3, 4], [1, 2]],)),
    ]
    for t in range(9):
        cases.append((f"small_random_{t + 1}", (boxes(rng.randint(1, 15), 6, 6),)))
    cases.append(("random_200", (boxes(200, 50, 50),)))
    # The largest sizes.
    cases.append(("max_random_wide", (boxes(MAX_N, LIM, LIM),)))
    cases.append(("narrow_50000", (boxes(50000, 100, 100),)))
    cases.append(("max_chain", ([[i + 1, i + 1] for i in range(MAX_N)],)))
    cases.append(("max_all_same_width", ([[7, rng.randint(1, LIM)] for _ in range(MAX_N)],)))
    cases.append(("max_anti_chain", ([[i + 1, MAX_N - i] for i in range(MAX_N)],)))
    cases.append(("width_pairs_50000", ([[i // 2 + 1, i + 1] for i in range(50000)],)))
    cases.append(("equal_boxes_50000", ([[5, 5]] * 50000,)))
    cases.append(("two_chains_50000", ([[i + 1, (i % 2) * 50000 + i // 2 + 1] for i in range(50000)],)))
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
