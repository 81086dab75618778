"""Fixtures for the queue tests: a Redis client with a unique key prefix per test."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from assay.queue.redis import RedisKeys, connect

REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture
async def redis_client() -> AsyncIterator[Redis]:
    client = connect(REDIS_URL)
    yield client
    await client.aclose()


@pytest.fixture
async def keys(redis_client: Redis) -> AsyncIterator[RedisKeys]:
    keys = RedisKeys(f"assay-test-{uuid.uuid4().hex[:10]}")
    yield keys
    found = [key async for key in redis_client.scan_iter(match=f"{keys.prefix}:*")]
    if found:
        await redis_client.delete(*found)
