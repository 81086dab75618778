"""Timing stability: a ~0.5 s CPU loop (static C), run sandboxed and bare, interleaved.

The CPU time of each run: sandboxed from the box's cgroup (cpuacct / cpu.stat, as the judge
measures it), bare from os.wait4's rusage. Reports median, min, max, spread (max - min) and
coefficient of variation (stdev / mean) of each, and the box's start-up CPU (an empty program's
cgroup CPU, measured in the same run) that a calibrated judge subtracts.

The loop's iteration count is calibrated first so that one bare run takes about --target-s.
The bare runs are pinned to the sandbox slot's core (unless --no-pin-bare), so both sides
compete for the same core.

    .venv/bin/python bench/timing_stability.py               # 20 runs of each
    .venv/bin/python bench/timing_stability.py --runs 5 --target-s 0.2
"""

from __future__ import annotations

import argparse
import statistics
from typing import Any

from _common import (
    EMPTY_C,
    LOOP_C,
    CpuMeter,
    bare_run,
    bench_pool,
    compile_static,
    ms,
    print_load,
    print_machine,
    print_table,
    program_dir,
    require_root,
    sandbox_request,
    stats,
    write_json,
)

from assay.sandbox import RunResult, SandboxPool

CALIBRATION_ITERATIONS = 100_000_000


def calibrate(loop: str, target_s: float, cpu: int | None) -> int:
    """Iterations for about TARGET_S of CPU, from two bare runs (the second checks the first)."""
    iterations = CALIBRATION_ITERATIONS
    for _ in range(2):
        spent = bare_run([loop, str(iterations)], cpu).cpu_time_s
        iterations = max(1, int(iterations * target_s / max(spent, 1e-3)))
    return iterations


def box_startup_cpu(pool: SandboxPool, empty: Any, runs: int) -> float:
    """Median cgroup CPU of an empty program: the box's own start-up, charged to every run."""
    request = sandbox_request(empty)
    samples = [pool.run(request).usage.cpu_time_s for _ in range(runs)]
    return statistics.median(samples)


def run_ok(result: RunResult) -> RunResult:
    if not result.ok:
        raise SystemExit(
            f"sandboxed loop failed: {result.status} {result.message} {result.stderr!r}"
        )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="measured runs per side (default 20)")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured pairs first (default 1)")
    parser.add_argument("--target-s", type=float, default=0.5, help="CPU per run (default 0.5 s)")
    parser.add_argument("--no-pin-bare", action="store_true", help="let bare runs float")
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    args = parser.parse_args()
    require_root()
    info = print_machine()
    meter = CpuMeter()
    with program_dir() as directory, bench_pool(1) as pool:
        slot_cpu = pool.slots[0].cpu
        bare_cpu = None if args.no_pin_bare else slot_cpu
        loop = compile_static(LOOP_C, directory, "loop")
        empty = compile_static(EMPTY_C, directory, "empty")
        iterations = calibrate(str(loop), args.target_s, bare_cpu)
        pinned = f"pinned to core {bare_cpu}" if bare_cpu is not None else "unpinned"
        print(f"loop: {iterations} iterations; slot on core {slot_cpu}; bare runs {pinned}")
        startup_s = box_startup_cpu(pool, empty, 20)
        request = sandbox_request(loop, [str(iterations)], cpu_time_s=10 * args.target_s + 1)
        bare_cpu_s: list[float] = []
        bare_wall_s: list[float] = []
        box_cpu_s: list[float] = []
        box_wall_s: list[float] = []
        for index in range(args.warmup + args.runs):
            bare = bare_run([str(loop), str(iterations)], bare_cpu)
            boxed = run_ok(pool.run(request))
            if index < args.warmup:
                continue
            bare_cpu_s.append(bare.cpu_time_s)
            bare_wall_s.append(bare.wall_time_s)
            box_cpu_s.append(boxed.usage.cpu_time_s)
            box_wall_s.append(boxed.usage.wall_time_s)
    load = meter.read()
    series = {
        "bare CPU (wait4 rusage)": stats(bare_cpu_s),
        "sandboxed CPU (cgroup, raw)": stats(box_cpu_s),
        "sandboxed CPU (cgroup - box start-up)": stats([x - startup_s for x in box_cpu_s]),
        "bare wall": stats(bare_wall_s),
        "sandboxed wall (release -> exit)": stats(box_wall_s),
    }
    print()
    print_table(
        ["series", "n", "median ms", "min ms", "max ms", "spread ms", "spread % of median", "CV"],
        [
            [
                name,
                s.n,
                ms(s.median),
                ms(s.minimum),
                ms(s.maximum),
                ms(s.spread),
                f"{s.spread / s.median * 100:.1f}%",
                f"{s.cv * 100:.2f}%",
            ]
            for name, s in series.items()
        ],
    )
    bare_median = series["bare CPU (wait4 rusage)"].median
    corrected = series["sandboxed CPU (cgroup - box start-up)"].median
    print(f"\nbox start-up CPU (empty program, median of 20): {ms(startup_s)} ms")
    print(f"sandboxed (corrected) / bare CPU median: {corrected / bare_median:.3f}")
    print_load(load)
    write_json(
        args.json,
        {
            "machine": info,
            "iterations": iterations,
            "box_startup_cpu_s": startup_s,
            "series": {name: s.as_dict() for name, s in series.items()},
            "samples": {
                "bare_cpu_s": bare_cpu_s,
                "box_cpu_s": box_cpu_s,
                "bare_wall_s": bare_wall_s,
                "box_wall_s": box_wall_s,
            },
            "load": load,
        },
    )


if __name__ == "__main__":
    main()
