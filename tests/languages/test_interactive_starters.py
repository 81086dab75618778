"""Every language's interactive starter runs against a real interactive problem (the bundled
hiddennumber) and ends with a wrong answer at once: it reads a line at a time, so it never waits
for input the judge will not send (a starter reading all of stdin first would time out)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assay.core.events import Finished
from assay.core.types import Verdict
from assay.judge.environment import make_environment
from assay.judge.pipeline import JudgeEnvironment, judge
from assay.judge.types import JudgeOptions, Source
from assay.languages import default_registry
from assay.problems.loader import load_problem

pytestmark = [pytest.mark.sandbox, pytest.mark.slow]

HIDDEN_NUMBER = Path(__file__).resolve().parents[2] / "problems" / "hiddennumber"
LANGUAGES = [a.id for a in default_registry().all() if a.available]


@pytest.fixture(scope="module")
def env(sandbox_cache_dir: Path) -> JudgeEnvironment:
    return make_environment(1, cache_dir=sandbox_cache_dir)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_interactive_starter_does_not_block(env: JudgeEnvironment, language: str) -> None:
    starter = default_registry().get(language).interactive_starter_code
    problem = load_problem(HIDDEN_NUMBER)
    events = judge(problem, Source(starter, language), JudgeOptions(samples_only=True), env)
    result = next(e.result for e in events if isinstance(e, Finished))
    assert result.verdict == Verdict.WA, (result.compile_output, result.tests)
