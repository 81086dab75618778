#!/usr/bin/env python3
"""Test data for "Same Letters" (function problem sameLetters).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (by sorting).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


MAX_N = 2 * 10**5


def solve(first: str, second: str) -> bool:
    return sorted(first) == sorted(second)


SAMPLES = [("listen", "silent"), ("aab", "abb"), ("", "")]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(82082)

    def letters(n: int, alphabet: str = "abcdefghijklmnopqrstuvwxyz") -> str:
        return "".join(rng.choice(alphabet) for _ in range(n))

    def shuffled(s: str) -> str:
        chars = list(s)
        rng.shuffle(chars)
        return "".join(chars)

    cases: list[tuple[str, tuple]] = [
        ("empty_and_letter", ("", "a")),
        ("single_same", ("q", "q")),
        ("single_different", ("q", "p")),
        ("different_lengths", ("abc", "abcc")),
        ("same_set_other_counts", ("aabbcc", "abcabc" + "")),
        ("counts_differ", ("aaab", "abbb")),
        ("identical", ("assay", "assay")),
    ]
    for t in range(10):
        s = letters(rng.randint(0, 12), "abc")
        other = shuffled(s)
        if t % 2 and other:
            i = rng.randrange(len(other))
            other = other[:i] + rng.choice("abc") + other[i + 1 :]
        cases.append((f"small_random_{t + 1}", (s, other)))
    big = letters(MAX_N)
    cases.append(("max_shuffled", (big, shuffled(big))))
    cases.append(("max_one_letter_off", (big, shuffled(big[:-1] + ("a" if big[-1] != "a" else "b")))))
    cases.append(("max_same_letter", ("z" * MAX_N, "z" * MAX_N)))
    cases.append(("max_length_differs", ("z" * MAX_N, "z" * (MAX_N - 1))))
    two = letters(MAX_N, "ab")
    cases.append(("max_two_letters_swapped", (two, two.translate(str.maketrans("ab", "ba")))))
    cases.append(("max_reversed", (big, big[::-1])))
    cases.append(("max_sorted_vs_shuffled", ("".join(sorted(big)), shuffled(big))))
    cases.append(("max_vs_empty", ("a" * MAX_N, "")))
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
