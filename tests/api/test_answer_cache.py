"""Kept answers (api/answer_cache.py): a repeated GET of the list or of a finished submission is
answered from memory, with no SQL, and never after a write that changes it."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest
from api_support import Api
from test_problem_list_cost import counted_statements, submit

from assay.api.answer_cache import KEEP_HEADER, AnswerCache, KeptAnswer
from assay.core import Verdict


@pytest.fixture
def app_options() -> dict[str, Any]:
    return {"answer_cache_s": 60.0}  # only writes end a kept answer here


START = {"type": "http.response.start", "status": 200, "headers": []}


async def get_counted(api: Api, client: httpx.AsyncClient, path: str) -> tuple[Any, int]:
    with counted_statements(api) as statements:
        response = await client.get(path)
    assert response.status_code == 200, response.text
    assert KEEP_HEADER not in response.headers
    return response.json(), len(statements)


async def test_a_repeated_list_is_answered_without_sql(api: Api, alice: httpx.AsyncClient) -> None:
    await api.add_problem("sum")
    first, first_cost = await get_counted(api, alice, "/api/problems")
    again, again_cost = await get_counted(api, alice, "/api/problems")
    assert first_cost > 0
    assert (again, again_cost) == (first, 0)
    response = await alice.get("/api/problems")
    assert "etag" in response.headers  # the outer middlewares still see every answer
    assert response.headers["x-content-type-options"] == "nosniff"
    tagged = await alice.get("/api/problems", headers={"If-None-Match": response.headers["etag"]})
    assert tagged.status_code == 304


async def test_a_judged_submission_shows_at_once(api: Api, alice: httpx.AsyncClient) -> None:
    await api.add_problem("sum")
    before, _ = await get_counted(api, alice, "/api/problems")
    assert before["items"][0]["status"] is None
    await submit(alice, "sum")
    await api.judge_next(Verdict.AC)
    after, cost = await get_counted(api, alice, "/api/problems")
    assert cost > 0
    assert after["items"][0]["status"] == "solved"
    assert after["items"][0]["accepted"] == 1


async def test_each_viewer_has_their_own_answer(
    api: Api, alice: httpx.AsyncClient, bob: httpx.AsyncClient, anon: httpx.AsyncClient
) -> None:
    await api.add_problem("sum")
    await submit(alice, "sum")
    await api.judge_next(Verdict.WA)
    statuses = []
    for client in (alice, bob, anon, alice, bob, anon):
        page, _ = await get_counted(api, client, "/api/problems")
        statuses.append(page["items"][0]["status"])
    assert statuses == ["attempted", None, None] * 2


async def test_a_revoked_token_is_refused_at_once(api: Api, alice: httpx.AsyncClient) -> None:
    await api.add_problem("sum")
    created = (await alice.post("/api/auth/tokens", json={"name": "script"})).json()
    script = api.client()
    script.headers["Authorization"] = f"Bearer {created['token']}"
    for _ in range(2):  # the first use is a write (the token's "last used"), kept nothing
        await get_counted(api, script, "/api/problems")
    _, cost = await get_counted(api, script, "/api/problems")
    assert cost == 0
    deleted = await alice.delete(f"/api/auth/tokens/{created['id']}")
    assert deleted.status_code == 204
    assert (await script.get("/api/problems")).status_code == 401


async def test_only_a_finished_submission_is_kept(api: Api, alice: httpx.AsyncClient) -> None:
    await api.add_problem("sum")
    sid = await submit(alice, "sum")
    path = f"/api/submissions/{sid}"
    await get_counted(api, alice, path)
    queued, cost = await get_counted(api, alice, path)
    assert cost > 0 and queued["state"] != "finished"
    await api.judge_next(Verdict.AC)
    finished, cost = await get_counted(api, alice, path)
    assert cost > 0 and finished["verdict"] == "AC"
    again, cost = await get_counted(api, alice, path)
    assert (again, cost) == (finished, 0)


def test_an_answer_is_kept_at_most_its_age() -> None:
    cache = AnswerCache(max_age_s=60)
    cache.put(b"new", KeptAnswer(cache.generation, time.monotonic(), START, b"x"))
    cache.put(b"old", KeptAnswer(cache.generation, time.monotonic() - 61, START, b"x"))
    kept = cache.get(b"new")
    assert kept is not None and kept.body == b"x"
    assert cache.get(b"old") is None


def test_an_answer_made_across_a_write_is_not_kept() -> None:
    cache = AnswerCache(max_age_s=60)
    made_at = cache.generation
    cache.bump()  # a write while the answer was being made
    cache.put(b"k", KeptAnswer(made_at, time.monotonic(), START, b"x"))
    assert cache.get(b"k") is None


def test_the_oldest_answers_go_first_past_the_bound() -> None:
    cache = AnswerCache(max_age_s=60, max_entries=2)
    for key in (b"a", b"b", b"c"):
        cache.put(key, KeptAnswer(cache.generation, time.monotonic(), START, key))
    assert [cache.get(k) is not None for k in (b"a", b"b", b"c")] == [False, True, True]


def test_the_kept_bytes_are_bounded() -> None:
    cache = AnswerCache(max_age_s=60, max_bytes=10)
    for key in (b"a", b"b", b"c"):
        cache.put(key, KeptAnswer(cache.generation, time.monotonic(), START, b"12345"))
    cache.put(b"huge", KeptAnswer(cache.generation, time.monotonic(), START, b"x" * 11))
    kept = [k for k in (b"a", b"b", b"c", b"huge") if cache.get(k) is not None]
    assert kept == [b"b", b"c"]


async def test_concurrent_requests_for_a_lost_answer_make_it_once(
    api: Api, alice: httpx.AsyncClient
) -> None:
    await api.add_problem("sum")
    _, one_request = await get_counted(api, alice, "/api/problems")
    await api.add_problem("product")  # a write: the kept list is gone
    with counted_statements(api) as statements:
        pages = await asyncio.gather(*(alice.get("/api/problems") for _ in range(10)))
    assert {page.status_code for page in pages} == {200}
    assert {len(page.json()["items"]) for page in pages} == {2}
    assert len(statements) == one_request  # one request made it; nine waited for it
