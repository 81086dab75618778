"""`assay worker` with a scripted judge instead of the sandbox, for the fault-injection tests.

The source text decides: "AC" or "WA" (the verdict), "SLOW" (AC after ~2 s), "POISON" (the
process dies at once, as a worker crash would). Everything else is the real worker process.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Iterator
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
from assay.modes.standalone import WorkerOptions, run
from assay.queue.client import Job
from assay.worker.worker import WorkItem

TESTS = 5


def scripted_judge(job: Job, work: WorkItem, package_dir: Path) -> Iterator[JudgeEvent]:
    text = work.source.text
    if "POISON" in text:
        os._exit(70)
    step_s = 0.4 if "SLOW" in text else float(os.environ.get("FAKE_STEP_S", "0.02"))
    verdict = Verdict.WA if "WA" in text else Verdict.AC
    yield Compiling()
    yield Compiled(ok=True)
    results = []
    for i in range(1, TESTS + 1):
        yield TestStarted(i, TESTS, f"t{i}")
        time.sleep(step_s)
        results.append(TestResult(name=f"t{i}", verdict=verdict))
        yield TestFinished(i, TESTS, results[-1])
    yield Finished(JudgeResult(verdict=verdict, tests=tuple(results)))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--redis", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--prefix", required=True)
    parser.add_argument("--slots", type=int, default=1)
    parser.add_argument("--visibility-timeout", type=float, default=1.0)
    parser.add_argument("--worker-id", required=True)
    args = parser.parse_args()
    options = WorkerOptions(
        redis_url=args.redis,
        database_url=args.database,
        slots=args.slots,
        prefix=args.prefix,
        visibility_timeout_s=args.visibility_timeout,
        heartbeat_interval_s=0.5,
        worker_id=args.worker_id,
        log_level="INFO",
    )
    return run(options, judge=scripted_judge)


if __name__ == "__main__":
    raise SystemExit(main())
