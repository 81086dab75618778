"""Helpers of the platform benchmarks (bench/api.py, bench/distributed.py): the platform as real
processes (`assay serve`, `assay worker`, a redis-server and a PostgreSQL database of our own),
an account with a token, the 10-test problem, load generation and the end-to-end measurement.

Not a part of the `assay` package: the benchmarks drive the platform over HTTP like any client.
Also a small load generator of its own, for machines without `wrk`:
    .venv/bin/python bench/_platform.py loadgen --url URL [--header H] [--concurrency 50]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
ASSAY = str(Path(sys.executable).parent / "assay")
BENCH_PROBLEM = "sumtwo10"  # a copy of the bundled `sumtwo` cut to 10 tests (2 samples + 8)
SECRET_TESTS = 8
PASSWORD = "bench-password-123"
WORKER_TOKEN = "b3nchWk7pQ2vZr9Lm4XbN8cJt3HdY6fGs1AeU5nPq"  # 32+ characters, not a placeholder
# The accepted Python solution of `sumtwo`; each submission gets a distinct comment line so
# that no cache keyed by source could make later ones cheaper than real ones.
AC_SOURCE = (REPO / "problems/sumtwo/submissions/accepted/sumtwo.py").read_text()


def source_for(index: int) -> str:
    return f"# bench submission {index}\n{AC_SOURCE}"


# ---------------------------------------------------------------- the machine


def ensure_wrk() -> bool:
    """Whether `wrk` is there; installed from Debian's archive when it is not (a benchmark
    tool, never a dependency of the project)."""
    if shutil.which("wrk"):
        return True
    if shutil.which("apt-get") is None:
        return False
    subprocess.run(
        ["apt-get", "install", "-y", "-q", "wrk"],
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        stdout=subprocess.DEVNULL,
        check=False,
    )
    return shutil.which("wrk") is not None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(
    port: int, timeout_s: float = 30, proc: subprocess.Popen[bytes] | None = None
) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process {proc.args!r} exited with {proc.returncode}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on port {port} after {timeout_s:.0f} s")


def loadavg() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def machine_line() -> str:
    model = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    commit = "?"
    with contextlib.suppress(Exception):
        commit = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    return (
        f"{os.cpu_count()} CPUs ({model}), Python {platform.python_version()}, "
        f"commit {commit} (+ uncommitted work), load average {loadavg()}"
    )


@contextlib.contextmanager
def temp_dir(prefix: str, keep: bool = False) -> Iterator[Path]:
    """A temporary directory the sandbox user can traverse (the judge cache lives in it)."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    path.chmod(0o755)
    try:
        yield path
    finally:
        if keep:
            print(f"(kept {path})")
        else:
            shutil.rmtree(path, ignore_errors=True)


def bench_problems(directory: Path, *, all_bundled: bool = True) -> Path:
    """DIRECTORY/problems: the bundled problems (for a realistic catalogue) plus `sumtwo10`."""
    problems = directory / "problems"
    problems.mkdir()
    if all_bundled:
        for package in sorted((REPO / "problems").iterdir()):
            if (package / "problem.yaml").is_file():
                shutil.copytree(package, problems / package.name)
    target = problems / BENCH_PROBLEM
    shutil.copytree(REPO / "problems" / "sumtwo", target)
    secret = target / "data" / "secret"
    for extra in sorted(secret.glob("*.in"))[SECRET_TESTS:]:
        extra.unlink()
        extra.with_suffix(".ans").unlink(missing_ok=True)
    yaml = target / "problem.yaml"
    text = yaml.read_text().replace("name: Sum of Two", "name: Sum of Two (10 tests)")
    lines = [f"uuid: {uuid.uuid4()}" if x.startswith("uuid:") else x for x in text.splitlines()]
    yaml.write_text("\n".join(lines) + "\n")
    _drop_catalogue_number(target / "assay.yaml")  # the number is `sumtwo`'s, and unique
    return problems


def _drop_catalogue_number(assay_yaml: Path) -> None:
    if assay_yaml.is_file():
        lines = assay_yaml.read_text().splitlines()
        kept = [line for line in lines if not line.startswith("number:")]
        assay_yaml.write_text("\n".join(kept) + "\n")


# ---------------------------------------------------------------- a platform with a history

# The verdicts of the seeded history and their weights (a catalogue's rough mix).
HISTORY_VERDICTS = (("AC", 40), ("WA", 35), ("TLE", 15), ("CE", 10))


def seed_history(database: Path, submissions: int, users: int, *, seed: int = 13) -> int:
    """Insert judged submissions straight into the SQLite file until it holds SUBMISSIONS, by
    USERS new users over every problem, without per-test rows (the catalogue reads none).
    The catalogue's counters are not touched: run `rebuild_stats` after. Returns the count."""
    import random
    import sqlite3

    rng = random.Random(seed)
    verdicts = [v for v, _ in HISTORY_VERDICTS]
    weights = [w for _, w in HISTORY_VERDICTS]
    connection = sqlite3.connect(database, timeout=30)
    try:
        stamp = connection.execute("SELECT max(created_at) FROM submissions").fetchone()[0]
        problems = [row[0] for row in connection.execute("SELECT id FROM problems")]
        user_ids = _seed_users(connection, users, stamp)
        have = connection.execute("SELECT count(*) FROM submissions").fetchone()[0]
        rows = [
            (rng.choice(user_ids), rng.choice(problems), rng.choices(verdicts, weights)[0])
            for _ in range(max(0, submissions - have))
        ]
        connection.executemany(
            "INSERT INTO submissions (kind, user_id, problem_id, problem_version, language,"
            " source, state, attempt, judged_attempt, verdict, max_cpu_time_s, max_memory_kib,"
            " compile_output, message, created_at, judged_at)"
            " VALUES ('submit', ?, ?, 1, 'python3', 'print(1)', 'finished', 1, 1, ?, 0.05,"
            " 9000, '', '', ?, ?)",
            [(*row, stamp, stamp) for row in rows],
        )
        connection.commit()
        return int(connection.execute("SELECT count(*) FROM submissions").fetchone()[0])
    finally:
        connection.close()


def _seed_users(connection: Any, count: int, stamp: str) -> list[int]:
    connection.executemany(
        "INSERT INTO users (username, username_key, email_verified, is_admin, created_at)"
        " VALUES (?, ?, 0, 0, ?)",
        [(f"seed{n}", f"seed{n}", stamp) for n in range(count)],
    )
    query = "SELECT id FROM users WHERE username_key LIKE 'seed%'"
    return [row[0] for row in connection.execute(query)]


def rebuild_stats(env: dict[str, str]) -> str:
    """`assay admin rebuild-stats` on the platform's database; its one line of output."""
    done = subprocess.run(
        [ASSAY, "admin", "rebuild-stats"], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


# ---------------------------------------------------------------- processes


@dataclass
class Proc:
    name: str
    argv: list[str]
    env: dict[str, str]
    log: Path
    proc: subprocess.Popen[bytes] | None = None

    def start(self) -> Proc:
        handle = self.log.open("ab")
        self.proc = subprocess.Popen(
            self.argv,
            env=self.env,
            stdout=handle,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        handle.close()
        return self

    @property
    def pid(self) -> int:
        assert self.proc is not None, f"{self.name} is not running"
        return self.proc.pid

    def stop(self, timeout_s: float = 30) -> None:
        """SIGTERM (a worker drains), then SIGKILL if it hangs."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout_s)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def tail(self, lines: int = 30) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        return ""


class OwnRedis:
    """A redis-server on a free loopback port in a temp dir, without persistence."""

    def __init__(self, directory: Path) -> None:
        if shutil.which("redis-server") is None:
            sys.exit("redis-server is missing (apt-get install redis-server)")
        self.port = free_port()
        argv = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1"]
        argv += ["--save", "", "--appendonly", "no", "--dir", str(directory)]
        self.proc = Proc("redis", argv, dict(os.environ), directory / "redis.log")

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> OwnRedis:
        self.proc.start()
        wait_for_port(self.port, 10, self.proc.proc)
        return self

    def stop(self) -> None:
        self.proc.stop(5)


PG_ADMIN_DSN = os.environ.get("ASSAY_BENCH_PG_DSN", "postgresql://postgres@127.0.0.1:5432/postgres")


async def _pg_admin(statement: str) -> None:
    import asyncpg

    connection = await asyncpg.connect(PG_ADMIN_DSN)
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


@contextlib.contextmanager
def fresh_pg_database() -> Iterator[str]:
    """CREATE a database for one run, DROP it afterwards; yields the SQLAlchemy URL."""
    name = f"assay_bench_{uuid.uuid4().hex[:10]}"
    asyncio.run(_pg_admin(f'CREATE DATABASE "{name}"'))
    host_part = PG_ADMIN_DSN.split("://", 1)[1].rsplit("/", 1)[0]
    try:
        yield f"postgresql+asyncpg://{host_part}/{name}"
    finally:
        asyncio.run(_pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def platform_env(
    directory: Path,
    problems: Path,
    *,
    database_url: str | None = None,
    redis_url: str | None = None,
) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("ASSAY_") or key == "ASSAY_BENCH_PG_DSN"
    }
    env.update(
        ASSAY_DATA_DIR=str(directory / "var"),
        ASSAY_PROBLEMS_DIR=str(problems),
        ASSAY_DATABASE_URL=database_url or f"sqlite+aiosqlite:///{directory / 'assay.db'}",
        ASSAY_SECRET_KEY="b" * 48,
        ASSAY_WORKER_TOKEN=WORKER_TOKEN,
        ASSAY_CACHE_DIR=str(directory / "judge-cache"),
        ASSAY_SUBMIT_RATE_LIMIT="1000000",
        ASSAY_RUN_RATE_LIMIT="1000000",
        ASSAY_MAX_WAITING_PER_USER="1000000",  # the offered load is one user's
        ASSAY_METRICS_PUBLIC="true",  # scraped on loopback by the benchmark itself
        # The benchmark registers one user; cheap hashing keeps start-up short (not measured).
        ASSAY_PASSWORD_TIME_COST="1",
        ASSAY_PASSWORD_MEMORY_KIB="8192",
    )
    if redis_url:
        env["ASSAY_REDIS_URL"] = redis_url
    return env


def start_server(
    directory: Path, env: dict[str, str], *, slots: int, name: str = "api"
) -> tuple[Proc, str]:
    port = free_port()
    argv = [ASSAY, "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(slots)]
    server = Proc(name, argv, env, directory / f"{name}.log").start()
    try:
        wait_for_port(port, 120, server.proc)
    except RuntimeError:
        print(server.tail(), file=sys.stderr)
        raise
    return server, f"http://127.0.0.1:{port}"


def start_worker(
    directory: Path,
    env: dict[str, str],
    *,
    name: str,
    slots: int,
    api_url: str,
    redis_url: str,
    database_url: str,
) -> tuple[Proc, int]:
    metrics_port = free_port()
    argv = [ASSAY, "worker", "--redis", redis_url, "--database", database_url]
    argv += ["--slots", str(slots), "--api", api_url, "--token", WORKER_TOKEN]
    argv += ["--cache-dir", str(directory / f"cache-{name}"), "--metrics-port", str(metrics_port)]
    # Before 8244a5e, `assay worker` died of FileNotFoundError when <cache-dir>/judge was
    # missing; creating it keeps the benchmark runnable on such a tree.
    (directory / f"cache-{name}" / "judge").mkdir(parents=True, mode=0o755)
    worker_env = {**env, "ASSAY_CACHE_DIR": str(directory / f"judge-cache-{name}")}
    worker = Proc(name, argv, worker_env, directory / f"{name}.log").start()
    try:
        wait_for_port(metrics_port, 60, worker.proc)
    except RuntimeError:
        print(worker.tail(), file=sys.stderr)
        raise
    return worker, metrics_port


# ---------------------------------------------------------------- the account


async def sign_up(base_url: str) -> str:
    """Register `bench` (the first user: admin) and return a personal API token."""
    import httpx

    async with httpx.AsyncClient(base_url=base_url, timeout=60) as client:
        response = await client.post(
            "/api/auth/register", json={"username": "bench", "password": PASSWORD}
        )
        response.raise_for_status()
        me = (await client.get("/api/auth/me")).json()
        csrf = me.get("csrf_token") or client.cookies.get("assay_csrf") or ""
        response = await client.post(
            "/api/auth/tokens", json={"name": "bench"}, headers={"X-CSRF-Token": csrf}
        )
        response.raise_for_status()
        return str(response.json()["token"])


async def wait_judged(
    base_url: str, token: str, ids: Sequence[int], timeout_s: float = 300
) -> list[dict[str, Any]]:
    """Long-poll each submission until final; their details."""
    import httpx

    headers = {"Authorization": f"Bearer {token}"}
    deadline = time.monotonic() + timeout_s
    out = []
    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=60) as client:
        for sid in ids:
            while True:
                detail = (await client.get(f"/api/submissions/{sid}", params={"wait": 30})).json()
                if detail["state"] == "finished":
                    out.append(detail)
                    break
                if time.monotonic() > deadline:
                    raise TimeoutError(f"submission {sid} is still {detail['state']}")
    return out


async def submit_and_wait(
    base_url: str, token: str, count: int, offset: int = 10_000
) -> list[dict[str, Any]]:
    import httpx

    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=60) as client:
        ids = []
        for i in range(count):
            body = {
                "problem": BENCH_PROBLEM,
                "language": "python3",
                "source": source_for(offset + i),
            }
            response = await client.post("/api/submissions", json=body)
            if response.status_code != 202:
                raise RuntimeError(f"submit: {response.status_code} {response.text}")
            ids.append(int(response.json()["id"]))
    return await wait_judged(base_url, token, ids)


# ---------------------------------------------------------------- statistics


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), int(-(-q * len(ordered) // 100))))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


# ---------------------------------------------------------------- HTTP load


WRK_SCRIPT = """\
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"duration_us":%d,"errors":%d,"non2xx":%d,"p50_us":%d,"p99_us":%d,"mean_us":%.1f,"max_us":%d}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(99), latency.mean, latency.max))
end
"""


@dataclass
class LoadResult:
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int
    non2xx: int


def load(
    url: str,
    *,
    headers: Sequence[str] = (),
    concurrency: int = 50,
    duration_s: float = 10,
    threads: int = 2,
    tool: str = "wrk",
    workdir: Path,
) -> LoadResult:
    """Closed-loop load from a separate process: `wrk`, or this file's own asyncio generator."""
    if tool == "wrk":
        script = workdir / "report.lua"
        script.write_text(WRK_SCRIPT)
        argv = ["wrk", f"-t{threads}", f"-c{concurrency}", f"-d{duration_s:g}s", "--timeout", "10s"]
        argv += ["-s", str(script)]
        for header in headers:
            argv += ["-H", header]
        argv.append(url)
    else:
        argv = [
            sys.executable,
            __file__,
            "loadgen",
            "--url",
            url,
            "--concurrency",
            str(concurrency),
        ]
        argv += ["--duration", str(duration_s)]
        for header in headers:
            argv += ["--header", header]
    done = subprocess.run(
        argv, capture_output=True, text=True, timeout=duration_s + 120, check=False
    )
    lines = [x for x in done.stdout.splitlines() if x.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{argv[0]} failed: {done.stdout}\n{done.stderr}")
    report = json.loads(lines[-1])
    return LoadResult(
        rps=report["requests"] / (report["duration_us"] / 1e6),
        p50_ms=report["p50_us"] / 1000,
        p99_ms=report["p99_us"] / 1000,
        requests=report["requests"],
        errors=report["errors"],
        non2xx=report["non2xx"],
    )


async def _loadgen(url: str, headers: dict[str, str], concurrency: int, duration_s: float) -> None:
    import httpx

    latencies: list[float] = []
    errors = non2xx = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(headers=headers, limits=limits, timeout=10) as client:
        began = time.perf_counter()
        stop = began + duration_s

        async def one_client() -> None:
            nonlocal errors, non2xx
            while time.perf_counter() < stop:
                start = time.perf_counter()
                try:
                    response = await client.get(url)
                    if response.status_code >= 400:
                        non2xx += 1
                except httpx.HTTPError:
                    errors += 1
                    continue
                latencies.append(time.perf_counter() - start)

        await asyncio.gather(*(one_client() for _ in range(concurrency)))
        elapsed = time.perf_counter() - began
    print(
        json.dumps(
            {
                "requests": len(latencies),
                "duration_us": int(elapsed * 1e6),
                "errors": errors,
                "non2xx": non2xx,
                "p50_us": int(percentile(latencies, 50) * 1e6),
                "p99_us": int(percentile(latencies, 99) * 1e6),
                "mean_us": statistics.fmean(latencies) * 1e6 if latencies else 0,
                "max_us": int(max(latencies, default=0) * 1e6),
            }
        )
    )


# ---------------------------------------------------------------- end to end


@dataclass
class Timing:
    index: int
    sid: int = 0  # the submission's id, once the 202 came
    submitted: float = 0.0  # perf_counter before the POST
    accepted_http: float = 0.0  # the 202 arrived
    accepted_event: float | None = None  # a worker took the job (`accepted` event)
    final: float | None = None  # the `finished` event arrived
    verdict: str | None = None
    tests: int = 0
    via: str = "ws"


@dataclass
class E2EResult:
    timings: list[Timing]
    began: float
    ended: float
    submit_phase_s: float
    failures: list[str] = field(default_factory=list)

    @property
    def elapsed_s(self) -> float:
        return self.ended - self.began

    @property
    def per_s(self) -> float:
        return len(self.done) / self.elapsed_s

    @property
    def done(self) -> list[Timing]:
        return [t for t in self.timings if t.final is not None]

    def latencies_ms(self) -> list[float]:
        return [(t.final - t.submitted) * 1000 for t in self.done]  # type: ignore[operator]

    def queue_waits_ms(self) -> list[float]:
        return [
            (t.accepted_event - t.accepted_http) * 1000
            for t in self.timings
            if t.accepted_event is not None
        ]

    def to_start_ms(self) -> list[float]:
        """Submit -> the `accepted` event (a worker started the job), per submission. An upper
        bound when the job started before the WebSocket was open (its events are replayed)."""
        return [
            (t.accepted_event - t.submitted) * 1000
            for t in self.timings
            if t.accepted_event is not None
        ]

    def post_ms(self) -> list[float]:
        return [(t.accepted_http - t.submitted) * 1000 for t in self.timings if t.accepted_http]

    def verdicts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for t in self.timings:
            counts[t.verdict or "none"] = counts.get(t.verdict or "none", 0) + 1
        return counts

    def summary(self) -> dict[str, Any]:
        lat = self.latencies_ms()
        waits = self.queue_waits_ms()
        posts = self.post_ms()
        return {
            "n": len(self.done),
            "elapsed_s": self.elapsed_s,
            "per_s": self.per_s,
            "p50_ms": percentile(lat, 50),
            "p99_ms": percentile(lat, 99),
            "wait_p50_ms": percentile(waits, 50),
            "wait_p99_ms": percentile(waits, 99),
            "to_start_p50_ms": percentile(self.to_start_ms(), 50),
            "to_start_p99_ms": percentile(self.to_start_ms(), 99),
            "post_p50_ms": percentile(posts, 50),
            "post_p99_ms": percentile(posts, 99),
            "submit_phase_s": self.submit_phase_s,
        }


async def end_to_end(
    base_urls: Sequence[str],
    token: str,
    count: int,
    *,
    clients: int = 8,
    rate: float | None = None,
    offset: int = 0,
    timeout_s: float = 1800,
) -> E2EResult:
    """COUNT submissions of `sumtwo10` in Python from CLIENTS concurrent clients (round-robin
    over BASE_URLS), each followed over the WebSocket from right after its 202 to the final
    event. RATE None: as fast as the clients can submit; else a steady offered rate (per s)."""
    import httpx

    headers = {"Authorization": f"Bearer {token}"}
    timings = [Timing(offset + i) for i in range(count)]
    todo: asyncio.Queue[Timing] = asyncio.Queue()
    for timing in timings:
        todo.put_nowait(timing)
    followers: list[asyncio.Task[None]] = []
    failures: list[str] = []
    began = time.perf_counter()
    start_times = iter([began + i / rate for i in range(count)]) if rate else None
    clock = asyncio.Lock()

    async def client_loop(number: int) -> None:
        limits = httpx.Limits(max_connections=4)
        async with httpx.AsyncClient(headers=headers, timeout=120, limits=limits) as client:
            while True:
                try:
                    timing = todo.get_nowait()
                except asyncio.QueueEmpty:
                    return
                if start_times is not None:
                    async with clock:
                        at = next(start_times)
                    await asyncio.sleep(max(0.0, at - time.perf_counter()))
                base = base_urls[timing.index % len(base_urls)]
                body = {
                    "problem": BENCH_PROBLEM,
                    "language": "python3",
                    "source": source_for(timing.index),
                }
                timing.submitted = time.perf_counter()
                response = await client.post(f"{base}/api/submissions", json=body)
                timing.accepted_http = time.perf_counter()
                if response.status_code != 202:
                    failures.append(
                        f"submit {timing.index}: {response.status_code} {response.text[:200]}"
                    )
                    continue
                sid = timing.sid = int(response.json()["id"])
                followers.append(asyncio.create_task(_follow(base, token, sid, timing)))

    await asyncio.gather(*(client_loop(i) for i in range(clients)))
    submit_phase = time.perf_counter() - began
    results = await asyncio.wait_for(asyncio.gather(*followers, return_exceptions=True), timeout_s)
    failures += [f"follow: {r!r}" for r in results if isinstance(r, BaseException)]
    finals = [t.final for t in timings if t.final is not None]
    ended = max(finals) if finals else time.perf_counter()
    return E2EResult(timings, began, ended, submit_phase, failures)


async def _follow(base_url: str, token: str, sid: int, timing: Timing) -> None:
    import websockets

    url = base_url.replace("http", "ws", 1) + f"/api/submissions/{sid}/events"
    headers = {"Authorization": f"Bearer {token}"}
    try:
        async with websockets.connect(
            url,
            additional_headers=headers,
            open_timeout=120,
            ping_interval=None,
            max_size=2**24,
        ) as socket:
            async for message in socket:
                now = time.perf_counter()
                data = json.loads(message)["data"]
                kind = data.get("kind")
                if kind == "accepted" and timing.accepted_event is None:
                    timing.accepted_event = now
                if kind == "finished":
                    timing.final = now
                    result = data.get("result") or {}
                    timing.verdict = result.get("verdict")
                    timing.tests = len(result.get("tests") or [])
                    return
    except Exception:
        pass
    # The socket ended without a final event: fall back to the long-poll (counted as such).
    import httpx

    timing.via = "long-poll"
    async with httpx.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=120) as c:
        while True:
            detail = (await c.get(f"{base_url}/api/submissions/{sid}", params={"wait": 30})).json()
            if detail["state"] == "finished":
                timing.final = time.perf_counter()
                timing.verdict = detail["verdict"]
                timing.tests = len(detail["tests"])
                return


# ---------------------------------------------------------------- Prometheus histograms


def scrape_histogram(url: str, name: str) -> dict[float, float]:
    """Cumulative bucket counts (le -> count), summed over every label set."""
    import httpx
    from prometheus_client.parser import text_string_to_metric_families

    text = httpx.get(url, timeout=10).text
    buckets: dict[float, float] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == f"{name}_bucket":
                le = float(sample.labels["le"])
                buckets[le] = buckets.get(le, 0.0) + sample.value
    return buckets


# ---------------------------------------------------------------- queue wait from the records


async def created_at(base_url: str, token: str, ids: set[int]) -> dict[int, float]:
    """Submission id -> its `created_at` (Unix time; set by the API when it stores the row,
    just before it commits and enqueues), from the list of the user's submissions."""
    import datetime as dt

    import httpx

    out: dict[int, float] = {}
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=60) as client:
        page = 1
        while ids - set(out):
            body = (
                await client.get("/api/submissions", params={"page": page, "per_page": 100})
            ).json()
            if not body["items"]:
                break
            for item in body["items"]:
                stamp = dt.datetime.fromisoformat(item["created_at"])
                if stamp.tzinfo is None:
                    stamp = stamp.replace(tzinfo=dt.UTC)
                out[int(item["id"])] = stamp.timestamp()
            page += 1
    return {sid: out[sid] for sid in ids if sid in out}


def judging_started(logs: Sequence[Path]) -> dict[int, float]:
    """Submission id -> Unix time (ms resolution) of the worker's `judging attempt N (delivery
    1)` log line: after the take, the `judging` UPDATE and the load of the source."""
    out: dict[int, float] = {}
    for log in logs:
        for line in log.read_text(errors="replace").splitlines():
            if not line.startswith("{") or '"judging attempt' not in line:
                continue
            with contextlib.suppress(ValueError, KeyError, TypeError):
                record = json.loads(line)
                if record["msg"].endswith("(delivery 1)") and record.get("submission_id"):
                    out.setdefault(int(record["submission_id"]), float(record["ts"]))
    return out


def scrape_sum_count(url: str, name: str) -> tuple[float, float]:
    """A histogram's (sum, count), summed over every label set."""
    import httpx
    from prometheus_client.parser import text_string_to_metric_families

    text = httpx.get(url, timeout=10).text
    total = count = 0.0
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == f"{name}_sum":
                total += sample.value
            elif sample.name == f"{name}_count":
                count += sample.value
    return total, count


def process_cpu_s(pid: int) -> tuple[float, float]:
    """(own user+system, reaped children's user+system) CPU seconds of a process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    tick = os.sysconf("SC_CLK_TCK")
    own = (int(fields[11]) + int(fields[12])) / tick
    children = (int(fields[13]) + int(fields[14])) / tick
    return own, children


def diff_histograms(after: dict[float, float], before: dict[float, float]) -> dict[float, float]:
    return {le: count - before.get(le, 0.0) for le, count in after.items()}


def add_histograms(*hists: dict[float, float]) -> dict[float, float]:
    out: dict[float, float] = {}
    for hist in hists:
        for le, count in hist.items():
            out[le] = out.get(le, 0.0) + count
    return out


def histogram_quantile(buckets: dict[float, float], q: float) -> tuple[float, float, float]:
    """(estimate, bucket lower bound, bucket upper bound) in seconds; linear interpolation inside
    the bucket like Prometheus' histogram_quantile. NaN when empty."""
    bounds = sorted(buckets)
    total = buckets.get(float("inf"), 0.0)
    if total <= 0:
        nan = float("nan")
        return nan, nan, nan
    rank = q * total
    lower, previous = 0.0, 0.0
    for le in bounds:
        count = buckets[le]
        if count >= rank:
            if le == float("inf"):
                return lower, lower, le
            inside = count - previous
            fraction = (rank - previous) / inside if inside > 0 else 1.0
            return lower + (le - lower) * fraction, lower, le
        lower, previous = le, count
    return lower, lower, float("inf")


def fmt_quantile(buckets: dict[float, float], q: float) -> str:
    """The histogram bucket holding the quantile, e.g. `1-5 ms` (interpolating inside the wide
    buckets of the histogram would invent precision it does not have)."""
    estimate, low, high = histogram_quantile(buckets, q)
    if estimate != estimate:  # NaN
        return "n/a"
    high_text = "inf" if high == float("inf") else f"{high * 1000:g}"
    return f"{low * 1000:g}-{high_text} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description="a closed-loop HTTP load generator (asyncio)")
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("loadgen")
    gen.add_argument("--url", required=True)
    gen.add_argument("--header", action="append", default=[])
    gen.add_argument("--concurrency", type=int, default=50)
    gen.add_argument("--duration", type=float, default=10)
    args = parser.parse_args()
    headers = dict(h.split(": ", 1) for h in args.header)
    asyncio.run(_loadgen(args.url, headers, args.concurrency, args.duration))


if __name__ == "__main__":
    main()
