"""Live results over a WebSocket, against the app served by uvicorn on loopback."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import uvicorn
from api_support import Api, judge
from sqlalchemy import event as sa_event
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from assay.core import TestResult, Verdict

SUBMIT = {"problem": "sum", "language": "python3", "source": "print(3)"}


@pytest.fixture
async def server(api: Api) -> AsyncIterator[str]:
    """The app on 127.0.0.1:<free port> (its lifespan already runs in the `api` fixture)."""
    config = uvicorn.Config(api.app, host="127.0.0.1", port=0, lifespan="off", log_level="warning")
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"ws://127.0.0.1:{port}"
    server.should_exit = True
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.wait_for(task, 5)


def cookie(client: httpx.AsyncClient) -> dict[str, str]:
    return {"Cookie": f"assay_session={client.cookies['assay_session']}"}


async def receive_all(socket: ClientConnection, timeout_s: float = 10) -> list[dict[str, Any]]:
    messages = []
    with contextlib.suppress(ConnectionClosed):
        while True:
            messages.append(json.loads(await asyncio.wait_for(socket.recv(), timeout_s)))
    return messages


@pytest.fixture
async def sid(api: Api, alice: httpx.AsyncClient) -> int:
    await api.add_problem("sum")
    return int((await alice.post("/api/submissions", json=SUBMIT)).json()["id"])


async def test_events_stream_live_then_close_after_finished(
    api: Api, server: str, alice: httpx.AsyncClient, sid: int
) -> None:
    job = await api.next_job()
    leaky = TestResult(name="secret/1", verdict=Verdict.AC, input_text="SECRET", is_sample=False)
    async with connect(
        f"{server}/api/submissions/{sid}/events", additional_headers=cookie(alice)
    ) as ws:
        first = json.loads(await asyncio.wait_for(ws.recv(), 5))
        assert first["data"] == {"kind": "queued", "attempt": 1}
        await judge(api, job, Verdict.AC, tests=(leaky,))
        rest = await receive_all(ws)
        assert ws.close_code == 1000
    kinds = [m["data"]["kind"] for m in rest]
    assert kinds == [
        "accepted",
        "compiling",
        "compiled",
        "test_started",
        "test_finished",
        "finished",
    ]
    assert [m["seq"] for m in [first, *rest]] == list(range(7))
    assert rest[-1]["data"]["result"]["verdict"] == "AC"
    assert "SECRET" not in json.dumps(rest)


async def test_a_finished_submission_sends_its_result_at_once(
    api: Api, server: str, alice: httpx.AsyncClient, sid: int
) -> None:
    await api.judge_next(Verdict.WA, publish=False)
    async with connect(
        f"{server}/api/submissions/{sid}/events", additional_headers=cookie(alice)
    ) as ws:
        messages = await receive_all(ws)
    assert [m["data"]["kind"] for m in messages] == ["finished"]
    result = messages[0]["data"]["result"]
    assert result["verdict"] == "WA" and len(result["tests"]) == 3
    assert result["tests"][0]["input_text"] == "1 2\n"  # a sample, shown to its author


async def test_a_lost_final_event_is_rebuilt_from_the_database(
    api: Api, server: str, alice: httpx.AsyncClient, sid: int
) -> None:
    job = await api.next_job()
    async with connect(
        f"{server}/api/submissions/{sid}/events", additional_headers=cookie(alice)
    ) as ws:
        await asyncio.wait_for(ws.recv(), 5)  # queued
        await judge(api, job, Verdict.AC, publish=False)  # the bus never hears of it
        messages = await receive_all(ws)
    assert messages[-1]["data"]["kind"] == "finished"
    assert messages[-1]["data"]["result"]["verdict"] == "AC"


async def test_only_the_author_or_an_admin_may_follow(
    api: Api, server: str, admin: httpx.AsyncClient, bob: httpx.AsyncClient, sid: int
) -> None:
    url = f"{server}/api/submissions/{sid}/events"
    for headers in (cookie(bob), {}):
        async with connect(url, additional_headers=headers) as ws:
            assert await receive_all(ws) == []
        assert ws.close_code == 4404
    async with connect(url, additional_headers=cookie(admin)) as ws:
        assert json.loads(await asyncio.wait_for(ws.recv(), 5))["data"]["kind"] == "queued"
    async with connect(f"{server}/api/runs/{sid}/events", additional_headers=cookie(admin)) as ws:
        await receive_all(ws)
    assert ws.close_code == 4404  # a submission is not a run


async def test_a_foreign_origin_cannot_use_the_cookie(
    server: str, alice: httpx.AsyncClient, sid: int
) -> None:
    url = f"{server}/api/submissions/{sid}/events"
    async with connect(url, additional_headers=cookie(alice), origin="https://evil.example") as ws:
        await receive_all(ws)
    assert ws.close_code == 4400
    own_origin = server.replace("ws://", "http://")
    async with connect(url, additional_headers=cookie(alice), origin=own_origin) as ws:  # type: ignore[arg-type]
        assert json.loads(await asyncio.wait_for(ws.recv(), 5))["data"]["kind"] == "queued"


async def test_api_token_can_follow_a_run(api: Api, server: str, alice: httpx.AsyncClient) -> None:
    await api.add_problem("sum")
    rid = (await alice.post("/api/runs", json=SUBMIT)).json()["id"]
    token = (await alice.post("/api/auth/tokens", json={"name": "ws"})).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    async with connect(f"{server}/api/runs/{rid}/events", additional_headers=headers) as ws:
        assert json.loads(await asyncio.wait_for(ws.recv(), 5))["data"]["kind"] == "queued"
        await api.judge_next(Verdict.AC)
        messages = await receive_all(ws)
    assert messages[-1]["data"]["kind"] == "finished"


async def test_unknown_submission_closes_with_4404(server: str, alice: httpx.AsyncClient) -> None:
    async with connect(
        f"{server}/api/submissions/999/events", additional_headers=cookie(alice)
    ) as ws:
        await receive_all(ws)
    assert ws.close_code == 4404


async def test_hidden_test_names_and_messages_reach_operators_only(
    api: Api, server: str, alice: httpx.AsyncClient, admin: httpx.AsyncClient, sid: int
) -> None:
    job = await api.next_job()
    hidden = TestResult(
        name="secret/07_max_n", verdict=Verdict.WA, message="trailing output 'LEAK:1_0_0'"
    )
    url = f"{server}/api/submissions/{sid}/events"
    async with (
        connect(url, additional_headers=cookie(alice)) as mine,
        connect(url, additional_headers=cookie(admin)) as operators,
    ):
        await judge(api, job, Verdict.WA, tests=(hidden,))
        seen_by_alice, seen_by_admin = await receive_all(mine), await receive_all(operators)
    async with connect(url, additional_headers=cookie(alice)) as replayed:
        seen_by_alice += await receive_all(replayed)  # the final event, rebuilt from the row
    seen_by_alice.append((await alice.get(f"/api/submissions/{sid}?wait=1")).json())
    seen_by_alice.append((await alice.get("/api/submissions")).json())
    for secret in ("secret/", "LEAK:"):
        assert secret not in json.dumps(seen_by_alice)
        assert secret in json.dumps(seen_by_admin)
    assert seen_by_alice[-2]["tests"][0]["name"] == "Test 1"
    assert "LEAK:" in json.dumps((await admin.get(f"/api/submissions/{sid}")).json())


def _shape_errors(value: object, schema: dict[str, Any], components: dict[str, Any]) -> list[str]:
    """Where a message's objects differ from the schema's: missing or unknown properties, and a
    `kind` whose component the discriminator does not name. Enough to keep the front end's
    generated types true to the wire."""
    if "$ref" in schema:
        return _shape_errors(value, components[schema["$ref"].rsplit("/", 1)[-1]], components)
    if "discriminator" in schema and isinstance(value, dict):
        target = schema["discriminator"]["mapping"].get(value.get("kind"))
        if target is None:
            return [f"kind {value.get('kind')!r} is not in the schema"]
        return _shape_errors(value, {"$ref": target}, components)
    if isinstance(value, dict) and "properties" in schema:
        properties = schema["properties"]
        errors = (
            [f"{sorted(set(value) ^ set(properties))} differ"]
            if set(value) != set(properties)
            else []
        )
        for key in set(value) & set(properties):
            errors += _shape_errors(value[key], properties[key], components)
        return errors
    if isinstance(value, list) and "items" in schema:
        return [e for item in value for e in _shape_errors(item, schema["items"], components)]
    if isinstance(value, dict):
        return [f"an object the schema leaves untyped: {sorted(value)}"]
    return []


async def test_every_message_has_the_shape_the_published_schema_gives_it(
    api: Api, server: str, alice: httpx.AsyncClient, admin: httpx.AsyncClient, sid: int
) -> None:
    """The front end's event types are generated from `SubmissionEvent` in the OpenAPI schema."""
    components = (await alice.get("/api/openapi.json")).json()["components"]["schemas"]
    job = await api.next_job()
    hidden = TestResult(name="secret/1", verdict=Verdict.WA, message="no", is_sample=False)
    async with (
        connect(f"{server}/api/submissions/{sid}/events", additional_headers=cookie(alice)) as mine,
        connect(f"{server}/api/submissions/{sid}/events", additional_headers=cookie(admin)) as ops,
    ):
        await judge(api, job, Verdict.WA, tests=(hidden,))
        messages = await receive_all(mine) + await receive_all(ops)
    assert {m["data"]["kind"] for m in messages} >= {"queued", "accepted", "finished"}
    event = {"$ref": "#/components/schemas/SubmissionEvent"}
    errors = [e for m in messages for e in _shape_errors(m, event, components)]
    assert errors == [], errors


async def test_open_sockets_share_one_database_check_per_interval(
    api: Api, server: str, alice: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Twenty idle sockets cost one query per interval, not one each (issue 13 §4); a row that
    becomes final without its event on the bus still ends every one of them."""
    watch = api.context.final_watch
    monkeypatch.setattr(watch, "_interval_s", 0.1)
    await api.add_problem("sum")
    ids = [int((await alice.post("/api/submissions", json=SUBMIT)).json()["id"]) for _ in range(4)]
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "FROM submissions" in statement:  # the shared check and any socket's own look
            statements.append(statement)

    engine = api.database.engine.sync_engine
    async with contextlib.AsyncExitStack() as stack:
        sockets = [
            await stack.enter_async_context(
                connect(
                    f"{server}/api/submissions/{ids[i % 4]}/events",
                    additional_headers=cookie(alice),
                )
            )
            for i in range(20)
        ]
        while watch.watched < 4:
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.5)  # every socket has had its own first look at its row
        sa_event.listen(engine, "before_cursor_execute", count)
        try:
            await asyncio.sleep(1.0)  # about ten checks
        finally:
            sa_event.remove(engine, "before_cursor_execute", count)
        assert 3 <= len(statements) <= 15, len(statements)
        for _ in range(4):  # judge all four, but drop their events: only the rows say so
            await judge(api, await api.next_job(), Verdict.AC, publish=False)
        finals = [await receive_all(socket) for socket in sockets]
    assert all(messages and messages[-1]["data"]["kind"] == "finished" for messages in finals)
    assert watch.watched == 0
