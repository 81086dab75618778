#!/usr/bin/env python3
"""Input validator for "Range Ledger": exit 42 if stdin is a valid test, 43 otherwise."""

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
if len(ops) > 5 * 10**4 + 1 or ops[0] != "RangeLedger" or not isinstance(args[0], list) or len(args[0]) != 1:
    fail("RangeLedger(n) then at most 5e4 calls")
(n,) = args[0]
if type(n) is not int or not 1 <= n <= 10**5:
    fail("n must be in [1, 1e5]")
for op, a in zip(ops[1:], args[1:]):
    if op == "add":
        if not isinstance(a, list) or len(a) != 3 or not ints(a[:2], 0, n - 1) or a[0] > a[1] or not ints(a[2:], -(10**4), 10**4):
            fail("add takes 0 <= left <= right < n and an amount in [-1e4, 1e4]")
    elif op == "total":
        if not isinstance(a, list) or len(a) != 2 or not ints(a, 0, n - 1) or a[0] > a[1]:
            fail("total takes 0 <= left <= right < n")
    else:
        fail(f"unknown operation {op}")
sys.exit(42)
