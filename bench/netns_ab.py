"""A/B of the box's own network namespace against bwrap's namespace per run: trivial static C
runs per second on 2 slots and machine CPU per run, rounds interleaved on one pool.

    .venv/bin/python bench/netns_ab.py [--rounds 4] [--seconds 4]

"per-run" clears each box's namespace descriptor, so bwrap makes one per run as it did before
`sandbox/netns.py`; "per-box" restores it. Root needed. Not in CI.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import threading
import time

from _common import EMPTY_C, bench_pool, compile_static, program_dir, sandbox_request

from assay.sandbox import RunRequest, SandboxPool


def _busy_ticks() -> int:
    fields = [int(v) for v in open("/proc/stat").readline().split()[1:]]
    return sum(fields) - fields[3] - fields[4]  # all but idle and iowait


def _round(pool: SandboxPool, request: RunRequest, seconds: float) -> tuple[float, float]:
    counts = [0] * len(pool.slots)
    deadline = time.perf_counter() + seconds

    def work(index: int) -> None:
        while time.perf_counter() < deadline:
            with pool.slot() as slot:
                slot.run(request)
            counts[index] += 1

    busy_before, started = _busy_ticks(), time.perf_counter()
    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(pool.slots))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed, runs = time.perf_counter() - started, sum(counts)
    cpu_ms = (_busy_ticks() - busy_before) / os.sysconf("SC_CLK_TCK") * 1000 / runs
    return runs / elapsed, cpu_ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=4.0)
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        pool = stack.enter_context(bench_pool(2))
        request = sandbox_request(compile_static(EMPTY_C, stack.enter_context(program_dir()), "e"))
        boxes = [box for slot in pool.slots for box in (slot.main, slot.helper)]
        own = {id(box): box._netns_fd for box in boxes}
        results: dict[str, list[tuple[float, float]]] = {"per-run": [], "per-box": []}
        for index in range(args.rounds):
            for variant, figures in results.items():
                for box in boxes:
                    box._netns_fd = own[id(box)] if variant == "per-box" else None
                runs_per_s, cpu_ms = _round(pool, request, args.seconds)
                figures.append((runs_per_s, cpu_ms))
                print(f"round {index} {variant:8} {runs_per_s:6.1f} runs/s  {cpu_ms:5.2f} ms/run")
        for variant, figures in results.items():
            rate = statistics.median(r for r, _ in figures)
            cpu = statistics.median(c for _, c in figures)
            print(f"median {variant:8} {rate:6.1f} runs/s  machine CPU {cpu:5.2f} ms/run")


if __name__ == "__main__":
    main()
