#!/usr/bin/env python3
"""Test data for "Digit Decodings" (function problem countDecodings).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (the recurrence, cross-checked by enumeration on small tests).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


MOD = 10**9 + 7
MAX_N = 10**5


def solve(digits: str) -> int:
    before, now = 0, 1  # D_{i-1}, D_i
    for i, c in enumerate(digits):
        value = now if c != "0" else 0
        if i and 10 <= int(digits[i - 1 : i + 1]) <= 26:
            value += before
        before, now = now, value % MOD
    if len(digits) <= 15:

        def count(i: int) -> int:
            if i == len(digits):
                return 1
            total = count(i + 1) if digits[i] != "0" else 0
            if i + 1 < len(digits) and digits[i] != "0" and int(digits[i : i + 2]) <= 26:
                total += count(i + 2)
            return total

        assert count(0) % MOD == now
    return now


SAMPLES = [("226",), ("06",), ("11106",)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(92092)
    cases: list[tuple[str, tuple]] = [
        ("single_zero", ("0",)),
        ("single_digit", ("7",)),
        ("ten", ("10",)),
        ("twenty_seven", ("27",)),
        ("thirty", ("30",)),
        ("double_zero", ("100",)),
        ("twenty_six", ("2626",)),
    ]
    for t in range(10):
        cases.append((f"small_random_{t + 1}", ("".join(rng.choice("0112226") for _ in range(rng.randint(1, 15))),)))
    # The largest sizes.
    cases.append(("max_all_ones", ("1" * MAX_N,)))
    cases.append(("max_all_twos", ("2" * MAX_N,)))
    cases.append(("max_random_12", ("".join(rng.choice("12") for _ in range(MAX_N)),)))
    cases.append(("max_random_digits_no_zero", ("".join(rng.choice("123456789") for _ in range(MAX_N)),)))
    cases.append(("max_tens", ("10" * (MAX_N // 2),)))
    cases.append(("max_zero_at_end", ("1" * (MAX_N - 2) + "30",)))
    cases.append(("max_high_digits", ("9" * MAX_N,)))
    cases.append(("max_mixed_zeros", ("".join(rng.choice(["1", "2", "10", "20", "26"]) for _ in range(40000))[:MAX_N],)))
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
