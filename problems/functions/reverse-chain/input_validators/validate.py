#!/usr/bin/env python3
"""Input validator for "Reverse the Chain": exit 42 if stdin is a valid test, 43 otherwise."""

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


(head,) = lines(1)
if not isinstance(head, list) or len(head) > 10**5:
    fail("head must be a list of at most 1e5 values")
if not all(type(v) is int and -(10**9) <= v <= 10**9 for v in head):
    fail("node values must be integers in [-1e9, 1e9]")
sys.exit(42)
