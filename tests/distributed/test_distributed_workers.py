"""Worker processes under faults: kill -9, a Redis restart, a poison job, drain on SIGTERM.

Real `assay worker` processes (the real worker loop, Redis and database code) with a scripted
judge (tests/distributed/fake_worker.py), so these run without the sandbox or the API.
"""

from __future__ import annotations

import asyncio
import signal
import time
from pathlib import Path

import pytest
from dist_support import SHARED_REDIS, Judging, OwnRedis, WorkerProcs, enqueue_all

from assay.queue.client import Priority
from assay.queue.redis import GROUP, RedisKeys, connect

pytestmark = [pytest.mark.redis, pytest.mark.slow]


async def wait_finished(judging: Judging, count: int, timeout_s: float) -> int:
    deadline = time.monotonic() + timeout_s
    done = 0
    while time.monotonic() < deadline:
        done = sum(1 for state, _, _ in (await judging.outcome()).values() if state == "finished")
        if done >= count:
            return done
        await asyncio.sleep(0.2)
    return done


async def pending_of(redis_url: str, prefix: str, consumer_prefix: str) -> int:
    client = connect(redis_url)
    keys = RedisKeys(prefix)
    total = 0
    for stream in (keys.stream(p) for p in Priority):
        summary = await client.xpending(stream, GROUP)
        total += sum(
            c["pending"] for c in summary["consumers"] if c["name"].startswith(consumer_prefix)
        )
    await client.aclose()
    return total


def assert_each_judged_once(
    outcome: dict[str, tuple[str, str | None, int]], expected: dict[str, str]
) -> None:
    for sid, verdict in expected.items():
        assert outcome[sid] == ("finished", verdict, 5), sid


async def test_200_submissions_survive_workers_killed_mid_judging(
    judging: Judging, prefix: str, shared_redis_cleanup: None, tmp_path: Path
) -> None:
    procs = WorkerProcs(SHARED_REDIS, judging.url, prefix, tmp_path)
    procs.start("w1")
    procs.start("w2")
    try:
        sources = ["WA" if i % 3 == 0 else "AC" for i in range(200)]
        jobs = await judging.submit(sources)
        expected = {job.submission_id: text for job, text in zip(jobs, sources, strict=True)}
        await enqueue_all(SHARED_REDIS, prefix, jobs)
        killed_in_flight = 0
        for round_ in range(4):  # kill -9 a worker four times during the run
            await wait_finished(judging, 30 * (round_ + 1), 60)
            name = ("w1", "w2")[round_ % 2]
            procs.kill9(name)
            killed_in_flight += await pending_of(SHARED_REDIS, prefix, name)
            procs.restart_dead()
        assert await wait_finished(judging, 200, 120) == 200
        assert killed_in_flight > 0  # at least one kill hit a job being judged
        assert_each_judged_once(await judging.outcome(), expected)
    finally:
        procs.stop_all()


async def test_judging_goes_on_after_a_redis_restart(
    judging: Judging, prefix: str, own_redis: OwnRedis, tmp_path: Path
) -> None:
    procs = WorkerProcs(own_redis.url, judging.url, prefix, tmp_path)
    procs.start("w1")
    procs.start("w2")
    try:
        jobs = await judging.submit(["AC"] * 60)
        await enqueue_all(own_redis.url, prefix, jobs)
        await wait_finished(judging, 15, 60)
        own_redis.stop()  # forgets every queued job: no persistence
        await asyncio.sleep(0.5)
        own_redis.start()
        assert await wait_finished(judging, 60, 90) == 60
        assert_each_judged_once(await judging.outcome(), {j.submission_id: "AC" for j in jobs})
        assert all(proc.poll() is None for proc in procs.procs.values())
    finally:
        procs.stop_all()


async def test_a_poison_job_is_dead_lettered_as_je_while_others_flow(
    judging: Judging, prefix: str, shared_redis_cleanup: None, tmp_path: Path
) -> None:
    procs = WorkerProcs(SHARED_REDIS, judging.url, prefix, tmp_path)
    procs.start("w1")
    procs.start("w2")
    try:
        jobs = await judging.submit(["POISON"] + ["AC"] * 20)
        await enqueue_all(SHARED_REDIS, prefix, jobs)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            procs.restart_dead()  # like systemd's Restart=always
            if await wait_finished(judging, 21, 0.3) == 21:
                break
        outcome = await judging.outcome()
        poison = jobs[0].submission_id
        assert outcome[poison] == ("finished", "JE", 0)
        assert "dead-letter" in await judging.message(poison)
        assert_each_judged_once(outcome, {j.submission_id: "AC" for j in jobs[1:]})
        client = connect(SHARED_REDIS)
        assert await client.xlen(RedisKeys(prefix).dead) == 1
        await client.aclose()
        assert procs.starts >= 5  # three crashes, then the dead letter
    finally:
        procs.stop_all()


async def test_sigterm_drains_the_running_submission_and_exits_0(
    judging: Judging, prefix: str, shared_redis_cleanup: None, tmp_path: Path
) -> None:
    procs = WorkerProcs(SHARED_REDIS, judging.url, prefix, tmp_path)
    proc = procs.start("w1")
    try:
        jobs = await judging.submit(["SLOW", "AC"])  # SLOW takes ~2 s
        await enqueue_all(SHARED_REDIS, prefix, jobs[:1])
        deadline = time.monotonic() + 30
        while (await judging.outcome())[jobs[0].submission_id][0] != "judging":
            assert time.monotonic() < deadline
            await asyncio.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        await enqueue_all(SHARED_REDIS, prefix, jobs[1:])  # must wait for another worker
        assert await asyncio.to_thread(proc.wait, 30) == 0
        outcome = await judging.outcome()
        assert outcome[jobs[0].submission_id] == ("finished", "AC", 5)
        assert outcome[jobs[1].submission_id][0] == "queued"
    finally:
        procs.stop_all()


async def test_sigint_twice_exits_at_once(
    judging: Judging, prefix: str, shared_redis_cleanup: None, tmp_path: Path
) -> None:
    procs = WorkerProcs(SHARED_REDIS, judging.url, prefix, tmp_path)
    proc = procs.start("w1")
    try:
        jobs = await judging.submit(["SLOW"])
        await enqueue_all(SHARED_REDIS, prefix, jobs)
        deadline = time.monotonic() + 30
        while (await judging.outcome())[jobs[0].submission_id][0] != "judging":
            assert time.monotonic() < deadline
            await asyncio.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        await asyncio.sleep(0.1)
        proc.send_signal(signal.SIGINT)
        assert await asyncio.to_thread(proc.wait, 5) == 130
        assert (await judging.outcome())[jobs[0].submission_id][0] == "judging"
    finally:
        procs.stop_all()
