"""The whole distributed platform as real processes: two API replicas, two `assay worker`s,
PostgreSQL, a Redis of our own, the real sandbox. 200 submissions over both replicas while
workers are killed, Redis restarts and a replica restarts; a WebSocket client on one replica
follows submissions judged anywhere.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from dist_support import OwnRedis, free_port, wait_for_port

from assay.db.engine import Database

pytestmark = [
    pytest.mark.redis,
    pytest.mark.postgres,
    pytest.mark.sandbox,
    pytest.mark.slow,
    pytest.mark.timeout(900),
]

REPO = Path(__file__).resolve().parents[2]
ASSAY = str(Path(sys.executable).parent / "assay")
PG_ADMIN_DSN = os.environ.get("ASSAY_TEST_PG_DSN", "postgresql://postgres@127.0.0.1:5432/test")
AC_SOURCE = (REPO / "problems/sumtwo/submissions/accepted/sumtwo.py").read_text()
WA_SOURCE = "import sys\nsys.stdin.read()\nprint(0)\n"
TOKEN = "wK7pQ2vZr9Lm4XbN8cJt3HdY6fGs1AeU5nPq0Ri"  # 41 characters, not a placeholder


def platform_missing() -> str | None:
    """Why the platform cannot run here, or None."""
    try:
        from assay.api import create_app  # noqa: F401
        from assay.judge.pipeline import judge  # noqa: F401
        from assay.sandbox import check_host

        check_host()
    except Exception as error:
        return f"waiting for api/judge: {error}"
    if shutil.which("redis-server") is None:
        return "redis-server is not installed"
    return None


async def pg_admin(statement: str) -> None:
    import asyncpg

    connection = await asyncpg.connect(PG_ADMIN_DSN)
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


@pytest.fixture
def pg_url() -> Iterator[str]:
    name = f"assay_dist_{uuid.uuid4().hex[:10]}"
    asyncio.run(pg_admin(f'CREATE DATABASE "{name}"'))
    host_part = PG_ADMIN_DSN.split("://", 1)[1].rsplit("/", 1)[0]
    try:
        yield f"postgresql+asyncpg://{host_part}/{name}"
    finally:
        asyncio.run(pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@dataclass
class Platform:
    tmp: Path
    redis: OwnRedis
    database_url: str
    api_ports: list[int] = field(default_factory=lambda: [free_port(), free_port()])
    apis: dict[int, subprocess.Popen[bytes]] = field(default_factory=dict)
    workers: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    def env(self) -> dict[str, str]:
        problems = self.tmp / "problems"
        if not problems.exists():
            shutil.copytree(REPO / "problems" / "sumtwo", problems / "sumtwo")
        return {
            **os.environ,
            "ASSAY_REDIS_URL": self.redis.url,
            "ASSAY_DATABASE_URL": self.database_url,
            "ASSAY_DATA_DIR": str(self.tmp / "var"),
            "ASSAY_PROBLEMS_DIR": str(problems),
            "ASSAY_WORKER_TOKEN": TOKEN,
            "ASSAY_SECRET_KEY": "s" * 48,
            "ASSAY_SUBMIT_RATE_LIMIT": "100000",
            "ASSAY_MAX_WAITING_PER_USER": "100000",  # the burst below is one user's
            "ASSAY_LOGIN_BACKOFF_S": "60",
        }

    def url(self, index: int) -> str:
        return f"http://127.0.0.1:{self.api_ports[index]}"

    def start_api(self, index: int) -> None:
        port = self.api_ports[index]
        argv = [ASSAY, "serve", "--workers", "0", "--host", "127.0.0.1", "--port", str(port)]
        log = (self.tmp / f"api-{index}.log").open("ab")
        self.apis[port] = subprocess.Popen(argv, env=self.env(), stdout=log, stderr=log)
        wait_for_port(port, 60)

    def start_worker(self, name: str) -> None:
        argv = [ASSAY, "worker", "--slots", "1", "--visibility-timeout", "5"]
        argv += ["--api", self.url(0), "--api", self.url(1)]
        argv += ["--cache-dir", str(self.tmp / f"cache-{name}")]
        log = (self.tmp / f"worker-{name}.log").open("ab")
        env = {**self.env(), "ASSAY_CACHE_DIR": str(self.tmp / f"judge-cache-{name}")}
        self.workers[name] = subprocess.Popen(argv, env=env, stdout=log, stderr=log)

    def kill_worker(self, name: str) -> None:
        self.workers[name].send_signal(signal.SIGKILL)
        self.workers[name].wait()
        self.start_worker(name)

    def restart_api(self, index: int) -> None:
        proc = self.apis[self.api_ports[index]]
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
        self.start_api(index)

    def stop(self) -> None:
        for proc in [*self.apis.values(), *self.workers.values()]:
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
            proc.wait()


@pytest.fixture
def platform(tmp_path: Path, pg_url: str) -> Iterator[Platform]:
    reason = platform_missing()
    if reason is not None:
        pytest.xfail(reason)
    redis = OwnRedis(tmp_path)
    redis.start()
    platform = Platform(tmp_path, redis, pg_url)
    try:
        platform.start_api(0)  # migrates and loads the problem first
        platform.start_api(1)
        platform.start_worker("a")
        platform.start_worker("b")
        yield platform
    finally:
        platform.stop()
        redis.stop()


async def sign_up(base_url: str) -> str:
    """A user and a personal API token."""
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as client:
        response = await client.post(
            "/api/auth/register", json={"username": "dist", "password": "a-long-password-1"}
        )
        response.raise_for_status()
        csrf = client.cookies.get("assay_csrf") or ""
        response = await client.post(
            "/api/auth/tokens", json={"name": "tests"}, headers={"X-CSRF-Token": csrf}
        )
        response.raise_for_status()
        return str(response.json()["token"])


async def submit(client: httpx.AsyncClient, base_url: str, source: str) -> int:
    for _ in range(60):  # a replica may be restarting
        try:
            response = await client.post(
                f"{base_url}/api/submissions",
                json={"problem": "sumtwo", "language": "python3", "source": source},
            )
            if response.status_code == 202:
                return int(response.json()["id"])
        except httpx.TransportError:
            pass
        await asyncio.sleep(0.5)
    raise AssertionError("could not submit")


async def follow(base_url: str, token: str, submission_id: int) -> list[dict[str, Any]]:
    """The events of a submission over a WebSocket, until the final one."""
    import websockets

    url = base_url.replace("http", "ws") + f"/api/submissions/{submission_id}/events"
    headers = {"Authorization": f"Bearer {token}"}
    async with websockets.connect(url, additional_headers=headers) as socket:
        return [json.loads(message) async for message in socket]


async def results(database_url: str) -> dict[int, tuple[str, str | None, int | None]]:
    database = Database.from_url(database_url)
    query = sa.text("SELECT id, state, verdict, judged_attempt FROM submissions")
    try:
        async with database.sessions() as session:
            return {r[0]: (r[1], r[2], r[3]) for r in (await session.execute(query)).all()}
    finally:
        await database.dispose()


async def wait_all_final(database_url: str, count: int, timeout_s: float) -> int:
    deadline = time.monotonic() + timeout_s
    done = 0
    while time.monotonic() < deadline:
        done = sum(1 for s, _, _ in (await results(database_url)).values() if s == "finished")
        if done >= count:
            break
        await asyncio.sleep(1)
    return done


@pytest.fixture
async def token(platform: Platform) -> AsyncIterator[str]:
    yield await sign_up(platform.url(0))


async def test_200_submissions_survive_faults_with_exactly_one_right_verdict(
    platform: Platform, token: str
) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    expected: dict[int, str] = {}
    followed: dict[int, asyncio.Task[list[dict[str, Any]]]] = {}
    async with httpx.AsyncClient(headers=headers, timeout=30) as client:
        for i in range(200):
            source = WA_SOURCE if i % 4 == 0 else AC_SOURCE
            sid = await submit(client, platform.url(i % 2), source)
            expected[sid] = "WA" if i % 4 == 0 else "AC"
            if i % 2 == 1 and len(followed) < 10:  # submitted on B, followed on A
                followed[sid] = asyncio.create_task(follow(platform.url(0), token, sid))
            if i in (40, 120):
                platform.kill_worker("a" if i == 40 else "b")
            if i == 80:
                platform.redis.stop()
                await asyncio.sleep(0.5)
                platform.redis.start()
            if i == 160:
                platform.restart_api(1)
        platform.kill_worker("a")
        assert await wait_all_final(platform.database_url, 200, 600) == 200

    final = await results(platform.database_url)
    for sid, verdict in expected.items():
        assert final[sid] == ("finished", verdict, 1), sid
    for sid, task in followed.items():
        events = await asyncio.wait_for(task, 60)
        assert events[-1]["data"]["kind"] == "finished"
        assert events[-1]["data"]["result"]["verdict"] == expected[sid]


async def test_sign_in_and_registration_throttles_hold_across_replicas(
    platform: Platform,
) -> None:
    """Throttle state lives in PostgreSQL: failures on one replica block sign-in on the other."""
    one = httpx.AsyncClient(base_url=platform.url(0), timeout=30)
    two = httpx.AsyncClient(base_url=platform.url(1), timeout=30)
    async with one, two:
        account = {"username": "guarded", "password": "a-long-password-1"}
        assert (await one.post("/api/auth/register", json=account)).status_code == 201
        for attempt in range(5):  # the default: 5 attempts, then the backoff
            client = one if attempt % 2 else two
            wrong = {"login": "guarded", "password": f"guess-{attempt}"}
            assert (await client.post("/api/auth/login", json=wrong)).status_code == 401
        right = {"login": "guarded", "password": "a-long-password-1"}
        for client in (one, two):
            refused = await client.post("/api/auth/login", json=right)
            assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
        codes = []
        for i in range(10):  # the default: 10 registrations per address per hour
            client = one if i % 2 else two
            body = {"username": f"reg{i}", "password": "a-long-password-1"}
            codes.append((await client.post("/api/auth/register", json=body)).status_code)
    assert codes == [201] * 9 + [429]
