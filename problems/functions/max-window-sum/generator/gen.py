#!/usr/bin/env python3
"""Test data for "Best Window" (function problem maxWindowSum).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here
from prefix sums, independently of the submissions.
"""

from __future__ import annotations

import json
import random
from itertools import accumulate
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIM = 10**12
MAX_N = 10**5


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def solve(nums: list[int], k: int) -> int:
    prefix = [0, *accumulate(nums)]
    return max(prefix[i + k] - prefix[i] for i in range(len(nums) - k + 1))


def magnitude(rng: random.Random) -> int:
    """A value whose number of digits is uniform in 1..13, with a random sign."""
    digits = rng.randint(1, 13)
    value = min(LIM, rng.randint(10 ** (digits - 1), 10**digits - 1))
    return -value if rng.random() < 0.5 else value


SAMPLES = [
    ([3, -1, 4, 1, -5, 9], 2),
    ([-7, -2, -9], 1),
    ([LIM, LIM, -1], 2),
]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(20250622)
    cases: list[tuple[str, tuple]] = [
        ("single", ([0], 1)),
        ("single_negative", ([-LIM], 1)),
        ("whole_array", ([5, -3, 8, -10], 4)),
        ("all_negative", ([-5, -1, -8, -2, -2], 2)),
        ("best_at_end", ([1, 1, 1, 1, 50], 2)),
        ("best_at_start", ([50, 1, 1, 1, 1], 3)),
        ("extremes", ([LIM, -LIM, LIM, LIM, -LIM], 2)),
        ("int32_overflow", ([2**31 - 1, 2**31 - 1, 2**31 - 1], 3)),
        ("zeros", ([0] * 20, 7)),
    ]
    for k in range(4):
        n = rng.randint(2, 20)
        cases.append((f"small_random_{k + 1}", ([rng.randint(-50, 50) for _ in range(n)], rng.randint(1, n))))
    cases.append(("random_1000", ([magnitude(rng) for _ in range(1000)], 37)))
    cases.append(("negative_10000", ([-rng.randint(1, LIM) for _ in range(10000)], 5000)))
    # The largest size.
    cases.append(("max_half_window", ([magnitude(rng) for _ in range(MAX_N)], MAX_N // 2)))
    cases.append(("extremes_10000", ([rng.choice((LIM, -LIM, LIM)) for _ in range(10000)], 5000)))
    cases.append(("max_all_negative", ([-rng.randint(1, 99) for _ in range(MAX_N)], MAX_N // 3)))
    cases.append(("window_one_50000", ([rng.randint(-9, 9) for _ in range(50000)], 1)))
    cases.append(("whole_50000", ([rng.randint(-9, 9) for _ in range(50000)], 50000)))
    # More small random cases, from their own generator (the tests above stay as they were).
    extra = random.Random(79473)
    for k in range(6):
        n = extra.randint(2, 20)
        cases.append((f"extra_random_{k + 1}", ([extra.randint(-50, 50) for _ in range(n)], extra.randint(1, n))))
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
