#!/usr/bin/env python3
"""Test data for "Tree Height" (function problem treeHeight).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Trees are built here as child
arrays; every .ans is the number of levels of that structure, computed independently of the
submissions (and of the level-order text).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_N = 10**5


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


def case(rng: random.Random, shape: tuple[list[int], list[int]], lo: int = -100, hi: int = 100):
    left, right = shape
    vals = [rng.randint(lo, hi) for _ in left]
    return level_order(vals, left, right), len(levels(left, right))


def secret_cases() -> list[tuple[str, list, int]]:
    rng = random.Random(20250613)
    fixed = [
        ("empty", [], 0),
        ("single", [-100], 1),
        ("left_child", [1, 2], 2),
        ("right_child", [1, None, 2], 2),
        ("full_three", [100, -100, 0], 2),
        ("deep_on_right", [1, 2, 3, None, None, 4, None, None, 5], 4),
        ("deep_on_left", [1, 2, 3, 4, None, None, None, 5, 6, None, 7], 5),
    ]
    out: list[tuple[str, list, int]] = list(fixed)
    generated = [
        ("small_random_1", random_tree(rng, 10)),
        ("small_random_2", random_tree(rng, 25, window=3)),
        ("complete_15", complete(15)),
        ("complete_16", complete(16)),
        ("caterpillar_101", caterpillar(101)),
        ("random_1000", random_tree(rng, 1000)),
        ("deep_random_1000", random_tree(rng, 1000, window=2)),
        ("left_chain_20000", chain(20000, "left")),
        ("right_chain_20000", chain(20000, "right")),
        ("random_30000", random_tree(rng, 30000)),
        # The largest size.
        ("max_zigzag_chain", chain(MAX_N, "zigzag")),
        ("max_complete", complete(MAX_N)),
        ("deep_random_50000", random_tree(rng, 50000, window=3)),
        ("caterpillar_30000", caterpillar(30000)),
    ]
    for name, shape in generated:
        small = len(shape[0]) >= 20000
        out.append((name, *case(rng, shape, 0 if small else -100, 9 if small else 100)))
    # More small random trees, from their own generator (the tests above stay as they were).
    extra = random.Random(20731)
    for k in range(5):
        shape = random_tree(extra, extra.randint(1, 40), window=extra.choice((None, 1, 2)))
        out.append((f"extra_random_{k + 1}", *case(extra, shape)))
    return out


SAMPLES = [
    ("1", [4, 2, 9, None, None, 6, 11, None, 7], 4),
    ("2", [1, None, 2], 2),
    ("3", [], 0),
]


def write_group(group: str, cases: list[tuple[str, list, int]]) -> None:
    directory = ROOT / "data" / group
    directory.mkdir(parents=True, exist_ok=True)
    for old in [*directory.glob("*.in"), *directory.glob("*.ans")]:
        old.unlink()
    for name, root, answer in cases:
        (directory / f"{name}.in").write_text(dump(root) + "\n")
        (directory / f"{name}.ans").write_text(dump(answer) + "\n")


def main() -> None:
    write_group("sample", SAMPLES)
    write_group("secret", [(f"{i:02d}_{name}", root, ans) for i, (name, root, ans) in enumerate(secret_cases(), 1)])


if __name__ == "__main__":
    main()
