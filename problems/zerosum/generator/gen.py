#!/usr/bin/env python3
"""Test data for "Balanced Stretches".

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/, data/secret/ and data/invalid_input/: the inputs
are built below, every .ans is produced by the reference solution submissions/accepted/zerosum.py.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "zerosum.py"

MAX_N = 2 * 10**5
LIM = 10**9
WRAP = [LIM, LIM, LIM, LIM, 2**32 - 4 * LIM]  # sums to exactly 2^32


def fmt(a: list[int]) -> str:
    assert 1 <= len(a) <= MAX_N and all(-LIM <= x <= LIM for x in a)
    return f"{len(a)}\n" + " ".join(map(str, a)) + "\n"


def bounded_walk(rng: random.Random, n: int, width: int) -> list[int]:
    """Steps of a random walk whose prefix sums stay in [0, width]: few distinct prefix sums."""
    out, pos = [], 0
    for _ in range(n):
        nxt = rng.randint(0, width)
        out.append(nxt - pos)
        pos = nxt
    return out


def with_planted(rng: random.Random, n: int, lo: int, hi: int, plants: int) -> list[int]:
    """Random values, plus `plants` stretches of the form x_1..x_k, -(x_1 + ... + x_k)."""
    a = [rng.randint(lo, hi) for _ in range(n)]
    for _ in range(plants):
        k = rng.randint(1, 4)
        start = rng.randrange(0, n - k - 1)
        part = [rng.randint(-LIM // 4, LIM // 4) for _ in range(k)]
        a[start : start + k + 1] = [*part, -sum(part)]
    return a


SAMPLES = [fmt([1, -1, 2, -2, 0]), fmt([1, 2, 3]), fmt([4, -4, 4, -4])]


def secret_cases() -> list[tuple[str, str]]:
    rng = random.Random(777)
    cases: list[tuple[str, str]] = []
    cases.append(("single_zero", fmt([0])))
    cases.append(("single_nonzero", fmt([-LIM])))
    cases.append(("none_balanced", fmt([rng.randint(1, LIM) for _ in range(1000)])))
    cases.append(("from_first_hour", fmt([3, -3, 5, 2, -7, 1, -1])))
    cases.append(("random_tiny", fmt([rng.randint(-2, 2) for _ in range(12)])))
    cases.append(("int32_wrap", fmt(WRAP + [7] + WRAP + [-7, 1])))
    wrap_random: list[int] = []
    while len(wrap_random) < 5000:
        wrap_random += WRAP if rng.random() < 0.3 else [-x for x in WRAP] if rng.random() < 0.3 else [rng.randint(-LIM, LIM)]
    cases.append(("int32_wrap_random", fmt(wrap_random[:5000])))
    cases.append(("extremes_alternating", fmt([LIM if i % 2 else -LIM for i in range(20000)])))
    cases.append(("all_zero_max", fmt([0] * MAX_N)))
    cases.append(("alternating_max", fmt([1 if i % 2 else -1 for i in range(MAX_N)])))
    cases.append(("small_values_max", fmt([rng.randint(-3, 3) for _ in range(MAX_N)])))
    cases.append(("bounded_walk_max", fmt(bounded_walk(rng, MAX_N, 40))))
    cases.append(("planted_big_values", fmt(with_planted(rng, 10**5, -LIM, LIM, 300))))
    cases.append(("planted_positive", fmt(with_planted(rng, 50000, 1, LIM, 50))))
    cases.append(("mostly_zero_max", fmt([0 if rng.random() < 0.9 else rng.randint(-5, 5) for _ in range(MAX_N)])))
    return cases


# Inputs the input validator must reject (data/invalid_input/, no answers).
INVALID = [
    ("n_too_large", f"{MAX_N + 1}\n0\n"),
    ("value_too_small", "2\n0 -1000000001\n"),
    ("minus_zero", "1\n-0\n"),
    ("missing_value", "3\n1 2\n"),
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
