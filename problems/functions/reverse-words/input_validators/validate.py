#!/usr/bin/env python3
"""Input validator for "Reverse the Words": exit 42 if stdin is a valid test, 43 otherwise."""

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


def ints(value, low: int, high: int) -> bool:
    return isinstance(value, list) and all(type(x) is int and low <= x <= high for x in value)


(text,) = lines(1)
if not isinstance(text, str) or not 1 <= len(text) <= 10**6:
    fail("text must have 1..1e6 characters")
if any(not (32 <= ord(c) < 127) for c in text) or not text.strip():
    fail("text must be printable ASCII with at least one word")
sys.exit(42)
