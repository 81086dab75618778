"""The real judge behind the worker's `JudgeFn`: load the package, run the pipeline on a slot."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from assay.core import Finished, JudgeEvent, JudgeResult, Verdict
from assay.judge.pipeline import JudgeEnvironment, judge
from assay.problems.model import Problem, ProblemError
from assay.queue.client import Job
from assay.queue.metrics import QueueMetrics
from assay.sandbox import SandboxError
from assay.worker.worker import WorkItem

log = logging.getLogger("assay.worker.judging")

ProblemLoader = Callable[[Path], Problem]


def _default_loader(path: Path) -> Problem:
    from assay.problems.loader import load_problem

    return load_problem(path)


class PipelineJudge:
    """Thread-safe: called from the worker's judging threads, one job per thread."""

    def __init__(
        self,
        env: JudgeEnvironment,
        *,
        metrics: QueueMetrics | None = None,
        loader: ProblemLoader = _default_loader,
        keep_problems: int = 32,
    ) -> None:
        self._env = env
        self._metrics = metrics
        self._loader = loader
        self._keep = keep_problems
        self._problems: dict[Path, Problem] = {}  # packages are content-addressed: immutable
        self._lock = threading.Lock()

    def __call__(self, job: Job, work: WorkItem, package_dir: Path) -> Iterator[JudgeEvent]:
        try:
            problem = self._problem(package_dir)
        except ProblemError as error:
            yield Finished(JudgeResult(verdict=Verdict.JE, message=f"problem package: {error}"))
            return
        try:
            yield from judge(problem, work.source, work.options, self._env)
        except SandboxError:
            if self._metrics is not None:
                self._metrics.sandbox_failures.inc()
            raise

    def _problem(self, package_dir: Path) -> Problem:
        with self._lock:
            cached = self._problems.get(package_dir)
        if cached is not None:
            return cached
        problem = self._loader(package_dir)
        with self._lock:
            if len(self._problems) >= self._keep:
                self._problems.pop(next(iter(self._problems)))
            self._problems[package_dir] = problem
        return problem
