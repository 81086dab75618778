"""Fair queueing on both backends: one user's burst does not starve another user.

Each job a user already has waiting counts as `fair_share_penalty_s` of queueing time (DOMjudge's
60 s virtual penalty per pending submission of the same team)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import pytest
from queue_fakes import make_job

from assay.queue.client import Priority
from assay.queue.consumer import Delivery
from assay.queue.memory import MemoryJobQueue
from assay.queue.redis import RedisJobQueue, RedisKeys, connect

FairQueue = MemoryJobQueue | RedisJobQueue
REDIS_URL = "redis://127.0.0.1:6379/0"  # as in conftest.py


@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.redis)])
async def fair_queue(request: pytest.FixtureRequest) -> AsyncIterator[FairQueue]:
    if request.param == "memory":
        yield MemoryJobQueue()
        return
    client = connect(REDIS_URL)
    keys = RedisKeys(f"assay-test-{uuid.uuid4().hex[:10]}")
    queue = RedisJobQueue(client, keys, consumer="w1", visibility_timeout_s=30)
    await queue.start()
    yield queue
    found = [key async for key in client.scan_iter(match=f"{keys.prefix}:*")]
    if found:
        await client.delete(*found)
    await client.aclose()


async def take_all(queue: FairQueue, count: int) -> list[Delivery]:
    taken = []
    for _ in range(count):
        delivery = await queue.take(1.0)
        assert delivery is not None
        await queue.ack(delivery)
        taken.append(delivery)
    return taken


def owners(deliveries: list[Delivery]) -> list[str | None]:
    return [d.job.user_id for d in deliveries]


async def test_one_users_burst_does_not_starve_another(fair_queue: FairQueue) -> None:
    for i in range(50):
        await fair_queue.enqueue(make_job(f"a{i}", user="A"))
    await fair_queue.enqueue(make_job("b0", user="B"))
    first = await take_all(fair_queue, 3)
    assert "B" in owners(first), owners(first)  # judged within the next few jobs
    rest = await take_all(fair_queue, 48)
    assert [d.job.submission_id for d in first + rest if d.job.user_id == "A"] == [
        f"a{i}" for i in range(50)
    ]  # a user's own jobs keep their order
    assert await fair_queue.take(0.05) is None


async def test_users_with_bursts_are_served_in_turn(fair_queue: FairQueue) -> None:
    for user in ("A", "B", "C"):
        for i in range(4):
            await fair_queue.enqueue(make_job(f"{user}{i}", user=user))
    taken = owners(await take_all(fair_queue, 12))
    assert taken[:3] == ["A", "B", "C"] and taken[3:6] == ["A", "B", "C"]


async def test_cancelling_keeps_the_counts_right(fair_queue: FairQueue) -> None:
    for i in range(5):
        await fair_queue.enqueue(make_job(f"a{i}", user="A", problem="gone"))
    assert await fair_queue.cancel_problem("gone") == 5
    await fair_queue.enqueue(make_job("a-new", user="A"))
    await fair_queue.enqueue(make_job("b-new", user="B"))
    # A has nothing waiting any more, so A's new job is not pushed back behind B's.
    assert owners(await take_all(fair_queue, 2)) == ["A", "B"]


async def test_bulk_still_waits_for_interactive(fair_queue: FairQueue) -> None:
    await fair_queue.enqueue(make_job("bulk", user="A", priority=Priority.BULK))
    for i in range(3):
        await fair_queue.enqueue(make_job(f"i{i}", user="A"))
    taken = [d.job.submission_id for d in await take_all(fair_queue, 4)]
    assert taken == ["i0", "i1", "i2", "bulk"]


async def test_the_penalty_is_configurable() -> None:
    queue = MemoryJobQueue(fair_share_penalty_s=0)  # plain first come, first served
    for sid, user in [("a0", "A"), ("a1", "A"), ("b0", "B")]:
        await queue.enqueue(make_job(sid, user=user))
    assert [d.job.submission_id for d in await take_all(queue, 3)] == ["a0", "a1", "b0"]
