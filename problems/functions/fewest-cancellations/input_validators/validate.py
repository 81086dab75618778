#!/usr/bin/env python3
"""Input validator for "Fewest Cancellations": exit 42 if stdin is a valid test, 43 otherwise."""

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


(bookings,) = lines(1)
if not isinstance(bookings, list) or not 1 <= len(bookings) <= 10**5:
    fail("bookings must hold 1..1e5 bookings")
for b in bookings:
    if not isinstance(b, list) or len(b) != 2 or not ints(b, -5 * 10**4, 5 * 10**4) or b[0] >= b[1]:
        fail("a booking is [start, end] with start < end in [-5e4, 5e4]")
sys.exit(42)
