#!/usr/bin/env python3
"""Test data for "Longest Climb".

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/, data/secret/ and data/invalid_input/: the inputs
are built below, every .ans is produced by the reference solution submissions/accepted/lis.py.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "lis.py"

MAX_N = 2 * 10**5
LIM = 10**9


def fmt(a: list[int]) -> str:
    assert 1 <= len(a) <= MAX_N and all(-LIM <= x <= LIM for x in a)
    return f"{len(a)}\n" + " ".join(map(str, a)) + "\n"


def noisy_increasing(rng: random.Random, n: int, step: int, noise: int) -> list[int]:
    return [i * step + rng.randint(-noise, noise) - n * step // 2 for i in range(n)]


def staircase(n: int, width: int) -> list[int]:
    """Blocks of `width` equal values, increasing from block to block: strictness matters."""
    return [i // width for i in range(n)]


SAMPLES = [fmt([3, 1, 4, 1, 5, 9, 2, 6]), fmt([7, 7, 7, 7, 7]), fmt([-2, 10, -1, 3, 3, 4])]


def secret_cases() -> list[tuple[str, str]]:
    rng = random.Random(1618)
    cases: list[tuple[str, str]] = []
    cases.append(("single", fmt([LIM])))
    cases.append(("two_equal", fmt([-LIM, -LIM])))
    cases.append(("two_increasing", fmt([-LIM, LIM])))
    cases.append(("decreasing", fmt(list(range(1000, 0, -1)))))
    cases.append(("increasing", fmt(list(range(-500, 500)))))
    for k in range(3):
        cases.append((f"random_tiny_{k + 1}", fmt([rng.randint(-5, 5) for _ in range(rng.randint(3, 15))])))
    cases.append(("random_medium", fmt([rng.randint(-LIM, LIM) for _ in range(5000)])))
    cases.append(("staircase", fmt(staircase(30000, 3))))
    cases.append(("random_perm_max", fmt(rng.sample(range(1, MAX_N + 1), MAX_N))))
    cases.append(("all_equal_max", fmt([42] * MAX_N)))
    cases.append(("small_values_max", fmt([rng.randint(0, 999) for _ in range(MAX_N)])))
    cases.append(("noisy_increasing_large", fmt(noisy_increasing(rng, 50000, 10000, 30000))))
    cases.append(("decreasing_blocks_large", fmt([(MAX_N - i) // 7 * 3 + i % 7 for i in range(60000)])))
    cases.append(("extremes_alternating", fmt([LIM if i % 2 else -LIM for i in range(20000)])))
    cases.append(("big_values_large", fmt([rng.randint(-LIM, LIM) for _ in range(40000)])))
    return cases


# Inputs the input validator must reject (data/invalid_input/, no answers).
INVALID = [
    ("n_zero", "0\n\n"),
    ("count_mismatch", "3\n1 2 3 4\n"),
    ("value_too_large", f"1\n{LIM + 1}\n"),
    ("trailing_space", "2\n1 2 \n"),
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
