"""Administration: package import and re-import, hide, delete, rejudge, queue and workers."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import httpx
import pytest
from api_support import Api, judge, write_package, zip_package

from assay.core import JudgeResult, SubmissionState, Verdict
from assay.db import results
from assay.db import submissions as submission_queries


def upload(path: Path, name: str | None = None) -> dict[str, tuple[str, bytes, str]]:
    return {"file": (name or path.name, path.read_bytes(), "application/zip")}


def packages_dir(api: Api) -> list[str]:
    root = api.settings.packages_dir
    return sorted(p.name for p in root.iterdir()) if root.is_dir() else []


def leftovers(api: Api) -> list[Path]:
    """Anything an import left behind outside the package store."""
    tmp = api.settings.data_dir / "tmp"
    return list(tmp.iterdir()) if tmp.is_dir() else []


async def test_import_a_zip_then_a_new_version(
    api: Api, admin: httpx.AsyncClient, anon: httpx.AsyncClient, tmp_path: Path
) -> None:
    package = write_package(tmp_path / "src" / "hello")
    archive = zip_package(package, tmp_path / "hello.zip", top="hello")
    created = await admin.post("/api/admin/problems", files=upload(archive))
    assert created.status_code == 201, created.text
    body = created.json()
    assert (body["slug"], body["title"], body["version"], body["created"]) == (
        "hello",
        "Hello",
        1,
        True,
    )
    detail = (await anon.get("/api/problems/hello")).json()
    assert detail["samples"] == [
        {"name": "1", "input": "1 2\n", "output": "3\n", "interaction": None}
    ]
    assert "<script>" not in detail["statement_html"]
    assert '<span class="math inline">a+b</span>' in detail["statement_html"]
    assert 'src="/api/problems/hello/assets/figure.png"' in detail["statement_html"]
    assert (detail["difficulty"], detail["tags"], detail["test_count"]) == (
        "easy",
        ["intro", "math"],
        2,
    )
    figure = await anon.get("/api/problems/hello/assets/figure.png")
    assert figure.status_code == 200 and figure.headers["content-type"] == "image/png"
    assert (await anon.get("/api/problems/hello/assets/problem.en.md")).status_code == 404

    again = await admin.put("/api/admin/problems/hello/package", files=upload(archive))
    assert again.json()["changed"] is False and again.json()["version"] == 1

    write_package(tmp_path / "v2" / "hello", name="Hello Again")
    archive2 = zip_package(tmp_path / "v2" / "hello", tmp_path / "v2.zip")
    updated = await admin.put("/api/admin/problems/hello/package", files=upload(archive2))
    assert (updated.json()["version"], updated.json()["title"]) == (2, "Hello Again")
    assert len(packages_dir(api)) == 2
    assert leftovers(api) == []


async def test_import_refuses_an_existing_slug(
    api: Api, admin: httpx.AsyncClient, tmp_path: Path
) -> None:
    archive = zip_package(write_package(tmp_path / "hello"), tmp_path / "hello.zip")
    assert (await admin.post("/api/admin/problems", files=upload(archive))).status_code == 201
    again = await admin.post("/api/admin/problems", files=upload(archive))
    assert again.status_code == 409 and again.json()["code"] == "problem_exists"
    renamed = await admin.post(
        "/api/admin/problems", files=upload(archive), data={"slug": "hello-two"}
    )
    assert renamed.status_code == 201 and renamed.json()["slug"] == "hello-two"


def bad_archives(tmp_path: Path) -> dict[str, bytes]:
    package = write_package(tmp_path / "pkg")
    good = zip_package(package, tmp_path / "good.zip").read_bytes()

    def build(entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as bundle:
            for name, data in entries:
                bundle.writestr(name, data)
        return buffer.getvalue()

    link = zipfile.ZipInfo("problem.yaml")
    link.external_attr = 0o120777 << 16  # a symlink
    return {
        "not a zip": b"this is not a zip file",
        "escaping path": build([("../evil.txt", b"x"), ("problem.yaml", b"name: x\n")]),
        "absolute path": build([("/etc/evil", b"x"), ("problem.yaml", b"name: x\n")]),
        "symlink": build([(link, b"/etc/passwd")]),
        "no problem.yaml": build([("readme.txt", b"hi")]),
        "invalid package": build([("problem.yaml", b"limits: [unclosed\n")]),
        "truncated": good[: len(good) // 2],
    }


async def test_a_rejected_archive_leaves_nothing_behind(
    api: Api, admin: httpx.AsyncClient, anon: httpx.AsyncClient, tmp_path: Path
) -> None:
    for label, data in bad_archives(tmp_path).items():
        response = await admin.post(
            "/api/admin/problems", files={"file": ("pkg.zip", data, "application/zip")}
        )
        assert response.status_code == 422, (label, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["detail"], label
    assert (await anon.get("/api/problems")).json()["total"] == 0
    assert packages_dir(api) == []
    assert leftovers(api) == []


@pytest.mark.parametrize("settings_overrides", [{"upload_limit_bytes": 2048}])
async def test_an_oversized_archive_is_413(
    api: Api, admin: httpx.AsyncClient, tmp_path: Path
) -> None:
    response = await admin.post(
        "/api/admin/problems", files={"file": ("big.zip", b"\0" * 4096, "application/zip")}
    )
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
    assert packages_dir(api) == [] and leftovers(api) == []


async def test_only_admins_import(
    api: Api, alice: httpx.AsyncClient, anon: httpx.AsyncClient, tmp_path: Path
) -> None:
    archive = zip_package(write_package(tmp_path / "hello"), tmp_path / "hello.zip")
    assert (await alice.post("/api/admin/problems", files=upload(archive))).status_code == 403
    assert (await anon.post("/api/admin/problems", files=upload(archive))).status_code == 401
    assert packages_dir(api) == []


async def test_delete_drops_queued_jobs_and_submissions(
    api: Api, admin: httpx.AsyncClient, alice: httpx.AsyncClient
) -> None:
    await api.add_problem("doomed")
    await api.add_problem("kept")
    body = {"problem": "doomed", "language": "python3", "source": "print(1)"}
    doomed_id = (await alice.post("/api/submissions", json=body)).json()["id"]
    await alice.post("/api/submissions", json={**body, "problem": "kept"})
    assert await api.transport.queue.depth() == 2
    assert (await admin.delete("/api/admin/problems/doomed")).status_code == 204
    assert await api.transport.queue.depth() == 1
    assert (await api.next_job()).problem_id == "kept"
    assert (await alice.get(f"/api/submissions/{doomed_id}")).status_code == 404
    assert (await admin.delete("/api/admin/problems/doomed")).status_code == 404


async def test_rejudge_one_and_all(
    api: Api, admin: httpx.AsyncClient, alice: httpx.AsyncClient
) -> None:
    await api.add_problem("sum")
    body = {"problem": "sum", "language": "python3", "source": "print(1)"}
    first = (await alice.post("/api/submissions", json=body)).json()["id"]
    await api.judge_next(Verdict.WA)
    second = (await alice.post("/api/submissions", json=body)).json()["id"]
    await api.judge_next(Verdict.AC)

    response = await admin.post(f"/api/admin/submissions/{first}/rejudge")
    assert (response.status_code, response.json()) == (202, {"count": 1})
    detail = (await alice.get(f"/api/submissions/{first}")).json()
    assert (detail["state"], detail["verdict"], detail["attempt"], detail["tests"]) == (
        "queued",
        None,
        2,
        [],
    )
    job = await api.next_job()
    assert (job.submission_id, job.attempt, job.priority) == (str(first), 2, "bulk")

    everything = await admin.post("/api/admin/problems/sum/rejudge")
    assert everything.json() == {"count": 2}
    jobs = {(await api.next_job()).submission_id for _ in range(2)}
    assert jobs == {str(first), str(second)}
    async with api.database.sessions() as session:
        row = await submission_queries.get_submission(session, second)
        assert row is not None and row.state is SubmissionState.QUEUED and row.attempt == 2

    assert (await alice.post(f"/api/admin/submissions/{first}/rejudge")).status_code == 403
    assert (await admin.post("/api/admin/submissions/999/rejudge")).status_code == 404


async def test_a_late_result_of_an_old_attempt_is_ignored(
    api: Api, admin: httpx.AsyncClient, alice: httpx.AsyncClient
) -> None:
    await api.add_problem("sum")
    body = {"problem": "sum", "language": "python3", "source": "print(1)"}
    sid = (await alice.post("/api/submissions", json=body)).json()["id"]
    old_job = await api.next_job()
    await admin.post(f"/api/admin/submissions/{sid}/rejudge")
    new_job = await api.next_job()
    async with api.database.sessions() as session:
        assert not await results.start_judging(session, old_job.submission_id, old_job.attempt)
        wa = JudgeResult(verdict=Verdict.WA)
        assert not await results.record_result(session, old_job.submission_id, 1, wa)
    await judge(api, new_job, Verdict.AC)
    assert (await alice.get(f"/api/submissions/{sid}")).json()["verdict"] == "AC"


async def test_queue_and_workers_for_admins(
    api: Api, admin: httpx.AsyncClient, alice: httpx.AsyncClient
) -> None:
    stats = (await admin.get("/api/admin/queue")).json()
    assert stats["depth"] == 0
    assert (await admin.get("/api/admin/workers")).json() == []
    assert (await alice.get("/api/admin/queue")).status_code == 403
    everyone = await admin.get("/api/admin/submissions", params={"user": "alice"})
    assert everyone.json()["total"] == 0
    assert (await admin.get("/api/admin/submissions", params={"user": "ghost"})).status_code == 404
