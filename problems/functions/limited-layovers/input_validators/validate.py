#!/usr/bin/env python3
"""Input validator for "Limited Layovers": exit 42 if stdin is a valid test, 43 otherwise."""

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


n, flights, source, target, k = lines(5)
if type(n) is not int or not 2 <= n <= 1000:
    fail("n must be in [2, 1000]")
if not isinstance(flights, list) or len(flights) > 5000:
    fail("at most 5000 flights")
for f in flights:
    if not isinstance(f, list) or len(f) != 3 or not ints(f, 0, 10**4):
        fail("a flight is [from, to, price]")
    if not (f[0] < n and f[1] < n and f[0] != f[1] and f[2] >= 1):
        fail("a flight joins two different cities in range with a price >= 1")
if type(source) is not int or type(target) is not int or not (0 <= source < n and 0 <= target < n) or source == target:
    fail("source and target must be two different cities")
if type(k) is not int or not 0 <= k < n:
    fail("k must be in [0, n)")
sys.exit(42)
