"""Submit and Run: storing, enqueueing, results, visibility, lists, long-poll, limits."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from api_support import Api

from assay.core import TestResult, Verdict
from assay.queue.client import JobKind, Priority

SUBMIT = {
    "problem": "sum",
    "language": "python3",
    "source": "print(sum(map(int, input().split())))",
}


@pytest.fixture
async def problem(api: Api) -> str:
    await api.add_problem("sum")
    return "sum"


async def test_submit_stores_queued_enqueues_and_announces(
    api: Api, alice: httpx.AsyncClient, problem: str
) -> None:
    response = await alice.post("/api/submissions", json=SUBMIT)
    assert response.status_code == 202
    sid = response.json()["id"]
    assert response.json()["state"] == "queued"
    job = await api.next_job()
    assert (job.kind, job.submission_id, job.problem_id, job.attempt, job.priority) == (
        JobKind.SUBMIT,
        str(sid),
        "sum",
        1,
        Priority.INTERACTIVE,
    )
    first_event = await anext(aiter(api.transport.bus.subscribe(str(sid))))
    assert first_event.data == {"kind": "queued", "attempt": 1}
    detail = (await alice.get(f"/api/submissions/{sid}")).json()
    assert (detail["state"], detail["verdict"], detail["source"]) == (
        "queued",
        None,
        SUBMIT["source"],
    )


async def test_result_detail_hides_hidden_tests_and_others_code(
    api: Api,
    alice: httpx.AsyncClient,
    bob: httpx.AsyncClient,
    admin: httpx.AsyncClient,
    problem: str,
) -> None:
    sid = (await alice.post("/api/submissions", json=SUBMIT)).json()["id"]
    await api.judge_next(Verdict.WA)
    mine = (await alice.get(f"/api/submissions/{sid}")).json()
    assert (mine["state"], mine["verdict"], mine["max_cpu_time_s"], mine["max_memory_kib"]) == (
        "finished",
        "WA",
        0.03,
        3000,
    )
    sample, hidden, failed = mine["tests"]
    assert (sample["input"], sample["expected_output"], sample["actual_output"]) == (
        "1 2\n",
        "3\n",
        "3\n",
    )
    for test in (hidden, failed):
        assert test["input"] is None and test["expected_output"] is None
        assert test["actual_output"] is None
    assert failed["verdict"] == "WA" and failed["cpu_time_s"] == 0.03

    theirs = (await bob.get(f"/api/submissions/{sid}")).json()
    assert theirs["source"] is None and theirs["verdict"] == "WA"
    assert all(t["input"] is None and t["actual_output"] is None for t in theirs["tests"])
    assert (await admin.get(f"/api/submissions/{sid}")).json()["source"] == SUBMIT["source"]


async def test_hidden_test_data_never_leaves_even_if_the_worker_sends_it(
    api: Api, alice: httpx.AsyncClient, problem: str
) -> None:
    sid = (await alice.post("/api/submissions", json=SUBMIT)).json()["id"]
    leaky = TestResult(
        name="secret/1",
        verdict=Verdict.WA,
        input_text="SECRET INPUT",
        expected_output="SECRET ANSWER",
        actual_output="42",
    )
    await api.judge_next(Verdict.WA, tests=(leaky,))
    detail = (await alice.get(f"/api/submissions/{sid}")).json()
    assert "SECRET" not in str(detail)


async def test_compile_error_shows_compiler_output_to_the_author_only(
    api: Api, alice: httpx.AsyncClient, bob: httpx.AsyncClient, problem: str
) -> None:
    sid = (await alice.post("/api/submissions", json=SUBMIT)).json()["id"]
    await api.judge_next(Verdict.CE, tests=(), compile_output="main.py:1: SyntaxError")
    assert (
        (await alice.get(f"/api/submissions/{sid}"))
        .json()["compile_output"]
        .endswith("SyntaxError")
    )
    assert (await bob.get(f"/api/submissions/{sid}")).json()["compile_output"] == ""


async def test_run_with_custom_input_is_private_and_not_listed(
    api: Api, alice: httpx.AsyncClient, bob: httpx.AsyncClient, problem: str
) -> None:
    body = {**SUBMIT, "custom_input": "5 6\n"}
    response = await alice.post("/api/runs", json=body)
    assert response.status_code == 202
    rid = response.json()["id"]
    job = await api.next_job()
    assert (job.kind, job.submission_id) == (JobKind.RUN, str(rid))
    custom = TestResult(
        name="custom", verdict=Verdict.AC, is_sample=True, input_text="5 6\n", actual_output="11\n"
    )
    from api_support import judge

    await judge(api, job, Verdict.AC, tests=(custom,))
    run = (await alice.get(f"/api/runs/{rid}")).json()
    assert run["tests"][0]["input"] == "5 6\n" and run["tests"][0]["actual_output"] == "11\n"
    assert (await bob.get(f"/api/runs/{rid}")).status_code == 404
    assert (await alice.get(f"/api/submissions/{rid}")).status_code == 404
    assert (await alice.get("/api/submissions")).json()["total"] == 0
    stats = (await alice.get("/api/problems/sum")).json()
    assert stats["attempts"] == 0


async def test_long_poll_returns_when_the_result_is_final(
    api: Api, alice: httpx.AsyncClient, problem: str
) -> None:
    sid = (await alice.post("/api/submissions", json=SUBMIT)).json()["id"]

    async def judge_later() -> None:
        await asyncio.sleep(0.3)
        await api.judge_next(Verdict.AC)

    started = time.monotonic()
    judging = asyncio.create_task(judge_later())
    response = await alice.get(f"/api/submissions/{sid}", params={"wait": 30})
    elapsed = time.monotonic() - started
    await judging
    assert response.json()["verdict"] == "AC"
    assert 0.25 < elapsed < 3.0


async def test_long_poll_gives_up_after_wait_seconds(
    api: Api, alice: httpx.AsyncClient, problem: str
) -> None:
    sid = (await alice.post("/api/submissions", json=SUBMIT)).json()["id"]
    started = time.monotonic()
    response = await alice.get(f"/api/submissions/{sid}", params={"wait": 0.5})
    assert response.json()["state"] == "queued"
    assert 0.4 < time.monotonic() - started < 3.0


async def test_lists_mine_per_problem_and_filters(
    api: Api, alice: httpx.AsyncClient, bob: httpx.AsyncClient, anon: httpx.AsyncClient
) -> None:
    await api.add_problem("sum")
    await api.add_problem("maze")
    await alice.post("/api/submissions", json=SUBMIT)
    await api.judge_next(Verdict.WA)
    await alice.post("/api/submissions", json={**SUBMIT, "language": "cpp"})
    await api.judge_next(Verdict.AC)
    await alice.post("/api/submissions", json={**SUBMIT, "problem": "maze"})
    await bob.post("/api/submissions", json=SUBMIT)

    async def ids(client: httpx.AsyncClient, url: str, **params: str) -> list[tuple[str, str]]:
        page = (await client.get(url, params=params)).json()
        return [(item["user"], item["problem"]) for item in page["items"]]

    mine = (await alice.get("/api/submissions")).json()
    assert mine["total"] == 3
    assert [i["id"] for i in mine["items"]] == sorted(
        [i["id"] for i in mine["items"]], reverse=True
    )
    assert await ids(alice, "/api/submissions", problem="maze") == [("alice", "maze")]
    assert await ids(alice, "/api/submissions", verdict="WA") == [("alice", "sum")]
    assert await ids(alice, "/api/submissions", language="cpp") == [("alice", "sum")]
    per_problem = await ids(anon, "/api/problems/sum/submissions")
    assert per_problem == [("bob", "sum"), ("alice", "sum"), ("alice", "sum")]
    accepted = await ids(anon, "/api/problems/sum/submissions", verdict="AC")
    assert accepted == [("alice", "sum")]
    assert (await anon.get("/api/submissions")).status_code == 401


@pytest.mark.parametrize("settings_overrides", [{"submit_rate_limit": 2, "run_rate_limit": 1}])
async def test_rate_limit_answers_429_with_retry_after(
    api: Api, alice: httpx.AsyncClient, bob: httpx.AsyncClient, problem: str
) -> None:
    for _ in range(2):
        assert (await alice.post("/api/submissions", json=SUBMIT)).status_code == 202
    limited = await alice.post("/api/submissions", json=SUBMIT)
    assert limited.status_code == 429
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    assert limited.json()["code"] == "rate_limited"
    assert (await alice.get("/api/submissions")).json()["total"] == 2  # nothing written
    assert (await bob.post("/api/submissions", json=SUBMIT)).status_code == 202  # per user
    assert (await alice.post("/api/runs", json=SUBMIT)).status_code == 202  # separate budget
    assert (await alice.post("/api/runs", json=SUBMIT)).status_code == 429


async def test_size_limits(api: Api, alice: httpx.AsyncClient, problem: str) -> None:
    at_limit = {**SUBMIT, "source": "#" * (64 * 1024)}
    assert (await alice.post("/api/submissions", json=at_limit)).status_code == 202
    over = {**SUBMIT, "source": "é" * (32 * 1024 + 1)}  # 64 KiB + 2 bytes of UTF-8
    response = await alice.post("/api/submissions", json=over)
    assert response.status_code == 413 and "64.0 KiB" in response.json()["detail"]
    big_input = {**SUBMIT, "custom_input": "1" * (1024 * 1024 + 1)}
    assert (await alice.post("/api/runs", json=big_input)).status_code == 413
    huge_body = {**SUBMIT, "source": "x" * (3 * 1024 * 1024)}
    assert (await alice.post("/api/submissions", json=huge_body)).status_code == 413
    assert (await alice.get("/api/submissions")).json()["total"] == 1
    assert await api.transport.queue.depth() == 1


async def test_unavailable_or_unknown_languages_are_refused(
    api: Api, alice: httpx.AsyncClient, problem: str
) -> None:
    for language in ("java", "cobol"):
        response = await alice.post("/api/submissions", json={**SUBMIT, "language": language})
        assert response.status_code == 422
        assert "python3" in response.json()["detail"]
    assert await api.transport.queue.depth() == 0
