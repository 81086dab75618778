"""Run one command under limits in an isolated box; return status, usage and outputs.

Knows nothing of problems, languages, HTTP or databases. `Sandbox` and `Slot` are the protocols
the judge depends on: `SandboxPool` implements them with real boxes, `fake.FakeSandboxPool` with
scripted answers (unit tests).
"""

from assay.sandbox.pool import SandboxPool, check_host
from assay.sandbox.types import (
    BoxRunner,
    RunRequest,
    RunResult,
    Sandbox,
    SandboxError,
    SandboxUnavailable,
    Slot,
)

__all__ = [
    "BoxRunner",
    "RunRequest",
    "RunResult",
    "Sandbox",
    "SandboxError",
    "SandboxPool",
    "SandboxUnavailable",
    "Slot",
    "check_host",
]
