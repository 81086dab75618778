"""Support for the API tests: the app over SQLite and PostgreSQL, a client per user, and a
judge double that plays the worker's part through the real in-memory queue and event bus.

The fixtures are re-exported by `conftest.py`; tests import helpers from here."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from fastapi import FastAPI

from assay.api import create_app
from assay.api.context import AppContext
from assay.config import Settings
from assay.core import (
    Compiled,
    Compiling,
    Finished,
    JudgeResult,
    TestFinished,
    TestResult,
    TestStarted,
    Verdict,
    event_to_dict,
)
from assay.db import problems as problem_queries
from assay.db import results
from assay.db.base import Base
from assay.db.engine import Database
from assay.db.migrate import upgrade
from assay.db.problems import ProblemData
from assay.queue.client import ACCEPTED, Event, Job
from assay.queue.memory import MemoryEventBus, MemoryJobQueue, MemoryWorkerRegistry

BASE_URL = "http://testserver"


# Databases


async def _empty_tables(database: Database) -> None:
    names = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
    async with database.engine.begin() as connection:
        await connection.execute(sa.text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[Database]:
    database = Database.from_url(database_url)
    await upgrade(database.engine)
    if database.dialect == "postgresql":
        await _empty_tables(database)
    yield database
    await database.dispose()


# The app


@dataclass(frozen=True, slots=True)
class FakeLanguage:
    id: str
    name: str
    monaco_id: str
    version: str
    available: bool
    starter_code: str
    interactive_starter_code: str = "import sys\nprint(sys.stdin.readline(), flush=True)\n"


LANGUAGES = (
    FakeLanguage("python3", "Python 3", "python", "Python 3.11", True, "print(input())\n"),
    FakeLanguage("cpp", "C++", "cpp", "g++ 12", True, "int main() {}\n"),
    FakeLanguage("java", "Java", "java", "", False, "class Main {}\n"),
)


@dataclass
class FakeTransport:
    """client.Transport over the real in-memory queue and bus, with no worker attached."""

    queue: MemoryJobQueue = field(default_factory=MemoryJobQueue)
    bus: MemoryEventBus = field(default_factory=MemoryEventBus)
    registry: MemoryWorkerRegistry = field(default_factory=MemoryWorkerRegistry)
    started: bool = False

    @property
    def monitor(self) -> MemoryJobQueue:
        return self.queue

    async def start(self) -> None:
        self.started = True

    async def stop(self) -> None:
        self.started = False


def make_settings(tmp_path: Path, database_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": database_url,
        "data_dir": tmp_path / "var",
        "problems_dir": tmp_path / "no-problems",
        "web_dist_dir": tmp_path / "no-web",
        "secret_key": "test-secret",
        "password_time_cost": 1,
        "password_memory_kib": 64,
        "submit_rate_limit": 1000,
        "run_rate_limit": 1000,
        "register_rate_limit": 1000,
        "max_waiting_per_user": 1000,
        "long_poll_max_s": 5.0,
    }
    values.update(overrides)
    return Settings(**values)


@pytest.fixture
def settings_overrides() -> dict[str, Any]:
    """Override in a test module to change the app's settings."""
    return {}


@dataclass
class Api:
    app: FastAPI
    transport: FakeTransport
    database: Database
    settings: Settings
    clients: list[httpx.AsyncClient] = field(default_factory=list)

    @property
    def context(self) -> AppContext:
        context: AppContext = self.app.state.context
        return context

    def client(self, *, auto_csrf: bool = True) -> httpx.AsyncClient:
        """A fresh client (its own cookie jar); it echoes the CSRF cookie unless told not to."""
        client = httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url=BASE_URL)

        async def add_csrf(request: httpx.Request) -> None:
            token = client.cookies.get("assay_csrf")
            if auto_csrf and token and "x-csrf-token" not in request.headers:
                request.headers["X-CSRF-Token"] = token

        client.event_hooks["request"].append(add_csrf)
        self.clients.append(client)
        return client

    async def user(self, username: str, password: str = "correct horse") -> httpx.AsyncClient:
        """A client signed in as a newly registered user."""
        client = self.client()
        response = await client.post(
            "/api/auth/register", json={"username": username, "password": password}
        )
        assert response.status_code == 201, response.text
        return client

    async def add_problem(self, slug: str = "sum", **fields: Any) -> None:
        data: dict[str, Any] = {
            "slug": slug,
            "title": slug.title(),
            "content_hash": uuid.uuid4().hex * 2,
            "package_path": f"/nonexistent/{slug}",
            "memory_mib": 256,
            "time_limit_s": 1.0,
            "difficulty": "easy",
            "tags": ("math",),
            "test_count": 3,
            "statement_html": "<p>Add.</p>",
            "samples": [{"name": "1", "input": "1 2\n", "output": "3\n"}],
        }
        data.update(fields)
        async with self.database.sessions() as session:
            await problem_queries.save_problem(session, ProblemData(**data))
            await session.commit()

    async def next_job(self) -> Job:
        delivery = await self.transport.queue.take(1.0)
        assert delivery is not None, "no job was enqueued"
        await self.transport.queue.ack(delivery)
        return delivery.job

    async def judge_next(self, verdict: Verdict = Verdict.AC, **kwargs: Any) -> Job:
        job = await self.next_job()
        await judge(self, job, verdict, **kwargs)
        return job


def default_tests(verdict: Verdict) -> tuple[TestResult, ...]:
    return (
        TestResult(
            name="sample/1",
            verdict=Verdict.AC,
            cpu_time_s=0.01,
            memory_kib=1000,
            is_sample=True,
            input_text="1 2\n",
            expected_output="3\n",
            actual_output="3\n",
        ),
        TestResult(name="secret/1", verdict=Verdict.AC, cpu_time_s=0.02, memory_kib=2000),
        TestResult(name="secret/2", verdict=verdict, cpu_time_s=0.03, memory_kib=3000),
    )


async def judge(
    api: Api,
    job: Job,
    verdict: Verdict = Verdict.AC,
    *,
    tests: tuple[TestResult, ...] | None = None,
    compile_output: str = "",
    publish: bool = True,
) -> JudgeResult:
    """Do what the worker does: start, publish events, record the result, publish `finished`."""
    tests = default_tests(verdict) if tests is None else tests
    result = JudgeResult(
        verdict=verdict,
        score=None,
        compile_output=compile_output,
        max_cpu_time_s=max((t.cpu_time_s for t in tests), default=0.0),
        max_memory_kib=max((t.memory_kib for t in tests), default=0),
        tests=tests,
    )
    async with api.database.sessions() as session:
        assert await results.start_judging(session, job.submission_id, job.attempt)

    async def send(data: dict[str, Any]) -> None:
        if publish:
            await api.transport.bus.publish(
                Event(submission_id=job.submission_id, seq=0, data=data)
            )

    await send({"kind": ACCEPTED, "attempt": job.attempt})
    await send(event_to_dict(Compiling()))
    await send(event_to_dict(Compiled(ok=True)))
    for index, test in enumerate(tests, start=1):
        await send(event_to_dict(TestStarted(index, len(tests), test.name, test.is_sample)))
        await send(event_to_dict(TestFinished(index, len(tests), test)))
    async with api.database.sessions() as session:
        await results.record_result(session, job.submission_id, job.attempt, result)
    await send(event_to_dict(Finished(result)))
    return result


@pytest.fixture
def app_options() -> dict[str, Any]:
    """Override in a test module to pass more arguments to `create_app`."""
    return {}


@pytest.fixture
async def api(
    tmp_path: Path,
    database: Database,
    database_url: str,
    settings_overrides: dict[str, Any],
    app_options: dict[str, Any],
) -> AsyncIterator[Api]:
    settings = make_settings(tmp_path, database_url, **settings_overrides)
    transport = FakeTransport()
    app = create_app(
        settings, transport=transport, database=database, languages=lambda: LANGUAGES, **app_options
    )
    handle = Api(app, transport, database, settings)
    async with app.router.lifespan_context(app):
        yield handle
        for client in handle.clients:
            await client.aclose()


@pytest.fixture
async def admin(api: Api) -> httpx.AsyncClient:
    """The first user, hence an administrator."""
    return await api.user("admin")


@pytest.fixture
async def alice(api: Api, admin: httpx.AsyncClient) -> httpx.AsyncClient:
    return await api.user("alice")


@pytest.fixture
async def bob(api: Api, admin: httpx.AsyncClient) -> httpx.AsyncClient:
    return await api.user("bob")


@pytest.fixture
async def anon(api: Api) -> httpx.AsyncClient:
    return api.client()


def write_package(root: Path, *, name: str = "Hello", secret_answer: str = "4") -> Path:
    """A small valid Kattis package (2025-09) in `root`."""
    (root / "statement").mkdir(parents=True)
    (root / "data" / "sample").mkdir(parents=True)
    (root / "data" / "secret").mkdir(parents=True)
    (root / "problem.yaml").write_text(
        f"problem_format_version: 2025-09\nname: {name}\nlimits:\n  time_limit: 1.0\n"
        "  memory: 256\n"
    )
    (root / "assay.yaml").write_text("difficulty: easy\ntags: [intro, math]\n")
    (root / "statement" / "problem.en.md").write_text(
        "Print $a+b$.\n\n![figure](figure.png)\n\n<script>alert(1)</script>\n"
    )
    (root / "statement" / "figure.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "data" / "sample" / "1.in").write_text("1 2\n")
    (root / "data" / "sample" / "1.ans").write_text("3\n")
    (root / "data" / "secret" / "1.in").write_text("2 2\n")
    (root / "data" / "secret" / "1.ans").write_text(f"{secret_answer}\n")
    return root


def zip_package(root: Path, target: Path, *, top: str | None = None) -> Path:
    import zipfile

    with zipfile.ZipFile(target, "w") as bundle:
        for file in sorted(root.rglob("*")):
            if file.is_file():
                relative = file.relative_to(root).as_posix()
                bundle.write(file, f"{top}/{relative}" if top else relative)
    return target
