"""Pure types shared by every layer."""

from assay.core.events import (
    Compiled,
    Compiling,
    Finished,
    JudgeEvent,
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
    "Compiled",
    "Compiling",
    "Finished",
    "JudgeEvent",
    "JudgeResult",
    "Limits",
    "RunStatus",
    "SubmissionState",
    "TestFinished",
    "TestResult",
    "TestStarted",
    "Usage",
    "Verdict",
    "event_from_dict",
    "event_to_dict",
]
