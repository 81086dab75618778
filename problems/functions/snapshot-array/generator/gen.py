#!/usr/bin/env python3
"""Test data for "Snapshot Array" (function problem SnapshotArray).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (by keeping a full copy per snapshot: the tests are sized so that this stays small here).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def solve(operations: list[str], arguments: list) -> list:
    length = arguments[0][0]
    current: dict[int, int] = {}
    snapshots: list[dict[int, int]] = []
    out: list = [None]
    for op, args in zip(operations[1:], arguments[1:]):
        if op == "set":
            current[args[0]] = args[1]
            out.append(None)
        elif op == "snap":
            snapshots.append(dict(current))
            out.append(len(snapshots) - 1)
        else:
            out.append(snapshots[args[1]].get(args[0], 0))
    return out


def test(length: int, calls: list[tuple[str, list[int]]]) -> tuple:
    return (["SnapshotArray"] + [op for op, _ in calls], [[length]] + [args for _, args in calls])


SAMPLES = [
    test(3, [("set", [0, 5]), ("snap", []), ("set", [0, 6]), ("get", [0, 0]), ("get", [1, 0])]),
    test(1, [("snap", []), ("snap", []), ("set", [0, 9]), ("snap", []), ("get", [0, 1]), ("get", [0, 2])]),
]


def random_calls(rng: random.Random, length: int, count: int, snap_rate: float, set_rate: float, value_max: int = 10**9) -> list:
    calls, snaps = [], 0
    hot = [rng.randrange(length) for _ in range(20)]
    for _ in range(count):
        roll = rng.random()
        if roll < snap_rate or snaps == 0 and roll < snap_rate + 0.1:
            calls.append(("snap", []))
            snaps += 1
        elif roll < snap_rate + set_rate or snaps == 0:
            index = rng.choice(hot) if rng.random() < 0.5 else rng.randrange(length)
            calls.append(("set", [index, rng.randint(0, value_max)]))
        else:
            index = rng.choice(hot) if rng.random() < 0.5 else rng.randrange(length)
            calls.append(("get", [index, rng.randrange(snaps)]))
    return calls


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(71071)
    cases: list[tuple[str, tuple]] = [
        ("only_snaps", test(1, [("snap", [])] * 5)),
        ("never_set", test(4, [("snap", []), ("get", [3, 0])])),
        ("set_twice_same_snap", test(2, [("set", [1, 4]), ("set", [1, 7]), ("snap", []), ("get", [1, 0])])),
        ("set_back_to_zero", test(2, [("set", [0, 3]), ("snap", []), ("set", [0, 0]), ("snap", []), ("get", [0, 0]), ("get", [0, 1])])),
        ("old_snapshot", test(1, [("set", [0, 1]), ("snap", []), ("set", [0, 2]), ("snap", []), ("set", [0, 3]), ("snap", []), ("get", [0, 0]), ("get", [0, 2])])),
        ("max_value", test(1, [("set", [0, 10**9]), ("snap", []), ("get", [0, 0])])),
    ]
    for t in range(10):
        length = rng.randint(1, 6)
        cases.append((f"small_random_{t + 1}", test(length, random_calls(rng, length, rng.randint(1, 30), 0.3, 0.4, 9))))
    cases.append(("random_2000", test(100, random_calls(rng, 100, 2000, 0.2, 0.4))))
    # The largest sizes.
    cases.append(("max_many_snaps", test(5 * 10**4, random_calls(rng, 5 * 10**4, 5 * 10**4, 0.45, 0.1))))
    cases.append(("max_many_sets", test(5 * 10**4, random_calls(rng, 5 * 10**4, 5 * 10**4, 0.01, 0.6))))
    cases.append(("max_gets_old", test(5 * 10**4, [("set", [i % 50000, i]) for i in range(2000)] + [("snap", [])] * 10000 + [("get", [i % 2000, i % 10000]) for i in range(38000)])))
    cases.append(("max_one_hot_index", test(5 * 10**4, [c for i in range(16000) for c in (("set", [7, i]), ("snap", []))] + [("get", [7, i * 3 % 16000]) for i in range(18000)])))
    cases.append(("max_balanced", test(5 * 10**4, random_calls(rng, 5 * 10**4, 5 * 10**4, 0.3, 0.3))))
    cases.append(("length_one_long", test(1, random_calls(rng, 1, 20000, 0.3, 0.3))))
    cases.append(("max_length_few_calls", test(5 * 10**4, [("snap", []), ("get", [49999, 0])])))
    cases.append(("max_sets_then_gets", test(5 * 10**4, [("set", [i, i]) for i in range(25000)] + [("snap", [])] + [("get", [i, 0]) for i in range(24999)])))
    return cases


def write_group(group: str, cases: list[tuple[str, tuple]]) -> None:
    directory = ROOT / "data" / group
    directory.mkdir(parents=True, exist_ok=True)
    for old in [*directory.glob("*.in"), *directory.glob("*.ans")]:
        old.unlink()
    for name, args in cases:
        (directory / f"{name}.in").write_text("".join(dump(a) + "\n" for a in args))
        (directory / f"{name}.ans").write_text(dump(solve(*args)) + "\n")


def main() -> None:
    write_group("sample", [(str(i), args) for i, args in enumerate(SAMPLES, 1)])
    write_group("secret", [(f"{i:02d}_{name}", args) for i, (name, args) in enumerate(secret_cases(), 1)])


if __name__ == "__main__":
    main()
