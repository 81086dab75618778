"""End to end: a program that reads its hidden input and tries to answer it back never gets it out.

The program prints `LEAK:` + its input after the right answer on every hidden test (the checker
quotes trailing output in its message), or writes it to stderr and exits nonzero. Judged by the
real sandbox on the embedded and on the Redis transport, on a scoring copy of `sumtwo` (judging
goes on after a failure, so failed hidden tests are replayed to a late WebSocket). Every message
the submitter can get — live and replayed WebSocket events, long-poll, REST detail and lists,
admin endpoints — is searched, as serialized JSON, for the marker, hidden test names and inputs.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import shutil
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from api_support import make_settings
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from assay.api import create_app
from assay.api.context import AppContext
from assay.api.services.catalog import import_directory
from assay.db.engine import Database
from assay.modes.setup import transport_for

pytestmark = [pytest.mark.sandbox, pytest.mark.slow]

SUMTWO = Path(__file__).resolve().parents[2] / "problems" / "sumtwo"
SAMPLE_COUNT = len(list((SUMTWO / "data" / "sample").glob("*.in")))

# {samples} is replaced by the sample inputs: the program leaks on hidden tests only.
PROGRAM = """import sys, time
SAMPLES = {samples}
data = sys.stdin.read()
tokens = data.split()
answers = [int(tokens[1 + 2 * i]) + int(tokens[2 + 2 * i]) for i in range(int(tokens[0]))]
leak = "LE" + "AK:" + "_".join(tokens[:6])  # the source itself (shown to its author) has no marker
if data not in SAMPLES:
    time.sleep(0.15)  # keeps judging going while a late WebSocket connects
    {leak}
print("\\n".join(map(str, answers)))
"""
TRAILING = 'answers.append(leak)  # "trailing output" quotes it'
STDERR = "sys.stderr.write(leak + data[:1000])\n    sys.exit(3)"


@dataclass
class Live:
    http: httpx.AsyncClient  # the submitter
    admin: httpx.AsyncClient
    ws_url: str
    hidden: dict[str, str]  # hidden test name -> input

    def cookie(self, client: httpx.AsyncClient) -> dict[str, str]:
        return {"Cookie": f"assay_session={client.cookies['assay_session']}"}


@pytest.fixture(params=["embedded", pytest.param("redis", marks=pytest.mark.redis)])
def redis_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str | None]:
    """None (the embedded transport) or a redis-server of our own on a free loopback port."""
    if request.param == "embedded":
        yield None
        return
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    argv = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
    server = subprocess.Popen([*argv, "--dir", str(tmp_path)], stdout=subprocess.DEVNULL)
    try:
        _wait_for_port(port)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.kill()
        server.wait()


def _wait_for_port(port: int, timeout_s: float = 10) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.02)
    raise RuntimeError(f"redis-server did not start on port {port}")


def scoring_sumtwo(root: Path) -> Path:
    """`sumtwo` as a scoring problem: every test is judged, failed or not."""
    package = root / "sumscore"
    shutil.copytree(SUMTWO, package)
    meta = package / "problem.yaml"
    meta.write_text(meta.read_text().replace("type: pass-fail", "type: scoring"))
    return package


@pytest.fixture
async def live(tmp_path: Path, redis_url: str | None) -> AsyncIterator[Live]:
    package = scoring_sumtwo(tmp_path)
    database_url = f"sqlite+aiosqlite:///{tmp_path / 'hidden.db'}"
    settings = make_settings(tmp_path, database_url, judging_slots=1, redis_url=redis_url)
    database = Database.from_url(settings.database_url)
    try:
        transport = transport_for(settings, database)
    except Exception as error:  # no usable sandbox on this host
        pytest.skip(f"the sandbox is not available: {error}")

    async def load(context: AppContext) -> None:
        async with context.database.sessions() as session:
            await import_directory(session, context.settings, package, slug="sumscore")

    app = create_app(settings, transport=transport, database=database, startup=[load])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.05)
        if task.done():
            task.result()
    base = f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    hidden = {
        f"secret/{path.stem}": path.read_text()
        for path in sorted((package / "data" / "secret").glob("*.in"))
    }
    async with (
        httpx.AsyncClient(base_url=base, timeout=120) as admin,
        httpx.AsyncClient(base_url=base, timeout=120) as http,
    ):
        await register(admin, "root")  # the first user is an administrator
        await register(http, "mallory")
        yield Live(http, admin, base.replace("http://", "ws://"), hidden)
    server.should_exit = True
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.wait_for(task, 90)


async def register(client: httpx.AsyncClient, username: str) -> None:
    body = {"username": username, "password": "correct horse battery"}
    response = await client.post("/api/auth/register", json=body)
    assert response.status_code == 201, response.text
    client.headers["X-CSRF-Token"] = client.cookies["assay_csrf"]


def program(leak: str) -> str:
    samples = sorted(p.read_text() for p in (SUMTWO / "data" / "sample").glob("*.in"))
    return PROGRAM.replace("{samples}", repr(samples)).replace("{leak}", leak)


async def receive_all(socket: ClientConnection, timeout_s: float = 120) -> list[dict[str, Any]]:
    messages = []
    with contextlib.suppress(ConnectionClosed):
        while True:
            messages.append(json.loads(await asyncio.wait_for(socket.recv(), timeout_s)))
    return messages


async def receive_until_hidden_test(socket: ClientConnection) -> list[dict[str, Any]]:
    """Messages until the second hidden test's result (the first one is then replayable)."""
    messages: list[dict[str, Any]] = []
    while True:
        messages.append(json.loads(await asyncio.wait_for(socket.recv(), 120)))
        data = messages[-1]["data"]
        if data["kind"] == "finished":
            return messages
        if data["kind"] == "test_finished" and data["index"] >= SAMPLE_COUNT + 2:
            return messages


@dataclass
class Seen:
    live: list[dict[str, Any]]  # WebSocket from the start
    late: list[dict[str, Any]]  # WebSocket opened mid-judging: replay, then live
    replayed: list[dict[str, Any]]  # WebSocket opened after the end (rebuilt from the row)
    answers: list[Any]  # long-poll, REST detail and lists, admin endpoints


async def everything_the_submitter_sees(live: Live, source: str) -> tuple[int, Seen]:
    body = {"problem": "sumscore", "language": "python3", "source": source}
    response = await live.http.post("/api/submissions", json=body)
    assert response.status_code == 202, response.text
    sid = response.json()["id"]
    url = f"{live.ws_url}/api/submissions/{sid}/events"
    headers = live.cookie(live.http)
    async with connect(url, additional_headers=headers) as first:
        early = await receive_until_hidden_test(first)
        async with connect(url, additional_headers=headers) as late:
            polled = live.http.get(f"/api/submissions/{sid}", params={"wait": 60})
            rest, late_messages, poll = await asyncio.gather(
                receive_all(first), receive_all(late), polled
            )
    async with connect(url, additional_headers=headers) as after:
        replayed = await receive_all(after)
    answers = [poll.json()]
    for path in (
        f"/api/submissions/{sid}",
        "/api/submissions",
        "/api/problems/sumscore/submissions",
        "/api/admin/submissions",
        f"/api/admin/submissions/{sid}",
    ):
        answer = await live.http.get(path)
        answers.append({"path": path, "status": answer.status_code, "body": answer.text})
    return sid, Seen(early + rest, late_messages, replayed, answers)


def assert_nothing_hidden(live: Live, seen: Seen) -> None:
    text = json.dumps([seen.live, seen.late, seen.replayed, seen.answers])
    assert "LEAK" not in text
    assert "secret/" not in text
    for name, hidden_input in live.hidden.items():
        assert name.split("/")[1] not in text
        if len(hidden_input) > 12:
            assert json.dumps(hidden_input)[1:-1] not in text, name
            assert json.dumps(hidden_input.strip()[:40])[1:-1] not in text, name


def finished(messages: list[dict[str, Any]]) -> dict[str, Any]:
    assert messages and messages[-1]["data"]["kind"] == "finished", messages[-3:]
    result: dict[str, Any] = messages[-1]["data"]["result"]
    return result


@pytest.mark.parametrize(("leak", "verdict"), [(TRAILING, "WA"), (STDERR, "RE")])
async def test_hidden_input_never_comes_back(live: Live, leak: str, verdict: str) -> None:
    sid, seen = await everything_the_submitter_sees(live, program(leak))
    assert_nothing_hidden(live, seen)

    result = finished(seen.live)
    samples, hidden = result["tests"][:SAMPLE_COUNT], result["tests"][SAMPLE_COUNT:]
    assert len(hidden) == len(live.hidden)
    assert all(t["verdict"] == "AC" and t["name"].startswith("sample/") for t in samples)
    assert samples[0]["input_text"] is not None  # samples stay whole
    for position, test in enumerate(hidden, start=SAMPLE_COUNT + 1):
        assert (test["name"], test["verdict"], test["input_text"]) == (
            f"Test {position}",
            verdict,
            None,
        )
        assert test["cpu_time_s"] > 0 and test["memory_kib"] > 0
    assert finished(seen.late) == result and finished(seen.replayed)["tests"] == result["tests"]
    first_hidden = {"kind": "test_finished", "index": SAMPLE_COUNT + 1}
    assert any(first_hidden.items() <= m["data"].items() for m in seen.late)  # replayed
    detail = seen.answers[0]
    assert [t["name"] for t in detail["tests"]] == [t["name"] for t in result["tests"]]
    assert [a["status"] for a in seen.answers[1:]] == [200, 200, 200, 403, 404]

    # The channel is real: an operator sees what the program sent back.
    operator = (await live.admin.get(f"/api/submissions/{sid}")).json()
    assert "secret/01_zero" in json.dumps(operator)
    if verdict == "WA":
        assert "LEAK:1_0_0" in json.dumps(operator)
