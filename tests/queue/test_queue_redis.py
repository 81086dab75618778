"""The Redis Streams job queue against the real Redis on loopback."""

from __future__ import annotations

import asyncio

import pytest
from queue_fakes import make_job
from redis.asyncio import Redis

from assay.queue.client import Priority, WorkerInfo
from assay.queue.redis import RedisJobQueue, RedisKeys, RedisWorkerRegistry, encode_job

pytestmark = pytest.mark.redis


def make_queue(client: Redis, keys: RedisKeys, name: str, **kwargs: object) -> RedisJobQueue:
    options: dict[str, object] = {"visibility_timeout_s": 0.3, "claim_interval_s": 0.05}
    options.update(kwargs)
    return RedisJobQueue(client, keys, consumer=name, **options)  # type: ignore[arg-type]


async def test_jobs_round_trip_as_versioned_json(redis_client: Redis, keys: RedisKeys) -> None:
    queue = make_queue(redis_client, keys, "w1")
    await queue.start()
    job = make_job("1", user="7")
    await queue.enqueue(job)
    assert await redis_client.zcard(keys.waiting(Priority.INTERACTIVE)) == 1  # the waiting room
    delivery = await queue.take(0.5)
    assert delivery is not None and delivery.job == job and delivery.deliveries == 1
    [(_, fields)] = await redis_client.xrange(keys.stream(Priority.INTERACTIVE))
    assert fields["v"] == "1" and fields["problem"] == "p"
    assert await redis_client.hgetall(keys.waiting_users(Priority.INTERACTIVE)) == {}
    await queue.ack(delivery)
    assert await redis_client.xlen(keys.stream(Priority.INTERACTIVE)) == 0


async def test_interactive_before_bulk(redis_client: Redis, keys: RedisKeys) -> None:
    queue = make_queue(redis_client, keys, "w1")
    await queue.start()
    await queue.enqueue(make_job("b", priority=Priority.BULK))
    await queue.enqueue(make_job("i"))
    first, second = await queue.take(0.5), await queue.take(0.5)
    assert first is not None and second is not None
    assert [first.job.submission_id, second.job.submission_id] == ["i", "b"]


async def test_a_blocked_take_wakes_on_enqueue(redis_client: Redis, keys: RedisKeys) -> None:
    queue = make_queue(redis_client, keys, "w1")
    await queue.start()
    waiter = asyncio.create_task(queue.take(3.0))
    await asyncio.sleep(0.1)
    await queue.enqueue(make_job("late", priority=Priority.BULK))
    delivery = await asyncio.wait_for(waiter, 3)
    assert delivery is not None and delivery.job.submission_id == "late"


async def test_a_dead_workers_job_is_claimed_after_the_visibility_timeout(
    redis_client: Redis, keys: RedisKeys
) -> None:
    dead, alive = make_queue(redis_client, keys, "dead"), make_queue(redis_client, keys, "alive")
    await dead.start()
    await dead.enqueue(make_job("orphan"))
    assert await dead.take(0.5) is not None  # ... and never acknowledged
    assert await alive.take(0.05) is None  # still within the visibility timeout
    await asyncio.sleep(0.35)
    claimed = await alive.take(0.5)
    assert claimed is not None and claimed.job.submission_id == "orphan"
    assert claimed.deliveries == 2


async def test_touch_keeps_a_running_job_from_being_claimed(
    redis_client: Redis, keys: RedisKeys
) -> None:
    busy, other = make_queue(redis_client, keys, "busy"), make_queue(redis_client, keys, "other")
    await busy.start()
    await busy.enqueue(make_job("long"))
    delivery = await busy.take(0.5)
    assert delivery is not None
    for _ in range(4):
        await asyncio.sleep(0.15)
        await busy.touch(delivery)
        assert await other.take(0.01) is None


async def test_release_makes_the_job_available_at_once_with_its_error(
    redis_client: Redis, keys: RedisKeys
) -> None:
    queue = make_queue(redis_client, keys, "w1", visibility_timeout_s=30)
    await queue.start()
    await queue.enqueue(make_job("x"))
    first = await queue.take(0.5)
    assert first is not None
    await queue.release(first, "RuntimeError: boom")
    again = await make_queue(redis_client, keys, "w2", visibility_timeout_s=30).take(0.5)
    assert again is not None and again.deliveries == 2
    assert await queue.last_error(again) == "RuntimeError: boom"


async def test_dead_letter_parks_the_job(redis_client: Redis, keys: RedisKeys) -> None:
    queue = make_queue(redis_client, keys, "w1")
    await queue.start()
    await queue.enqueue(make_job("poison"))
    delivery = await queue.take(0.5)
    assert delivery is not None
    await queue.dead_letter(delivery, "failed 3 times")
    [entry] = await queue.dead_letter_entries()
    assert entry["reason"] == "failed 3 times" and '"poison"' in entry["job"]
    stats = await queue.stats()
    assert stats.dead_letters == 1 and stats.depth == 0 and stats.in_flight == 0


async def test_unreadable_entries_go_to_the_dead_letters(
    redis_client: Redis, keys: RedisKeys
) -> None:
    queue = make_queue(redis_client, keys, "w1")
    await queue.start()
    stream = keys.stream(Priority.INTERACTIVE)
    await redis_client.xadd(stream, {"v": "99", "job": '{"version": 99}', "problem": "p"})
    await queue.enqueue(make_job("good"))
    delivery = await queue.take(0.5)
    assert delivery is not None and delivery.job.submission_id == "good"
    [entry] = await queue.dead_letter_entries()
    assert entry["reason"].startswith("unreadable job")


async def test_cancel_problem_drops_queued_and_late_jobs(
    redis_client: Redis, keys: RedisKeys
) -> None:
    queue = make_queue(redis_client, keys, "w1")
    await queue.start()
    for sid, problem in [("1", "gone"), ("2", "kept"), ("3", "gone")]:
        await queue.enqueue(make_job(sid, problem=problem, priority=Priority.BULK))
    assert await queue.cancel_problem("gone") == 2
    delivery = await queue.take(0.5)
    assert delivery is not None and delivery.job.submission_id == "2"
    assert await queue.take(0.05) is None


async def test_a_job_enqueued_before_the_cancel_is_dropped_on_delivery(
    redis_client: Redis, keys: RedisKeys
) -> None:
    queue = make_queue(redis_client, keys, "w1")
    await queue.start()
    stream = keys.stream(Priority.INTERACTIVE)
    # Moved into the stream (by a worker) just before the cancel.
    await redis_client.xadd(stream, encode_job(make_job("raced", problem="gone")))  # type: ignore[arg-type]
    [(entry_id, _)] = await redis_client.xrange(stream)
    cancel_ms = int(entry_id.split("-")[0]) + 1
    await redis_client.hset(keys.cancelled, "gone", str(cancel_ms))
    assert await queue.take(0.05) is None
    assert await redis_client.xlen(stream) == 0


async def test_stats_count_waiting_and_in_flight(redis_client: Redis, keys: RedisKeys) -> None:
    queue = make_queue(redis_client, keys, "w1")
    assert (await queue.stats()).depth == 0  # no group yet: fine
    await queue.start()
    for sid in "abc":
        await queue.enqueue(make_job(sid))
    await queue.enqueue(make_job("d", priority=Priority.BULK))
    await queue.take(0.5)
    stats = await queue.stats()
    assert stats.depth == 3 and stats.in_flight == 1
    assert stats.depth_by_priority == {Priority.INTERACTIVE: 2, Priority.BULK: 1}
    assert stats.oldest_job_age_s is not None and 0 <= stats.oldest_job_age_s < 5


async def test_a_lost_group_is_recreated_and_recovery_runs_once(
    redis_client: Redis, keys: RedisKeys
) -> None:
    resets: list[str] = []

    async def on_reset() -> None:
        resets.append("reset")

    queue = make_queue(redis_client, keys, "w1", on_reset=on_reset)
    await queue.start()
    assert resets == ["reset"]  # a fresh Redis
    await queue.start()
    assert resets == ["reset"]
    found = [key async for key in redis_client.scan_iter(match=f"{keys.prefix}:*")]
    await redis_client.delete(*found)  # what a restart without persistence does
    await queue.enqueue(make_job("after"))  # the API enqueues before any worker noticed
    assert await queue.take(0.1) is None  # NOGROUP: recreates the group
    assert resets == ["reset", "reset"]
    delivery = await queue.take(0.5)
    assert delivery is not None and delivery.job.submission_id == "after"


async def test_the_worker_registry_lists_fresh_heartbeats(
    redis_client: Redis, keys: RedisKeys
) -> None:
    registry = RedisWorkerRegistry(redis_client, keys)
    info = WorkerInfo(
        worker_id="w1",
        hostname="h",
        pid=1,
        version="0.1.0",
        slots=2,
        busy=1,
        load=0.5,
        started_at=1.0,
        last_heartbeat=2.0,
        running=["5"],
    )
    await registry.beat(info, ttl_s=0.2)
    assert await registry.workers() == [info]
    await asyncio.sleep(0.3)
    assert await registry.workers() == []
    assert await redis_client.scard(keys.workers) == 0


async def test_queued_attempts_lists_waiting_and_in_flight_jobs(
    redis_client: Redis, keys: RedisKeys
) -> None:
    queue = make_queue(redis_client, keys, "w1")
    await queue.start()
    await queue.enqueue(make_job("1"))
    await queue.enqueue(make_job("2", attempt=2, priority=Priority.BULK))
    taken = await queue.take(0.5)
    assert taken is not None
    assert await queue.queued_attempts() == {("1", 1), ("2", 2)}
    await queue.ack(taken)
    assert await queue.queued_attempts() == {("2", 2)}
