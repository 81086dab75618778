"""Many workers on one Redis Streams queue: jobs per second and enqueue -> start latency with 1,
10 and 50 simulated `assay worker` processes (issue 13 §4, the capacity plan in docs/deploy.md).

    .venv/bin/python bench/queue_scale.py [--workers 1,10,50] [--slots 2] [--judge-ms 500]
                                          [--load 0.8] [--seconds 20]

Each simulated worker is a real process running the real `Worker` on `RedisJobQueue` and
`RedisEventBus` (the transport, the fair waiting room, the events), with a fake judge that
sleeps `--judge-ms` instead of judging and a fake database; so the figures are the queue's, not
the sandbox's. The offered load is `--load` of the workers' capacity (workers x slots /
judge time), at a steady rate for `--seconds`. "Start" is the fake judge being called. The
baseline, measured in the same run first, is one worker offered 2 jobs/s: enqueue -> start on an
idle queue. Needs the Redis on 127.0.0.1:6379 (keys under a random prefix, removed afterwards).
Not in CI.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import statistics
import time
import uuid
from collections.abc import Iterator
from multiprocessing.synchronize import Event as ProcessEvent
from pathlib import Path

import redis as sync_redis
from _common import CpuMeter, print_load, print_table
from queue_transport import Packages, Store

from assay.core import Compiled, Compiling, Finished, JudgeEvent, JudgeResult, Verdict
from assay.queue.client import Job, JobKind
from assay.queue.redis import RedisEventBus, RedisJobQueue, RedisKeys, connect
from assay.worker.worker import Worker, WorkerConfig, WorkItem

REDIS_URL = "redis://127.0.0.1:6379/0"


def _worker_process(prefix: str, name: str, slots: int, judge_s: float, stop: ProcessEvent) -> None:
    started_list = f"{prefix}:bench-started"
    marks = sync_redis.Redis.from_url(REDIS_URL)

    def judge(job: Job, work: WorkItem, package_dir: Path) -> Iterator[JudgeEvent]:
        marks.rpush(started_list, f"{job.submission_id} {time.time()}")
        yield Compiling()
        yield Compiled(ok=True)
        time.sleep(judge_s)
        yield Finished(JudgeResult(verdict=Verdict.AC))

    async def run() -> None:
        client = connect(REDIS_URL)
        keys = RedisKeys(prefix)
        queue = RedisJobQueue(client, keys, consumer=name)
        await queue.start()
        config = WorkerConfig(slots=slots, take_timeout_s=0.2)
        worker = Worker(
            queue, RedisEventBus(client, keys), Store(), Packages(), judge, config=config
        )
        running = asyncio.create_task(worker.run())
        while not stop.is_set():
            await asyncio.sleep(0.1)
        worker.drain()
        await running
        await client.aclose()

    asyncio.run(run())


async def _offer(prefix: str, jobs: int, rate_per_s: float) -> dict[str, float]:
    client = connect(REDIS_URL)
    queue = RedisJobQueue(client, RedisKeys(prefix), consumer="producer")
    sent: dict[str, float] = {}
    began = time.perf_counter()
    for index in range(jobs):
        submission = f"{index}"
        sent[submission] = time.time()
        # Each job its own user, as a contest's submissions are (the waiting room is fair per user).
        await queue.enqueue(
            Job(
                kind=JobKind.SUBMIT,
                submission_id=submission,
                problem_id="p",
                problem_hash="0" * 64,
                user_id=str(index),
            )
        )
        delay = began + (index + 1) / rate_per_s - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
    await client.aclose()
    return sent


def _started(prefix: str, expected: int, timeout_s: float) -> dict[str, float]:
    marks = sync_redis.Redis.from_url(REDIS_URL)
    deadline = time.monotonic() + timeout_s
    while marks.llen(f"{prefix}:bench-started") < expected and time.monotonic() < deadline:
        time.sleep(0.1)
    rows = marks.lrange(f"{prefix}:bench-started", 0, -1)
    return {sid: float(at) for sid, at in (row.decode().split() for row in rows)}


def _redis_cpu_s() -> float:
    info = sync_redis.Redis.from_url(REDIS_URL).info("cpu")
    return float(info["used_cpu_sys"]) + float(info["used_cpu_user"])


def _cleanup(prefix: str) -> None:
    client = sync_redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=f"{prefix}*"))
    if keys:
        client.delete(*keys)


def measure(
    workers: int, slots: int, judge_s: float, rate_per_s: float, seconds: float
) -> dict[str, float]:
    prefix = f"bench-scale-{uuid.uuid4().hex[:8]}"
    context = multiprocessing.get_context("spawn")
    stop = context.Event()
    processes = [
        context.Process(target=_worker_process, args=(prefix, f"w{i}", slots, judge_s, stop))
        for i in range(workers)
    ]
    try:
        for process in processes:
            process.start()
        time.sleep(2 + workers * 0.15)  # every worker in its blocking read before the load
        jobs = max(1, int(rate_per_s * seconds))
        redis_cpu_before_s = _redis_cpu_s()
        began = time.perf_counter()
        sent = asyncio.run(_offer(prefix, jobs, rate_per_s))
        started = _started(prefix, jobs, timeout_s=seconds + 60)
        time.sleep(judge_s + 0.5)  # the last jobs finish: their events and acks count too
        redis_ms_per_job = (_redis_cpu_s() - redis_cpu_before_s) * 1000 / max(len(started), 1)
        elapsed_s = max(started.values()) - min(sent.values()) + judge_s if started else 0.0
        waits_ms = sorted((started[s] - sent[s]) * 1000 for s in started)
        return {
            "jobs": jobs,
            "started": len(started),
            "per_s": len(started) / max(elapsed_s, 1e-9),
            "p50_ms": statistics.median(waits_ms),
            "p99_ms": waits_ms[min(len(waits_ms) - 1, int(0.99 * len(waits_ms)))],
            "offer_s": time.perf_counter() - began,
            "redis_ms_per_job": redis_ms_per_job,
        }
    finally:
        stop.set()
        for process in processes:
            process.join(30)
            if process.is_alive():
                process.kill()
        _cleanup(prefix)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", default="1,10,50")
    parser.add_argument("--slots", type=int, default=2)
    parser.add_argument("--judge-ms", type=float, default=500.0)
    parser.add_argument("--load", type=float, default=0.8)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    judge_s = args.judge_ms / 1000
    meter = CpuMeter()
    baseline = measure(1, args.slots, judge_s, 2.0, min(args.seconds, 10))
    rows = [
        (
            "1 (baseline: idle queue, 2 jobs/s)",
            "2.0",
            f"{baseline['per_s']:.1f}",
            f"{baseline['p50_ms']:.1f}",
            f"{baseline['p99_ms']:.1f}",
            "1.0x",
            f"{baseline['redis_ms_per_job']:.2f}",
        )
    ]
    for workers in (int(w) for w in args.workers.split(",")):
        capacity = workers * args.slots / judge_s
        result = measure(workers, args.slots, judge_s, capacity * args.load, args.seconds)
        missing = result["jobs"] - result["started"]
        note = f" ({missing:.0f} never started)" if missing else ""
        rows.append(
            (
                f"{workers}{note}",
                f"{capacity * args.load:.1f}",
                f"{result['per_s']:.1f}",
                f"{result['p50_ms']:.1f}",
                f"{result['p99_ms']:.1f}",
                f"{result['p99_ms'] / baseline['p99_ms']:.1f}x",
                f"{result['redis_ms_per_job']:.2f}",
            )
        )
    print(
        f"\nRedis Streams queue, {args.slots} slots per worker, fake judge {args.judge_ms:.0f} ms,"
        f" offered {args.load:.0%} of capacity for {args.seconds:.0f} s"
    )
    print_table(
        (
            "workers",
            "offered jobs/s",
            "started jobs/s",
            "enqueue->start p50 ms",
            "p99 ms",
            "p99 vs baseline",
            "Redis CPU ms/job",
        ),
        rows,
    )
    print_load(meter.read())


if __name__ == "__main__":
    main()
