"""The embedded mode's lifecycle: start re-enqueues unfinished work, stop drains."""

from __future__ import annotations

import asyncio
from pathlib import Path

from queue_fakes import FakeJudge, FakePackages, FakeStore, make_job

from assay.core import Verdict
from assay.modes.embedded import build_embedded
from assay.queue.client import Job, Transport


async def test_start_requeues_unfinished_submissions_and_judges_them(tmp_path: Path) -> None:
    store = FakeStore()

    async def pending() -> list[Job]:
        return [make_job("1"), make_job("2")]

    transport = build_embedded(
        slots=2,
        store=store,
        packages=FakePackages(tmp_path),
        judge=FakeJudge(),
        pending_jobs=pending,
    )
    api_view: Transport = transport
    await api_view.start()
    try:
        events = [e async for e in api_view.bus.subscribe("2")]
        assert events[-1].data["result"]["verdict"] == "AC"
        for _ in range(100):
            if len(store.results) == 2:
                break
            await asyncio.sleep(0.01)
        assert {key for key, r in store.results.items() if r.verdict is Verdict.AC} == {
            ("1", 1),
            ("2", 1),
        }
        [worker] = await api_view.registry.workers()
        assert worker.slots == 2
        assert (await api_view.monitor.stats()).depth == 0
    finally:
        await api_view.stop()


async def test_without_slots_nothing_judges(tmp_path: Path) -> None:
    transport = build_embedded(slots=0)
    await transport.start()
    await transport.queue.enqueue(make_job("1"))
    await asyncio.sleep(0.05)
    assert await transport.queue.depth() == 1
    await transport.stop()
