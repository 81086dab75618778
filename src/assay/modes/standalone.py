"""`assay worker`: a standalone worker process of the distributed mode.

Signals: SIGTERM drains (running jobs finish, then exit 0); the first SIGINT drains too, a
second SIGINT exits at once (status 130; the running jobs return to the queue after the
visibility timeout).
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from prometheus_client import start_http_server
from redis.asyncio import Redis

from assay import __version__
from assay.config import Settings
from assay.db.engine import Database
from assay.modes.setup import package_lookup, real_judge, requeue_from
from assay.queue.metrics import QueueMetrics
from assay.queue.redis import RedisEventBus, RedisJobQueue, RedisKeys, RedisWorkerRegistry, connect
from assay.worker.logs import configure_json_logging
from assay.worker.packages import HttpPackageSource, LocalPackageSource
from assay.worker.store import DbSubmissionStore
from assay.worker.worker import JudgeFn, PackageSource, Worker, WorkerConfig, default_worker_id

log = logging.getLogger("assay.modes.standalone")

EXIT_NOW = 130


@dataclass(frozen=True, slots=True)
class WorkerOptions:
    redis_url: str
    database_url: str
    slots: int = 1
    api_urls: Sequence[str] = ()  # empty: packages are on this machine (shared store)
    token: str | None = None
    cache_dir: Path = Path("var/worker-cache")
    prefix: str = "assay"
    metrics_port: int | None = None
    metrics_addr: str = "127.0.0.1"  # loopback unless the operator names a private address
    visibility_timeout_s: float = 60.0
    max_deliveries: int = 3
    heartbeat_interval_s: float = 5.0
    worker_id: str = field(default_factory=default_worker_id)
    log_level: str = "INFO"


def run(options: WorkerOptions, *, judge: JudgeFn | None = None) -> int:
    """Run a worker until drained; the exit status. `judge` replaces the real one (tests)."""
    configure_json_logging(level=options.log_level, worker_id=options.worker_id)
    return asyncio.run(serve(options, judge=judge))


async def serve(options: WorkerOptions, *, judge: JudgeFn | None = None) -> int:
    metrics = QueueMetrics()
    if options.metrics_port is not None:
        start_http_server(
            options.metrics_port, addr=options.metrics_addr, registry=metrics.registry
        )
    judge = judge or real_judge(options.slots, metrics, Settings(), options.cache_dir / "judge")
    database = Database.from_url(options.database_url)
    client = connect(options.redis_url)
    try:
        worker, queue = _build(options, database, client, judge, metrics)
        _install_signal_handlers(worker)
        await queue.start()
        log.info("worker %s started with %d slot(s)", options.worker_id, options.slots)
        await worker.run()
    finally:
        await client.aclose()
        await database.dispose()
    return 0


def _build(
    options: WorkerOptions,
    database: Database,
    client: Redis,
    judge: JudgeFn,
    metrics: QueueMetrics,
) -> tuple[Worker, RedisJobQueue]:
    keys = RedisKeys(options.prefix)
    store = DbSubmissionStore(database.sessions)
    bus = RedisEventBus(client, keys)
    queue = RedisJobQueue(
        client,
        keys,
        consumer=options.worker_id,
        visibility_timeout_s=options.visibility_timeout_s,
        on_reset=requeue_from(store, RedisJobQueue(client, keys), bus),
    )
    config = WorkerConfig(
        slots=options.slots,
        worker_id=options.worker_id,
        version=__version__,
        max_deliveries=options.max_deliveries,
        touch_interval_s=max(0.5, options.visibility_timeout_s / 4),
        heartbeat_interval_s=options.heartbeat_interval_s,
    )
    worker = Worker(
        queue,
        bus,
        store,
        _packages(options, database),
        judge,
        config=config,
        metrics=metrics,
        heartbeats=RedisWorkerRegistry(client, keys),
        monitor=queue,
    )
    return worker, queue


def _packages(options: WorkerOptions, database: Database) -> PackageSource:
    if options.api_urls:
        return HttpPackageSource(options.api_urls, options.token, options.cache_dir)
    return LocalPackageSource(package_lookup(database))


def _install_signal_handlers(worker: Worker) -> None:
    loop = asyncio.get_running_loop()
    interrupts = 0

    def on_sigint() -> None:
        nonlocal interrupts
        interrupts += 1
        if interrupts > 1:
            log.warning("second interrupt: exiting now")
            logging.shutdown()
            os._exit(EXIT_NOW)
        log.warning("interrupt: draining (interrupt again to exit now)")
        worker.drain()

    loop.add_signal_handler(signal.SIGTERM, worker.drain)
    loop.add_signal_handler(signal.SIGINT, on_sigint)
