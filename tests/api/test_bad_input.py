"""Bad input for every endpoint: the right 4xx as a problem document, and nothing half-written.

Wrong types, missing and unknown fields, malformed JSON, huge bodies, unknown ids, another
user's private resources, missing authentication, missing or wrong CSRF tokens — and a
seeded barrage of random JSON bodies that must never produce a 500.
"""

from __future__ import annotations

import random
import string
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from api_support import Api

from assay.db.models import ApiToken, ProblemRow, Submission, User

GOOD_SUBMIT = {"problem": "sum", "language": "python3", "source": "print(1)"}
HASH = "a" * 64


@pytest.fixture
async def world(api: Api, admin: httpx.AsyncClient, alice: httpx.AsyncClient) -> Api:
    await api.add_problem("sum")
    return api


async def counts(api: Api) -> dict[str, int]:
    async with api.database.sessions() as session:
        return {
            model.__name__: (await session.scalar(sa.select(sa.func.count()).select_from(model)))
            or 0
            for model in (User, ProblemRow, Submission, ApiToken)
        }


def assert_problem(response: httpx.Response, status: int, label: object) -> None:
    assert response.status_code == status, (label, response.status_code, response.text)
    assert response.headers["content-type"] == "application/problem+json", label
    body = response.json()
    assert body["status"] == status and body["detail"] and body["title"], label


# (method, path, JSON body or None, expected status) — sent by a signed-in ordinary user
MALFORMED: list[tuple[str, str, Any, int]] = [
    ("POST", "/api/auth/register", {}, 422),
    ("POST", "/api/auth/register", {"username": 5, "password": "long enough"}, 422),
    ("POST", "/api/auth/register", {"username": "a", "password": "long enough"}, 422),
    ("POST", "/api/auth/register", {"username": "x y", "password": "long enough"}, 422),
    ("POST", "/api/auth/register", {"username": "okname", "password": "short"}, 422),
    ("POST", "/api/auth/register", {"username": "okname", "password": "x" * 300}, 422),
    (
        "POST",
        "/api/auth/register",
        {"username": "ok", "password": "long enough", "email": "@"},
        422,
    ),
    ("POST", "/api/auth/register", {"username": "okname", "password": "long enough", "x": 1}, 422),
    ("POST", "/api/auth/register", [1, 2, 3], 422),
    ("POST", "/api/auth/register", None, 422),
    ("POST", "/api/auth/login", {}, 422),
    ("POST", "/api/auth/login", {"login": [], "password": "x"}, 422),
    ("POST", "/api/auth/login", {"login": "alice", "password": None}, 422),
    ("POST", "/api/auth/password", {"new_password": 12345678}, 422),
    ("POST", "/api/auth/password", {}, 422),
    ("POST", "/api/auth/tokens", {"name": ""}, 422),
    ("POST", "/api/auth/tokens", {"name": "x" * 65}, 422),
    ("DELETE", "/api/auth/tokens/abc", None, 422),
    ("DELETE", "/api/auth/tokens/999999", None, 404),
    ("GET", "/api/problems?page=0", None, 422),
    ("GET", "/api/problems?page=abc", None, 422),
    ("GET", "/api/problems?per_page=1000", None, 422),
    ("GET", "/api/problems?status=bogus", None, 422),
    ("GET", "/api/problems?q=" + "x" * 101, None, 422),
    ("GET", "/api/problems/ghost", None, 404),
    ("GET", "/api/problems/ghost/stats", None, 404),
    ("GET", "/api/problems/ghost/submissions", None, 404),
    ("GET", "/api/problems/sum/submissions?verdict=OK", None, 422),
    ("GET", "/api/problems/sum/assets/..%2Fproblem.yaml", None, 404),
    ("GET", "/api/problems/sum/assets/.hidden.png", None, 422),
    ("GET", "/api/problems/sum/assets/nothing.png", None, 404),
    ("POST", "/api/submissions", {}, 422),
    ("POST", "/api/submissions", {**GOOD_SUBMIT, "source": 42}, 422),
    ("POST", "/api/submissions", {**GOOD_SUBMIT, "source": ["print(1)"]}, 422),
    ("POST", "/api/submissions", {"problem": "sum", "source": "x"}, 422),
    ("POST", "/api/submissions", {**GOOD_SUBMIT, "problem": ""}, 422),
    ("POST", "/api/submissions", {**GOOD_SUBMIT, "problem": "ghost"}, 404),
    ("POST", "/api/submissions", {**GOOD_SUBMIT, "language": "x" * 40}, 422),
    ("POST", "/api/submissions", {**GOOD_SUBMIT, "source": "a\x00b"}, 422),
    ("POST", "/api/submissions", {**GOOD_SUBMIT, "custom_input": "1"}, 422),
    ("POST", "/api/runs", {**GOOD_SUBMIT, "custom_input": 5}, 422),
    ("POST", "/api/runs", {**GOOD_SUBMIT, "custom_input": "\x00"}, 422),
    ("GET", "/api/submissions?page=-1", None, 422),
    ("GET", "/api/submissions?problem=ghost", None, 404),
    ("GET", "/api/submissions/abc", None, 422),
    ("GET", "/api/submissions/999999", None, 404),
    ("GET", "/api/submissions/1?wait=-1", None, 422),
    ("GET", "/api/submissions/1?wait=1000", None, 422),
    ("GET", "/api/submissions/99999999999999999999999", None, 422),
    ("GET", "/api/runs/999999", None, 404),
    ("GET", "/api/runs/abc", None, 422),
    ("GET", "/api/problems/sum/history/python3/0", None, 422),
    ("GET", "/api/problems/sum/history/python3/abc", None, 422),
    ("GET", "/api/problems/sum/history/python3/1", None, 404),
    ("GET", "/api/problems/sum/history/python3/diff", None, 422),
    ("GET", "/api/problems/sum/history/python3/diff?from=1&to=x", None, 422),
    ("GET", "/api/problems/ghost/history", None, 404),
    ("GET", "/api/users/ghost", None, 404),
    ("GET", "/api/leaderboard?per_page=0", None, 422),
    ("GET", "/api/worker/packages/not-a-hash", None, 422),
    ("GET", f"/api/worker/packages/{HASH}", None, 403),
    ("GET", "/api/nothing-here", None, 404),
    ("DELETE", "/api/problems", None, 405),
]

# Administrator-only endpoints, sent by an administrator
MALFORMED_ADMIN: list[tuple[str, str, Any, int]] = [
    ("PATCH", "/api/admin/problems/sum", {"hidden": "maybe"}, 422),
    ("PATCH", "/api/admin/problems/sum", {}, 422),
    ("PATCH", "/api/admin/problems/sum", {"hidden": True, "title": "x"}, 422),
    ("PATCH", "/api/admin/problems/ghost", {"hidden": True}, 404),
    ("DELETE", "/api/admin/problems/ghost", None, 404),
    ("POST", "/api/admin/problems", {"file": "not a file"}, 422),
    ("POST", "/api/admin/problems", None, 422),
    ("PUT", "/api/admin/problems/ghost/package", None, 422),
    ("POST", "/api/admin/problems/ghost/rejudge", None, 404),
    ("POST", "/api/admin/submissions/abc/rejudge", None, 422),
    ("POST", "/api/admin/submissions/999999/rejudge", None, 404),
    ("GET", "/api/admin/submissions?verdict=XX", None, 422),
    ("GET", "/api/admin/submissions?problem=ghost", None, 404),
    ("PATCH", "/api/admin/users/alice", {"is_admin": [1]}, 422),
    ("PATCH", "/api/admin/users/ghost", {"is_admin": True}, 404),
    ("GET", "/api/admin/users?page=0", None, 422),
]


async def send(client: httpx.AsyncClient, method: str, path: str, body: Any) -> httpx.Response:
    if body is None:
        return await client.request(method, path)
    return await client.request(method, path, json=body)


async def test_malformed_requests_get_the_right_4xx_and_write_nothing(
    world: Api, alice: httpx.AsyncClient, admin: httpx.AsyncClient
) -> None:
    before = await counts(world)
    for method, path, body, status in MALFORMED:
        assert_problem(await send(alice, method, path, body), status, (method, path, body))
    for method, path, body, status in MALFORMED_ADMIN:
        assert_problem(await send(admin, method, path, body), status, (method, path, body))
    assert await counts(world) == before
    assert await world.transport.queue.depth() == 0


async def test_malformed_json_and_wrong_content_types(world: Api, alice: httpx.AsyncClient) -> None:
    cases = [
        (b"{not json", "application/json"),
        (b'{"problem": "sum", "language": "python3", "source": "\\ud800"}', "application/json"),
        (b"\xff\xfe garbage", "application/json"),
        (b"problem=sum", "application/x-www-form-urlencoded"),
        (b"", "application/json"),
        (b"print(1)", "text/plain"),
    ]
    for content, content_type in cases:
        response = await alice.post(
            "/api/submissions", content=content, headers={"Content-Type": content_type}
        )
        assert_problem(response, 422, content)
    assert await world.transport.queue.depth() == 0


STATE_CHANGING: list[tuple[str, str, Any]] = [
    ("POST", "/api/auth/logout", None),
    ("POST", "/api/auth/password", {"current_password": "correct horse", "new_password": "n" * 9}),
    ("POST", "/api/auth/tokens", {"name": "t"}),
    ("DELETE", "/api/auth/tokens/1", None),
    ("POST", "/api/submissions", GOOD_SUBMIT),
    ("POST", "/api/runs", GOOD_SUBMIT),
    ("PATCH", "/api/admin/problems/sum", {"hidden": True}),
    ("DELETE", "/api/admin/problems/sum", None),
    ("POST", "/api/admin/problems/sum/rejudge", None),
    ("PATCH", "/api/admin/users/alice", {"is_admin": True}),
]


@pytest.mark.parametrize("csrf", [None, "wrong-token"])
async def test_every_state_changing_cookie_request_needs_the_csrf_token(
    world: Api, csrf: str | None
) -> None:
    client = world.client(auto_csrf=False)
    await client.post("/api/auth/login", json={"login": "admin", "password": "correct horse"})
    before = await counts(world)
    headers = {"X-CSRF-Token": csrf} if csrf else {}
    for method, path, body in STATE_CHANGING:
        kwargs: dict[str, Any] = {"headers": headers}
        if body is not None:
            kwargs["json"] = body
        response = await client.request(method, path, **kwargs)
        assert_problem(response, 403, (method, path))
        assert response.json()["code"] == "csrf_failed"
    assert await counts(world) == before
    assert (await client.get("/api/auth/me")).status_code == 200  # still signed in


async def test_signed_out_requests_are_401(world: Api, anon: httpx.AsyncClient) -> None:
    for method, path, body in [
        *STATE_CHANGING,
        ("GET", "/api/auth/me", None),
        ("GET", "/api/auth/tokens", None),
        ("GET", "/api/submissions", None),
        ("GET", "/api/runs/1", None),
        ("GET", "/api/problems/sum/history", None),
        ("GET", "/api/admin/queue", None),
    ]:
        kwargs = {} if body is None else {"json": body}
        assert_problem(await anon.request(method, path, **kwargs), 401, (method, path))


async def test_ordinary_users_are_403_on_admin_endpoints(
    world: Api, alice: httpx.AsyncClient
) -> None:
    for method, path, body in [
        ("PATCH", "/api/admin/problems/sum", {"hidden": True}),
        ("DELETE", "/api/admin/problems/sum", None),
        ("POST", "/api/admin/problems/sum/rejudge", None),
        ("POST", "/api/admin/submissions/1/rejudge", None),
        ("GET", "/api/admin/submissions", None),
        ("GET", "/api/admin/users", None),
        ("PATCH", "/api/admin/users/alice", {"is_admin": True}),
        ("GET", "/api/admin/queue", None),
        ("GET", "/api/admin/workers", None),
    ]:
        kwargs = {} if body is None else {"json": body}
        assert_problem(await alice.request(method, path, **kwargs), 403, (method, path))
    assert (await alice.get("/api/auth/me")).json()["is_admin"] is False


@pytest.mark.parametrize(
    "path", ["/api/submissions", "/api/runs", "/api/auth/register", "/api/auth/tokens"]
)
async def test_huge_bodies_are_413(world: Api, alice: httpx.AsyncClient, path: str) -> None:
    before = await counts(world)
    response = await alice.post(
        path,
        content=b"{" + b" " * (3 * 1024 * 1024) + b"}",
        headers={"Content-Type": "application/json"},
    )
    assert_problem(response, 413, path)

    async def chunks() -> Any:  # no Content-Length: counted while it streams
        for _ in range(40):
            yield b" " * (100 * 1024)

    streamed = await alice.post(
        path, content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert_problem(streamed, 413, path)
    assert await counts(world) == before


def random_json(rng: random.Random, depth: int = 0) -> Any:
    choice = rng.randrange(9 if depth < 3 else 6)
    if choice == 0:
        return None
    if choice == 1:
        return rng.choice([True, False])
    if choice == 2:
        return rng.randint(-(2**70), 2**70)
    if choice == 3:
        return rng.uniform(-1e300, 1e300)
    if choice in (4, 5):
        alphabet = string.printable + "é\u2028\U0001f600"
        return "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
    if choice == 6:
        return [random_json(rng, depth + 1) for _ in range(rng.randrange(4))]
    keys = [
        "problem",
        "language",
        "source",
        "custom_input",
        "name",
        "username",
        "password",
        "login",
        "email",
        "hidden",
        "is_admin",
        "new_password",
        "current_password",
        "x",
    ]
    return {rng.choice(keys): random_json(rng, depth + 1) for _ in range(rng.randrange(5))}


async def test_random_bodies_never_cause_a_server_error(
    world: Api, alice: httpx.AsyncClient, admin: httpx.AsyncClient
) -> None:
    rng = random.Random(20240611)
    targets = [
        (alice, "POST", "/api/submissions"),
        (alice, "POST", "/api/runs"),
        (alice, "POST", "/api/auth/login"),
        (alice, "POST", "/api/auth/register"),
        (alice, "POST", "/api/auth/tokens"),
        (alice, "POST", "/api/auth/password"),
        (admin, "PATCH", "/api/admin/problems/sum"),
        (admin, "PATCH", "/api/admin/users/alice"),
    ]
    for client, method, path in targets:
        for _ in range(60):
            body = random_json(rng)
            response = await client.request(method, path, json=body)
            assert response.status_code < 500, (path, body, response.text)
            assert response.headers["content-type"].startswith("application/")
