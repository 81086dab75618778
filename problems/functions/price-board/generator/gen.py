#!/usr/bin/env python3
"""Test data for "Price Board" (function problem PriceBoard).

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/ and data/secret/. Every .ans is computed here,
independently of the submissions (by scanning the map on small tests and a sorted list of prices elsewhere).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(value) -> str:
    return json.dumps(value, separators=(",", ":"))


from bisect import bisect_left, insort

LIM = 10**9


def solve(operations: list[str], arguments: list) -> list:
    price: dict[int, int] = {}
    ordered: list[int] = []
    latest = 0
    out: list = [None]
    for op, args in zip(operations[1:], arguments[1:]):
        if op == "update":
            t, p = args
            if t in price:
                ordered.pop(bisect_left(ordered, price[t]))
            price[t] = p
            insort(ordered, p)
            latest = max(latest, t)
            out.append(None)
        elif op == "current":
            out.append(price[latest])
        elif op == "maximum":
            out.append(ordered[-1])
            assert len(price) > 200 or ordered[-1] == max(price.values())
        else:
            out.append(ordered[0])
    return out


def test(calls: list[tuple[str, list[int]]]) -> tuple:
    return (["PriceBoard"] + [op for op, _ in calls], [[]] + [args for _, args in calls])


SAMPLES = [
    test([("update", [1, 10]), ("update", [2, 5]), ("current", []), ("maximum", []), ("update", [1, 3]), ("maximum", []), ("update", [4, 2]), ("minimum", [])]),
    test([("update", [7, 40]), ("update", [3, 90]), ("current", []), ("update", [7, 41]), ("current", [])]),
]


def random_calls(rng: random.Random, count: int, stamps: int, prices: int, correct: float) -> list:
    calls, used = [("update", [rng.randint(1, stamps), rng.randint(1, prices)])], []
    used.append(calls[0][1][0])
    for _ in range(count - 1):
        roll = rng.random()
        if roll < 0.4:
            t = rng.choice(used) if rng.random() < correct else rng.randint(1, stamps)
            used.append(t)
            calls.append(("update", [t, rng.randint(1, prices)]))
        else:
            calls.append((rng.choice(("current", "maximum", "minimum")), []))
    return calls


def secret_cases() -> list[tuple[str, tuple]]:
    rng = random.Random(80080)
    cases: list[tuple[str, tuple]] = [
        ("one_record", test([("update", [5, 5]), ("current", []), ("maximum", []), ("minimum", [])])),
        ("correct_max_down", test([("update", [1, 9]), ("update", [2, 4]), ("update", [1, 1]), ("maximum", []), ("minimum", [])])),
        ("correct_min_up", test([("update", [1, 1]), ("update", [2, 4]), ("update", [1, 9]), ("minimum", []), ("maximum", [])])),
        ("correct_latest", test([("update", [9, 1]), ("update", [9, 2]), ("current", []), ("update", [9, 3]), ("current", [])])),
        ("late_arrival", test([("update", [100, 1]), ("update", [50, 7]), ("current", [])])),
        ("equal_prices", test([("update", [1, 5]), ("update", [2, 5]), ("update", [1, 6]), ("minimum", []), ("maximum", [])])),
        ("extremes", test([("update", [LIM, LIM]), ("update", [1, 1]), ("current", []), ("minimum", []), ("maximum", [])])),
    ]
    for t in range(10):
        cases.append((f"small_random_{t + 1}", test(random_calls(rng, rng.randint(2, 30), 6, 20, 0.6))))
    cases.append(("random_2000", test(random_calls(rng, 2000, 500, 1000, 0.5))))
    # The largest sizes.
    cases.append(("max_mixed", test(random_calls(rng, 5 * 10**4, LIM, LIM, 0.3))))
    cases.append(("max_many_corrections", test(random_calls(rng, 5 * 10**4, 100, LIM, 0.95))))
    cases.append(("max_queries_after_updates", test([("update", [i + 1, rng.randint(1, LIM)]) for i in range(25000)] + [(rng.choice(("maximum", "minimum", "current")), []) for _ in range(25000)])))
    falling = [c for i in range(16666) for c in (("update", [1, LIM - i]), ("maximum", []))]
    cases.append(("max_max_keeps_falling", test(falling + [("minimum", [])])))
    rising = [c for i in range(16666) for c in (("update", [7, i + 1]), ("minimum", []))]
    cases.append(("max_min_keeps_rising", test(rising + [("maximum", [])])))
    cases.append(("max_one_timestamp", test(random_calls(rng, 5 * 10**4, 1, LIM, 1.0))))
    cases.append(("max_latest_moves", test([c for i in range(25000) for c in (("update", [i + 1, i + 1]), ("current", []))])))
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
