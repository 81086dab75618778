#!/usr/bin/env python3
"""Test data for "Level Averages" (function problem levelAverages).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Trees are built here as child
arrays; every .ans is computed from that structure with exact integer sums (one correctly rounded
division per level), independently of the submissions and of the level-order text.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_N = 10**5
I32 = (-(2**31), 2**31 - 1)


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


# --- trees: node i has value vals[i] and children left[i], right[i] (-1: none); node 0 is the root


def level_order(vals: list[int], left: list[int], right: list[int]) -> list:
    """LeetCode's canonical level order: null for a missing child, no trailing nulls."""
    if not vals:
        return []
    out: list = []
    queue = [0]
    for node in queue:
        if node < 0:
            out.append(None)
            continue
        out.append(vals[node])
        queue.append(left[node])
        queue.append(right[node])
    while out and out[-1] is None:
        out.pop()
    return out


def levels(left: list[int], right: list[int]) -> list[list[int]]:
    """The node ids level by level."""
    if not left:
        return []
    result, current = [], [0]
    while current:
        result.append(current)
        current = [c for node in current for c in (left[node], right[node]) if c >= 0]
    return result


def chain(n: int, pattern: str) -> tuple[list[int], list[int]]:
    """A path: every node has one child, on the side given by `pattern` (left, right, zigzag)."""
    left, right = [-1] * n, [-1] * n
    for i in range(n - 1):
        side = pattern if pattern != "zigzag" else ("left" if i % 2 == 0 else "right")
        (left if side == "left" else right)[i] = i + 1
    return left, right


def complete(n: int) -> tuple[list[int], list[int]]:
    left = [2 * i + 1 if 2 * i + 1 < n else -1 for i in range(n)]
    right = [2 * i + 2 if 2 * i + 2 < n else -1 for i in range(n)]
    return left, right


def random_tree(rng, n: int, window: int | None = None) -> tuple[list[int], list[int]]:
    """Each new node takes a free child slot: any slot (window None, shallow trees) or one of the
    `window` most recent slots (deep, stringy trees)."""
    left, right = [-1] * n, [-1] * n
    slots: list[tuple[int, int]] = [(0, 0), (0, 1)] if n else []
    for node in range(1, n):
        low = 0 if window is None else max(0, len(slots) - window)
        k = rng.randrange(low, len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        parent, side = slots.pop()
        (left if side == 0 else right)[parent] = node
        slots += [(node, 0), (node, 1)]
    return left, right


def caterpillar(n: int) -> tuple[list[int], list[int]]:
    """A right spine where every spine node also has a left leaf."""
    left, right = [-1] * n, [-1] * n
    spine, node = 0, 1
    while node < n:
        left[spine] = node
        node += 1
        if node < n:
            right[spine] = node
            spine = node
            node += 1
    return left, right


def case(rng: random.Random, shape: tuple[list[int], list[int]], lo: int, hi: int, vals=None):
    left, right = shape
    if vals is None:
        vals = [rng.randint(lo, hi) for _ in left]
    answer = [sum(vals[node] for node in level) / len(level) for level in levels(left, right)]
    return level_order(vals, left, right), answer


def from_level_order(values: list) -> tuple[list[int], tuple[list[int], list[int]]]:
    """Child arrays of a hand-written level order (for the fixed cases)."""
    vals = [values[0]]
    left, right = [-1], [-1]
    queue, position, head = [0], 1, 0
    while position < len(values):
        node = queue[head]
        head += 1
        for side in (left, right):
            if position < len(values) and values[position] is not None:
                vals.append(values[position])
                left.append(-1)
                right.append(-1)
                side[node] = len(vals) - 1
                queue.append(len(vals) - 1)
            position += 1
    return vals, (left, right)


def fixed(values: list):
    vals, shape = from_level_order(values)
    root, answer = case(None, shape, 0, 0, vals)
    assert root == values
    return root, answer


SAMPLE_TREES = [
    [6, 1, 8, None, 5, 4, 10],
    [-3, None, -4],
    [2147483647, 2147483647, 2147483647],
]


def secret_cases() -> list[tuple[str, list, list]]:
    rng = random.Random(20250614)
    lo, hi = I32
    out = [
        ("single", *fixed([0])),
        ("single_min", *fixed([lo])),
        ("min_values", *fixed([lo, lo, lo, lo, None, None, lo])),
        ("mixed_signs", *fixed([5, -5, 5, 1, 2, -3, -4])),
        ("thirds", *fixed([1, 1, 2, 0, 0, 0, 1])),
        ("negative_halves", *fixed([-1, -2, -1, None, -4, -3])),
        ("two_levels", *fixed([7, 3, 4])),
        ("cancelling_extremes", *fixed([0, -1, 1, lo, hi])),
        ("huge_level_sum", *fixed([hi, hi, hi, hi, hi, hi, hi, hi, hi, hi, hi, hi, hi, hi, hi])),
    ]
    generated = [
        ("small_random_1", random_tree(rng, 12), -10, 10),
        ("small_random_2", random_tree(rng, 30, window=3), lo, hi),
        ("complete_31_full_range", complete(31), lo, hi),
        ("caterpillar_500", caterpillar(500), -1000, 1000),
        ("random_1000_full_range", random_tree(rng, 1000), lo, hi),
        ("deep_random_2000", random_tree(rng, 2000, window=2), -10**6, 10**6),
        ("complete_20000_extremes", complete(20000), hi - 5, hi),
        ("right_chain_20000", chain(20000, "right"), -9, 9),
        # The largest size.
        ("zigzag_chain_30000", chain(30000, "zigzag"), 0, 9),
        ("max_complete", complete(MAX_N), 0, 9),
        ("max_deep_random", random_tree(rng, MAX_N, window=3), 0, 9),
        ("random_20000", random_tree(rng, 20000), -9, 9),
    ]
    for name, shape, low, high in generated:
        out.append((name, *case(rng, shape, low, high)))
    # More small random trees, from their own generator (the tests above stay as they were).
    extra = random.Random(30731)
    for k in range(5):
        shape = random_tree(extra, extra.randint(1, 40), window=extra.choice((None, 2, 3)))
        out.append((f"extra_random_{k + 1}", *case(extra, shape, lo, hi)))
    return out


def write_group(group: str, cases: list[tuple[str, list, list]]) -> None:
    directory = ROOT / "data" / group
    directory.mkdir(parents=True, exist_ok=True)
    for old in [*directory.glob("*.in"), *directory.glob("*.ans")]:
        old.unlink()
    for name, root, answer in cases:
        (directory / f"{name}.in").write_text(dump(root) + "\n")
        (directory / f"{name}.ans").write_text(dump(answer) + "\n")


def main() -> None:
    write_group("sample", [(str(i), *fixed(t)) for i, t in enumerate(SAMPLE_TREES, 1)])
    write_group("secret", [(f"{i:02d}_{name}", root, ans) for i, (name, root, ans) in enumerate(secret_cases(), 1)])


if __name__ == "__main__":
    main()
