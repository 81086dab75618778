#!/usr/bin/env python3
"""Test data for "Prime Count" (function problem countPrimes).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (a sieve, cross-checked by trial division for small n).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def solve(n: int) -> int:
    if n < 3:
        return 0
    sieve = bytearray([1]) * n
    sieve[0] = sieve[1] = 0
    p = 2
    while p * p < n:
        if sieve[p]:
            sieve[p * p :: p] = bytearray(len(range(p * p, n, p)))
        p += 1
    count = sum(sieve)
    if n <= 2000:
        assert count == sum(1 for m in range(2, n) if all(m % d for d in range(2, int(m**0.5) + 1)))
    return count


SAMPLES = [(10,), (2,), (3,)]


def secret_cases() -> list[tuple[str, tuple]]:
    picks = [0, 1, 4, 5, 11, 12, 25, 100, 101, 997, 1000, 2000, 7919, 7920, 65536, 10**5, 999983, 10**6,
             2 * 10**6, 3 * 10**6 + 17, 4999963, 4999999, 5 * 10**6, 4 * 10**6, 1234567]
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
