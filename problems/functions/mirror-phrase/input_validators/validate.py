#!/usr/bin/env python3
"""Input validator for "Mirror Phrase": exit 42 if stdin is a valid test, 43 otherwise."""

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



(s,) = lines(1)
if not isinstance(s, str) or not 1 <= len(s) <= 5 * 10**5:
    fail("s must be a string of 1..5e5 characters")
if not all(32 <= ord(ch) <= 126 for ch in s):
    fail("s must consist of printable ASCII characters")
sys.exit(42)
