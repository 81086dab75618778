#!/usr/bin/env python3
"""Test data for "Anagram Buckets" (function problem bucketAnagrams; unordered, depth 2).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here by
grouping on letter counts (26 counters), independently of the submissions.
"""

from __future__ import annotations

import json
import random
import string
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_N = 5 * 10**4


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def solve(words: list[str]) -> list[list[str]]:
    buckets: dict[tuple[int, ...], list[str]] = {}
    for word in words:
        counts = [0] * 26
        for ch in word:
            counts[ord(ch) - 97] += 1
        buckets.setdefault(tuple(counts), []).append(word)
    return list(buckets.values())


def shuffled(rng: random.Random, word: str) -> str:
    letters = list(word)
    rng.shuffle(letters)
    return "".join(letters)


def families(rng: random.Random, n: int, bases: int, lo: int, hi: int, alphabet: str) -> list[str]:
    """n words drawn from `bases` random letter multisets: many anagrams of each base."""
    base = ["".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi))) for _ in range(bases)]
    return [shuffled(rng, rng.choice(base)) for _ in range(n)]


def distinct_words(rng: random.Random, n: int, length: int) -> list[str]:
    """n words of distinct letter multisets (almost all buckets of one word)."""
    seen, out = set(), []
    while len(out) < n:
        word = "".join(rng.choice(string.ascii_lowercase) for _ in range(length))
        key = "".join(sorted(word))
        if key not in seen:
            seen.add(key)
            out.append(word)
    return out


SAMPLES = [
    (["stone", "tones", "ant", "notes", "tan", "cat"],),
    (["aab", "aba", "ab", ""],),
    (["echo", "echo"],),
]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(20250619)
    cases: list[tuple[str, tuple]] = [
        ("single_empty", ([""],)),
        ("single_letter", (["z"],)),
        ("empties", (["", "", "a", ""],)),
        ("same_letters_other_counts", (["aab", "abb", "ab", "ba", "bab", "aabb", "abab"],)),
        ("max_length", (["abcdefghijklmnopqrst", "tsrqponmlkjihgfedcba", "a" * 20, "a" * 19 + "b"],)),
        ("all_one_bucket", ([shuffled(rng, "listen") for _ in range(30)],)),
        ("no_anagrams", (["a", "b", "ab", "abc", "abd", "xyz", "zz"],)),
        ("duplicates", (["mat", "tam", "mat", "mat", "atm", "tom"],)),
        ("same_sum_of_letters", (["ad", "bc", "cb", "da"],)),
        ("length_one_each", ([c for c in "thequickbrownfoxjumpsoverthelazydog"],)),
    ]
    for k in range(3):
        cases.append((f"small_random_{k + 1}", (families(rng, 15, 5, 0, 4, "abc"),)))
    cases.append(("random_1000", (families(rng, 1000, 100, 1, 8, "abcdefgh"),)))
    cases.append(("counts_trap_2000", (families(rng, 2000, 400, 3, 10, "ab"),)))
    cases.append(("long_words_5000", (families(rng, 5000, 2500, 20, 20, string.ascii_lowercase),)))
    cases.append(("few_buckets_5000", (families(rng, 5000, 3, 5, 10, string.ascii_lowercase),)))
    # The largest size.
    cases.append(("max_distinct", (distinct_words(rng, MAX_N, 5),)))
    cases.append(("families_30000", (families(rng, 30000, 12000, 1, 8, "abcdefghijkl"),)))
    cases.append(("max_short_words", (families(rng, MAX_N, 400, 0, 3, string.ascii_lowercase),)))
    # More small random cases, from their own generator (the tests above stay as they were).
    extra = random.Random(11563)
    for k in range(6):
        cases.append((f"extra_random_{k + 1}", (families(extra, 15, 5, 0, 4, "abc"),)))
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
