"""Fakes of the worker's neighbours: the database, the package store and the judge."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from assay.core import (
    Compiled,
    Compiling,
    Finished,
    JudgeEvent,
    JudgeResult,
    TestFinished,
    TestResult,
    TestStarted,
    Verdict,
)
from assay.judge.types import Source
from assay.queue.client import Job, JobKind, Priority
from assay.worker.worker import WorkItem


def make_job(
    sid: str = "1",
    *,
    problem: str = "p",
    priority: Priority = Priority.INTERACTIVE,
    attempt: int = 1,
    user: str | None = None,
) -> Job:
    return Job(
        kind=JobKind.SUBMIT,
        submission_id=sid,
        problem_id=problem,
        problem_hash="0" * 64,
        attempt=attempt,
        priority=priority,
        user_id=user,
    )


@dataclass
class FakeStore:
    """Records calls; results idempotent by (id, attempt) like the real one."""

    results: dict[tuple[str, int], JudgeResult] = field(default_factory=dict)
    finished: set[str] = field(default_factory=set)
    started: list[str] = field(default_factory=list)
    record_calls: int = 0
    fail_record: int = 0  # raise on this many record_result calls first
    source_text: str = "print(1)"

    async def start_judging(self, job: Job) -> bool:
        self.started.append(job.submission_id)
        return (job.submission_id, job.attempt) not in self.results

    async def load_work(self, job: Job) -> WorkItem | None:
        return WorkItem(source=Source(text=self.source_text, language_id="python3"))

    async def record_result(self, job: Job, result: JudgeResult) -> bool:
        self.record_calls += 1
        if self.fail_record > 0:
            self.fail_record -= 1
            raise RuntimeError("database is down")
        key = (job.submission_id, job.attempt)
        if key in self.results:
            return False
        self.results[key] = result
        return True


class FakePackages:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.fetches = 0

    async def fetch(self, problem_id: str, problem_hash: str) -> Path:
        self.fetches += 1
        return self.root


def fake_events(verdict: Verdict = Verdict.AC, tests: int = 2) -> list[JudgeEvent]:
    results = tuple(TestResult(name=f"t{i}", verdict=Verdict.AC) for i in range(1, tests + 1))
    events: list[JudgeEvent] = [Compiling(), Compiled(ok=True)]
    for i, result in enumerate(results, start=1):
        events += [TestStarted(i, tests, result.name), TestFinished(i, tests, result)]
    events.append(Finished(JudgeResult(verdict=verdict, tests=results)))
    return events


@dataclass
class FakeJudge:
    """A judge function: yields `fake_events`, optionally slowly, or raises."""

    verdict: Verdict = Verdict.AC
    delay_s: float = 0.0
    raise_for: set[str] = field(default_factory=set)  # submission ids that always fail
    gate: threading.Event | None = None  # wait for it before finishing
    calls: list[str] = field(default_factory=list)
    on_call: Callable[[Job], None] | None = None

    def __call__(self, job: Job, work: WorkItem, package_dir: Path) -> Iterator[JudgeEvent]:
        self.calls.append(job.submission_id)
        if self.on_call is not None:
            self.on_call(job)
        if job.submission_id in self.raise_for:
            raise RuntimeError(f"judge crashed on {job.submission_id}")
        for event in fake_events(self.verdict):
            if self.delay_s:
                time.sleep(self.delay_s)
            if isinstance(event, Finished) and self.gate is not None:
                self.gate.wait(10)
            yield event
