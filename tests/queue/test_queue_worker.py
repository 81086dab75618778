"""The worker's steps, on the in-process backend with a fake judge, store and packages."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import threading
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from queue_fakes import FakeJudge, FakePackages, FakeStore, make_job

from assay.core import Verdict
from assay.queue.client import Event
from assay.queue.memory import MemoryEventBus, MemoryJobQueue, MemoryWorkerRegistry
from assay.worker.logs import JsonFormatter
from assay.worker.worker import Worker, WorkerConfig


class Rig:
    def __init__(self, tmp_path: Path, judge: FakeJudge, *, slots: int = 1) -> None:
        self.queue = MemoryJobQueue()
        self.bus = MemoryEventBus()
        self.store = FakeStore()
        self.judge = judge
        self.registry = MemoryWorkerRegistry()
        config = WorkerConfig(slots=slots, take_timeout_s=0.05, heartbeat_interval_s=0.05)
        self.worker = Worker(
            self.queue,
            self.bus,
            self.store,
            FakePackages(tmp_path),
            judge,
            config=config,
            heartbeats=self.registry,
            monitor=self.queue,
        )
        self.task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self.task = asyncio.create_task(self.worker.run())

    async def stop(self) -> None:
        self.worker.drain()
        assert self.task is not None
        await asyncio.wait_for(self.task, 5)

    async def events(self, sid: str) -> list[Event]:
        return [e async for e in self.bus.subscribe(sid)]

    async def wait_result(self, sid: str, attempt: int = 1) -> None:
        for _ in range(500):
            if (sid, attempt) in self.store.results:
                return
            await asyncio.sleep(0.01)
        raise AssertionError(f"no result for {sid}")


@pytest.fixture
async def rig(tmp_path: Path) -> AsyncIterator[Rig]:
    rig = Rig(tmp_path, FakeJudge())
    rig.start()
    yield rig
    await rig.stop()


async def test_a_job_is_judged_recorded_published_and_acknowledged(rig: Rig) -> None:
    await rig.queue.enqueue(make_job("7"))
    events = await asyncio.wait_for(rig.events("7"), 5)
    kinds = [e.data["kind"] for e in events]
    assert kinds == [
        "accepted",
        "compiling",
        "compiled",
        "test_started",
        "test_finished",
        "test_started",
        "test_finished",
        "finished",
    ]
    assert [e.seq for e in events] == list(range(len(events)))
    assert events[-1].data["result"]["verdict"] == "AC"
    assert rig.store.results[("7", 1)].verdict is Verdict.AC
    stats = await rig.queue.stats()
    assert stats.in_flight == 0 and stats.depth == 0


async def test_finished_is_published_only_after_the_result_is_recorded(rig: Rig) -> None:
    seen_recorded: list[bool] = []

    async def spy_publish(event: Event) -> None:
        if event.data["kind"] == "finished":
            seen_recorded.append(("8", 1) in rig.store.results)
        await MemoryEventBus.publish(rig.bus, event)

    rig.bus.publish = spy_publish  # type: ignore[method-assign]
    await rig.queue.enqueue(make_job("8"))
    await rig.wait_result("8")
    await asyncio.sleep(0.05)
    assert seen_recorded == [True]


async def test_a_finished_or_superseded_attempt_is_skipped(rig: Rig) -> None:
    await rig.queue.enqueue(make_job("9"))
    await rig.wait_result("9")
    await rig.queue.enqueue(make_job("9"))  # a duplicate delivery
    for _ in range(50):
        if rig.store.started.count("9") == 2:
            break
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.05)
    assert rig.judge.calls == ["9"] and rig.store.record_calls == 1
    assert (await rig.queue.stats()).in_flight == 0


async def test_a_failing_job_is_retried_then_succeeds(rig: Rig) -> None:
    rig.store.fail_record = 2
    await rig.queue.enqueue(make_job("10"))
    await rig.wait_result("10")
    assert rig.judge.calls == ["10", "10", "10"]
    assert rig.worker.metrics.job_failures.labels("RuntimeError")._value.get() == 2


async def test_a_poison_job_ends_in_the_dead_letter_queue_as_je(rig: Rig) -> None:
    rig.judge.raise_for.add("11")
    await rig.queue.enqueue(make_job("11"))
    await rig.queue.enqueue(make_job("12"))
    await rig.wait_result("11")
    await rig.wait_result("12")
    result = rig.store.results[("11", 1)]
    assert result.verdict is Verdict.JE
    assert "dead-letter" in result.message and "judge crashed on 11" in result.message
    assert rig.judge.calls.count("11") == 3  # max_deliveries
    assert [job.submission_id for job, _ in rig.queue.dead_letters] == ["11"]
    assert rig.store.results[("12", 1)].verdict is Verdict.AC
    events = await rig.events("11")
    assert events[-1].data["kind"] == "finished"
    assert events[-1].data["result"]["verdict"] == "JE"


async def test_heartbeats_describe_the_worker(rig: Rig) -> None:
    await asyncio.sleep(0.1)
    [info] = await rig.registry.workers()
    assert info.slots == 1 and info.busy == 0 and info.version == "0"
    assert info.worker_id == rig.worker.id


async def test_drain_finishes_the_running_job_then_stops(tmp_path: Path) -> None:
    gate = threading.Event()
    rig = Rig(tmp_path, FakeJudge(gate=gate), slots=2)
    rig.start()
    await rig.queue.enqueue(make_job("20"))
    while not rig.judge.calls:
        await asyncio.sleep(0.01)
    rig.worker.drain()
    await rig.queue.enqueue(make_job("21"))
    await asyncio.sleep(0.1)
    assert rig.task is not None and not rig.task.done()
    gate.set()
    await asyncio.wait_for(rig.task, 5)
    assert ("20", 1) in rig.store.results
    assert rig.judge.calls == ["20"]  # 21 waits for the next worker
    assert await rig.queue.depth() == 1
    assert await rig.registry.workers() == []


async def test_every_log_line_of_a_job_carries_its_submission_id(tmp_path: Path) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter(worker_id="w1"))
    logger = logging.getLogger("assay")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)

    def log_from_the_judge_thread(job: object) -> None:
        logging.getLogger("assay.judge.fake").info("inside the judge")

    rig = Rig(tmp_path, FakeJudge(on_call=log_from_the_judge_thread))
    rig.start()
    try:
        await rig.queue.enqueue(make_job("30"))
        await rig.wait_result("30")
    finally:
        await rig.stop()
        logger.removeHandler(handler)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    job_lines = [line for line in lines if line["msg"] in ("judged: AC", "inside the judge")]
    assert len(job_lines) == 2
    assert all(line["submission_id"] == "30" and line["worker_id"] == "w1" for line in job_lines)


async def test_metrics_count_verdicts_and_judging_time(rig: Rig) -> None:
    await rig.queue.enqueue(make_job("40"))
    await rig.wait_result("40")
    await asyncio.sleep(0.1)
    text = rig.worker.metrics.render().decode()
    assert 'assay_verdicts_total{language="python3",verdict="AC"} 1.0' in text
    assert 'assay_judging_seconds_count{language="python3"} 1.0' in text
    assert 'assay_queue_wait_seconds_count{priority="interactive"} 1.0' in text
    assert 'assay_queue_depth{priority="interactive"} 0.0' in text
