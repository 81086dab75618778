#!/usr/bin/env python3
"""Input validator for "Podium Tracker": exit 42 if stdin is a valid test, 43 otherwise."""

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


ops, args = lines(2)
if not isinstance(ops, list) or not isinstance(args, list) or len(ops) != len(args) or not ops:
    fail("operations and arguments must be two lists of the same length")
if ops[0] != "Podium" or any(op != "add" for op in ops[1:]):
    fail("the first operation is Podium, the others add")
if len(ops) - 1 > 10**5:
    fail("at most 1e5 calls to add")
first = args[0]
if not isinstance(first, list) or len(first) != 2 or type(first[0]) is not int:
    fail("Podium takes k and scores")
k, scores = first
if not 1 <= k <= 10**5:
    fail("k must be in [1, 1e5]")
if not isinstance(scores, list) or len(scores) > 10**5 or not ints(scores, -(10**9), 10**9):
    fail("scores must be at most 1e5 integers in [-1e9, 1e9]")
count = len(scores)
for a in args[1:]:
    if not isinstance(a, list) or len(a) != 1 or not ints(a, -(10**9), 10**9):
        fail("add takes one integer in [-1e9, 1e9]")
    count += 1
    if count < k:
        fail("add returns before k scores are recorded")
sys.exit(42)
