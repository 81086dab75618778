"""Sign-in and registration throttling: backoff, 429 with Retry-After, the right password refused
while blocked, per account and per address, and shared by two app instances (replicas) over one
database (SQLite file and PostgreSQL)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from api_support import BASE_URL, LANGUAGES, Api, FakeTransport, make_settings
from fastapi import FastAPI

from assay.api import create_app
from assay.db.engine import Database

THROTTLE = {"login_free_failures": 3, "login_backoff_s": 60.0, "login_address_free_failures": 6}
PASSWORD = "correct horse"


def client_from(app: FastAPI, address: str) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=(address, 40000))
    return httpx.AsyncClient(transport=transport, base_url=BASE_URL)


async def login(client: httpx.AsyncClient, who: str, password: str) -> httpx.Response:
    return await client.post("/api/auth/login", json={"login": who, "password": password})


@pytest.mark.parametrize("settings_overrides", [THROTTLE])
async def test_failures_past_the_free_ones_block_the_account_even_the_right_password(
    api: Api, alice: httpx.AsyncClient
) -> None:
    client = client_from(api.app, "10.0.0.1")
    for _ in range(2):
        assert (await login(client, "alice", "wrong")).status_code == 401
    assert (await login(client, "alice", PASSWORD)).status_code == 200  # a success resets
    for _ in range(3):
        assert (await login(client, "alice", "wrong")).status_code == 401
    refused = await login(client, "alice", PASSWORD)
    assert refused.status_code == 429
    assert refused.json()["code"] == "rate_limited"
    assert 50 <= int(refused.headers["Retry-After"]) <= 60
    elsewhere = client_from(api.app, "10.0.0.2")  # the account is blocked from any address
    assert (await login(elsewhere, "alice", PASSWORD)).status_code == 429
    await client.aclose()
    await elsewhere.aclose()


@pytest.mark.parametrize("settings_overrides", [THROTTLE])
async def test_a_burst_of_concurrent_guesses_gets_no_more_than_the_free_ones(
    api: Api, alice: httpx.AsyncClient
) -> None:
    clients = [client_from(api.app, f"10.2.0.{i}") for i in range(12)]
    answers = await asyncio.gather(*(login(c, "alice", "wrong") for c in clients))
    codes = sorted(r.status_code for r in answers)
    assert codes == [401] * 3 + [429] * 9  # every attempt was counted before it was checked
    for client in clients:
        await client.aclose()


@pytest.mark.parametrize("settings_overrides", [THROTTLE])
async def test_unknown_accounts_are_throttled_alike(api: Api) -> None:
    client = client_from(api.app, "10.0.0.3")
    codes = [(await login(client, "nobody", "guess")).status_code for _ in range(4)]
    assert codes == [401, 401, 401, 429]
    await client.aclose()


@pytest.mark.parametrize("settings_overrides", [THROTTLE])
async def test_one_address_guessing_many_accounts_is_blocked(
    api: Api, alice: httpx.AsyncClient, bob: httpx.AsyncClient
) -> None:
    attacker = client_from(api.app, "10.6.6.6")
    for name in ("u1", "u2", "u3", "u4", "u5", "u6"):  # two failures each: no account blocks
        assert (await login(attacker, name, "guess")).status_code == 401
    refused = await login(attacker, "bob", PASSWORD)
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
    other = client_from(api.app, "10.0.0.4")
    assert (await login(other, "bob", PASSWORD)).status_code == 200
    await attacker.aclose()
    await other.aclose()


@pytest.mark.parametrize("settings_overrides", [THROTTLE])
async def test_an_ipv6_prefix_counts_as_one_address_and_mapped_ipv4_as_its_ipv4(
    api: Api, bob: httpx.AsyncClient
) -> None:
    names = ("v1", "v2", "v3", "v4", "v5", "v6")
    for host, name in enumerate(names, start=1):  # a new address in one /64 for every guess
        attacker = client_from(api.app, f"2001:db8:1:2::{host:x}")
        assert (await login(attacker, name, "guess")).status_code == 401
        await attacker.aclose()
    same_prefix = client_from(api.app, "2001:db8:1:2:ffff::1")
    assert (await login(same_prefix, "bob", PASSWORD)).status_code == 429
    other_prefix = client_from(api.app, "2001:db8:1:3::1")
    assert (await login(other_prefix, "bob", PASSWORD)).status_code == 200
    ipv4 = client_from(api.app, "10.7.7.7")
    for name in names:
        assert (await login(ipv4, name, "guess")).status_code == 401
    mapped = client_from(api.app, "::ffff:10.7.7.7")
    assert (await login(mapped, "bob", PASSWORD)).status_code == 429
    for client in (same_prefix, other_prefix, ipv4, mapped):
        await client.aclose()


@pytest.mark.parametrize("settings_overrides", [{"register_rate_limit": 2}])
async def test_registration_is_limited_per_address(api: Api) -> None:
    client = client_from(api.app, "10.0.0.5")
    codes = []
    for name in ("reg1", "reg2", "reg3"):
        body = {"username": name, "password": PASSWORD}
        response = await client.post("/api/auth/register", json=body)
        codes.append(response.status_code)
    assert codes == [201, 201, 429]
    assert int(response.headers["Retry-After"]) > 3000
    other = client_from(api.app, "10.0.0.6")
    body = {"username": "reg4", "password": PASSWORD}
    assert (await other.post("/api/auth/register", json=body)).status_code == 201
    await client.aclose()
    await other.aclose()


async def _replica(tmp_path: Path, database_url: str, **overrides: Any) -> FastAPI:
    settings = make_settings(tmp_path, database_url, **overrides)
    return create_app(
        settings,
        transport=FakeTransport(),
        database=Database.from_url(database_url),
        languages=lambda: LANGUAGES,
    )


@pytest.fixture
async def replicas(
    tmp_path: Path, database: Database, database_url: str
) -> AsyncIterator[tuple[FastAPI, FastAPI]]:
    first = await _replica(tmp_path / "a", database_url, **THROTTLE, register_rate_limit=3)
    second = await _replica(tmp_path / "b", database_url, **THROTTLE, register_rate_limit=3)
    async with first.router.lifespan_context(first), second.router.lifespan_context(second):
        yield first, second


async def test_two_replicas_share_the_throttles(replicas: tuple[FastAPI, FastAPI]) -> None:
    first, second = replicas
    one, two = client_from(first, "10.1.0.1"), client_from(second, "10.1.0.1")
    body = {"username": "carol", "password": PASSWORD}
    assert (await one.post("/api/auth/register", json=body)).status_code == 201
    body = {"username": "dave", "password": PASSWORD}
    assert (await two.post("/api/auth/register", json=body)).status_code == 201
    assert (await login(one, "carol", "wrong")).status_code == 401
    assert (await login(two, "carol", "wrong")).status_code == 401
    assert (await login(one, "carol", "wrong")).status_code == 401
    assert (await login(two, "carol", PASSWORD)).status_code == 429  # blocked by the other
    body = {"username": "erin", "password": PASSWORD}
    assert (await one.post("/api/auth/register", json=body)).status_code == 201
    body = {"username": "frank", "password": PASSWORD}
    assert (await two.post("/api/auth/register", json=body)).status_code == 429
    await one.aclose()
    await two.aclose()
