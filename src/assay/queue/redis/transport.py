"""The API's view of the distributed backend: its queue, bus, registry and metrics."""

from __future__ import annotations

from dataclasses import dataclass, field

from redis.asyncio import Redis

from assay.queue.client import (
    DEFAULT_FAIR_SHARE_PENALTY_S,
)
from assay.queue.metrics import QueueMetrics
from assay.queue.redis.events import RedisEventBus
from assay.queue.redis.jobs import RedisJobQueue
from assay.queue.redis.keys import RedisKeys, connect
from assay.queue.redis.workers import RedisWorkerRegistry


@dataclass(frozen=True, slots=True)
class RedisTransport:
    """Implements client.Transport for API replicas (`assay serve` with ASSAY_REDIS_URL)."""

    client: Redis
    queue: RedisJobQueue
    bus: RedisEventBus
    registry: RedisWorkerRegistry
    metrics: QueueMetrics = field(default_factory=QueueMetrics)

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        prefix: str = "assay",
        fair_share_penalty_s: float = DEFAULT_FAIR_SHARE_PENALTY_S,
    ) -> RedisTransport:
        client = connect(url)
        keys = RedisKeys(prefix)
        return cls(
            client=client,
            queue=RedisJobQueue(client, keys, fair_share_penalty_s=fair_share_penalty_s),
            bus=RedisEventBus(client, keys),
            registry=RedisWorkerRegistry(client, keys),
        )

    @property
    def monitor(self) -> RedisJobQueue:
        return self.queue

    async def render_metrics(self) -> bytes:
        self.metrics.observe_stats(await self.queue.stats())
        return self.metrics.render()

    async def start(self) -> None:
        await self.client.ping()

    async def stop(self) -> None:
        await self.bus.close()
        await self.client.aclose()
