"""Run one command under limits in an isolated box; return status, usage and outputs.

Knows nothing of problems, languages, HTTP or databases.
"""

from assay.sandbox.pool import SandboxPool, Slot, check_host
from assay.sandbox.types import RunRequest, RunResult, SandboxError, SandboxUnavailable

__all__ = [
    "RunRequest",
    "RunResult",
    "SandboxError",
    "SandboxPool",
    "SandboxUnavailable",
    "Slot",
    "check_host",
]
