#!/usr/bin/env python3
"""Test data for "Recent Cache" (design problem RecentCache).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is produced by the
simulation below (a dict kept in order of use), independently of the submissions.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLASS = "RecentCache"


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def simulate(operations: list[str], arguments: list[list[int]]) -> list:
    capacity = arguments[0][0]
    store: dict[int, int] = {}  # insertion order = order of last use, oldest first
    out: list = [None]
    for op, args in zip(operations[1:], arguments[1:]):
        if op == "get":
            key = args[0]
            if key in store:
                store[key] = store.pop(key)
                out.append(store[key])
            else:
                out.append(-1)
        else:
            key, value = args
            if key in store:
                del store[key]
            elif len(store) == capacity:
                del store[next(iter(store))]
            store[key] = value
            out.append(None)
    return out


def random_ops(rng: random.Random, capacity: int, calls: int, keys: int, values: int,
               put_share: float = 0.5) -> tuple[list[str], list[list[int]]]:
    ops, args = [CLASS], [[capacity]]
    for _ in range(calls):
        key = rng.randint(0, keys)
        if rng.random() < put_share:
            ops.append("put")
            args.append([key, rng.randint(0, values)])
        else:
            ops.append("get")
            args.append([key])
    return ops, args


def refresh_trap(capacity: int) -> tuple[list[str], list[list[int]]]:
    """Fill the cache, read the oldest key, add a new key: a cache that ignores reads evicts the
    key that was just read."""
    ops, args = [CLASS], [[capacity]]
    for key in range(capacity):
        ops.append("put")
        args.append([key, key + 1])
    for round_ in range(capacity):
        ops += ["get", "put", "get"]
        args += [[round_], [capacity + round_, 7], [round_]]
    return ops, args


def cyclic(capacity: int, keys: int, rounds: int) -> tuple[list[str], list[list[int]]]:
    """Keys 0..keys-1 in a cycle: with keys > capacity every get misses."""
    ops, args = [CLASS], [[capacity]]
    for r in range(rounds):
        for key in range(keys):
            ops += ["get", "put"]
            args += [[key], [key, r]]
    return ops, args


SAMPLES = [
    (["RecentCache", "put", "put", "get", "put", "get", "get", "get"],
     [[2], [5, 50], [8, 80], [5], [3, 30], [8], [5], [3]]),
    (["RecentCache", "put", "put", "get", "put", "get", "get"],
     [[1], [4, 1], [4, 9], [4], [6, 2], [4], [6]]),
]


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(20250617)
    cases: list[tuple[str, tuple]] = [
        ("only_constructor", ([CLASS], [[3]])),
        ("get_empty", ([CLASS, "get", "get"], [[1], [0], [100000]])),
        ("capacity_one", ([CLASS, "put", "put", "get", "get", "put", "get"],
                          [[1], [1, 10], [2, 20], [1], [2], [2, 21], [2]])),
        ("update_refreshes", ([CLASS, "put", "put", "put", "put", "get", "get", "get"],
                              [[2], [1, 1], [2, 2], [1, 5], [3, 3], [1], [2], [3]])),
        ("extremes", ([CLASS, "put", "put", "get", "get", "put", "get"],
                      [[100000], [0, 0], [100000, 1000000000], [0], [100000], [0, 1000000000], [0]])),
        ("refresh_trap_3", refresh_trap(3)),
        ("refresh_trap_50", refresh_trap(50)),
        ("cyclic_misses", cyclic(4, 5, 20)),
        ("cyclic_hits", cyclic(5, 5, 20)),
    ]
    for k in range(4):
        cap = rng.randint(1, 6)
        cases.append((f"small_random_{k + 1}", random_ops(rng, cap, 40, 10, 100)))
    cases.append(("random_1000", random_ops(rng, 100, 1000, 200, 10**9)))
    cases.append(("gets_heavy_5000", random_ops(rng, 1000, 5000, 1500, 10**9, put_share=0.2)))
    cases.append(("capacity_one_10000", random_ops(rng, 1, 10000, 3, 9)))
    cases.append(("refresh_trap_3000", refresh_trap(3000)))
    # The largest sizes.
    cases.append(("max_large_capacity", random_ops(rng, 15000, 45000, 22499, 999)))
    cases.append(("max_no_eviction", random_ops(rng, 100000, 15000, 99999, 9)))
    cases.append(("max_cyclic", cyclic(10000, 10001, 1)))
    # More small random cases, from their own generator (the tests above stay as they were).
    extra = random.Random(82915)
    for k in range(6):
        cap = extra.randint(1, 6)
        cases.append((f"extra_random_{k + 1}", random_ops(extra, cap, 40, 10, 100)))
    return cases


def write_group(group: str, cases: list[tuple[str, tuple]]) -> None:
    directory = ROOT / "data" / group
    directory.mkdir(parents=True, exist_ok=True)
    for old in [*directory.glob("*.in"), *directory.glob("*.ans")]:
        old.unlink()
    for name, (ops, args) in cases:
        (directory / f"{name}.in").write_text(dump(ops) + "\n" + dump(args) + "\n")
        (directory / f"{name}.ans").write_text(dump(simulate(ops, args)) + "\n")


def main() -> None:
    write_group("sample", [(str(i), case) for i, case in enumerate(SAMPLES, 1)])
    write_group("secret", [(f"{i:02d}_{name}", case) for i, (name, case) in enumerate(secret_cases(), 1)])


if __name__ == "__main__":
    main()
