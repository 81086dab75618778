"""The registry of live workers (heartbeats with a time to live)."""

from __future__ import annotations

from typing import cast

from redis.asyncio import Redis

from assay.queue.client import (
    WorkerInfo,
)
from assay.queue.redis.keys import RedisKeys


class RedisWorkerRegistry:
    """Heartbeats: `<prefix>:worker:<id>` (JSON, expires) and the set `<prefix>:workers`."""

    def __init__(self, client: Redis, keys: RedisKeys | None = None) -> None:
        self.client = client
        self.keys = keys or RedisKeys()

    async def beat(self, info: WorkerInfo, ttl_s: float) -> None:
        async with self.client.pipeline(transaction=False) as pipe:
            pipe.set(self.keys.worker(info.worker_id), info.model_dump_json(), px=int(ttl_s * 1000))
            pipe.sadd(self.keys.workers, info.worker_id)
            await pipe.execute()

    async def remove(self, worker_id: str) -> None:
        await self.client.delete(self.keys.worker(worker_id))
        await self.client.srem(self.keys.workers, worker_id)

    async def workers(self) -> list[WorkerInfo]:
        ids = sorted(cast(set[str], await self.client.smembers(self.keys.workers)))
        if not ids:
            return []
        rows = await self.client.mget([self.keys.worker(i) for i in ids])
        gone = [i for i, row in zip(ids, rows, strict=True) if row is None]
        if gone:
            await self.client.srem(self.keys.workers, *gone)
        infos = [WorkerInfo.model_validate_json(row) for row in rows if row is not None]
        return sorted(infos, key=lambda w: w.last_heartbeat, reverse=True)
