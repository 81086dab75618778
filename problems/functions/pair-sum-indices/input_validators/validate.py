#!/usr/bin/env python3
"""Input validator for "Pair Sum Indices": exit 42 if stdin is a valid test, 43 otherwise."""

import json
import sys
from collections import Counter


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


nums, target = lines(2)
if not isinstance(nums, list) or not 2 <= len(nums) <= 10**5:
    fail("nums must be an array of 2..1e5 integers")
if not all(is_int(x, -(10**9), 10**9) for x in nums):
    fail("nums[i] must be an integer in [-1e9, 1e9]")
if not is_int(target, -(10**9), 10**9):
    fail("target must be an integer in [-1e9, 1e9]")
count = Counter(nums)
pairs = 0
for x, c in count.items():
    y = target - x
    pairs += c * count.get(y, 0) if x < y else c * (c - 1) // 2 if x == y else 0
if pairs != 1:
    fail(f"expected exactly one pair summing to target, found {pairs}")
sys.exit(42)
