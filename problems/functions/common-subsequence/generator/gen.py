#!/usr/bin/env python3
"""Test data for "Common Subsequence" (function problem longestCommonSubsequence).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (the bit-parallel LCS algorithm on Python integers), cross-checked
on small and medium tests against the textbook O(nm) table.
"""

from __future__ import annotations

import json
import random
import string
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_N = 1000


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def lcs_bits(a: str, b: str) -> int:
    n = len(a)
    full = (1 << n) - 1
    match: dict[str, int] = {}
    for i, ch in enumerate(a):
        match[ch] = match.get(ch, 0) | (1 << i)
    v = full
    for ch in b:
        u = v & match.get(ch, 0)
        v = ((v + u) | (v - u)) & full
    return n - bin(v).count("1")


def lcs_table(a: str, b: str) -> int:
    L = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            L[i][j] = L[i - 1][j - 1] + 1 if a[i - 1] == b[j - 1] else max(L[i - 1][j], L[i][j - 1])
    return L[len(a)][len(b)]


def solve(first: str, second: str) -> int:
    answer = lcs_bits(first, second)
    if len(first) * len(second) <= 250000:
        assert lcs_table(first, second) == answer
    return answer


def rand_str(rng: random.Random, n: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def mutate(rng: random.Random, s: str, changes: int) -> str:
    chars = list(s)
    for _ in range(changes):
        op = rng.randrange(3)
        k = rng.randrange(len(chars))
        if op == 0 and len(chars) > 1:
            del chars[k]
        elif op == 1 and len(chars) < MAX_N:
            chars.insert(k, rng.choice(string.ascii_lowercase))
        else:
            chars[k] = rng.choice(string.ascii_lowercase)
    return "".join(chars)


SAMPLES = [("abcde", "ace"), ("abc", "xyz"), ("bxyza", "abxyz")]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(35035)
    cases: list[tuple[str, tuple]] = [
        ("greedy_trap", ("zabcd", "abcdz")),
        ("single_equal", ("q", "q")),
        ("single_different", ("a", "b")),
        ("one_in_long", ("m", "abcdefghijklmnopqrstuvwxyz")),
        ("identical", ("subsequence", "subsequence")),
        ("reversed", ("abcdef", "fedcba")),
        ("repeated_letter", ("aaaa", "aa")),
        ("interleaved", ("acegik", "abcdefghijk")),
        ("greedy_trap_2", ("xaaaa", "aaaax")),
    ]
    for t in range(6):
        cases.append((f"small_random_{t + 1}", (rand_str(rng, rng.randint(1, 12), "abc"),
                                                 rand_str(rng, rng.randint(1, 12), "abc"))))
    cases.append(("medium_binary", (rand_str(rng, 300, "ab"), rand_str(rng, 250, "ab"))))
    cases.append(("no_common_30", ("abcde" * 6, "vwxyz" * 6)))
    # The largest sizes.
    cases.append(("max_random_26", (rand_str(rng, MAX_N, string.ascii_lowercase),
                                    rand_str(rng, MAX_N, string.ascii_lowercase))))
    cases.append(("max_random_4", (rand_str(rng, MAX_N, "acgt"), rand_str(rng, MAX_N, "acgt"))))
    cases.append(("max_all_same", ("z" * MAX_N, "z" * MAX_N)))
    cases.append(("max_disjoint_letters", (rand_str(rng, MAX_N, "abcdefghijklm"),
                                           rand_str(rng, MAX_N, "nopqrstuvwxyz"))))
    base = rand_str(rng, MAX_N, string.ascii_lowercase)
    cases.append(("max_near_copy", (base, mutate(rng, base, 60))))
    cases.append(("max_vs_single", (rand_str(rng, MAX_N, "xy"), "y")))
    cases.append(("max_shifted", (base, base[500:] + base[:500])))
    cases.append(("max_greedy_trap", ("b" + "a" * (MAX_N - 1), "a" * (MAX_N - 1) + "b")))
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
