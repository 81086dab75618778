"""The app as a whole: OpenAPI contract, health, metrics, the front end, error documents."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from api_support import LANGUAGES, Api, FakeTransport, make_settings

from assay.api import create_app
from assay.db.engine import Database
from assay.queue.metrics import QueueMetrics


async def test_openapi_has_operation_ids_schema_families_and_problem_errors(
    anon: httpx.AsyncClient,
) -> None:
    schema = (await anon.get("/api/openapi.json")).json()
    operations = [
        operation
        for path in schema["paths"].values()
        for operation in path.values()
        if isinstance(operation, dict) and "responses" in operation
    ]
    ids = [operation["operationId"] for operation in operations]
    assert len(ids) == len(set(ids)) and all(i[0].islower() and "_" not in i for i in ids)
    for needed in ("listProblems", "getProblem", "createSubmission", "getSubmission", "login"):
        assert needed in ids
    names = set(schema["components"]["schemas"])
    assert {
        "UserPublic",
        "UserMe",
        "ProblemSummary",
        "ProblemDetail",
        "ProblemPage",
        "SubmissionPublic",
        "SubmissionDetail",
        "ProblemDetails",
        "SubmissionEvent",  # the WebSocket message
    } <= names
    assert "HTTPValidationError" not in names  # validation errors are problem documents too
    for operation in operations:
        assert operation["responses"]["4XX"]["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/ProblemDetails"
        }
    assert "/api/docs" not in schema["paths"]


async def test_health(api: Api, anon: httpx.AsyncClient) -> None:
    response = await anon.get("/api/health")
    assert response.json()["status"] == "ok" and response.json()["queue_depth"] == 0


async def test_metrics_are_404_unless_wired(admin: httpx.AsyncClient) -> None:
    assert (await admin.get("/metrics")).status_code == 404


async def test_metrics_when_wired(tmp_path: Path, database_url: str) -> None:
    settings = make_settings(tmp_path, database_url, metrics_public=True)
    app = create_app(
        settings,
        transport=FakeTransport(),
        database=Database.from_url(database_url),
        languages=lambda: LANGUAGES,
        metrics=QueueMetrics(),
    )
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            response = await client.get("/metrics")
    assert response.status_code == 200
    assert "assay_queue_depth" in response.text


@pytest.fixture
def web_dist(tmp_path: Path) -> Path:
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text("<!doctype html><div id=root></div>")
    (dist / "assets" / "app-1234.js").write_text("console.log(1)")
    return dist


async def test_the_front_end_is_served_with_an_spa_fallback(
    tmp_path: Path, database_url: str, web_dist: Path
) -> None:
    settings = make_settings(tmp_path, database_url, web_dist_dir=web_dist)
    app = create_app(
        settings,
        transport=FakeTransport(),
        database=Database.from_url(database_url),
        languages=lambda: LANGUAGES,
    )
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            index = await client.get("/")
            deep = await client.get("/problems/sum")
            asset = await client.get("/assets/app-1234.js")
            escape = await client.get("/..%2F..%2Fetc/passwd")
            missing_api = await client.get("/api/does-not-exist")
            real_api = await client.get("/api/health")
    assert index.status_code == 200 and "root" in index.text
    assert deep.text == index.text
    assert asset.text == "console.log(1)" and "immutable" in asset.headers["cache-control"]
    assert escape.text == index.text
    assert missing_api.status_code == 404
    assert missing_api.headers["content-type"] == "application/problem+json"
    assert real_api.json()["status"] == "ok"


async def test_without_a_front_end_unknown_paths_are_problem_404s(anon: httpx.AsyncClient) -> None:
    response = await anon.get("/some/page")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


async def test_method_not_allowed_is_a_problem_document(anon: httpx.AsyncClient) -> None:
    response = await anon.put("/api/problems")
    assert response.status_code == 405
    assert response.json()["code"] == "method_not_allowed"
