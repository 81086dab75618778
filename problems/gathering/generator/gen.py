#!/usr/bin/env python3
"""Test data for "Gathering Point".

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/, data/secret/ and data/invalid_input/: the inputs
are built below, every .ans is produced by the reference solution submissions/accepted/gathering.py.
For inputs with n <= 2000 the answer is also checked against an exact O(n^2) brute force.
"""

from __future__ import annotations

import random
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "gathering.py"

MAX_N = 10**5
MAX_X = 10**9
MAX_V = 10**6
Friend = tuple[int, int]


def fmt(friends: list[Friend]) -> str:
    assert 1 <= len(friends) <= MAX_N
    assert all(-MAX_X <= x <= MAX_X and 1 <= v <= MAX_V for x, v in friends)
    return f"{len(friends)}\n" + "".join(f"{x} {v}\n" for x, v in friends)


def brute(friends: list[Friend]) -> Fraction:
    return max(
        (Fraction(abs(x1 - x2), v1 + v2) for i, (x1, v1) in enumerate(friends) for x2, v2 in friends[i + 1 :]),
        default=Fraction(0),
    )


def random_friends(rng: random.Random, n: int, span: int = MAX_X, vmax: int = MAX_V) -> list[Friend]:
    return [(rng.randint(-span, span), rng.randint(1, vmax)) for _ in range(n)]


def slow_ends_fast_middle(rng: random.Random, n: int) -> list[Friend]:
    """Slow friends far out, fast ones in between: the binding pair is not adjacent."""
    out = [(-MAX_X + rng.randint(0, 1000), rng.randint(1, 3)), (MAX_X - rng.randint(0, 1000), rng.randint(1, 3))]
    out += [(rng.randint(-MAX_X // 2, MAX_X // 2), MAX_V - rng.randint(0, 1000)) for _ in range(n - 2)]
    rng.shuffle(out)
    return out


def lopsided(rng: random.Random, n: int) -> list[Friend]:
    """A very slow friend near one end: the meeting point is far from the midpoint."""
    out = [(MAX_X, 1)] + [(rng.randint(-MAX_X, 0), rng.randint(1000, MAX_V)) for _ in range(n - 1)]
    rng.shuffle(out)
    return out


def curved(n: int) -> list[Friend]:
    """Positions and speeds on a curve that makes the exact iteration take many rounds."""
    half = n // 2
    return [(int(MAX_X * (i / half) ** 3), 1 + (abs(i) * 1000) // half * (abs(i) % 7 + 1)) for i in range(-half, n - half)]


SAMPLES = [fmt([(0, 1), (10, 1), (4, 2)]), fmt([(-5, 3), (5, 1)]), fmt([(42, 7)])]


def secret_cases() -> list[tuple[str, str]]:
    rng = random.Random(2718)
    cases: list[tuple[str, str]] = []
    cases.append(("single", fmt([(-MAX_X, 1)])))
    cases.append(("same_place", fmt([(123456789, rng.randint(1, MAX_V)) for _ in range(1000)])))
    cases.append(("two_extremes", fmt([(-MAX_X, 1), (MAX_X, 1)])))
    cases.append(("two_fast", fmt([(0, MAX_V), (1, MAX_V)])))
    cases.append(("thirds", fmt([(0, 1), (1, 2), (-7, 5)])))
    cases.append(("fast_in_middle", fmt([(0, 1), (1, 100), (2, 1)])))
    for k in range(3):
        cases.append((f"random_tiny_{k + 1}", fmt(random_friends(rng, rng.randint(2, 8), 20, 5))))
    cases.append(("random_small", fmt(random_friends(rng, 300))))
    cases.append(("slow_ends_small", fmt(slow_ends_fast_middle(rng, 2000))))
    cases.append(("lopsided_small", fmt(lopsided(rng, 2000))))
    cases.append(("random_max", fmt(random_friends(rng, MAX_N))))
    cases.append(("random_close_max", fmt(random_friends(rng, MAX_N, 1000, 1000))))
    cases.append(("speeds_extreme_large", fmt([(rng.randint(-MAX_X, MAX_X), rng.choice([1, MAX_V])) for _ in range(15000)])))
    cases.append(("slow_ends_large", fmt(slow_ends_fast_middle(rng, 15000))))
    cases.append(("lopsided_large", fmt(lopsided(rng, 15000))))
    cases.append(("curved_large", fmt(curved(15000))))
    return cases


# Inputs the input validator must reject (data/invalid_input/, no answers).
INVALID = [
    ("zero_speed", "2\n0 0\n1 1\n"),
    ("speed_too_large", f"1\n0 {MAX_V + 1}\n"),
    ("position_too_large", f"1\n{MAX_X + 1} 1\n"),
    ("real_number", "1\n0.5 1\n"),
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
        nums = list(map(int, text.split()))
        if nums[0] <= 2000:
            exact = brute(list(zip(nums[1::2], nums[2::2])))
            assert abs(float(out) - exact) <= 1e-9 * max(1, exact), (name, out, exact)


def main() -> None:
    write_group("sample", [(str(i), text) for i, text in enumerate(SAMPLES, 1)])
    write_group("secret", [(f"{i:02d}_{name}", text) for i, (name, text) in enumerate(secret_cases(), 1)])
    write_group("invalid_input", INVALID, answers=False)


if __name__ == "__main__":
    main()
