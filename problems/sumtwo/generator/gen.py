#!/usr/bin/env python3
"""Test data for "Sum of Two".

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/: the inputs are built below,
every .ans is produced by the reference solution submissions/accepted/sumtwo.py.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "sumtwo.py"

MAX_T = 10**4
LIM = 10**18


def fmt(pairs: list[tuple[int, int]]) -> str:
    return f"{len(pairs)}\n" + "".join(f"{a} {b}\n" for a, b in pairs)


def magnitude(rng: random.Random) -> int:
    """A value whose number of digits is uniform in 1..19, with a random sign."""
    digits = rng.randint(1, 18)
    value = rng.randint(10 ** (digits - 1), 10**digits - 1) if rng.random() < 0.95 else LIM
    return -value if rng.random() < 0.5 else value


SAMPLES = [
    fmt([(1, 2), (-5, 3), (0, 0)]),
    fmt([(2147483647, 1), (1000000000000000000, -1)]),
]


def secret_cases() -> list[tuple[str, str]]:
    rng = random.Random(20250901)
    cases: list[tuple[str, str]] = []
    cases.append(("zero", fmt([(0, 0)])))
    cases.append(("small", fmt([(rng.randint(-100, 100), rng.randint(-100, 100)) for _ in range(50)])))
    cases.append(("int32_edges", fmt([
        (2**31 - 1, 1), (-(2**31), -1), (2**31 - 1, 2**31 - 1), (-(2**31), -(2**31)),
        (2**31, 0), (-(2**31) - 1, 0), (4294967295, 1), (2**32, -(2**32)),
    ])))
    cases.append(("extremes", fmt([
        (LIM, LIM), (-LIM, -LIM), (LIM, -LIM), (-LIM, LIM), (LIM, 0), (0, -LIM),
        (LIM - 1, 1), (-LIM + 1, -1), (999999999999999999, 999999999999999999),
    ])))
    cases.append(("double_rounding", fmt([
        (2**53, 1), (2**53 + 1, 0), (LIM - 1, 0), (123456789012345678, 876543210987654321),
        (-(2**53) - 1, -2), (999999999999999999, -2), (LIM, -1),
    ])))
    cases.append(("cancel", fmt([(x, -x) for x in (magnitude(rng) for _ in range(1000))])))
    cases.append(("small_max_t", fmt([(rng.randint(-9, 9), rng.randint(-9, 9)) for _ in range(MAX_T)])))
    for k in range(3):
        cases.append((f"random_{k + 1}", fmt([(magnitude(rng), magnitude(rng)) for _ in range(MAX_T)])))
    cases.append(("max_all_extreme", fmt([(LIM, LIM) if i % 2 else (-LIM, -LIM) for i in range(MAX_T)])))
    cases.append(("random_big", fmt([
        (rng.randint(-LIM, LIM), rng.randint(-LIM, LIM)) for _ in range(MAX_T)
    ])))
    return cases


# Inputs the input validator must reject (data/invalid_input/, no answers).
INVALID = [
    ("t_too_large", fmt([(1, 1)] * (MAX_T + 1))),
    ("value_too_large", fmt([(LIM + 1, 0)])),
    ("count_mismatch", "3\n1 2\n3 4\n"),
    ("leading_zero", "1\n01 2\n"),
]


def write_group(group: str, cases: list[tuple[str, str]], answers: bool = True) -> None:
    directory = ROOT / "data" / group
    directory.mkdir(parents=True, exist_ok=True)
    for old in [*directory.glob("*.in"), *directory.glob("*.ans")]:
        old.unlink()
    for name, text in cases:
        inp = directory / f"{name}.in"
        inp.write_text(text)
        if not answers:
            continue
        with inp.open("rb") as fin:
            out = subprocess.run(
                [sys.executable, str(REFERENCE)], stdin=fin, capture_output=True, check=True
            ).stdout
        inp.with_suffix(".ans").write_bytes(out)


def main() -> None:
    write_group("sample", [(str(i), text) for i, text in enumerate(SAMPLES, 1)])
    write_group("secret", [(f"{i:02d}_{name}", text) for i, (name, text) in enumerate(secret_cases(), 1)])
    write_group("invalid_input", INVALID, answers=False)


if __name__ == "__main__":
    main()
