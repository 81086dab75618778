"""The expected values of a custom Run of a function problem: the package's accepted solution,
built with its own driver and run on the user's cases in the sandbox."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from typing import Any

from assay.harness import UnsupportedSignature, build_driver
from assay.judge.function_run import Case, FunctionRun, channel_for, compile_driver
from assay.judge.reference import reference_source
from assay.problems.model import TestCase

log = logging.getLogger(__name__)


def reference_values(run: FunctionRun, inputs: list[str]) -> list[Any]:
    """One value per input; None where the reference has none (it failed, or there is none)."""
    values: list[Any] = [None] * len(inputs)
    found = reference_source(run.problem, run.env.registry)
    if found is None:
        return values
    path, language = found
    try:
        build = build_driver(run.spec, language.id, path.read_text(encoding="utf-8"))
    except UnsupportedSignature:
        return values
    outcome = compile_driver(build, language, run.env, run.slot, run.work_dir / "reference")
    if outcome.program is None:
        log.error("reference %s of %s does not compile", path, run.problem.short_name)
        return values
    reference_run = replace(run, program=outcome.program)
    cases = [Case(_placeholder(run, i), text, None, False) for i, text in enumerate(inputs)]
    for line in channel_for(reference_run, cases).lines():
        try:
            record = json.loads(line.text)
        except (json.JSONDecodeError, UnicodeDecodeError):
            break
        index = record.get("t") if isinstance(record, dict) else None
        if isinstance(index, int) and 0 <= index < len(values) and "v" in record:
            values[index] = record["v"]
    return values


def _placeholder(run: FunctionRun, index: int) -> TestCase:
    path = run.work_dir / f"reference{index}.in"
    return TestCase(name=f"reference{index}", input_path=path, answer_path=path, is_sample=True)
