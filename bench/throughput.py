"""Throughput: sandboxed runs per second of a static C `return 0`, with 1 slot and with all slots.

One thread per slot, each looping `with pool.slot() as s: s.run(request)` for a fixed time, as a
worker would ("shipped": a box per run), or running 20 runs per borrowed slot as the tests of one
submission are run, each told the next (`s.run(request, then=request)`: one resident box for
the 20, docs/judge-engine.md). Also reports each run's latency and where the machine's CPU
went (the judge process itself; its reaped children: the launcher -> bwrap process, the box's
PID 1 and payload; the whole machine), so a missed target can be told apart from a busy machine.

Target (issue 13): at least 400 runs/s with 2 slots (issue 2's was 150).

    .venv/bin/python bench/throughput.py                  # 5 s per configuration
    .venv/bin/python bench/throughput.py --seconds 1      # a quick look
"""

from __future__ import annotations

import argparse
import contextlib
import os
import threading
import time
from typing import Any

from _common import (
    EMPTY_C,
    CpuMeter,
    bench_pool,
    compile_static,
    ms,
    print_machine,
    print_table,
    program_dir,
    reaping_fix,
    require_root,
    sandbox_request,
    stats,
    verdict,
    write_json,
)

from assay.sandbox import RunRequest, SandboxPool

TARGET_RUNS_PER_S = 400.0
TESTS_PER_BORROW = 20  # 'tests' mode: runs per borrowed slot, as one submission's tests
TARGET_SLOTS = 2


def worker(
    pool: SandboxPool,
    request: RunRequest,
    deadline: float,
    latencies: list[float],
    failures: list[str],
    runs_per_borrow: int,
) -> None:
    while time.perf_counter() < deadline:
        try:
            with pool.slot() as slot:
                for index in range(runs_per_borrow):
                    start = time.perf_counter()
                    then = request if index + 1 < runs_per_borrow else None
                    result = slot.run(request, then)
                    latencies.append(time.perf_counter() - start)
                    if not result.ok:
                        failures.append(f"{result.status}: {result.message} {result.stderr[:80]!r}")
        except Exception as error:  # a crash of the sandbox is a failed run, not a dead thread
            failures.append(f"exception: {error!r}")


def measure(
    slots: int, request: RunRequest, seconds: float, warmup: int, mode: str, resident: bool
) -> dict[str, Any]:
    fix = mode == "fixed"
    runs_per_borrow = TESTS_PER_BORROW if mode == "tests" else 1
    with bench_pool(slots, resident) as pool, reaping_fix() if fix else contextlib.nullcontext():
        for _ in range(warmup):
            pool.run(request)
        per_thread: list[list[float]] = [[] for _ in range(slots)]
        failures: list[str] = []
        meter = CpuMeter()
        start = time.perf_counter()
        deadline = start + seconds
        threads = [
            threading.Thread(
                target=worker, args=(pool, request, deadline, lat, failures, runs_per_borrow)
            )
            for lat in per_thread
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - start
        load = meter.read()
    latencies = [x for lat in per_thread for x in lat]
    runs = len(latencies)
    return {
        "mode": {
            "fixed": "with reaping fix (emulated)",
            "tests": f"as tests ({TESTS_PER_BORROW} per borrow)",
        }.get(mode, "as shipped"),
        "slots": slots,
        "runs": runs,
        "failures": len(failures),
        "failure_examples": failures[:3],
        "elapsed_s": elapsed,
        "runs_per_s": runs / elapsed,
        "ok_runs_per_s": (runs - len(failures)) / elapsed,
        "latency": stats(latencies).as_dict(),
        "machine_busy_fraction": load["machine_busy_fraction"],
        "judge_cpu_per_run_s": load["judge_process_cpu_s"] / max(runs, 1),
        "children_cpu_per_run_s": load["reaped_children_cpu_s"] / max(runs, 1),
        "machine_cpu_per_run_s": load["machine_busy_cpu_s"] / max(runs, 1),
    }


def report(rows: list[dict[str, Any]]) -> None:
    print()
    print_table(
        [
            "mode",
            "slots (threads)",
            "runs",
            "failed",
            "OK runs/s",
            "latency median ms",
            "latency p90 ms",
            "machine busy",
            "machine CPU ms/run",
            "judge process CPU ms/run",
            "reaped children CPU ms/run",
        ],
        [
            [
                r["mode"],
                r["slots"],
                r["runs"],
                r["failures"],
                f"{r['ok_runs_per_s']:.1f}",
                ms(r["latency"]["median"]),
                ms(r["latency"]["p90"]),
                f"{r['machine_busy_fraction'] * 100:.0f}%",
                ms(r["machine_cpu_per_run_s"]),
                ms(r["judge_cpu_per_run_s"]),
                ms(r["children_cpu_per_run_s"]),
            ]
            for r in rows
        ],
    )
    for mode in dict.fromkeys(r["mode"] for r in rows):
        same = [r for r in rows if r["mode"] == mode]
        if len(same) > 1 and same[0]["ok_runs_per_s"] > 0:
            gain = same[-1]["ok_runs_per_s"] / same[0]["ok_runs_per_s"]
            first, last = same[0]["slots"], same[-1]["slots"]
            print(f"\n{mode}: scaling from {first} to {last} slots: {gain:.2f}x")
    for r in rows:
        if r["failures"]:
            print(f"{r['mode']}, {r['slots']} slots: failed runs, e.g. {r['failure_examples'][0]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="per configuration (default 5)")
    parser.add_argument("--warmup", type=int, default=10, help="unmeasured runs first (default 10)")
    parser.add_argument(
        "--slots",
        default=f"1,{os.cpu_count() or 1}",
        help="comma-separated slot counts (default: 1 and the number of cores)",
    )
    parser.add_argument(
        "--modes",
        default="shipped,tests",
        help="comma-separated: 'shipped' (a box per run), 'tests' (runs as a submission's tests, "
        f"{TESTS_PER_BORROW} per borrowed slot; both by default), 'fixed' (plus the "
        "orphan-reaping fix emulated in this process, for code before 4ddb2ea)",
    )
    parser.add_argument(
        "--fresh-boxes",
        action="store_true",
        help="no resident boxes: a fresh box for every run (the A/B baseline)",
    )
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    args = parser.parse_args()
    require_root()
    info = print_machine()
    counts = sorted({int(x) for x in args.slots.split(",")})
    boxes = "fresh boxes only" if args.fresh_boxes else "resident boxes"
    print(f"{args.seconds:g} s per configuration; one thread per slot; {boxes}")
    rows = []
    with program_dir() as directory:
        request = sandbox_request(compile_static(EMPTY_C, directory, "empty"))
        for mode in args.modes.split(","):
            if mode not in ("shipped", "fixed", "tests"):
                parser.error(f"unknown mode {mode!r}")
            for slots in counts:
                rows.append(
                    measure(slots, request, args.seconds, args.warmup, mode, not args.fresh_boxes)
                )
    report(rows)
    met: dict[str, bool] = {}
    print()
    for r in rows:
        if r["slots"] != TARGET_SLOTS:
            continue
        rate = r["ok_runs_per_s"]
        met[r["mode"]] = rate >= TARGET_RUNS_PER_S and r["failures"] == 0
        short = "" if met[r["mode"]] else (
            f" (short by {TARGET_RUNS_PER_S - rate:.1f} runs/s, "
            f"{(1 - rate / TARGET_RUNS_PER_S) * 100:.0f}%"
            + (f"; {r['failures']} runs failed" if r["failures"] else "") + ")"
        )  # fmt: skip
        print(
            f"target: >= {TARGET_RUNS_PER_S:.0f} OK runs/s with {TARGET_SLOTS} slots, "
            f"{r['mode']}: {rate:.1f} -> {verdict(met[r['mode']])}{short}"
        )
    write_json(args.json, {"machine": info, "results": rows, "target_met": met})


if __name__ == "__main__":
    main()
