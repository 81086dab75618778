"""Accounts: registration, sign-in, sessions, CSRF, API tokens, roles."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from api_support import LANGUAGES, Api, FakeTransport, make_settings

from assay.api import create_app
from assay.db.engine import Database


def is_problem(response: httpx.Response, status: int) -> bool:
    return (
        response.status_code == status
        and response.headers["content-type"].startswith("application/problem+json")
        and bool(response.json()["detail"])
    )


async def test_the_first_user_becomes_admin_and_later_ones_do_not(api: Api) -> None:
    first = await api.user("first")
    second = await api.user("second")
    assert (await first.get("/api/auth/me")).json()["is_admin"] is True
    me = (await second.get("/api/auth/me")).json()
    assert me["is_admin"] is False
    assert me["username"] == "second"
    assert me["csrf_token"] == second.cookies["assay_csrf"]


async def test_session_cookie_is_httponly_and_lax(api: Api) -> None:
    client = api.client()
    response = await client.post(
        "/api/auth/register", json={"username": "carol", "password": "long enough"}
    )
    cookies = response.headers.get_list("set-cookie")
    session = next(c for c in cookies if c.startswith("assay_session="))
    csrf = next(c for c in cookies if c.startswith("assay_csrf="))
    assert "HttpOnly" in session and "SameSite=lax" in session and "Secure" not in session
    assert "HttpOnly" not in csrf


@pytest.mark.parametrize("settings_overrides", [{"cookie_secure": True}])
async def test_cookies_are_secure_when_configured(api: Api) -> None:
    response = await api.client().post(
        "/api/auth/register", json={"username": "carol", "password": "long enough"}
    )
    assert all("Secure" in c for c in response.headers.get_list("set-cookie"))


async def test_login_logout_and_wrong_password(api: Api, admin: httpx.AsyncClient) -> None:
    client = api.client()
    wrong = await client.post("/api/auth/login", json={"login": "admin", "password": "nope nope"})
    assert is_problem(wrong, 401)
    assert wrong.json()["code"] == "bad_credentials"
    unknown = await client.post("/api/auth/login", json={"login": "ghost", "password": "x"})
    assert is_problem(unknown, 401)
    ok = await client.post("/api/auth/login", json={"login": "ADMIN", "password": "correct horse"})
    assert ok.status_code == 200
    assert (await client.get("/api/auth/me")).status_code == 200
    assert (await client.post("/api/auth/logout")).status_code == 204
    assert is_problem(await client.get("/api/auth/me"), 401)


async def test_login_by_email(api: Api) -> None:
    client = api.client()
    body = {"username": "dora", "password": "long enough", "email": "Dora@Example.org"}
    assert (await client.post("/api/auth/register", json=body)).status_code == 201
    again = api.client()
    response = await again.post(
        "/api/auth/login", json={"login": "dora@example.org", "password": "long enough"}
    )
    assert response.status_code == 200
    assert response.json()["email"] == "dora@example.org"


async def test_usernames_and_emails_are_unique_regardless_of_case(
    api: Api, admin: httpx.AsyncClient
) -> None:
    taken = await api.client().post(
        "/api/auth/register", json={"username": "Admin", "password": "long enough"}
    )
    assert is_problem(taken, 409)
    assert taken.json()["code"] == "username_taken"
    body = {"username": "erin", "password": "long enough", "email": "e@x.org"}
    assert (await api.client().post("/api/auth/register", json=body)).status_code == 201
    body = {"username": "erin2", "password": "long enough", "email": "E@X.org"}
    assert is_problem(await api.client().post("/api/auth/register", json=body), 409)


async def test_state_changing_cookie_requests_need_the_csrf_token(api: Api) -> None:
    await api.user("admin")
    client = api.client(auto_csrf=False)
    await client.post("/api/auth/login", json={"login": "admin", "password": "correct horse"})
    missing = await client.post("/api/auth/tokens", json={"name": "ci"})
    assert is_problem(missing, 403)
    assert missing.json()["code"] == "csrf_failed"
    wrong = await client.post(
        "/api/auth/tokens", json={"name": "ci"}, headers={"X-CSRF-Token": "forged"}
    )
    assert is_problem(wrong, 403)
    assert (await client.get("/api/auth/tokens")).json() == []  # nothing was written
    right = await client.post(
        "/api/auth/tokens",
        json={"name": "ci"},
        headers={"X-CSRF-Token": client.cookies["assay_csrf"]},
    )
    assert right.status_code == 201


async def test_api_tokens_authenticate_without_csrf_and_can_be_revoked(
    api: Api, alice: httpx.AsyncClient
) -> None:
    created = (await alice.post("/api/auth/tokens", json={"name": "script"})).json()
    token = created["token"]
    assert token.startswith("assay_") and created["prefix"] == token[:12]
    script = api.client()
    headers = {"Authorization": f"Bearer {token}"}
    me = await script.get("/api/auth/me", headers=headers)
    assert me.json()["username"] == "alice" and me.json()["csrf_token"] is None
    made = await script.post("/api/auth/tokens", json={"name": "second"}, headers=headers)
    assert made.status_code == 201  # bearer requests need no CSRF token
    listed = (await alice.get("/api/auth/tokens")).json()
    assert [t["name"] for t in listed] == ["script", "second"]
    assert listed[0]["last_used_at"] is not None
    assert (await alice.delete(f"/api/auth/tokens/{created['id']}")).status_code == 204
    assert is_problem(await script.get("/api/auth/me", headers=headers), 401)


async def test_malformed_authorization_headers_are_401(api: Api) -> None:
    client = api.client()
    for header in ("Basic abc", "Bearer", "Bearer ", "Bearer nope"):
        assert is_problem(await client.get("/api/auth/me", headers={"Authorization": header}), 401)


async def test_another_users_token_cannot_be_deleted(
    api: Api, alice: httpx.AsyncClient, bob: httpx.AsyncClient
) -> None:
    token = (await alice.post("/api/auth/tokens", json={"name": "mine"})).json()
    assert is_problem(await bob.delete(f"/api/auth/tokens/{token['id']}"), 404)
    assert len((await alice.get("/api/auth/tokens")).json()) == 1


async def test_change_password_signs_out_other_sessions(api: Api, alice: httpx.AsyncClient) -> None:
    other = api.client()
    await other.post("/api/auth/login", json={"login": "alice", "password": "correct horse"})
    wrong = await alice.post(
        "/api/auth/password",
        json={"current_password": "not it at all", "new_password": "battery staple"},
    )
    assert is_problem(wrong, 401)
    missing = await alice.post("/api/auth/password", json={"new_password": "battery staple"})
    assert is_problem(missing, 422)
    ok = await alice.post(
        "/api/auth/password",
        json={"current_password": "correct horse", "new_password": "battery staple"},
    )
    assert ok.status_code == 204
    assert (await alice.get("/api/auth/me")).status_code == 200
    assert is_problem(await other.get("/api/auth/me"), 401)
    login = await api.client().post(
        "/api/auth/login", json={"login": "alice", "password": "battery staple"}
    )
    assert login.status_code == 200


async def test_admin_from_settings_is_created_on_start(tmp_path: Path, database_url: str) -> None:
    settings = make_settings(
        tmp_path, database_url, admin_username="root", admin_password="root password"
    )
    database = Database.from_url(database_url)
    app = create_app(
        settings, transport=FakeTransport(), database=database, languages=lambda: LANGUAGES
    )
    async with app.router.lifespan_context(app):
        client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t")
        async with client:
            response = await client.post(
                "/api/auth/login", json={"login": "root", "password": "root password"}
            )
            assert response.json()["is_admin"] is True
            reg = await client.post(
                "/api/auth/register", json={"username": "next", "password": "long enough"}
            )
            assert reg.json()["is_admin"] is False


async def test_admins_can_promote_users_but_not_demote_themselves(
    api: Api, admin: httpx.AsyncClient, alice: httpx.AsyncClient
) -> None:
    assert is_problem(await alice.patch("/api/admin/users/bob", json={"is_admin": True}), 403)
    response = await admin.patch("/api/admin/users/alice", json={"is_admin": True})
    assert response.json()["is_admin"] is True
    assert (await alice.get("/api/auth/me")).json()["is_admin"] is True
    assert is_problem(await admin.patch("/api/admin/users/admin", json={"is_admin": False}), 422)
    assert is_problem(await admin.patch("/api/admin/users/ghost", json={"is_admin": True}), 404)
    users = (await admin.get("/api/admin/users")).json()
    assert [u["username"] for u in users] == ["admin", "alice"]


async def test_signing_in_again_ends_the_previous_session(
    api: Api, alice: httpx.AsyncClient
) -> None:
    old_token = alice.cookies["assay_session"]
    again = await alice.post(
        "/api/auth/login", json={"login": "alice", "password": "correct horse"}
    )
    assert again.status_code == 200
    assert alice.cookies["assay_session"] != old_token
    stale = api.client()
    stale.cookies.set("assay_session", old_token)
    assert (await stale.get("/api/auth/me")).status_code == 401
