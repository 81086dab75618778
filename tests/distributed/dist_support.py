"""Support for the distributed tests: worker processes, a Redis of our own, a database."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import sqlalchemy as sa

from assay.core import SubmissionState
from assay.db.base import Base
from assay.db.engine import Database
from assay.db.models import ProblemRow, ProblemVersion, Submission, SubmissionKind, User
from assay.queue.client import Job, JobKind
from assay.queue.redis import RedisJobQueue, RedisKeys, connect

HERE = Path(__file__).parent
SHARED_REDIS = "redis://127.0.0.1:6379/0"
CONTENT_HASH = "c" * 64


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, timeout_s: float = 10) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.02)
    raise RuntimeError(f"nothing listens on port {port}")


class OwnRedis:
    """A redis-server on a free loopback port, in a temp dir, without persistence."""

    def __init__(self, directory: Path) -> None:
        self.port = free_port()
        self.dir = directory
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        argv = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1"]
        argv += ["--save", "", "--appendonly", "no", "--dir", str(self.dir)]
        self.proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
        wait_for_port(self.port)

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[OwnRedis]:
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    server = OwnRedis(tmp_path)
    server.start()
    yield server
    server.stop()


@dataclass
class WorkerProcs:
    """Worker processes running tests/distributed/fake_worker.py (the real worker loop)."""

    redis_url: str
    database_url: str
    prefix: str
    logs: Path
    visibility_timeout_s: float = 1.0
    procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    starts: int = 0

    def start(self, name: str, *, slots: int = 1) -> subprocess.Popen[bytes]:
        self.starts += 1
        argv = [sys.executable, str(HERE / "fake_worker.py"), "--redis", self.redis_url]
        argv += ["--database", self.database_url, "--prefix", self.prefix]
        argv += ["--slots", str(slots), "--worker-id", f"{name}-{self.starts}"]
        argv += ["--visibility-timeout", str(self.visibility_timeout_s)]
        log = (self.logs / f"{name}.log").open("ab")
        proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, env=os.environ.copy())
        self.procs[name] = proc
        return proc

    def kill9(self, name: str) -> None:
        self.procs[name].send_signal(signal.SIGKILL)
        self.procs[name].wait()

    def restart_dead(self) -> int:
        dead = [name for name, proc in self.procs.items() if proc.poll() is not None]
        for name in dead:
            self.start(name)
        return len(dead)

    def stop_all(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
            proc.wait()


@dataclass
class Judging:
    """A database with one problem, and helpers to submit and to read results."""

    database: Database
    url: str
    package_dir: Path
    problem_id: int = 0
    user_id: int = 0

    async def setup(self) -> None:
        async with self.database.engine.begin() as connection:
            await connection.run_sync(Base.metadata.create_all)
        async with self.database.sessions() as session:
            user = User(username="ann", username_key="ann", email=None, password_hash=None)
            problem = ProblemRow(
                slug="sum",
                title="Sum",
                content_hash=CONTENT_HASH,
                package_path=str(self.package_dir),
                memory_mib=256,
            )
            session.add_all([user, problem])
            await session.flush()
            session.add(
                ProblemVersion(
                    problem_id=problem.id,
                    version=1,
                    content_hash=CONTENT_HASH,
                    package_path=str(self.package_dir),
                )
            )
            await session.commit()
            self.problem_id, self.user_id = problem.id, user.id

    async def submit(self, sources: list[str]) -> list[Job]:
        async with self.database.sessions() as session:
            rows = [
                Submission(
                    kind=SubmissionKind.SUBMIT,
                    user_id=self.user_id,
                    problem_id=self.problem_id,
                    problem_version=1,
                    language="python3",
                    source=text,
                    state=SubmissionState.QUEUED,
                )
                for text in sources
            ]
            session.add_all(rows)
            await session.commit()
            return [
                Job(
                    kind=JobKind.SUBMIT,
                    submission_id=str(row.id),
                    problem_id="sum",
                    problem_hash=CONTENT_HASH,
                )
                for row in rows
            ]

    async def outcome(self) -> dict[str, tuple[str, str | None, int]]:
        """submission id -> (state, verdict, number of test rows)."""
        query = sa.text(
            "SELECT s.id, s.state, s.verdict, "
            "(SELECT count(*) FROM submission_tests t WHERE t.submission_id = s.id) "
            "FROM submissions s"
        )
        async with self.database.sessions() as session:
            rows = (await session.execute(query)).all()
        return {str(r[0]): (r[1], r[2], r[3]) for r in rows}

    async def message(self, submission_id: str) -> str:
        async with self.database.sessions() as session:
            row = await session.get(Submission, int(submission_id))
            return "" if row is None else row.message


@pytest.fixture
async def judging(tmp_path: Path) -> AsyncIterator[Judging]:
    package_dir = tmp_path / "package"
    package_dir.mkdir()
    url = f"sqlite+aiosqlite:///{tmp_path / 'assay.db'}"
    database = Database.from_url(url)
    state = Judging(database, url, package_dir)
    await state.setup()
    yield state
    await database.dispose()


@pytest.fixture
def prefix() -> str:
    return f"assay-dist-{uuid.uuid4().hex[:10]}"


@pytest.fixture
async def shared_redis_cleanup(prefix: str) -> AsyncIterator[None]:
    yield
    client = connect(SHARED_REDIS)
    found = [key async for key in client.scan_iter(match=f"{prefix}:*")]
    if found:
        await client.delete(*found)
    await client.aclose()


async def enqueue_all(redis_url: str, prefix: str, jobs: list[Job]) -> None:
    client = connect(redis_url)
    queue = RedisJobQueue(client, RedisKeys(prefix))
    for job in jobs:
        await queue.enqueue(job)
    await client.aclose()
