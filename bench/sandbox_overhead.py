"""Sandbox overhead: the same program run bare (Popen, no preexec_fn) and through the sandbox.

Runs are interleaved (bare, sandboxed, bare, ...) so drift in the machine's load hits both sides
alike. Reports the median and p90 wall time of each side as the caller sees it (from before
Popen / pool.run to after the result), their difference and ratio.

Target (issue 2): at most 10 ms median over bare for the static C program.

    .venv/bin/python bench/sandbox_overhead.py              # 200 runs of each program
    .venv/bin/python bench/sandbox_overhead.py --runs 20    # a quick look
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
from collections.abc import Sequence
from typing import Any

from _common import (
    EMPTY_C,
    PYTHON,
    CpuMeter,
    bare_run,
    bench_pool,
    compile_static,
    ms,
    print_load,
    print_machine,
    print_table,
    program_dir,
    reaping_fix,
    require_root,
    sandbox_request,
    stats,
    timed_sandbox_run,
    verdict,
    write_json,
)

from assay.sandbox import RunRequest, RunResult, SandboxPool

TARGET_C_OVERHEAD_S = 0.010
MODE_LABELS = {"shipped": "as shipped", "fixed": "with reaping fix"}


def measure(
    pool: SandboxPool, bare_argv: Sequence[str], request: RunRequest, runs: int, warmup: int
) -> dict[str, Any]:
    bare_s: list[float] = []
    box_s: list[float] = []
    results: list[RunResult] = []
    failures: list[str] = []
    for index in range(warmup + runs):
        bare = bare_run(bare_argv)
        wall, result = timed_sandbox_run(pool.run, request)
        if bare.returncode != 0:
            raise SystemExit(f"bare run of {bare_argv} exited {bare.returncode}")
        if index < warmup:
            continue
        if not result.ok:  # counted and left out: a failed start is quicker than a run
            failures.append(f"{result.status}: {result.message} {result.stderr[:80]!r}")
            continue
        bare_s.append(bare.wall_time_s)
        box_s.append(wall)
        results.append(result)
    bare_stats, box_stats = stats(bare_s), stats(box_s)
    paired = [b - a for a, b in zip(bare_s, box_s, strict=True)]
    return {
        "failed_sandboxed_runs": len(failures),
        "failure_examples": failures[:3],
        "bare": bare_stats.as_dict(),
        "sandboxed": box_stats.as_dict(),
        "overhead_median_s": box_stats.median - bare_stats.median,
        "overhead_p90_s": box_stats.p90 - bare_stats.p90,
        "paired_difference_median_s": statistics.median(paired),
        "ratio_median": box_stats.median / bare_stats.median,
        # What the sandbox itself reports (release of the box to its exit; cgroup CPU and memory).
        "box_wall_median_s": statistics.median(r.usage.wall_time_s for r in results),
        "box_cgroup_cpu_median_s": statistics.median(r.usage.cpu_time_s for r in results),
        "box_cgroup_memory_median_kib": statistics.median(r.usage.memory_kib for r in results),
    }


def report(rows: dict[str, dict[str, Any]]) -> None:
    print()
    print_table(
        [
            "program",
            "bare median ms",
            "bare p90 ms",
            "sandboxed median ms",
            "sandboxed p90 ms",
            "overhead (median) ms",
            "overhead (p90) ms",
            "paired diff median ms",
            "ratio (median)",
            "failed",
        ],
        [
            [
                name,
                ms(r["bare"]["median"]),
                ms(r["bare"]["p90"]),
                ms(r["sandboxed"]["median"]),
                ms(r["sandboxed"]["p90"]),
                ms(r["overhead_median_s"]),
                ms(r["overhead_p90_s"]),
                ms(r["paired_difference_median_s"]),
                f"{r['ratio_median']:.2f}x",
                r["failed_sandboxed_runs"],
            ]
            for name, r in rows.items()
        ],
    )
    print()
    print_table(
        ["program", "box wall (release→exit) ms", "cgroup CPU ms", "cgroup peak memory KiB"],
        [
            [
                name,
                ms(r["box_wall_median_s"]),
                ms(r["box_cgroup_cpu_median_s"]),
                f"{r['box_cgroup_memory_median_kib']:.0f}",
            ]
            for name, r in rows.items()
        ],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200, help="measured runs per side and program")
    parser.add_argument("--warmup", type=int, default=10, help="unmeasured runs first (default 10)")
    parser.add_argument("--slots", type=int, default=1, help="slots of the pool (default 1)")
    parser.add_argument("--skip-python", action="store_true", help="only the C program")
    parser.add_argument(
        "--modes",
        default="shipped",
        help="comma-separated: 'shipped' (the sandbox as it is; the default), 'fixed' (plus "
        "the orphan-reaping fix emulated in this process, for code before 4ddb2ea)",
    )
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    args = parser.parse_args()
    modes = args.modes.split(",")
    if not set(modes) <= {"shipped", "fixed"}:
        parser.error("modes are 'shipped' and 'fixed'")
    require_root()
    info = print_machine()
    print(f"interleaved bare/sandboxed, {args.runs} runs each after {args.warmup} warm-up runs")
    rows: dict[str, dict[str, Any]] = {}
    meter = CpuMeter()
    with program_dir() as directory:
        empty = compile_static(EMPTY_C, directory, "empty")
        programs = [("static C return 0", [str(empty)], sandbox_request(empty))]
        if not args.skip_python:
            python = [PYTHON, "-c", "pass"]
            programs.append(("python3 -c pass", python, RunRequest(argv=python)))
        for mode in modes:
            fix = reaping_fix() if mode == "fixed" else contextlib.nullcontext()
            with bench_pool(args.slots) as pool, fix:
                for name, bare_argv, request in programs:
                    label = f"{name}, {MODE_LABELS[mode]}"
                    rows[label] = measure(pool, bare_argv, request, args.runs, args.warmup)
    load = meter.read()
    report(rows)
    for name, r in rows.items():
        if r["failed_sandboxed_runs"]:
            print(f"{name}: {r['failed_sandboxed_runs']} sandboxed runs failed, e.g. "
                  f"{r['failure_examples'][0]}")  # fmt: skip
    met: dict[str, bool] = {}
    print()
    for mode in modes:
        row = rows[f"static C return 0, {MODE_LABELS[mode]}"]
        overhead = row["overhead_median_s"]
        met[mode] = overhead <= TARGET_C_OVERHEAD_S and not row["failed_sandboxed_runs"]
        failed = (
            f"; {row['failed_sandboxed_runs']} runs failed" if row["failed_sandboxed_runs"] else ""
        )
        by = (
            ""
            if overhead <= TARGET_C_OVERHEAD_S
            else f" by {ms(overhead - TARGET_C_OVERHEAD_S)} ms"
        )
        print(
            f"target: C overhead <= {ms(TARGET_C_OVERHEAD_S)} ms median over bare, "
            f"{MODE_LABELS[mode]}: {ms(overhead)} ms{by}{failed} -> {verdict(met[mode])}"
        )
    print_load(load)
    write_json(args.json, {"machine": info, "results": rows, "load": load, "target_met": met})


if __name__ == "__main__":
    main()
