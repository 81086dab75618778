"""Structured JSON logs; every line written while a job is handled carries its submission id.

The id lives in a context variable, so it follows the job into the judge's thread too
(the worker copies the context into the thread).
"""

from __future__ import annotations

import contextlib
import json
import logging
import sys
import time
from collections.abc import Iterator
from contextvars import ContextVar
from typing import IO, Any

submission_id_var: ContextVar[str | None] = ContextVar("assay_submission_id", default=None)
_STANDARD_ATTRS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message"}


@contextlib.contextmanager
def submission_context(submission_id: str) -> Iterator[None]:
    token = submission_id_var.set(submission_id)
    try:
        yield
    finally:
        submission_id_var.reset(token)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ts, level, logger, msg, submission_id, worker_id, extras."""

    def __init__(self, *, worker_id: str | None = None) -> None:
        super().__init__()
        self._worker_id = worker_id

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "ts": round(record.created, 3),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
            "submission_id": submission_id_var.get(),
        }
        if self._worker_id is not None:
            line["worker_id"] = self._worker_id
        line.update(_extras(record))
        if record.exc_info:
            line["exc"] = self.formatException(record.exc_info)
        return json.dumps(line, default=str, separators=(",", ":"))


def _extras(record: logging.LogRecord) -> dict[str, Any]:
    return {k: v for k, v in vars(record).items() if k not in _STANDARD_ATTRS}


def configure_json_logging(
    *, level: str = "INFO", worker_id: str | None = None, stream: IO[str] | None = None
) -> None:
    """Send every log record to `stream` (stderr) as JSON; called once by an entry point."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter(worker_id=worker_id))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    logging.Formatter.converter = time.gmtime
