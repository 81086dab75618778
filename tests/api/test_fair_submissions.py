"""Queue fairness through the API: a cap on each user's waiting submissions (429 with a clear
message) and fair ordering, so one user's burst does not delay another user's submission."""

from __future__ import annotations

import httpx
import pytest
from api_support import Api

from assay.core import Verdict

SUBMIT = {"problem": "sum", "language": "python3", "source": "print(1)"}


@pytest.fixture
async def problem(api: Api) -> str:
    await api.add_problem("sum")
    return "sum"


async def test_user_bs_one_submission_is_judged_within_the_next_few_jobs(
    api: Api, alice: httpx.AsyncClient, bob: httpx.AsyncClient, problem: str
) -> None:
    for _ in range(50):
        assert (await alice.post("/api/submissions", json=SUBMIT)).status_code == 202
    bob_id = (await bob.post("/api/submissions", json=SUBMIT)).json()["id"]
    judged = [(await api.judge_next(Verdict.AC)).submission_id for _ in range(3)]
    assert str(bob_id) in judged
    assert (await bob.get(f"/api/submissions/{bob_id}")).json()["state"] == "finished"


@pytest.mark.parametrize("settings_overrides", [{"max_waiting_per_user": 3}])
async def test_a_user_may_have_only_so_many_submissions_waiting(
    api: Api, alice: httpx.AsyncClient, bob: httpx.AsyncClient, problem: str
) -> None:
    for _ in range(3):
        assert (await alice.post("/api/submissions", json=SUBMIT)).status_code == 202
    refused = await alice.post("/api/submissions", json=SUBMIT)
    assert refused.status_code == 429 and refused.json()["code"] == "rate_limited"
    assert "3 submissions waiting" in refused.json()["detail"]
    assert int(refused.headers["Retry-After"]) > 0
    run = await alice.post("/api/runs", json=SUBMIT)
    assert run.status_code == 429  # runs wait in the same queue
    assert (await bob.post("/api/submissions", json=SUBMIT)).status_code == 202  # others may
    await api.judge_next(Verdict.AC)  # one of alice's is judged: room for one more
    assert (await alice.post("/api/submissions", json=SUBMIT)).status_code == 202
