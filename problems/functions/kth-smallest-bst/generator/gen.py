#!/usr/bin/env python3
"""Test data for "K-th Smallest in a BST" (function problem kthSmallest).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every tree is built here as
child arrays and checked to be a binary search tree (its in-order walk is strictly increasing);
every .ans is the k-th entry of the sorted list of node values, independently of the submissions
and of the level-order text.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_N = 10**5
LIM = 10**9


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


# --- trees: node i has value vals[i] and children left[i], right[i] (-1: none); node 0 is the root
Tree = tuple[list[int], list[int], list[int]]


def level_order(tree: Tree) -> list:
    """LeetCode's canonical level order: null for a missing child, no trailing nulls."""
    vals, left, right = tree
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


def in_order(tree: Tree) -> list[int]:
    vals, left, right = tree
    out, stack, node = [], [], 0
    while stack or node >= 0:
        while node >= 0:
            stack.append(node)
            node = left[node]
        node = stack.pop()
        out.append(vals[node])
        node = right[node]
    return out


def inserted(values: list[int]) -> Tree:
    """The BST obtained by inserting the values in the given order."""
    vals, left, right = [values[0]], [-1], [-1]
    for v in values[1:]:
        node = 0
        while True:
            side = left if v < vals[node] else right
            if side[node] < 0:
                side[node] = len(vals)
                vals.append(v)
                left.append(-1)
                right.append(-1)
                break
            node = side[node]
    return vals, left, right


def path(values: list[int], sides: str) -> Tree:
    """values[i + 1] is the child of values[i] on side sides[i] ('L' or 'R')."""
    n = len(values)
    left, right = [-1] * n, [-1] * n
    for i in range(n - 1):
        (left if sides[i] == "L" else right)[i] = i + 1
    return list(values), left, right


def balanced(values: list[int]) -> Tree:
    """A height-balanced BST of sorted values, built from the middle out."""
    values = sorted(values)
    vals, left, right = [], [], []

    def new(v: int) -> int:
        vals.append(v)
        left.append(-1)
        right.append(-1)
        return len(vals) - 1

    root = new(values[(len(values) - 1) // 2])
    stack = [(root, 0, len(values) - 1)]
    while stack:
        node, lo, hi = stack.pop()
        mid = (lo + hi) // 2
        if lo < mid:
            m = (lo + mid - 1) // 2
            left[node] = new(values[m])
            stack.append((left[node], lo, mid - 1))
        if mid < hi:
            m = (mid + 1 + hi) // 2
            right[node] = new(values[m])
            stack.append((right[node], mid + 1, hi))
    return vals, left, right


def case(tree: Tree, k: int) -> tuple[tuple, int]:
    order = in_order(tree)
    assert len(order) == len(tree[0]) and all(a < b for a, b in zip(order, order[1:])), "not a BST"
    return (level_order(tree), k), sorted(tree[0])[k - 1]


def distinct(rng: random.Random, n: int, lo: int, hi: int) -> list[int]:
    return rng.sample(range(lo, hi + 1), n)


SAMPLES = [
    case(inserted([5, 3, 8, 1, 4, 9]), 3),
    case(inserted([2, 1, 3]), 1),
    case(inserted([4, 2, 1, 3]), 4),
]


def secret_cases() -> list[tuple[str, tuple, int]]:
    rng = random.Random(37037)
    cases: list[tuple[str, tuple[tuple, int]]] = [
        ("single", case(inserted([-LIM]), 1)),
        ("single_max", case(inserted([LIM]), 1)),
        ("root_is_min", case(inserted([1, 5, 3]), 1)),
        ("root_is_max_k_last", case(inserted([10, 2, 7, 1]), 4)),
        ("preorder_trap", case(inserted([6, 2, 1, 4, 3, 5, 8]), 2)),
        ("negatives", case(inserted([-5, -9, -1, -7, -3]), 3)),
        ("extremes", case(inserted([0, -LIM, LIM]), 3)),
        ("two_nodes_left_child", case(inserted([7, -7]), 2)),
        ("left_path_small", case(path([5, 4, 3, 2, 1], "LLLL"), 2)),
        ("right_path_small", case(path([1, 2, 3, 4, 5], "RRRR"), 4)),
        ("zigzag_small", case(path([1, 9, 2, 8, 3, 7], "RLRLR"), 5)),
    ]
    for t in range(6):
        n = rng.randint(2, 15)
        cases.append((f"small_random_{t + 1}", case(inserted(distinct(rng, n, -50, 50)), rng.randint(1, n))))
    cases.append(("random_1000", case(inserted(distinct(rng, 1000, -LIM, LIM)), 500)))
    # The largest sizes.
    desc = list(range(MAX_N, 0, -1))
    cases.append(("max_left_path_k1", case(path(desc, "L" * (MAX_N - 1)), 1)))
    cases.append(("right_path_50000_k_last", case(path(list(range(1, 50001)), "R" * 49999), 50000)))
    zig = []
    lo, hi = 1, 50000
    while lo <= hi:
        zig.append(lo)
        lo += 1
        if lo <= hi:
            zig.append(hi)
            hi -= 1
    cases.append(("zigzag_50000", case(path(zig, "RL" * 25000), 25000)))
    cases.append(("max_balanced", case(balanced(distinct(rng, MAX_N, 1, 10**6)), 77777)))
    cases.append(("max_random_insert", case(inserted(distinct(rng, MAX_N, -10**6, 10**6)), MAX_N)))
    cases.append(("random_insert_30000_mid", case(inserted(distinct(rng, 30000, 0, 10**5)), 15000)))
    hook = [LIM - i for i in range(29999)] + [0] + list(range(1, 10001))
    cases.append(("left_path_then_right", case(path(hook, "L" * 29999 + "R" * 10000), 5000)))
    return [(name, args, ans) for name, (args, ans) in cases]


def write_group(group: str, cases: list[tuple[str, tuple, int]]) -> None:
    directory = ROOT / "data" / group
    directory.mkdir(parents=True, exist_ok=True)
    for old in [*directory.glob("*.in"), *directory.glob("*.ans")]:
        old.unlink()
    for name, args, answer in cases:
        (directory / f"{name}.in").write_text("".join(dump(a) + "\n" for a in args))
        (directory / f"{name}.ans").write_text(dump(answer) + "\n")


def main() -> None:
    write_group("sample", [(str(i), args, ans) for i, (args, ans) in enumerate(SAMPLES, 1)])
    write_group("secret", [(f"{i:02d}_{name}", args, ans) for i, (name, args, ans) in enumerate(secret_cases(), 1)])


if __name__ == "__main__":
    main()
