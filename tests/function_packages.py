"""Small function-problem packages written into a temporary directory for tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

PROBLEM_YAML = """problem_format_version: 2025-09
type: pass-fail
name: {name}
limits:
  time_limit: {time_limit}
  memory: 256
"""


def line(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


def write_package(
    root: Path,
    function_yaml: str,
    samples: list[tuple[list[Any], Any]],
    secret: list[tuple[list[Any], Any]] = (),  # type: ignore[assignment]
    *,
    time_limit: float = 1.0,
    accepted: tuple[str, str] | None = None,  # (file name, source)
) -> Path:
    """A 2025-09 package: `samples` and `secret` are (arguments, answer) pairs."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "problem.yaml").write_text(PROBLEM_YAML.format(name=root.name, time_limit=time_limit))
    (root / "function.yaml").write_text(function_yaml)
    for group, cases in (("sample", samples), ("secret", secret)):
        directory = root / "data" / group
        directory.mkdir(parents=True, exist_ok=True)
        for number, (arguments, answer) in enumerate(cases, start=1):
            text = "".join(line(argument) + "\n" for argument in arguments)
            (directory / f"{number:02d}.in").write_text(text)
            (directory / f"{number:02d}.ans").write_text(line(answer) + "\n")
    if accepted is not None:
        directory = root / "submissions" / "accepted"
        directory.mkdir(parents=True, exist_ok=True)
        (directory / accepted[0]).write_text(accepted[1])
    return root
