#!/usr/bin/env python3
"""Input validator for "Level Averages": exit 42 if stdin is a valid test, 43 otherwise."""

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


def check_level_order(values: list) -> int:
    """The number of nodes of a canonical level order; fails otherwise."""
    if not values:
        return 0
    if values[0] is None or values[-1] is None:
        fail("the level order may not start or end with null")
    slots = 1  # child positions that the listed nodes open, the root's included
    for index, value in enumerate(values):
        if index >= slots:
            fail("a value is listed below a missing node")
        if value is not None:
            slots += 2
    return sum(v is not None for v in values)


(root,) = lines(1)
if not isinstance(root, list):
    fail("root must be a level-order list")
if not all(v is None or (type(v) is int and -(2**31) <= v <= 2**31 - 1) for v in root):
    fail("node values must be integers in the int32 range (or null)")
if not 1 <= check_level_order(root) <= 10**5:
    fail("expected 1..1e5 nodes")
sys.exit(42)
