#!/usr/bin/env python3
"""Test data for "Parity Streak".

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/, data/secret/ and data/invalid_input/: the inputs
are built below, every .ans is produced by the reference solution submissions/accepted/parityrun.py.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "parityrun.py"

MAX_N = 10**5
LIM = 10**9


def fmt(a: list[int]) -> str:
    return f"{len(a)}\n" + " ".join(map(str, a)) + "\n"


def with_parity(rng: random.Random, parity: int, lo: int = -LIM, hi: int = LIM) -> int:
    """A uniform value in [lo, hi] with the given parity (lo < hi)."""
    while True:
        v = rng.randint(lo, hi)
        if v & 1 == parity:
            return v


def from_runs(rng: random.Random, lengths: list[int], first: int = 0, **kw: int) -> list[int]:
    """Consecutive streaks of the given lengths, alternating parity starting with `first`."""
    a: list[int] = []
    for k, length in enumerate(lengths):
        a.extend(with_parity(rng, (first + k) & 1, **kw) for _ in range(length))
    return a


SAMPLES = [
    fmt([2, 4, 7, 1, 3, 9, 6, 8]),
    fmt([-3, 5, 0, -2, 10, 7]),
]


def secret_cases() -> list[tuple[str, str]]:
    rng = random.Random(9001)
    cases: list[tuple[str, str]] = []
    cases.append(("single", fmt([-7])))
    cases.append(("single_zero", fmt([0])))
    cases.append(("all_even", fmt([with_parity(rng, 0) for _ in range(1000)])))
    cases.append(("all_odd_negative", fmt([with_parity(rng, 1, hi=-1) for _ in range(1000)])))
    cases.append(("alternating_max", fmt([with_parity(rng, i & 1, -999, 999) for i in range(MAX_N)])))
    cases.append(("best_at_end", fmt(from_runs(rng, [rng.randint(1, 5) for _ in range(300)] + [40]))))
    cases.append(("best_at_end_max", fmt(from_runs(rng, [rng.randint(1, 50) for _ in range(3000)] + [60], 1, lo=-999, hi=999)[-MAX_N:])))
    cases.append(("tie_leftmost", fmt(from_runs(rng, [3, 7, 2, 7, 1, 7, 4]))))
    # Odd negative values next to odd positive ones: `a % 2 == 1` splits these streaks.
    neg = [-3, -5, 7, 9, -11, 13, 2, 4, -1, 1, -1, 1, -1, 1, -1, 1, 6, 8, 10, 12, 14, 16, 18]
    cases.append(("negative_odds", fmt(neg)))
    cases.append(("negative_odds_random", fmt(from_runs(rng, [rng.randint(1, 30) for _ in range(2000)], lo=-9999, hi=9999))))
    cases.append(("extreme_values", fmt([LIM, -LIM, LIM - 1, -(LIM - 1), 1 - LIM, LIM - 1, 0, -LIM])))
    for k in range(2):
        cases.append((f"random_small_{k + 1}", fmt([rng.randint(-20, 20) for _ in range(rng.randint(2, 30))])))
    cases.append(("random_max", fmt([rng.randint(-LIM, LIM) for _ in range(MAX_N)])))
    cases.append(("long_runs_max", fmt(from_runs(rng, [rng.randint(1, 700) for _ in range(400)], lo=-999, hi=999)[:MAX_N])))
    half = MAX_N // 2
    cases.append(("one_break_max", fmt(from_runs(rng, [half - 1, 1, half], 1, lo=-999, hi=999))))
    cases.append(("whole_sequence_max", fmt([with_parity(rng, 1, -999, 999) for _ in range(MAX_N)])))
    return cases


# Inputs the input validator must reject (data/invalid_input/, no answers).
INVALID = [
    ("n_zero", "0\n\n"),
    ("too_few_values", "3\n1 2\n"),
    ("value_too_large", fmt([1, LIM + 1])),
    ("double_space", "2\n1  2\n"),
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
