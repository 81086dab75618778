"""The judging pipeline: compile once, run each test, check, aggregate; yields typed events.

Entry points (see `assay.judge.pipeline`):
    judge(problem, source, options, *, sandbox, languages, cache_dir) -> Iterator[JudgeEvent]
The last event is always `Finished` with the `JudgeResult`.
"""

from assay.judge.types import JudgeOptions, Source

__all__ = ["JudgeOptions", "Source"]
