"""The distributed backend: Redis Streams for jobs, a list + pub/sub per submission for events.

`keys` names every key and connects; `jobs` is the queue (the fair waiting room, the streams,
claiming); `events` the event bus; `workers` the registry of live workers; `transport` the API's
view of all of them. The layout of the keys and the guarantees are in `keys`' docstring.
"""

from assay.queue.redis.events import RedisEventBus
from assay.queue.redis.jobs import RedisJobQueue, decode_job, encode_job
from assay.queue.redis.keys import GROUP, LANES, OnReset, RedisKeys, connect
from assay.queue.redis.transport import RedisTransport
from assay.queue.redis.workers import RedisWorkerRegistry

__all__ = [
    "GROUP",
    "LANES",
    "OnReset",
    "RedisEventBus",
    "RedisJobQueue",
    "RedisKeys",
    "RedisTransport",
    "RedisWorkerRegistry",
    "connect",
    "decode_job",
    "encode_job",
]
