#!/usr/bin/env python3
"""Test data for "Word Split" (function problem canSplit).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (a forward search over reachable positions that walks a trie of
the words), cross-checked on small tests with a regular expression.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_N = 2 * 10**4


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def reachable_end(s: str, words: list[str]) -> bool:
    trie: list[dict] = [{}]
    end = [False]
    for w in words:
        node = 0
        for ch in w:
            if ch not in trie[node]:
                trie[node][ch] = len(trie)
                trie.append({})
                end.append(False)
            node = trie[node][ch]
        end[node] = True
    n = len(s)
    reach = [False] * (n + 1)
    reach[0] = True
    for i in range(n):
        if not reach[i]:
            continue
        node = 0
        j = i
        while j < n and s[j] in trie[node]:
            node = trie[node][s[j]]
            j += 1
            if end[node]:
                reach[j] = True
    return reach[n]


def solve(s: str, words: list[str]) -> bool:
    answer = reachable_end(s, words)
    if len(s) <= 40:
        pattern = "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")+"
        assert (re.fullmatch(pattern, s) is not None) == answer, (s, words)
    return answer


def rand_word(rng: random.Random, lo: int, hi: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))


def vocabulary(rng: random.Random, count: int, lo: int, hi: int, alphabet: str) -> list[str]:
    out: set[str] = set()
    while len(out) < count:
        out.add(rand_word(rng, lo, hi, alphabet))
    words = sorted(out)
    rng.shuffle(words)
    return words


def concat(rng: random.Random, words: list[str], limit: int) -> str:
    parts = []
    total = 0
    while True:
        w = rng.choice(words)
        if total + len(w) > limit:
            break
        parts.append(w)
        total += len(w)
    return "".join(parts)


SAMPLES = [
    ("catsdog", ["cat", "cats", "dog"]),
    ("abcd", ["ab", "abc", "cd"]),
    ("aaaab", ["a", "aa", "aaa"]),
]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(36036)
    cases: list[tuple[str, tuple]] = [
        ("single_yes", ("a", ["a"])),
        ("single_no", ("a", ["b"])),
        ("word_longer_than_s", ("ab", ["abc"])),
        ("whole_word", ("splitting", ["split", "splitting", "ting"])),
        ("reuse_word", ("abababab", ["ab"])),
        ("shortest_first_trap", ("aab", ["a", "aab"])),
        ("longest_first_trap", ("penpineapple", ["pen", "pine", "pineapple", "apple", "penpine"])),
        ("prefix_dead_end", ("ababc", ["aba", "ab", "abc"])),
        ("missing_letter", ("helloworld", ["hello", "word", "worl"])),
        ("overlap_needs_both", ("xyzxyz", ["xy", "zx", "yz"])),
        ("exponential_false", ("a" * 30 + "b", ["a", "aa", "aaa", "aaaa", "aaaaa"])),
    ]
    for t in range(6):
        words = vocabulary(rng, rng.randint(1, 5), 1, 4, "ab")
        s = concat(rng, words, rng.randint(3, 25)) or words[0]
        if t % 2:
            k = rng.randrange(len(s))
            s = s[:k] + ("a" if s[k] == "b" else "b") + s[k + 1:]
        cases.append((f"small_random_{t + 1}", (s, words)))
    # The largest sizes.
    cases.append(("max_a_then_b", ("a" * (MAX_N - 1) + "b", ["a" * k for k in range(1, 21)])))
    cases.append(("max_all_a_two_words", ("a" * MAX_N, ["aaa", "aaaaaaa"])))
    cases.append(("max_all_a_odd", ("a" * (MAX_N - 1), ["aa", "aaaa"])))
    words = vocabulary(rng, 1000, 3, 20, "ab")
    s = concat(rng, words, MAX_N)
    cases.append(("max_binary_concat", (s, words)))
    k = len(s) // 2
    flipped = s[:k] + ("a" if s[k] == "b" else "b") + s[k + 1:]
    cases.append(("max_binary_flipped", (flipped, words)))
    long_words = vocabulary(rng, 1000, 20, 20, "abc")
    s20 = concat(rng, long_words, MAX_N)
    cases.append(("max_length_20_words", (s20, long_words)))
    k = len(s20) - 7
    cases.append(("max_length_20_flipped", (s20[:k] + ("a" if s20[k] != "a" else "b") + s20[k + 1:], long_words)))
    cases.append(("max_longest_first_trap", ("abcd" * (MAX_N // 4), ["ab", "abc", "cd"])))
    letters = vocabulary(rng, 600, 1, 6, "xyz")
    tail = concat(rng, letters, MAX_N - 1) + "q"
    cases.append(("max_bad_last_letter", (tail, letters)))
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
