#!/usr/bin/env python3
"""Input validator for "Booking Profit": exit 42 if stdin is a valid test, 43 otherwise."""

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


start, end, profit = lines(3)
if not all(isinstance(a, list) for a in (start, end, profit)):
    fail("start, end and profit must be arrays")
n = len(start)
if not 1 <= n <= 5 * 10**4 or len(end) != n or len(profit) != n:
    fail("the three arrays must have the same length in [1, 5e4]")
if not ints(start, 1, 10**9) or not ints(end, 1, 10**9) or not ints(profit, 1, 10**4):
    fail("values out of range")
if any(s >= e for s, e in zip(start, end)):
    fail("every booking must have start < end")
sys.exit(42)
