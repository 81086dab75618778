"""Choosing and wiring the transport from the settings."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from queue_fakes import FakeJudge
from redis.asyncio import Redis

from assay.config import Settings
from assay.db.engine import Database
from assay.modes.embedded import EmbeddedTransport
from assay.modes.setup import ColocatedTransport, transport_for
from assay.queue.client import MetricsSource, Transport
from assay.queue.redis import RedisTransport


@pytest.fixture
async def database(tmp_path: Path) -> AsyncIterator[Database]:
    database = Database.from_url(f"sqlite+aiosqlite:///{tmp_path / 'a.db'}")
    yield database
    await database.dispose()


async def test_without_redis_the_embedded_mode_is_chosen(
    tmp_path: Path, database: Database
) -> None:
    settings = Settings(data_dir=tmp_path, database_url="sqlite+aiosqlite:///x.db")
    transport = transport_for(settings, database, slots=2, judge=FakeJudge())
    assert isinstance(transport, EmbeddedTransport) and transport.worker is not None
    assert isinstance(transport, MetricsSource)
    text = await transport.render_metrics()
    assert b"assay_queue_depth" in text and b"assay_worker_slots" in text


@pytest.mark.redis
async def test_with_redis_and_no_slots_the_api_only_transport_is_chosen(
    tmp_path: Path, database: Database, redis_client: Redis
) -> None:
    settings = Settings(data_dir=tmp_path, redis_url="redis://127.0.0.1:6379/0")
    transport: Transport = transport_for(settings, database, slots=0)
    assert isinstance(transport, RedisTransport)
    await transport.start()
    try:
        assert isinstance(transport, MetricsSource)
        assert b"assay_queue_dead_letters" in await transport.render_metrics()
    finally:
        await transport.stop()


@pytest.mark.redis
async def test_with_redis_and_slots_a_worker_runs_in_the_server(
    tmp_path: Path, database: Database
) -> None:
    settings = Settings(data_dir=tmp_path, redis_url="redis://127.0.0.1:6379/0")
    transport = transport_for(settings, database, slots=1, judge=FakeJudge())
    assert isinstance(transport, ColocatedTransport)
    assert transport.worker.config.slots == 1
    assert transport.source.consumer != transport.queue.consumer  # worker side vs API side
    await transport.stop()  # never started: stopping only closes the client
