"""The in-process queue and event bus."""

from __future__ import annotations

import asyncio

import pytest
from queue_fakes import make_job

from assay.queue.client import Event, Priority
from assay.queue.memory import MemoryEventBus, MemoryJobQueue


async def test_interactive_jobs_are_taken_before_bulk() -> None:
    queue = MemoryJobQueue()
    await queue.enqueue(make_job("b1", priority=Priority.BULK))
    await queue.enqueue(make_job("b2", priority=Priority.BULK))
    await queue.enqueue(make_job("i1"))
    taken = [(await queue.take(0.1)) for _ in range(3)]
    assert [d.job.submission_id for d in taken if d] == ["i1", "b1", "b2"]
    assert await queue.take(0.01) is None


async def test_take_waits_for_an_enqueue() -> None:
    queue = MemoryJobQueue()
    waiter = asyncio.create_task(queue.take(2.0))
    await asyncio.sleep(0.01)
    await queue.enqueue(make_job("late"))
    delivery = await waiter
    assert delivery is not None and delivery.job.submission_id == "late"
    assert delivery.deliveries == 1 and delivery.enqueued_at_s > 0


async def test_cancel_problem_drops_only_its_queued_jobs() -> None:
    queue = MemoryJobQueue()
    for sid, problem in [("1", "gone"), ("2", "kept"), ("3", "gone")]:
        await queue.enqueue(make_job(sid, problem=problem))
    assert await queue.cancel_problem("gone") == 2
    assert await queue.depth() == 1
    delivery = await queue.take(0.1)
    assert delivery is not None and delivery.job.problem_id == "kept"


async def test_release_counts_deliveries_and_remembers_the_error() -> None:
    queue = MemoryJobQueue()
    await queue.enqueue(make_job("x"))
    first = await queue.take(0.1)
    assert first is not None
    await queue.release(first, "boom")
    second = await queue.take(0.1)
    assert second is not None and second.deliveries == 2
    assert await queue.last_error(second) == "boom"
    await queue.dead_letter(second, "gave up")
    assert [job.submission_id for job, _ in queue.dead_letters] == ["x"]
    assert (await queue.stats()).dead_letters == 1


async def test_give_back_puts_the_job_first_without_counting() -> None:
    queue = MemoryJobQueue()
    await queue.enqueue(make_job("a"))
    await queue.enqueue(make_job("b"))
    a = await queue.take(0.1)
    assert a is not None
    await queue.give_back(a)
    again = await queue.take(0.1)
    assert again is not None and again.job.submission_id == "a" and again.deliveries == 1


async def test_stats_report_depth_in_flight_and_age() -> None:
    queue = MemoryJobQueue()
    assert (await queue.stats()).oldest_job_age_s is None
    await queue.enqueue(make_job("1"))
    await queue.enqueue(make_job("2", priority=Priority.BULK))
    await queue.take(0.1)
    stats = await queue.stats()
    assert stats.depth == 1 and stats.in_flight == 1
    assert stats.depth_by_priority == {Priority.INTERACTIVE: 0, Priority.BULK: 1}
    assert stats.oldest_job_age_s is not None and stats.oldest_job_age_s >= 0


def event(sid: str, kind: str, **data: object) -> Event:
    return Event(submission_id=sid, seq=99, data={"kind": kind, **data})


async def collect(bus: MemoryEventBus, sid: str) -> list[tuple[int, str]]:
    return [(e.seq, e.data["kind"]) async for e in bus.subscribe(sid)]


async def test_bus_assigns_seq_and_replays_to_a_late_subscriber() -> None:
    bus = MemoryEventBus()
    for kind in ["queued", "accepted", "compiling", "finished"]:
        await bus.publish(event("s", kind))
    assert await collect(bus, "s") == [
        (0, "queued"),
        (1, "accepted"),
        (2, "compiling"),
        (3, "finished"),
    ]


async def test_bus_gives_replay_then_live_events_and_ends_after_finished() -> None:
    bus = MemoryEventBus()
    await bus.publish(event("s", "queued"))
    listener = asyncio.create_task(collect(bus, "s"))
    await asyncio.sleep(0.01)
    await bus.publish(event("s", "compiling"))
    await bus.publish(event("other", "compiling"))
    await bus.publish(event("s", "finished"))
    await bus.publish(event("s", "after-the-end"))
    assert await asyncio.wait_for(listener, 1) == [(0, "queued"), (1, "compiling"), (2, "finished")]


async def test_a_queued_event_starts_a_new_stream_for_a_rejudge() -> None:
    bus = MemoryEventBus()
    for kind in ["queued", "finished", "queued", "accepted", "finished"]:
        await bus.publish(event("s", kind))
    assert await collect(bus, "s") == [(0, "queued"), (1, "accepted"), (2, "finished")]


async def test_finished_logs_are_dropped_after_the_retention() -> None:
    bus = MemoryEventBus(retention_s=0.0)
    await bus.publish(event("old", "finished"))
    await asyncio.sleep(0.01)
    await bus.publish(event("new", "queued"))
    assert len(bus) == 1


@pytest.mark.parametrize("max_logs", [1, 5])
async def test_the_number_of_logs_is_bounded(max_logs: int) -> None:
    bus = MemoryEventBus(max_logs=max_logs)
    for i in range(20):
        await bus.publish(event(str(i), "queued"))
    assert len(bus) == max_logs
