"""Queue benchmarks: what the transport costs, embedded (memory) vs distributed (Redis).

1. Queue latency: enqueue -> a worker taking the job, p50/p99, at a steady offered load.
2. Submit -> final event: a job through queue, worker (fake 10 ms judge, fake database) and
   event bus to a subscriber, p50/p99 and jobs per second, with 2 judging slots.

Needs the Redis on 127.0.0.1:6379 (keys under a random prefix, removed afterwards).
Usage: .venv/bin/python bench/queue_transport.py [--jobs 1000] [--rate 400]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from assay.core import Compiled, Compiling, Finished, JudgeEvent, JudgeResult, Verdict
from assay.judge.types import Source
from assay.queue.client import Event, EventBus, Job, JobKind, JobQueue
from assay.queue.consumer import JobSource
from assay.queue.memory import MemoryEventBus, MemoryJobQueue
from assay.queue.redis import RedisEventBus, RedisJobQueue, RedisKeys, connect
from assay.worker.worker import Worker, WorkerConfig, WorkItem

REDIS_URL = "redis://127.0.0.1:6379/0"


def job(i: int) -> Job:
    return Job(kind=JobKind.SUBMIT, submission_id=str(i), problem_id="p", problem_hash="0" * 64)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def summary(name: str, latencies_s: list[float], elapsed_s: float) -> dict[str, float]:
    ms = [v * 1000 for v in latencies_s]
    row = {
        "p50_ms": statistics.median(ms),
        "p99_ms": percentile(ms, 0.99),
        "per_s": len(ms) / elapsed_s,
    }
    print(
        f"  {name:<12} p50 {row['p50_ms']:7.2f} ms   p99 {row['p99_ms']:7.2f} ms   "
        f"{row['per_s']:8.1f} /s"
    )
    return row


# 1. Queue latency


async def queue_latency(queue: Any, source: JobSource, jobs: int, rate: float) -> list[float]:
    sent: dict[str, float] = {}
    latencies: list[float] = []

    async def consume() -> None:
        while len(latencies) < jobs:
            delivery = await source.take(0.2)
            if delivery is not None:
                latencies.append(time.perf_counter() - sent[delivery.job.submission_id])
                await source.ack(delivery)

    consumer = asyncio.create_task(consume())
    for i in range(jobs):
        sent[str(i)] = time.perf_counter()
        await queue.enqueue(job(i))
        await asyncio.sleep(1 / rate)
    await asyncio.wait_for(consumer, 60)
    return latencies


# 2. Submit -> final event


class Store:
    async def start_judging(self, job: Job) -> bool:
        return True

    async def load_work(self, job: Job) -> WorkItem:
        return WorkItem(source=Source(text="", language_id="python3"))

    async def record_result(self, job: Job, result: JudgeResult) -> bool:
        return True


class Packages:
    async def fetch(self, problem_id: str, problem_hash: str) -> Path:
        return Path(tempfile.gettempdir())


def fake_judge(job: Job, work: WorkItem, package_dir: Path) -> Iterator[JudgeEvent]:
    yield Compiling()
    yield Compiled(ok=True)
    time.sleep(0.010)
    yield Finished(JudgeResult(verdict=Verdict.AC))


async def round_trips(
    queue: JobQueue, source: JobSource, bus: EventBus, jobs: int, rate: float | None
) -> tuple[list[float], float]:
    """Latencies and elapsed time; `rate` None offers every job at once (throughput)."""
    config = WorkerConfig(slots=2, take_timeout_s=0.2)
    worker = Worker(source, bus, Store(), Packages(), fake_judge, config=config)
    running = asyncio.create_task(worker.run())

    async def one(i: int) -> float:
        started = time.perf_counter()
        listener = asyncio.create_task(_until_final(bus, str(i)))
        await asyncio.sleep(0)
        await bus.publish(Event(submission_id=str(i), seq=0, data={"kind": "queued"}))
        await queue.enqueue(job(i))
        await listener
        return time.perf_counter() - started

    began = time.perf_counter()
    tasks = []
    for i in range(jobs):
        tasks.append(asyncio.create_task(one(i)))
        if rate is not None:
            await asyncio.sleep(1 / rate)
    latencies = list(await asyncio.gather(*tasks))
    elapsed = time.perf_counter() - began
    worker.drain()
    await running
    return latencies, elapsed


async def _until_final(bus: EventBus, sid: str) -> None:
    async for _ in bus.subscribe(sid):
        pass


async def embedded_round_trips(count: int, rate: float | None) -> dict[str, float]:
    memory = MemoryJobQueue()
    latencies, elapsed = await round_trips(memory, memory, MemoryEventBus(), count, rate)
    return summary("embedded", latencies, elapsed)


async def redis_round_trips(
    client: Any, keys: RedisKeys, count: int, rate: float | None, suffix: str
) -> dict[str, float]:
    own = RedisKeys(keys.prefix + suffix)
    queue = RedisJobQueue(client, own, consumer="bench")
    await queue.start()
    bus = RedisEventBus(client, own)
    latencies, elapsed = await round_trips(queue, queue, bus, count, rate)
    await bus.close()
    return summary("distributed", latencies, elapsed)


async def main(jobs: int, rate: float) -> None:
    print(f"queue latency (enqueue -> take), {jobs} jobs at {rate:.0f}/s")
    memory = MemoryJobQueue()
    began = time.perf_counter()
    memory_lat = await queue_latency(memory, memory, jobs, rate)
    mem = summary("memory", memory_lat, time.perf_counter() - began)
    client = connect(REDIS_URL)
    keys = RedisKeys(f"bench-{uuid.uuid4().hex[:8]}")
    try:
        redis_queue = RedisJobQueue(client, keys, consumer="bench")
        await redis_queue.start()
        began = time.perf_counter()
        redis_lat = await queue_latency(redis_queue, redis_queue, jobs, rate)
        red = summary("redis", redis_lat, time.perf_counter() - began)
        print(f"  redis - memory: p50 +{red['p50_ms'] - mem['p50_ms']:.2f} ms")

        count = min(jobs, 400)
        print(f"submit -> final event, {count} jobs at 50/s, 2 slots, 10 ms fake judge")
        mem_rt = await embedded_round_trips(count, 50.0)
        red_rt = await redis_round_trips(client, keys, count, 50.0, "-steady")
        print(f"  distributed - embedded: p50 +{red_rt['p50_ms'] - mem_rt['p50_ms']:.2f} ms")
        print(f"throughput, {count} jobs offered at once")
        mem_rt = await embedded_round_trips(count, None)
        red_rt = await redis_round_trips(client, keys, count, None, "-burst")
        print(f"  distributed / embedded: {red_rt['per_s'] / mem_rt['per_s']:.2f}x")
    finally:
        found = [k async for k in client.scan_iter(match=f"{keys.prefix}*")]
        if found:
            await client.delete(*found)
        await client.aclose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=400.0)
    args = parser.parse_args()
    asyncio.run(main(args.jobs, args.rate))
    sys.exit(0)
