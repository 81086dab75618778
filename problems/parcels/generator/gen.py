#!/usr/bin/env python3
"""Test data for "Parcel Trucks".

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/, data/secret/ and data/invalid_input/: the inputs
are built below, every .ans is produced by the reference solution submissions/accepted/parcels.py.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "parcels.py"

MAX_N = 10**5
MAX_W = 10**9


def fmt(d: int, w: list[int]) -> str:
    assert 1 <= d <= len(w) <= MAX_N and all(1 <= x <= MAX_W for x in w)
    return f"{len(w)} {d}\n" + " ".join(map(str, w)) + "\n"


SAMPLES = [fmt(3, [4, 2, 7, 3, 5]), fmt(4, [10, 1, 1, 10]), fmt(1, [5, 5, 5])]


def secret_cases() -> list[tuple[str, str]]:
    rng = random.Random(4242)
    cases: list[tuple[str, str]] = []

    def rand_w(n: int, hi: int = MAX_W) -> list[int]:
        return [rng.randint(1, hi) for _ in range(n)]

    cases.append(("single", fmt(1, [MAX_W])))
    cases.append(("single_small", fmt(1, [1])))
    cases.append(("days_equal_n", fmt(20, rand_w(20, 100))))
    cases.append(("one_day", fmt(1, rand_w(50, 1000))))
    cases.append(("equal_weights", fmt(7, [6] * 100)))
    cases.append(("two_days_exact_split", fmt(2, [1, 2, 3, 4, 5, 5, 4, 3, 2, 1])))
    cases.append(("heavy_in_middle", fmt(3, [1] * 30 + [1000] + [1] * 30)))
    for k in range(3):
        n = rng.randint(2, 12)
        cases.append((f"random_tiny_{k + 1}", fmt(rng.randint(1, n), rand_w(n, 20))))
    cases.append(("random_medium", fmt(37, rand_w(2000, 10**6))))
    cases.append(("max_one_day", fmt(1, [MAX_W] * MAX_N)))
    cases.append(("max_all_days", fmt(MAX_N, rand_w(MAX_N, 1000))))
    cases.append(("max_two_days", fmt(2, rand_w(MAX_N, 1000))))
    cases.append(("max_random_days", fmt(rng.randint(1, MAX_N), rand_w(MAX_N, 10**6))))
    cases.append(("few_days_big", fmt(17, rand_w(MAX_N // 2))))
    spikes = [rng.randint(1, 100) if rng.random() < 0.99 else rng.randint(10**5, 10**6) for _ in range(MAX_N)]
    cases.append(("max_spiky", fmt(1000, spikes)))
    cases.append(("max_half_days", fmt(MAX_N // 2, rand_w(MAX_N, 1000))))
    return cases


# Inputs the input validator must reject (data/invalid_input/, no answers).
INVALID = [
    ("d_greater_than_n", "2 3\n1 1\n"),
    ("zero_weight", "2 1\n0 1\n"),
    ("weight_too_large", f"1 1\n{MAX_W + 1}\n"),
    ("missing_weight", "3 1\n1 1\n"),
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
