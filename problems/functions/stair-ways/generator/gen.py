#!/usr/bin/env python3
"""Test data for "Stair Ways" (function problem stairWays).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (by counting compositions into 1s and 2s with binomial coefficients).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


from math import comb


def solve(n: int) -> int:
    # twos 2-steps and n - 2*twos 1-steps, in any order
    return sum(comb(n - twos, twos) for twos in range(n // 2 + 1))


SAMPLES = [(3,), (1,), (5,)]


def secret_cases() -> list[tuple[str, tuple]]:
    picks = [2, 4, 6, 10, 20, 30, 31, 32, 40, 44, 45, 46, 47, 50, 60, 70, 75, 80, 85, 86, 87, 88, 89, 90, 7]
    return [(f"n_{n}", (n,)) for n in picks]


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
