#!/usr/bin/env python3
"""Input validator for "K-th Smallest in a BST": exit 42 if stdin is a valid test, 43 otherwise."""

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


def in_order(values: list) -> list:
    """The node values of a canonical level order, read in in-order."""
    left = [-1] * len(values)
    right = [-1] * len(values)
    nodes = [i for i, v in enumerate(values) if v is not None]
    child = 1
    for i in nodes:
        if child < len(values) and values[child] is not None:
            left[i] = child
        child += 1
        if child < len(values) and values[child] is not None:
            right[i] = child
        child += 1
    out, stack, node = [], [], 0
    while stack or node >= 0:
        while node >= 0:
            stack.append(node)
            node = left[node]
        node = stack.pop()
        out.append(values[node])
        node = right[node]
    return out


root, k = lines(2)
if not isinstance(root, list):
    fail("root must be a level-order list")
if not all(v is None or (type(v) is int and -(10**9) <= v <= 10**9) for v in root):
    fail("node values must be integers in [-1e9, 1e9] (or null)")
n = check_level_order(root)
if not 1 <= n <= 10**5:
    fail("expected 1..1e5 nodes")
order = in_order(root)
if len(order) != n or any(a >= b for a, b in zip(order, order[1:])):
    fail("the tree is not a binary search tree with distinct values")
if type(k) is not int or not 1 <= k <= n:
    fail("k must be an integer in [1, number of nodes]")
sys.exit(42)
