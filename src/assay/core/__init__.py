"""Pure types shared by every layer."""

from assay.core.events import (
    Accepted,
    Compiled,
    Compiling,
    Finished,
    JudgeEvent,
    Queued,
    StreamEvent,
    TestFinished,
    TestStarted,
    event_from_dict,
    event_to_dict,
)
from assay.core.types import (
    JudgeResult,
    Limits,
    RunStatus,
    SubmissionState,
    TestResult,
    Usage,
    Verdict,
)

__all__ = [
    "Accepted",
    "Compiled",
    "Compiling",
    "Finished",
    "JudgeEvent",
    "JudgeResult",
    "Limits",
    "Queued",
    "RunStatus",
    "StreamEvent",
    "SubmissionState",
    "TestFinished",
    "TestResult",
    "TestStarted",
    "Usage",
    "Verdict",
    "event_from_dict",
    "event_to_dict",
]
