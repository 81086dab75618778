"""The Redis event bus: replay then live, across replicas, through a Redis restart."""

from __future__ import annotations

import asyncio
import shutil
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from queue_fakes import FakeJudge, FakePackages, FakeStore, make_job
from redis.asyncio import Redis

from assay.core import Verdict
from assay.queue.client import Event
from assay.queue.redis import RedisEventBus, RedisJobQueue, RedisKeys, connect
from assay.worker.worker import Worker, WorkerConfig

pytestmark = pytest.mark.redis


def event(sid: str, kind: str) -> Event:
    return Event(submission_id=sid, seq=0, data={"kind": kind})


async def collect(bus: RedisEventBus, sid: str) -> list[tuple[int, str]]:
    return [(e.seq, e.data["kind"]) async for e in bus.subscribe(sid)]


@pytest.fixture
async def two_replicas(redis_client: Redis, keys: RedisKeys) -> AsyncIterator[list[RedisEventBus]]:
    """Two buses with their own connections, like two API replicas."""
    clients = [connect("redis://127.0.0.1:6379/0") for _ in range(2)]
    buses = [RedisEventBus(c, keys) for c in clients]
    yield buses
    for bus, client in zip(buses, clients, strict=True):
        await bus.close()
        await client.aclose()


async def test_a_late_subscriber_gets_the_events_so_far_then_live_ones(
    two_replicas: list[RedisEventBus],
) -> None:
    publisher, replica = two_replicas
    await publisher.publish(event("s", "queued"))
    await publisher.publish(event("s", "accepted"))
    listener = asyncio.create_task(collect(replica, "s"))
    await asyncio.sleep(0.1)
    await publisher.publish(event("s", "compiling"))
    await publisher.publish(event("s", "finished"))
    got = await asyncio.wait_for(listener, 3)
    assert got == [(0, "queued"), (1, "accepted"), (2, "compiling"), (3, "finished")]


async def test_many_subscribers_on_both_replicas_see_every_event(
    two_replicas: list[RedisEventBus],
) -> None:
    listeners = [
        asyncio.create_task(collect(bus, f"s{i}")) for i in range(10) for bus in two_replicas
    ]
    await asyncio.sleep(0.2)
    for i in range(10):
        for kind in ["queued", "compiling", "test_started", "finished"]:
            await two_replicas[i % 2].publish(event(f"s{i}", kind))
    for got in await asyncio.wait_for(asyncio.gather(*listeners), 5):
        assert [kind for _, kind in got] == ["queued", "compiling", "test_started", "finished"]


async def test_the_log_expires_soon_after_finished(redis_client: Redis, keys: RedisKeys) -> None:
    bus = RedisEventBus(redis_client, keys, finished_ttl_s=60)
    await bus.publish(event("s", "queued"))
    assert await redis_client.pttl(keys.events("s")) > 3_600_000
    await bus.publish(event("s", "finished"))
    assert 0 < await redis_client.pttl(keys.events("s")) <= 60_000
    await bus.close()


async def test_a_rejudge_starts_a_fresh_stream(redis_client: Redis, keys: RedisKeys) -> None:
    bus = RedisEventBus(redis_client, keys)
    for kind in ["queued", "finished", "queued", "accepted", "finished"]:
        await bus.publish(event("s", kind))
    assert await collect(bus, "s") == [(0, "queued"), (1, "accepted"), (2, "finished")]
    await bus.close()


# A Redis of our own, to restart without disturbing the shared one.


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class OwnRedis:
    def __init__(self, directory: Path) -> None:
        self.port = free_port()
        self.dir = directory
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        argv = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1"]
        argv += ["--save", "", "--appendonly", "no", "--dir", str(self.dir)]
        self.proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.02)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[OwnRedis]:
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    server = OwnRedis(tmp_path)
    server.start()
    yield server
    server.stop()


async def test_a_subscriber_survives_a_redis_restart(own_redis: OwnRedis) -> None:
    publisher_client, subscriber_client = connect(own_redis.url), connect(own_redis.url)
    keys = RedisKeys("restart")
    publisher, replica = (
        RedisEventBus(publisher_client, keys),
        RedisEventBus(subscriber_client, keys),
    )
    try:
        await publisher.publish(event("s", "queued"))
        await publisher.publish(event("s", "accepted"))
        listener = asyncio.create_task(collect(replica, "s"))
        await asyncio.sleep(0.2)
        own_redis.stop()
        await asyncio.sleep(0.3)
        own_redis.start()  # empty: the job runs again from scratch
        await asyncio.sleep(1.0)  # the fan-out reconnects
        for kind in ["accepted", "compiling", "finished"]:
            await publisher.publish(event("s", kind))
        got = await asyncio.wait_for(listener, 10)
        assert got[:2] == [(0, "queued"), (1, "accepted")]
        assert got[-1] == (2, "finished")
    finally:
        for bus in (publisher, replica):
            await bus.close()
        await publisher_client.aclose()
        await subscriber_client.aclose()


async def test_a_worker_rides_out_a_redis_restart(own_redis: OwnRedis, tmp_path: Path) -> None:
    """Queued jobs vanish with the restart; the worker re-enqueues them from the database."""
    client = connect(own_redis.url)
    keys = RedisKeys("restart")
    store = FakeStore()
    unfinished: list[str] = []  # what the database would say
    resets: list[int] = []

    async def requeue() -> None:
        resets.append(len(unfinished))
        for sid in unfinished:
            await RedisJobQueue(client, keys).enqueue(make_job(sid))

    queue = RedisJobQueue(client, keys, consumer="w", visibility_timeout_s=2, on_reset=requeue)
    bus = RedisEventBus(client, keys)
    config = WorkerConfig(take_timeout_s=0.1, heartbeat_interval_s=0.2)
    judge = FakeJudge(verdict=Verdict.WA)
    worker = Worker(queue, bus, store, FakePackages(tmp_path), judge, config=config)
    await queue.start()
    task = asyncio.create_task(worker.run())
    try:
        unfinished += ["1", "2"]  # stored, enqueued ... and lost with the restart
        own_redis.stop()
        await asyncio.sleep(0.5)
        own_redis.start()
        for _ in range(200):
            if {("1", 1), ("2", 1)} <= set(store.results):
                break
            await asyncio.sleep(0.05)
        assert store.results[("1", 1)].verdict is Verdict.WA
        assert store.results[("2", 1)].verdict is Verdict.WA
        assert resets == [0, 2]
    finally:
        worker.drain()
        await asyncio.wait_for(task, 10)
        await bus.close()
        await client.aclose()
