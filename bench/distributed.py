"""Distributed vs embedded, end to end on the real platform, in one run.

Each mode gets a fresh platform as real processes (a temp dir; a fresh PostgreSQL database,
created and dropped; a redis-server of our own on a spare loopback port), the same problems
(the bundled set plus `sumtwo10`: `sumtwo` cut to 10 tests) and 2 judging slots in all:

    embedded     `assay serve --workers 2`, SQLite (the default deployment)
    embedded-pg  `assay serve --workers 2`, PostgreSQL (isolates the queue from the database)
    dist-1x2     `assay serve --workers 0` + 1 `assay worker --slots 2`, PostgreSQL + Redis
    dist-2x1     `assay serve --workers 0` + 2 `assay worker --slots 1`, PostgreSQL + Redis

Per mode, after 2 warm-up submissions (package download, caches):
1. burst: 200 Python submissions from 8 concurrent clients, each followed over its WebSocket;
   submissions judged per second, submit -> final event p50/p99;
2. paced: 30 submissions offered at a steady half of the burst throughput (a slot is always
   free), to see the queue's own pickup latency rather than the backlog;
and in both, the queue wait (enqueue -> a worker starting the job) from the workers'
`assay_queue_wait_seconds` histogram (Prometheus: the API's /metrics in embedded mode, each
worker's --metrics-port in distributed mode), p50/p99 interpolated inside its buckets, plus
what the client sees (202 -> the `accepted` event). Finally `bench/queue_transport.py` (queue
transport alone, fake judge) against the same redis-server.

Run as root with the project's venv (PostgreSQL on 127.0.0.1:5432, `redis-server` installed):
    .venv/bin/python bench/distributed.py --rounds 3      # the full run (~7 min a round on 2 cores)
    .venv/bin/python bench/distributed.py --submissions 20 --paced 6 --modes embedded,dist-2x1
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _platform as P

MODES = {
    # name: (database, worker processes x slots each; 0 workers: slots in the server)
    "embedded": ("sqlite", 0, 2),
    "embedded-pg": ("postgres", 0, 2),
    "dist-1x2": ("postgres", 1, 2),
    "dist-2x1": ("postgres", 2, 1),
}


@dataclass
class Running:
    base: str
    server: P.Proc
    workers: list[tuple[P.Proc, int]] = field(default_factory=list)
    redis: P.OwnRedis | None = None

    def metrics_urls(self) -> list[str]:
        if not self.workers:
            return [f"{self.base}/metrics"]
        return [f"http://127.0.0.1:{port}/metrics" for _, port in self.workers]

    def pids(self) -> dict[str, int]:
        pids = {"api": self.server.pid}
        for proc, _ in self.workers:
            pids[proc.name] = proc.pid
        if self.redis is not None:
            pids["redis"] = self.redis.proc.pid
        return pids


@contextlib.contextmanager
def platform(mode: str, tmp: Path, problems: Path) -> Iterator[Running]:
    database, worker_procs, slots = MODES[mode]
    with contextlib.ExitStack() as stack:
        database_url = (
            stack.enter_context(P.fresh_pg_database()) if database == "postgres" else None
        )
        redis = None
        if worker_procs:
            redis = P.OwnRedis(tmp).start()
            stack.callback(redis.stop)
        env = P.platform_env(
            tmp, problems, database_url=database_url, redis_url=redis.url if redis else None
        )
        server, base = P.start_server(tmp, env, slots=0 if worker_procs else slots)
        stack.callback(server.stop)
        running = Running(base, server, redis=redis)
        for index in range(worker_procs):
            worker = P.start_worker(
                tmp,
                env,
                name=f"worker-{index + 1}",
                slots=slots,
                api_url=base,
                redis_url=redis.url,  # type: ignore[union-attr]
                database_url=env["ASSAY_DATABASE_URL"],
            )
            stack.callback(worker[0].stop)
            running.workers.append(worker)
        yield running


def scrape(running: Running) -> tuple[dict[float, float], tuple[float, float]]:
    waits = P.add_histograms(
        *(P.scrape_histogram(url, "assay_queue_wait_seconds") for url in running.metrics_urls())
    )
    sums = [P.scrape_sum_count(url, "assay_judging_seconds") for url in running.metrics_urls()]
    return waits, (sum(s for s, _ in sums), sum(c for _, c in sums))


def cpu(running: Running) -> dict[str, tuple[float, float]]:
    return {name: P.process_cpu_s(pid) for name, pid in running.pids().items()}


def measure(
    running: Running, token: str, count: int, *, clients: int, rate: float | None, offset: int
) -> dict[str, Any]:
    waits_before, judge_before = scrape(running)
    cpu_before = cpu(running)
    load_before = P.loadavg()
    result = asyncio.run(
        P.end_to_end([running.base], token, count, clients=clients, rate=rate, offset=offset)
    )
    waits_after, judge_after = scrape(running)
    cpu_after = cpu(running)
    waits = P.diff_histograms(waits_after, waits_before)
    from_logs: list[float] = []
    if running.workers:  # their JSON logs carry timestamps (the embedded server's do not)
        ids = {t.sid for t in result.timings if t.sid}
        created = asyncio.run(P.created_at(running.base, token, ids))
        started = P.judging_started([proc.log for proc, _ in running.workers])
        from_logs = [(started[i] - created[i]) * 1000 for i in ids if i in started and i in created]
    judged = judge_after[1] - judge_before[1]
    summary = result.summary()
    summary.update(
        verdicts=result.verdicts(),
        failures=result.failures[:5],
        via_long_poll=sum(1 for t in result.timings if t.via != "ws"),
        tests_per_submission=sorted({t.tests for t in result.done}),
        mean_judging_s=(judge_after[0] - judge_before[0]) / judged if judged else float("nan"),
        queue_wait_metric_p50=P.fmt_quantile(waits, 0.5),
        queue_wait_metric_p99=P.fmt_quantile(waits, 0.99),
        log_wait_n=len(from_logs),
        log_wait_p50_ms=P.percentile(from_logs, 50),
        log_wait_p99_ms=P.percentile(from_logs, 99),
        queue_wait_buckets={str(k): v for k, v in sorted(waits.items())},
        cpu_s={
            name: (cpu_after[name][0] - own, cpu_after[name][1] - children)
            for name, (own, children) in cpu_before.items()
        },
        load_before=load_before,
        load_after=P.loadavg(),
    )
    return summary


def print_summary(mode: str, phase: str, s: dict[str, Any]) -> None:
    print(
        f"  [{mode} {phase}] {s['n']} judged in {s['elapsed_s']:.1f} s: {s['per_s']:.2f}/s;"
        f" submit -> final p50 {s['p50_ms']:.0f} ms, p99 {s['p99_ms']:.0f} ms;"
        f" verdicts {s['verdicts']}, tests {s['tests_per_submission']},"
        f" long-poll fallbacks {s['via_long_poll']}"
    )
    print(
        f"    POST p50 {s['post_p50_ms']:.1f} ms p99 {s['post_p99_ms']:.1f} ms;"
        f" queue wait: client (202 -> accepted event) p50 {s['wait_p50_ms']:.0f} ms"
        f" p99 {s['wait_p99_ms']:.0f} ms; worker metric p50 {s['queue_wait_metric_p50']},"
        f" p99 {s['queue_wait_metric_p99']}"
    )
    if s.get("log_wait_n"):
        print(
            f"    stored -> worker's `judging attempt` log line (ms clock, {s['log_wait_n']} jobs):"
            f" p50 {s['log_wait_p50_ms']:.1f} ms, p99 {s['log_wait_p99_ms']:.1f} ms"
        )
    cpu_text = ", ".join(
        f"{name} {own:.1f}+{children:.1f}" for name, (own, children) in s["cpu_s"].items()
    )
    print(
        f"    judging per submission {s['mean_judging_s'] * 1000:.0f} ms; CPU s (own+sandboxed"
        f" children): {cpu_text}; load {s['load_before']} -> {s['load_after']}"
    )
    if s.get("failures"):
        print(f"    FAILURES: {s['failures']}")


def run_mode(mode: str, args: argparse.Namespace) -> dict[str, Any]:
    database, procs, slots = MODES[mode]
    layout = (
        f"{procs} worker process(es) x {slots} slot(s)" if procs else f"{slots} slots in-process"
    )
    print(f"\n== {mode}: {database}, {layout}; load {P.loadavg()}")
    with P.temp_dir(f"assay-bench-{mode}-", keep=args.keep) as tmp:
        problems = P.bench_problems(tmp, all_bundled=False)
        began = time.perf_counter()
        with platform(mode, tmp, problems) as running:
            token = asyncio.run(P.sign_up(running.base))
            warm = asyncio.run(P.submit_and_wait(running.base, token, 2))
            print(
                f"  up and warm in {time.perf_counter() - began:.1f} s"
                f" (warm-up verdicts {[w['verdict'] for w in warm]})"
            )
            out: dict[str, Any] = {}
            out["burst"] = measure(
                running, token, args.submissions, clients=args.clients, rate=None, offset=0
            )
            print_summary(mode, "burst", out["burst"])
            if args.paced:
                rate = args.paced_fraction * out["burst"]["per_s"]
                print(f"  paced: {args.paced} submissions at {rate:.2f}/s")
                out["paced"] = measure(
                    running,
                    token,
                    args.paced,
                    clients=args.clients,
                    rate=rate,
                    offset=args.submissions,
                )
                out["paced"]["offered_per_s"] = rate
                print_summary(mode, "paced", out["paced"])
            if args.transport and running.redis is not None and mode == args.transport_mode:
                out["transport"] = transport(running.redis.url, args.transport_jobs)
            return out


def transport(redis_url: str, jobs: int) -> str:
    """bench/queue_transport.py against our redis-server (it prints its own table)."""
    import io

    import queue_transport

    queue_transport.REDIS_URL = redis_url
    print(f"  bench/queue_transport.py --jobs {jobs} (fake 10 ms judge, no sandbox, no database)")
    buffer = io.StringIO()
    import logging

    logging.getLogger("assay.queue.redis").setLevel(logging.ERROR)  # "fresh redis" notices
    with contextlib.redirect_stdout(buffer):
        asyncio.run(queue_transport.main(jobs, 400.0))
    text = buffer.getvalue()
    print("    " + text.rstrip().replace("\n", "\n    "))
    return text


def row(mode: str, out: dict[str, Any]) -> dict[str, float]:
    b, p = out["burst"], out.get("paced") or {}
    slots = MODES[mode][1] * MODES[mode][2] or MODES[mode][2]
    r = {
        "per_s": b["per_s"],
        "p50_s": b["p50_ms"] / 1000,
        "p99_s": b["p99_ms"] / 1000,
        "judging_ms": b["mean_judging_s"] * 1000,
        # judged/s x judging time / slots: 1.0 = the slots never waited for the queue
        "busy": b["per_s"] * b["mean_judging_s"] / slots,
    }
    if p:
        r.update(
            paced_p50_ms=p["p50_ms"],
            paced_p99_ms=p["p99_ms"],
            # submit -> `accepted` event: POST, database, queue, worker pickup, event fan-out
            to_start_ms=p["to_start_p50_ms"],
        )
    return r


def print_table(rounds: list[dict[str, dict[str, Any]]]) -> dict[str, dict[str, float]]:
    print(
        "\nSummary. burst: all submissions at once; paced: half the burst throughput;"
        " busy = judged/s x judging time / slots;"
        " to start = paced submit -> `accepted` event (a worker took the job) p50"
    )
    columns = [
        "per_s",
        "p50_s",
        "p99_s",
        "judging_ms",
        "busy",
        "paced_p50_ms",
        "paced_p99_ms",
        "to_start_ms",
    ]
    print(
        f"  {'round':<5} {'mode':<12} {'judged/s':>8} {'p50 s':>6} {'p99 s':>6} {'judging ms':>10}"
        f" {'busy':>5} {'paced p50':>9} {'paced p99':>9} {'to start':>8}"
    )

    def line(label: str, mode: str, r: dict[str, float]) -> None:
        paced = (
            f" {r['paced_p50_ms']:9.0f} {r['paced_p99_ms']:9.0f} {r['to_start_ms']:8.0f}"
            if "paced_p50_ms" in r
            else ""
        )
        print(
            f"  {label:<5} {mode:<12} {r['per_s']:8.2f} {r['p50_s']:6.1f} {r['p99_s']:6.1f}"
            f" {r['judging_ms']:10.0f} {r['busy']:5.2f}{paced}"
        )

    for number, results in enumerate(rounds, 1):
        for mode, out in results.items():
            line(str(number), mode, row(mode, out))
    medians: dict[str, dict[str, float]] = {}
    for mode in rounds[0]:
        rows = [row(mode, results[mode]) for results in rounds if mode in results]
        medians[mode] = {c: P.median([r[c] for r in rows]) for c in columns if c in rows[0]}
    if len(rounds) > 1:
        for mode, r in medians.items():
            line("med", mode, r)
    base_name = "embedded-pg" if "embedded-pg" in medians else "embedded"
    base = medians.get(base_name)
    if base is not None:
        for mode, r in medians.items():
            if mode.startswith("dist") and "to_start_ms" in r and "to_start_ms" in base:
                print(
                    f"  {mode} vs {base_name}: throughput {r['per_s'] / base['per_s']:.2f}x"
                    f" (judging time {r['judging_ms'] / base['judging_ms']:.2f}x),"
                    " paced submit -> final p50"
                    f" {r['paced_p50_ms'] - base['paced_p50_ms']:+.0f} ms,"
                    f" submit -> worker start p50 {r['to_start_ms'] - base['to_start_ms']:+.0f} ms"
                )
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--modes",
        default="embedded,embedded-pg,dist-1x2,dist-2x1",
        help=f"comma-separated, in order; of {', '.join(MODES)}",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="repeat every mode, rotating their order; medians at the end",
    )
    parser.add_argument("--submissions", type=int, default=200)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--paced", type=int, default=30, help="paced submissions (0: none)")
    parser.add_argument("--paced-fraction", type=float, default=0.5)
    parser.add_argument(
        "--no-transport",
        dest="transport",
        action="store_false",
        help="skip bench/queue_transport.py",
    )
    parser.add_argument("--transport-jobs", type=int, default=1000)
    parser.add_argument(
        "--transport-mode", default="dist-2x1", help="run the transport bench on this mode's redis"
    )
    parser.add_argument("--json", help="write the results here")
    parser.add_argument("--keep", action="store_true", help="keep the temp dirs (logs)")
    args = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("run as root: the workers need the sandbox")
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    unknown = [m for m in modes if m not in MODES]
    if unknown:
        sys.exit(f"unknown mode(s) {unknown}; choose from {list(MODES)}")
    if args.transport and args.transport_mode not in modes:
        args.transport_mode = next((m for m in modes if MODES[m][1]), "")

    print("machine:", P.machine_line())
    rounds: list[dict[str, dict[str, Any]]] = []
    for number in range(args.rounds):
        order = modes[number % len(modes) :] + modes[: number % len(modes)]  # rotate the order
        if args.rounds > 1:
            print(f"\n######## round {number + 1} of {args.rounds}: {', '.join(order)}")
        transport_done = any("transport" in out for results in rounds for out in results.values())
        round_args = argparse.Namespace(
            **{**vars(args), "transport": args.transport and not transport_done}
        )
        results = {mode: run_mode(mode, round_args) for mode in order}
        rounds.append({mode: results[mode] for mode in modes})
    medians = print_table(rounds)
    print("\nload average at the end:", P.loadavg())
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "machine": P.machine_line(),
                    "args": vars(args),
                    "rounds": rounds,
                    "medians": medians,
                },
                indent=2,
                default=str,
            )
        )


if __name__ == "__main__":
    main()
