"""API benchmark of the embedded platform: requests per second and latency, and end to end.

Starts a fresh `assay serve` (embedded: SQLite in a temp dir, in-process queue, N judging
slots) as a separate process on a free loopback port, registers a user with a personal API
token, judges a few submissions, then loads it from other processes:

1. HTTP, closed loop, 50 concurrent connections, ~10 s per run (`wrk`, or `--loadgen python`):
   `GET /api/health` (the baseline: routing, a `SELECT 1`, JSON), `GET /api/problems`
   (signed in, the whole bundled catalogue plus `sumtwo10`), `GET /api/submissions/{id}`
   (signed in, a judged submission with its 10 tests). Runs interleave; medians of the repeats.
2. End to end: 200 Python submissions of `sumtwo10` (the bundled `sumtwo` cut to 10 tests:
   2 samples + 8 secret) from 8 concurrent clients; each is followed on its WebSocket from
   its 202 to the `finished` event. Submissions judged per second, p50/p99 submit -> final.
3. A filled platform (`--grow`): judged submissions by 1,000 more users inserted into the
   SQLite file up to 30,000, the counters rebuilt (`assay admin rebuild-stats`), then the list
   and the detail loaded again.

Run as root (the sandbox) with the project's venv:
    .venv/bin/python bench/api.py                       # the full run (~3-6 min)
    .venv/bin/python bench/api.py --duration 3 --repeats 1 --submissions 20   # quick
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _platform as P


def http_phase(
    base: str, token: str, detail_id: int, args: argparse.Namespace, workdir: Path, server_pid: int
) -> dict[str, Any]:
    auth = [f"Authorization: Bearer {token}"]
    targets = {
        "health": (f"{base}/api/health", []),
        "problems": (f"{base}/api/problems", auth),
        "detail": (f"{base}/api/submissions/{detail_id}", auth),
    }
    if args.anonymous_list:
        targets["problems-anon"] = (f"{base}/api/problems", [])
    runs: dict[str, list[P.LoadResult]] = {name: [] for name in targets}
    cpu_ms: dict[str, list[float]] = {name: [] for name in targets}
    print(
        f"\nHTTP load: {args.concurrency} connections, {args.duration:g} s per run, "
        f"{args.repeats} run(s) each, {args.loadgen}"
    )
    for repeat in range(args.repeats):
        for name, (url, headers) in targets.items():
            before, _ = P.process_cpu_s(server_pid)
            result = P.load(
                url,
                headers=headers,
                concurrency=args.concurrency,
                duration_s=args.duration,
                tool=args.loadgen,
                workdir=workdir,
            )
            after, _ = P.process_cpu_s(server_pid)
            runs[name].append(result)
            cpu_ms[name].append((after - before) * 1000 / max(1, result.requests))
            bad = (
                f"  ERRORS {result.errors} non-2xx {result.non2xx}"
                if result.errors or result.non2xx
                else ""
            )
            print(
                f"  run {repeat + 1} {name:<14} {result.rps:8.1f} req/s"
                f"  p50 {result.p50_ms:7.2f} ms  p99 {result.p99_ms:7.2f} ms"
                f"  server CPU {cpu_ms[name][-1]:.2f} ms/req"
                f"  load {P.loadavg()}{bad}"
            )
    summary: dict[str, Any] = {}
    base_rps = P.median([r.rps for r in runs["health"]])
    base_p50 = P.median([r.p50_ms for r in runs["health"]])
    print(
        f"\n  {'endpoint':<14} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'CPU ms/req':>10}"
        f" {'req/s vs health':>16} {'p50 vs health':>14}"
    )
    for name, results in runs.items():
        row = {
            "rps": P.median([r.rps for r in results]),
            "p50_ms": P.median([r.p50_ms for r in results]),
            "p99_ms": P.median([r.p99_ms for r in results]),
            "cpu_ms_per_req": P.median(cpu_ms[name]),
            "errors": sum(r.errors + r.non2xx for r in results),
        }
        row["rps_ratio"] = row["rps"] / base_rps
        row["p50_ratio"] = row["p50_ms"] / base_p50
        summary[name] = row
        print(
            f"  {name:<14} {row['rps']:8.1f} {row['p50_ms']:8.2f} {row['p99_ms']:8.2f}"
            f" {row['cpu_ms_per_req']:10.2f} {row['rps_ratio']:15.2f}x {row['p50_ratio']:13.2f}x"
        )
    return summary


def grown_phase(
    base: str,
    token: str,
    detail_id: int,
    args: argparse.Namespace,
    tmp: Path,
    server_pid: int,
    env: dict[str, str],
) -> dict[str, Any]:
    """A platform that has filled up: insert judged submissions by ARGS.grow_users users into
    the (temp) SQLite file until there are ARGS.grow of them, rebuild the catalogue's counters
    (`assay admin rebuild-stats`), then load the problem list and a submission detail again
    (one run each)."""
    began = time.perf_counter()
    count = P.seed_history(tmp / "assay.db", args.grow, args.grow_users)
    print(f"\nseeded {count} submissions in {time.perf_counter() - began:.1f} s")
    print(f"  {P.rebuild_stats(env)}")
    print(f"HTTP load again with {count} submissions by {args.grow_users} more users")
    auth = [f"Authorization: Bearer {token}"]
    out: dict[str, Any] = {"submissions": count}
    for name, url in (
        ("problems", f"{base}/api/problems"),
        ("detail", f"{base}/api/submissions/{detail_id}"),
    ):
        before, _ = P.process_cpu_s(server_pid)
        r = P.load(
            url,
            headers=auth,
            concurrency=args.concurrency,
            duration_s=args.duration,
            tool=args.loadgen,
            workdir=tmp,
        )
        after, _ = P.process_cpu_s(server_pid)
        cpu = (after - before) * 1000 / max(1, r.requests)
        out[name] = {
            "rps": r.rps,
            "p50_ms": r.p50_ms,
            "p99_ms": r.p99_ms,
            "cpu_ms_per_req": cpu,
            "errors": r.errors + r.non2xx,
        }
        print(
            f"  {name:<14} {r.rps:8.1f} req/s  p50 {r.p50_ms:7.2f} ms  p99 {r.p99_ms:7.2f} ms"
            f"  server CPU {cpu:.2f} ms/req  load {P.loadavg()}"
            + (f"  ERRORS {r.errors} non-2xx {r.non2xx}" if r.errors or r.non2xx else "")
        )
    return out


def mixed_phase(
    base: str, token: str, args: argparse.Namespace, tmp: Path, server_pid: int
) -> dict[str, Any]:
    """The list under load while submissions are judged at a steady rate: every recorded
    result is a write, so kept answers keep ending (what a live platform sees)."""
    rate = args.mixed_rate
    count = max(1, int(rate * args.duration))
    print(
        f"\nMixed: GET /api/problems ({args.concurrency} connections, {args.duration:g} s) while"
        f" {count} Python submissions arrive at {rate:g}/s"
    )
    judged: list[P.E2EResult] = []
    submitter = threading.Thread(
        target=lambda: judged.append(
            asyncio.run(P.end_to_end([base], token, count, clients=4, rate=rate))
        )
    )
    before, _ = P.process_cpu_s(server_pid)
    submitter.start()
    r = P.load(
        f"{base}/api/problems",
        headers=[f"Authorization: Bearer {token}"],
        concurrency=args.concurrency,
        duration_s=args.duration,
        tool=args.loadgen,
        workdir=tmp,
    )
    after, _ = P.process_cpu_s(server_pid)
    submitter.join()
    summary = judged[0].summary() if judged else {}
    print(
        f"  problems       {r.rps:8.1f} req/s  p50 {r.p50_ms:7.2f} ms  p99 {r.p99_ms:7.2f} ms"
        f"  server CPU {(after - before) * 1000 / max(1, r.requests):.2f} ms/req (judging included)"
        f"  load {P.loadavg()}"
    )
    print(
        f"  judged {summary.get('n', 0)} meanwhile; submit -> final p50"
        f" {summary.get('p50_ms', float('nan')):.0f} ms"
    )
    return {"rps": r.rps, "p50_ms": r.p50_ms, "p99_ms": r.p99_ms, "judged": summary.get("n", 0)}


def e2e_phase(base: str, token: str, args: argparse.Namespace, server_pid: int) -> dict[str, Any]:
    metrics = f"{base}/metrics"
    wait_before = P.scrape_histogram(metrics, "assay_queue_wait_seconds")
    judge_before = P.scrape_sum_count(metrics, "assay_judging_seconds")
    cpu_before = P.process_cpu_s(server_pid)
    load_before = P.loadavg()
    print(
        f"\nEnd to end: {args.submissions} Python submissions of {P.BENCH_PROBLEM} "
        f"(10 tests), {args.clients} clients, {args.slots} slot(s); load before {load_before}"
    )
    result = asyncio.run(P.end_to_end([base], token, args.submissions, clients=args.clients))
    cpu_after = P.process_cpu_s(server_pid)
    waits = P.diff_histograms(P.scrape_histogram(metrics, "assay_queue_wait_seconds"), wait_before)
    judge_after = P.scrape_sum_count(metrics, "assay_judging_seconds")
    judged = judge_after[1] - judge_before[1]
    mean_judging_s = (judge_after[0] - judge_before[0]) / judged if judged else float("nan")
    summary = result.summary()
    summary.update(
        verdicts=result.verdicts(),
        failures=result.failures[:5],
        via_long_poll=sum(1 for t in result.timings if t.via != "ws"),
        tests_per_submission=sorted({t.tests for t in result.done}),
        mean_judging_s=mean_judging_s,
        server_cpu_s=cpu_after[0] - cpu_before[0],
        sandbox_cpu_s=cpu_after[1] - cpu_before[1],
        queue_wait_metric_p50=P.fmt_quantile(waits, 0.5),
        queue_wait_metric_p99=P.fmt_quantile(waits, 0.99),
        load_before=load_before,
        load_after=P.loadavg(),
    )
    print_e2e("embedded", summary, args.slots)
    return summary


def print_e2e(name: str, s: dict[str, Any], slots: int) -> None:
    print(
        f"  [{name}] {s['n']} judged in {s['elapsed_s']:.1f} s: {s['per_s']:.2f} submissions/s;"
        f" submit -> final p50 {s['p50_ms']:.0f} ms, p99 {s['p99_ms']:.0f} ms"
    )
    print(
        f"    verdicts {s['verdicts']}, tests per submission {s['tests_per_submission']},"
        f" followed by long-poll {s['via_long_poll']}"
    )
    print(
        f"    POST /api/submissions p50 {s['post_p50_ms']:.1f} ms, p99 {s['post_p99_ms']:.1f} ms;"
        f" all {s['n']} submitted in {s['submit_phase_s']:.1f} s"
    )
    print(
        f"    queue wait (202 -> `accepted` event) p50 {s['wait_p50_ms']:.0f} ms,"
        f" p99 {s['wait_p99_ms']:.0f} ms; worker metric p50 {s['queue_wait_metric_p50']},"
        f" p99 {s['queue_wait_metric_p99']}"
    )
    capacity = slots / s["mean_judging_s"] if s["mean_judging_s"] == s["mean_judging_s"] else 0
    print(
        f"    judging time per submission (worker metric) {s['mean_judging_s'] * 1000:.0f} ms"
        f" -> {slots} slot(s) can do at most {capacity:.2f}/s"
    )
    if "server_cpu_s" in s:
        print(
            f"    CPU: server process {s['server_cpu_s']:.1f} s"
            f" ({s['server_cpu_s'] * 1000 / max(1, s['n']):.0f} ms/submission),"
            f" its reaped children (sandboxed runs) {s['sandbox_cpu_s']:.1f} s"
        )
    print(f"    load average {s['load_before']} -> {s['load_after']}")
    if s.get("failures"):
        print(f"    FAILURES: {s['failures']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=10, help="seconds per HTTP load run")
    parser.add_argument("--repeats", type=int, default=3, help="HTTP runs per endpoint")
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument(
        "--loadgen",
        choices=["wrk", "python"],
        default="wrk",
        help="wrk (installed with apt-get when missing) or a Python client (saturates first)",
    )
    parser.add_argument(
        "--anonymous-list", action="store_true", help="also load the problem list without a token"
    )
    parser.add_argument("--submissions", type=int, default=200)
    parser.add_argument("--clients", type=int, default=8, help="concurrent submitting clients")
    parser.add_argument("--slots", type=int, default=2, help="the server's judging slots")
    parser.add_argument(
        "--grow",
        type=int,
        default=30000,
        help="at the end, insert judged submissions up to this many and load the list and"
        " detail again (0: skip)",
    )
    parser.add_argument(
        "--grow-users", type=int, default=1000, help="the users of the inserted submissions"
    )
    parser.add_argument(
        "--answer-cache-s",
        type=float,
        help="the server's ASSAY_ANSWER_CACHE_S (default: its own, 2 s; 0: answers never kept)",
    )
    parser.add_argument(
        "--postgres",
        action="store_true",
        help="embedded on a fresh PostgreSQL database instead of SQLite (no --grow)",
    )
    parser.add_argument(
        "--mixed-rate",
        type=float,
        default=5.0,
        help="submissions per second during the mixed phase (0: skip it)",
    )
    parser.add_argument(
        "--one-slot",
        action="store_true",
        help="each submission's tests on its own slot only (ASSAY_SPREAD_TESTS=false)",
    )
    parser.add_argument("--skip-http", action="store_true")
    parser.add_argument("--skip-e2e", action="store_true")
    parser.add_argument("--json", help="write the results here")
    parser.add_argument("--keep", action="store_true", help="keep the temp dir (logs, database)")
    args = parser.parse_args()
    if os.geteuid() != 0:
        sys.exit("run as root: the embedded worker needs the sandbox")
    if args.loadgen == "wrk" and not P.ensure_wrk():
        print("wrk is not installed and apt-get could not install it: the Python load generator")
        args.loadgen = "python"

    print("machine:", P.machine_line())
    results: dict[str, Any] = {"machine": P.machine_line(), "args": vars(args)}
    with contextlib.ExitStack() as stack:
        tmp = stack.enter_context(P.temp_dir("assay-bench-api-", keep=args.keep))
        database_url = stack.enter_context(P.fresh_pg_database()) if args.postgres else None
        problems = P.bench_problems(tmp)
        env = P.platform_env(tmp, problems, database_url=database_url)
        if args.answer_cache_s is not None:
            env["ASSAY_ANSWER_CACHE_S"] = str(args.answer_cache_s)
        if args.one_slot:
            env["ASSAY_SPREAD_TESTS"] = "false"
        print(
            f"database: {'PostgreSQL' if args.postgres else 'SQLite'};"
            f" answers kept: {env.get('ASSAY_ANSWER_CACHE_S', 'default (2 s)')}"
        )
        began = time.perf_counter()
        server, base = P.start_server(tmp, env, slots=args.slots)
        try:
            print(
                f"server {base} (pid {server.pid}) up in {time.perf_counter() - began:.1f} s;"
                f" data in {tmp}"
            )
            token = asyncio.run(P.sign_up(base))
            seeded = asyncio.run(P.submit_and_wait(base, token, 3))
            detail = seeded[-1]
            print(
                f"seeded {len(seeded)} submissions: {[s['verdict'] for s in seeded]}, "
                f"detail of #{detail['id']} has {len(detail['tests'])} tests, "
                f"{len(json.dumps(detail))} bytes of JSON"
            )
            if not args.skip_http:
                results["http"] = http_phase(base, token, detail["id"], args, tmp, server.pid)
            if args.mixed_rate > 0 and not args.skip_http:
                results["mixed"] = mixed_phase(base, token, args, tmp, server.pid)
            if not args.skip_e2e:
                results["e2e"] = e2e_phase(base, token, args, server.pid)
            if args.grow and not args.skip_http and not args.postgres:
                results["grown"] = grown_phase(
                    base, token, detail["id"], args, tmp, server.pid, env
                )
        finally:
            server.stop()
    print("\nload average at the end:", P.loadavg())
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, default=str))


if __name__ == "__main__":
    main()
