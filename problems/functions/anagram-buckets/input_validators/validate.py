#!/usr/bin/env python3
"""Input validator for "Anagram Buckets": exit 42 if stdin is a valid test, 43 otherwise."""

import json
import sys


def fail(msg: str) -> None:
    print(msg)
    sys.exit(43)


def lines(count: int) -> list:
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        fail("the input is not ASCII")
    if not text.endswith("\n") or "\r" in text:
        fail("expected LF line endings and a final newline")
    parts = text[:-1].split("\n")
    if len(parts) != count:
        fail(f"expected {count} lines, got {len(parts)}")
    values = []
    for i, line in enumerate(parts):
        try:
            value = json.loads(line)
        except ValueError:
            fail(f"line {i + 1} is not JSON")
        if json.dumps(value, separators=(",", ":")) != line:
            fail(f"line {i + 1} is not compact JSON")
        values.append(value)
    return values



(words,) = lines(1)
if not isinstance(words, list) or not 1 <= len(words) <= 5 * 10**4:
    fail("words must be a list of 1..5e4 strings")
for word in words:
    if not isinstance(word, str) or len(word) > 20 or not all("a" <= ch <= "z" for ch in word):
        fail(f"every word must be 0..20 lowercase letters, got {str(word)[:30]!r}")
sys.exit(42)
