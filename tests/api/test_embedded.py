"""The platform as `assay serve` wires it: the embedded queue and worker (with a judge double in
place of the sandboxed pipeline), restart recovery, bundled problems, and `assay import`."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest
from api_support import LANGUAGES, make_settings, write_package, zip_package
from typer.testing import CliRunner

from assay.api import create_app
from assay.cli import _platform_app
from assay.cli import app as cli_app
from assay.config import Settings
from assay.core import (
    Compiled,
    Compiling,
    Finished,
    JudgeEvent,
    JudgeResult,
    TestFinished,
    TestResult,
    TestStarted,
    Verdict,
)
from assay.db.engine import Database
from assay.modes.setup import transport_for
from assay.problems.loader import load_problem
from assay.queue.client import Job
from assay.worker.worker import WorkItem


def fake_judge(job: Job, work: WorkItem, package_dir: Path) -> Iterator[JudgeEvent]:
    """Accepts sources that say "correct"; judges every case of the real package."""
    problem = load_problem(package_dir)
    cases = problem.samples if work.options.samples_only else problem.tests
    verdict = Verdict.AC if "correct" in work.source.text else Verdict.WA
    yield Compiling()
    yield Compiled(ok=True)
    results = []
    for index, case in enumerate(cases, start=1):
        yield TestStarted(index, len(cases), case.name)
        shown = case.is_sample
        result = TestResult(
            name=case.name,
            verdict=verdict,
            cpu_time_s=0.01 * index,
            memory_kib=1024,
            is_sample=case.is_sample,
            input_text=case.input_path.read_text() if shown else None,
            expected_output=case.answer_path.read_text() if shown else None,
            actual_output=case.answer_path.read_text() if shown else None,
        )
        results.append(result)
        yield TestFinished(index, len(cases), result)
    yield Finished(
        JudgeResult(
            verdict=verdict,
            max_cpu_time_s=max(r.cpu_time_s for r in results),
            max_memory_kib=1024,
            tests=tuple(results),
        )
    )


@asynccontextmanager
async def platform(settings: Settings, *, slots: int) -> AsyncIterator[httpx.AsyncClient]:
    database = Database.from_url(settings.database_url)
    transport = transport_for(settings, database, slots=slots, judge=fake_judge)
    app = create_app(settings, transport=transport, database=database, languages=lambda: LANGUAGES)
    async with app.router.lifespan_context(app):
        asgi = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=asgi, base_url="http://testserver") as client:
            client.event_hooks["request"].append(_csrf(client))
            yield client


def _csrf(client: httpx.AsyncClient):  # type: ignore[no-untyped-def]
    async def hook(request: httpx.Request) -> None:
        if token := client.cookies.get("assay_csrf"):
            request.headers["X-CSRF-Token"] = token

    return hook


async def sign_up_and_import(client: httpx.AsyncClient, tmp_path: Path) -> None:
    response = await client.post(
        "/api/auth/register", json={"username": "admin", "password": "correct horse"}
    )
    assert response.status_code == 201
    archive = zip_package(write_package(tmp_path / "hello"), tmp_path / "hello.zip")
    files = {"file": ("hello.zip", archive.read_bytes(), "application/zip")}
    assert (await client.post("/api/admin/problems", files=files)).status_code == 201


@pytest.fixture
def settings(tmp_path: Path, database_url: str, database: Database) -> Settings:
    return make_settings(tmp_path, database_url)


async def test_submit_is_judged_by_the_embedded_worker(settings: Settings, tmp_path: Path) -> None:
    async with platform(settings, slots=2) as client:
        await sign_up_and_import(client, tmp_path)
        body = {"problem": "hello", "language": "python3", "source": "# correct\nprint(3)"}
        sid = (await client.post("/api/submissions", json=body)).json()["id"]
        detail = (await client.get(f"/api/submissions/{sid}", params={"wait": 20})).json()
        assert (detail["state"], detail["verdict"], len(detail["tests"])) == ("finished", "AC", 2)
        assert detail["tests"][0]["actual_output"] == "3\n"
        assert detail["tests"][1]["input"] is None
        run = await client.post("/api/runs", json={**body, "source": "print(0)"})
        result = (await client.get(f"/api/runs/{run.json()['id']}", params={"wait": 20})).json()
        assert (result["verdict"], len(result["tests"])) == ("WA", 1)
        history = (await client.get("/api/problems/hello/history")).json()
        assert history["languages"][0]["versions"][0]["submission_id"] == sid


async def test_a_restart_judges_what_was_left_queued(settings: Settings, tmp_path: Path) -> None:
    async with platform(settings, slots=0) as client:
        await sign_up_and_import(client, tmp_path)
        body = {"problem": "hello", "language": "python3", "source": "# correct"}
        sid = (await client.post("/api/submissions", json=body)).json()["id"]
        assert (await client.get(f"/api/submissions/{sid}")).json()["state"] == "queued"
    async with platform(settings, slots=1) as client:
        await client.post("/api/auth/login", json={"login": "admin", "password": "correct horse"})
        detail = (await client.get(f"/api/submissions/{sid}", params={"wait": 20})).json()
        assert detail["verdict"] == "AC"


async def test_serve_loads_bundled_problems_once(
    tmp_path: Path, database_url: str, database: Database
) -> None:
    problems = tmp_path / "bundled"
    write_package(problems / "alpha")
    write_package(problems / "beta")
    (problems / "not-a-problem").mkdir()
    settings = make_settings(tmp_path, database_url, problems_dir=problems)
    for expected_versions in ({"alpha": 1, "beta": 1}, {"alpha": 1, "beta": 2}):
        app = _platform_app(settings, 0)
        async with app.router.lifespan_context(app):
            asgi = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=asgi, base_url="http://t") as client:
                listed = (await client.get("/api/problems")).json()["items"]
                versions = {}
                for item in listed:
                    detail = (await client.get(f"/api/problems/{item['slug']}")).json()
                    versions[item["slug"]] = detail["version"]
        assert versions == expected_versions
        (problems / "beta" / "data" / "secret" / "1.ans").write_text("changed\n")


def test_the_import_command(tmp_path: Path, database_url: str, database: Database) -> None:
    env = {
        "ASSAY_DATABASE_URL": database_url,
        "ASSAY_DATA_DIR": str(tmp_path / "var"),
        "ASSAY_SECRET_KEY": "x",
    }
    package = write_package(tmp_path / "hello")
    runner = CliRunner()
    first = runner.invoke(cli_app, ["import", str(package)], env=env)
    assert first.exit_code == 0, first.output
    assert "hello: created (version 1" in first.output
    again = runner.invoke(cli_app, ["import", str(package)], env=env)
    assert "hello: unchanged (version 1" in again.output
    archive = zip_package(
        write_package(tmp_path / "v2" / "hello", name="Hello 2"), tmp_path / "h.zip"
    )
    zipped = runner.invoke(cli_app, ["import", str(archive), "--slug", "hello"], env=env)
    assert "hello: updated (version 2" in zipped.output, zipped.output
    (tmp_path / "broken").mkdir()
    broken = runner.invoke(cli_app, ["import", str(tmp_path / "broken")], env=env)
    assert broken.exit_code == 1 and "problem.yaml" in broken.output
    linked = write_package(tmp_path / "linked")
    (linked / "data" / "secret" / "2.in").symlink_to("/etc/passwd")
    refused = runner.invoke(cli_app, ["import", str(linked)], env=env)
    assert refused.exit_code == 1 and "links are not allowed" in refused.output
    assert (
        os.listdir(tmp_path / "var" / "packages")
        and len(os.listdir(tmp_path / "var" / "packages")) == 2
    )
