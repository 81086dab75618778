#!/usr/bin/env python3
"""Test data for "Trapped Water" (function problem trappedWater).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (prefix and suffix maxima, cross-checked by scanning both sides on small tests).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


from itertools import accumulate

LIM = 10**9
MAX_N = 10**5


def solve(heights: list[int]) -> int:
    left = list(accumulate(heights, max))
    right = list(accumulate(reversed(heights), max))[::-1]
    total = sum(min(a, b) - h for a, b, h in zip(left, right, heights))
    if len(heights) <= 300:
        brute = sum(min(max(heights[: i + 1]), max(heights[i:])) - h for i, h in enumerate(heights))
        assert brute == total
    return total


SAMPLES = [([0, 2, 0, 3, 1, 0, 1, 3, 2, 1],), ([5, 4, 3],), ([4, 1, 3],)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(47047)
    cases: list[tuple[str, tuple]] = [
        ("single", ([LIM],)),
        ("two", ([3, 5],)),
        ("flat", ([2] * 10,)),
        ("valley", ([3, 0, 3],)),
        ("peak", ([0, 5, 0],)),
        ("increasing", (list(range(10)),)),
        ("decreasing", (list(range(10, 0, -1)),)),
        ("nested_pools", ([5, 0, 3, 0, 5, 1, 2, 0, 4],)),
        ("max_walls", ([LIM, 0, 0, LIM],)),
    ]
    for t in range(7):
        n = rng.randint(2, 30)
        cases.append((f"small_random_{t + 1}", ([rng.randint(0, 10) for _ in range(n)],)))
    cases.append(("random_300", ([rng.randint(0, LIM) for _ in range(300)],)))
    # The largest sizes.
    cases.append(("max_walls_only_ends", ([LIM] + [0] * (MAX_N - 2) + [LIM],)))
    cases.append(("max_random", ([rng.randint(0, LIM) for _ in range(MAX_N)],)))
    cases.append(("max_v_shape", ([abs(i - MAX_N // 2) * 10000 for i in range(MAX_N)],)))
    cases.append(("max_peak_middle", ([MAX_N // 2 - abs(i - MAX_N // 2) for i in range(MAX_N)],)))
    cases.append(("max_sawtooth", ([(i % 1000) * 1000000 for i in range(MAX_N)],)))
    cases.append(("max_small_random", ([rng.randint(0, 5) for _ in range(MAX_N)],)))
    cases.append(("max_staircase_down", ([LIM - i for i in range(MAX_N)],)))
    cases.append(("max_high_left_low_right", ([LIM] + [0] * (MAX_N - 2) + [1],)))
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
