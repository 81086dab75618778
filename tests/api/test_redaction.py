"""The one redaction between judging and a client: a hidden test keeps verdict and usage only."""

from __future__ import annotations

import json

import pytest

from assay.api.redaction import (
    HIDDEN_TEST_MESSAGE,
    JUDGE_ERROR_MESSAGE,
    redact_event,
    redact_result,
    redact_test,
    redact_wire,
)
from assay.core import (
    Accepted,
    Compiled,
    Compiling,
    Finished,
    JudgeResult,
    Queued,
    StreamEvent,
    TestFinished,
    TestResult,
    TestStarted,
    Verdict,
    event_from_dict,
    event_to_dict,
)

MARKER = "LEAK:1_0_0"
SAMPLE = TestResult(
    name="sample/1",
    verdict=Verdict.WA,
    cpu_time_s=0.01,
    memory_kib=1000,
    message="expected '3', got '4'",
    is_sample=True,
    input_text="1 2\n",
    expected_output="3\n",
    actual_output="4\n",
)
HIDDEN = TestResult(
    name="secret/07_max_n",
    verdict=Verdict.WA,
    cpu_time_s=0.25,
    wall_time_s=0.3,
    memory_kib=4096,
    message=f"trailing output '{MARKER}'",
    score=0.5,
    input_text="1 0 0\n",
    expected_output="0\n",
    actual_output=f"0\n{MARKER}\n",
)
JUDGED = JudgeResult(
    verdict=Verdict.WA,
    compile_output="warning: unused variable",
    max_cpu_time_s=0.25,
    max_memory_kib=4096,
    tests=(SAMPLE, HIDDEN),
)


def leaks(value: object) -> bool:
    text = json.dumps(value)
    return MARKER in text or "secret/" in text or "1 0 0" in text


def test_a_hidden_test_keeps_position_verdict_usage_and_score_only() -> None:
    redacted = redact_test(HIDDEN, 7)
    assert redacted == TestResult(
        name="Test 7",
        verdict=Verdict.WA,
        cpu_time_s=0.25,
        wall_time_s=0.3,
        memory_kib=4096,
        message=HIDDEN_TEST_MESSAGE,
        score=0.5,
    )
    assert redact_test(TestResult(name="secret/1", verdict=Verdict.AC), 1).message == ""


def test_samples_stay_whole_and_operators_see_everything() -> None:
    assert redact_test(SAMPLE, 1) == SAMPLE
    assert redact_test(HIDDEN, 7, operator=True) == HIDDEN
    assert redact_result(JUDGED, operator=True) == JUDGED


def test_a_result_is_redacted_test_by_test_and_keeps_compile_output() -> None:
    redacted = redact_result(JUDGED)
    assert redacted.tests == (SAMPLE, redact_test(HIDDEN, 2))
    assert redacted.compile_output == JUDGED.compile_output
    assert not leaks(event_to_dict(Finished(redacted))["result"]["tests"][1])


def test_a_judge_error_message_is_for_operators() -> None:
    failed = JudgeResult(verdict=Verdict.JE, message=f"output validator failed: {MARKER}")
    assert redact_result(failed).message == JUDGE_ERROR_MESSAGE
    assert redact_result(failed, operator=True).message == failed.message


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (Compiling(), Compiling()),
        (Compiled(ok=False, output="main.py:1: SyntaxError"), None),
        (TestStarted(1, 2, "sample/1", is_sample=True), None),
        (TestStarted(2, 2, "secret/07_max_n"), TestStarted(2, 2, "Test 2")),
        (TestFinished(2, 2, HIDDEN), TestFinished(2, 2, redact_test(HIDDEN, 2))),
        (Finished(JUDGED), Finished(redact_result(JUDGED))),
        (Queued(3), None),
        (Accepted(3, "judge-host-3"), Accepted(3, "")),
    ],
)
def test_every_event_kind(event: StreamEvent, expected: StreamEvent | None) -> None:
    assert redact_event(event) == (event if expected is None else expected)
    assert redact_event(event, operator=True) == event
    assert event_from_dict(event_to_dict(event)) == event
    wire = redact_wire(event_to_dict(event))
    assert wire == event_to_dict(redact_event(event))
    assert not leaks(wire)


def test_the_wire_keeps_only_known_fields() -> None:
    assert redact_wire({"kind": "queued", "attempt": 2, "note": MARKER}) == {
        "kind": "queued",
        "attempt": 2,
    }
    accepted = {"kind": "accepted", "attempt": 1, "worker": "judge-host-3"}
    assert redact_wire(accepted) == {"kind": "accepted", "attempt": 1, "worker": ""}
    assert redact_wire(accepted, operator=True)["worker"] == "judge-host-3"
    started = {**event_to_dict(TestStarted(3, 3, "secret/x")), "extra": MARKER}
    assert redact_wire(started) == {
        "kind": "test_started",
        "index": 3,
        "total": 3,
        "name": "Test 3",
        "is_sample": False,
    }
    assert redact_wire({"kind": "test_finished", "index": 1, "result": {"name": MARKER}}) == {
        "kind": "test_finished"
    }
    assert redact_wire({"kind": "gossip", "text": MARKER}) == {"kind": "gossip"}
    assert redact_wire({"text": MARKER}) == {"kind": "unknown"}
