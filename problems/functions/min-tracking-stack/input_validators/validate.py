#!/usr/bin/env python3
"""Input validator for "Min-Tracking Stack": exit 42 if stdin is a valid test, 43 otherwise."""

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



ops, args = lines(2)
if not isinstance(ops, list) or not isinstance(args, list) or len(ops) != len(args) or not ops:
    fail("expected two lists of the same, non-zero length")
if len(ops) > 10**5 + 1:
    fail("at most 1e5 calls besides the constructor")
if ops[0] != "TrackingStack" or args[0] != []:
    fail("the first call must be TrackingStack()")
size = 0
for i, (op, a) in enumerate(zip(ops[1:], args[1:]), 1):
    if op == "push":
        if not (isinstance(a, list) and len(a) == 1 and type(a[0]) is int and -(10**15) <= a[0] <= 10**15):
            fail(f"call {i}: push takes one value in [-1e15, 1e15]")
        size += 1
    elif op in ("pop", "top", "getMin"):
        if a != []:
            fail(f"call {i}: {op} takes no arguments")
        if size == 0:
            fail(f"call {i}: {op} on an empty stack")
        size -= op == "pop"
    else:
        fail(f"call {i}: unknown operation {op!r}")
sys.exit(42)
