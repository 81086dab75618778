#!/usr/bin/env python3
"""Test data for "Hidden Word Count" (function problem countOccurrences).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (the 2-D table, cross-checked by enumeration on small tests).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


from itertools import combinations

MOD = 10**9 + 7


def solve(text: str, word: str) -> int:
    m = len(word)
    table = [[0] * (m + 1) for _ in range(len(text) + 1)]
    for i in range(len(text) + 1):
        table[i][0] = 1
    for i in range(1, len(text) + 1):
        for j in range(1, m + 1):
            table[i][j] = table[i - 1][j]
            if text[i - 1] == word[j - 1]:
                table[i][j] = (table[i][j] + table[i - 1][j - 1]) % MOD
    if len(text) <= 12:
        brute = sum(1 for pick in combinations(range(len(text)), m) if "".join(text[p] for p in pick) == word)
        assert brute % MOD == table[-1][m]
    return table[-1][m]


SAMPLES = [("rabbbit", "rabbit"), ("aaaa", "aa"), ("abc", "abcd")]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(73073)

    def letters(n: int, alphabet: str) -> str:
        return "".join(rng.choice(alphabet) for _ in range(n))

    cases: list[tuple[str, tuple]] = [
        ("equal", ("abc", "abc")),
        ("single_letter_many", ("zzzzz", "z")),
        ("reversed", ("abc", "cba")),
        ("word_longer", ("a", "aa")),
        ("interleaved", ("ababab", "ab")),
        ("no_common", ("xyz", "a")),
        ("needs_order", ("baa", "ab")),
    ]
    for t in range(9):
        cases.append((f"small_random_{t + 1}", (letters(rng.randint(1, 12), "ab"), letters(rng.randint(1, 4), "ab"))))
    cases.append(("medium_ab", (letters(500, "ab"), letters(20, "ab"))))
    # The largest sizes (counts far beyond 64 bits before the modulus).
    cases.append(("max_all_a", ("a" * 3000, "a" * 300)))
    cases.append(("max_ab", (letters(3000, "ab"), letters(300, "ab"))))
    cases.append(("max_abc", (letters(3000, "abc"), letters(300, "abc"))))
    cases.append(("max_alphabet", (letters(3000, "abcdefghijklmnopqrstuvwxyz"), letters(300, "abcdefghijklmnopqrstuvwxyz"))))
    cases.append(("max_word_absent", ("a" * 3000, "a" * 299 + "b")))
    cases.append(("max_half_word", ("a" * 3000, "a" * 150)))
    cases.append(("max_repeated_word", ("abc" * 1000, "abc" * 100)))
    cases.append(("max_short_word", (letters(3000, "ab"), "ab")))
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
