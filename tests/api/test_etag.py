"""The API's JSON answers carry an ETag of their body: asked again with If-None-Match, an
unchanged answer is a bodyless 304, and a changed one (a new result, another viewer) is a 200
with a new tag. Errors and non-GET requests carry none."""

from __future__ import annotations

import httpx
from api_support import Api

from assay.api.etag import matches
from assay.core import Verdict


async def _submit(client: httpx.AsyncClient, problem: str) -> None:
    body = {"problem": problem, "language": "python3", "source": "print(3)"}
    response = await client.post("/api/submissions", json=body)
    assert response.status_code == 202, response.text


async def test_an_unchanged_list_is_not_sent_again(api: Api, alice: httpx.AsyncClient) -> None:
    await api.add_problem("p0")
    first = await alice.get("/api/problems")
    assert first.status_code == 200
    etag = first.headers["etag"]
    assert first.headers["cache-control"] == "private, no-cache"
    again = await alice.get("/api/problems", headers={"If-None-Match": etag})
    assert again.status_code == 304, again.text
    assert again.content == b"" and again.headers["etag"] == etag
    assert "content-type" not in again.headers


async def test_a_new_result_or_another_viewer_changes_the_tag(
    api: Api, alice: httpx.AsyncClient, anon: httpx.AsyncClient
) -> None:
    await api.add_problem("p0")
    etag = (await alice.get("/api/problems")).headers["etag"]
    await _submit(alice, "p0")
    await api.judge_next(Verdict.AC)
    changed = await alice.get("/api/problems", headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["etag"] != etag
    assert changed.json()["items"][0]["solvers"] == 1
    # The signed-in view shows alice's status; the anonymous one does not: another body.
    anonymous = await anon.get("/api/problems", headers={"If-None-Match": changed.headers["etag"]})
    assert anonymous.status_code == 200 and anonymous.headers["etag"] != changed.headers["etag"]


async def test_errors_and_writes_carry_no_tag(api: Api, alice: httpx.AsyncClient) -> None:
    missing = await alice.get("/api/problems/no-such-problem")
    assert missing.status_code == 404 and "etag" not in missing.headers
    await api.add_problem("p0")
    posted = await alice.post(
        "/api/submissions", json={"problem": "p0", "language": "python3", "source": "print(3)"}
    )
    assert posted.status_code == 202 and "etag" not in posted.headers


def test_if_none_match_lists_and_weak_tags() -> None:
    assert matches('"a", W/"b"', '"b"')
    assert matches("*", '"c"')
    assert not matches('"a"', '"b"')
