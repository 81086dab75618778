#!/usr/bin/env python3
"""Test data for "Quiet Heist" (function problem maxLoot).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (the recurrence, cross-checked by trying every set on small tests).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


from itertools import product

LIM = 10**9
MAX_N = 10**5


def brute(values: list[int]) -> int:
    best = 0
    for mask in product((0, 1), repeat=len(values)):
        if any(mask[i] and mask[i + 1] for i in range(len(values) - 1)):
            continue
        best = max(best, sum(v for v, m in zip(values, mask) if m))
    return best


def solve(values: list[int]) -> int:
    before, best = 0, 0
    for v in values:
        before, best = best, max(best, before + v)
    if len(values) <= 14:
        assert brute(values) == best
    return best


SAMPLES = [([2, 7, 9, 3, 1],), ([6, 1, 1, 6],), ([0],)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(63063)
    cases: list[tuple[str, tuple]] = [
        ("single", ([LIM],)),
        ("two", ([3, 4],)),
        ("two_equal", ([5, 5],)),
        ("three_middle", ([1, 10, 1],)),
        ("three_ends", ([4, 5, 4],)),
        ("all_zero", ([0] * 10,)),
        ("skip_two", ([5, 1, 1, 5, 1, 1, 5],)),
        ("neither_parity", ([9, 1, 1, 9, 1, 1, 9, 9],)),
    ]
    for t in range(8):
        n = rng.randint(2, 14)
        cases.append((f"small_random_{t + 1}", ([rng.randint(0, 20) for _ in range(n)],)))
    cases.append(("random_1000", ([rng.randint(0, LIM) for _ in range(1000)],)))
    # The largest sizes.
    cases.append(("max_all_max", ([LIM] * MAX_N,)))
    cases.append(("max_random", ([rng.randint(0, LIM) for _ in range(MAX_N)],)))
    cases.append(("max_small_values", ([rng.randint(0, 3) for _ in range(MAX_N)],)))
    cases.append(("max_increasing", (list(range(0, MAX_N * 10000, 10000)),)))
    pattern = [rng.choice(([LIM, 0, 0], [1, LIM, 1, 1], [LIM, 1])) for _ in range(40000)]
    flat = [v for block in pattern for v in block][:MAX_N]
    cases.append(("max_patterns", (flat,)))
    cases.append(("max_zeros_then_big", ([0] * (MAX_N - 2) + [LIM, LIM],)))
    cases.append(("max_alternating_heavy", ([LIM if i % 3 else 1 for i in range(MAX_N)],)))
    cases.append(("max_sparse", ([rng.choice((0, 0, 0, LIM)) for _ in range(MAX_N)],)))
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
