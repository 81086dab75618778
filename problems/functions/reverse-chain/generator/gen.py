#!/usr/bin/env python3
"""Test data for "Reverse the Chain" (function problem reverseChain).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here
(the reversed sequence of values), independently of the submissions.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIM = 10**9
MAX_N = 10**5


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def solve(head: list[int]) -> list[int]:
    return head[::-1]


SAMPLES = [([8, 3, 5, 1],), ([42],), ([],)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(20250612)
    cases: list[tuple[str, tuple]] = [
        ("empty", ([],)),
        ("single_negative", ([-7],)),
        ("two", ([1, 2],)),
        ("three_equal", ([5, 5, 5],)),
        ("palindrome", ([1, 2, 3, 2, 1],)),
        ("extremes", ([LIM, -LIM, 0, LIM, -LIM, 1],)),
        ("zeros", ([0] * 10,)),
    ]
    for k in range(4):
        n = rng.randint(3, 20)
        cases.append((f"small_random_{k + 1}", ([rng.randint(-LIM, LIM) for _ in range(n)],)))
    cases.append(("random_1000", ([rng.randint(-LIM, LIM) for _ in range(1000)],)))
    cases.append(("random_10000", ([rng.randint(-1000, 1000) for _ in range(10**4)],)))
    cases.append(("odd_99999", ([rng.randint(0, 9) for _ in range(MAX_N - 1)],)))
    cases.append(("extremes_5000", ([rng.choice((LIM, -LIM)) for _ in range(5000)],)))
    # The largest size.
    cases.append(("max_sawtooth", ([i % 100 for i in range(MAX_N)],)))
    cases.append(("max_small_values", ([rng.randint(0, 9) for _ in range(MAX_N)],)))
    cases.append(("random_50000", ([rng.randint(0, 99) for _ in range(50000)],)))
    cases.append(("two_extremes", ([-LIM, LIM],)))
    cases.append(("equal_30000", ([7] * 30000,)))
    # More small random cases, from their own generator (the tests above stay as they were).
    extra = random.Random(67385)
    for k in range(6):
        n = extra.randint(3, 20)
        cases.append((f"extra_random_{k + 1}", ([extra.randint(-LIM, LIM) for _ in range(n)],)))
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
