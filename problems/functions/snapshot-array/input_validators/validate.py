#!/usr/bin/env python3
"""Input validator for "Snapshot Array": exit 42 if stdin is a valid test, 43 otherwise."""

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
if len(ops) > 5 * 10**4 + 1:
    fail("at most 5e4 calls")
if ops[0] != "SnapshotArray" or not isinstance(args[0], list) or len(args[0]) != 1:
    fail("the first operation is SnapshotArray(length)")
(length,) = args[0]
if type(length) is not int or not 1 <= length <= 5 * 10**4:
    fail("length must be in [1, 5e4]")
snaps = 0
for op, a in zip(ops[1:], args[1:]):
    if not isinstance(a, list):
        fail("arguments must be lists")
    if op == "set":
        if len(a) != 2 or not ints(a, 0, 10**9) or not a[0] < length:
            fail("set takes an index in [0, length) and a value in [0, 1e9]")
    elif op == "snap":
        if a:
            fail("snap takes no arguments")
        snaps += 1
    elif op == "get":
        if len(a) != 2 or not ints(a, 0, 10**9) or not a[0] < length or not a[1] < snaps:
            fail("get takes an index in [0, length) and a snapshot already taken")
    else:
        fail(f"unknown operation {op}")
sys.exit(42)
