#!/usr/bin/env python3
"""Input validator for "Recent Cache": exit 42 if stdin is a valid test, 43 otherwise."""

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



def is_int(v, lo: int, hi: int) -> bool:
    return type(v) is int and lo <= v <= hi


ops, args = lines(2)
if not isinstance(ops, list) or not isinstance(args, list) or len(ops) != len(args) or not ops:
    fail("expected two lists of the same, non-zero length")
if len(ops) > 10**5 + 1:
    fail("at most 1e5 calls besides the constructor")
if ops[0] != "RecentCache" or not isinstance(args[0], list) or len(args[0]) != 1 or not is_int(args[0][0], 1, 10**5):
    fail("the first call must be RecentCache(capacity), 1 <= capacity <= 1e5")
for i, (op, a) in enumerate(zip(ops[1:], args[1:]), 1):
    if op == "get":
        if not (isinstance(a, list) and len(a) == 1 and is_int(a[0], 0, 10**5)):
            fail(f"call {i}: get takes one key in [0, 1e5]")
    elif op == "put":
        if not (isinstance(a, list) and len(a) == 2 and is_int(a[0], 0, 10**5) and is_int(a[1], 0, 10**9)):
            fail(f"call {i}: put takes a key in [0, 1e5] and a value in [0, 1e9]")
    else:
        fail(f"call {i}: unknown operation {op!r}")
sys.exit(42)
