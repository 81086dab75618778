#!/usr/bin/env python3
"""Test data for "Palindrome Cuts" (function problem minCuts).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (the O(n^2) table of palindromic substrings, cross-checked by trying every cut set on small tests).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


from itertools import combinations

MAX_N = 1500


def solve(s: str) -> int:
    n = len(s)
    pal = [[False] * n for _ in range(n)]
    for length in range(1, n + 1):
        for a in range(n - length + 1):
            b = a + length - 1
            pal[a][b] = s[a] == s[b] and (length <= 2 or pal[a + 1][b - 1])
    cuts = [-1] + [n] * n
    for i in range(1, n + 1):
        cuts[i] = min(cuts[a] + 1 for a in range(i) if pal[a][i - 1])
    if n <= 10:
        best = n
        for k in range(n):
            for where in combinations(range(1, n), k):
                bounds = (0, *where, n)
                if all(s[x:y] == s[x:y][::-1] for x, y in zip(bounds, bounds[1:])):
                    best = min(best, k)
                    break
            if best < n:
                break
        assert best == cuts[n]
    return cuts[n]


SAMPLES = [("aab",), ("racecar",), ("abcb",)]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(81081)

    def letters(n: int, alphabet: str) -> str:
        return "".join(rng.choice(alphabet) for _ in range(n))

    cases: list[tuple[str, tuple]] = [
        ("single", ("z",)),
        ("two_same", ("aa",)),
        ("two_different", ("ab",)),
        ("greedy_trap", ("abaab",)),
        ("all_distinct", ("abcdefghij",)),
        ("nested", ("abacabadabacaba",)),
        ("even_palindrome", ("abccba",)),
    ]
    for t in range(10):
        cases.append((f"small_random_{t + 1}", (letters(rng.randint(1, 10), "ab"),)))
    cases.append(("random_200", (letters(200, "abc"),)))
    # The largest sizes.
    cases.append(("max_all_same", ("a" * MAX_N,)))
    cases.append(("max_random_ab", (letters(MAX_N, "ab"),)))
    cases.append(("max_random_alphabet", (letters(MAX_N, "abcdefghijklmnopqrstuvwxyz"),)))
    half = letters(MAX_N // 2, "abc")
    cases.append(("max_palindrome", (half + half[::-1],)))
    cases.append(("max_almost_palindrome", (half + "z" + half[::-1][1:],)))
    cases.append(("max_blocks", ("".join(c * 50 for c in letters(MAX_N // 50, "abc")),)))
    cases.append(("max_alternating", ("ab" * (MAX_N // 2),)))
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
