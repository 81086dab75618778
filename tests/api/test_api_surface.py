"""The API surface: uploads refused from the headers before the body is read, `/metrics` not
public, security headers on the SPA and the API, Secure cookies behind https, and weak worker
tokens refused at start-up."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from api_support import LANGUAGES, Api, FakeTransport, make_settings
from pydantic import ValidationError
from typer.testing import CliRunner

from assay.api import create_app
from assay.cli import app as cli_app
from assay.config import Settings, worker_token_problem
from assay.db.engine import Database
from assay.queue.metrics import QueueMetrics

STRONG_TOKEN = "Zq8vN3xR7tLp2WcY9hJm4KsB6dFg1AeU5nPo0Ti"


class CountingBody:
    """A request body that records how much of it the server read."""

    def __init__(self, chunks: int = 64, size: int = 64 * 1024) -> None:
        self.chunks, self.size, self.sent = chunks, size, 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for _ in range(self.chunks):
            self.sent += 1
            yield b"\0" * self.size


def multipart_headers(length: int) -> dict[str, str]:
    return {"content-type": "multipart/form-data; boundary=x", "content-length": str(length)}


async def test_uploads_are_refused_from_the_headers_before_the_body_is_read(
    api: Api, alice: httpx.AsyncClient, anon: httpx.AsyncClient
) -> None:
    for client, status in ((anon, 401), (alice, 403)):
        for method, path in (
            ("POST", "/api/admin/problems"),
            ("PUT", "/api/admin/problems/x/package"),
        ):
            body = CountingBody()
            response = await client.request(
                method, path, content=body, headers=multipart_headers(64 * 64 * 1024)
            )
            assert response.status_code == status, response.text
            assert body.sent == 0, "the body was read before the caller was refused"
    # A non-admin with a valid CSRF-less cookie request is refused (403) before the body too.
    bare = api.client(auto_csrf=False)
    bare.cookies.update(alice.cookies)
    body = CountingBody()
    refused = await bare.post("/api/admin/problems", content=body, headers=multipart_headers(10))
    assert refused.status_code == 403 and refused.json()["code"] == "csrf_failed"
    assert body.sent == 0


@pytest.mark.parametrize("settings_overrides", [{"upload_limit_bytes": 1024 * 1024}])
async def test_an_oversized_declared_upload_is_refused_at_once(
    api: Api, admin: httpx.AsyncClient
) -> None:
    body = CountingBody()
    response = await admin.post(
        "/api/admin/problems", content=body, headers=multipart_headers(64 * 1024 * 1024)
    )
    assert response.status_code == 413 and body.sent == 0


async def _metrics_app(tmp_path: Path, database_url: str, **overrides: Any) -> Any:
    settings = make_settings(tmp_path, database_url, **overrides)
    return create_app(
        settings,
        transport=FakeTransport(),
        database=Database.from_url(database_url),
        languages=lambda: LANGUAGES,
        metrics=QueueMetrics(),
    )


async def test_metrics_need_the_token_or_an_administrator(
    tmp_path: Path, database_url: str, database: Database
) -> None:
    app = await _metrics_app(tmp_path, database_url, metrics_token=STRONG_TOKEN)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            anonymous = await client.get("/metrics")
            wrong = await client.get("/metrics", headers={"Authorization": "Bearer nope"})
            scraper = await client.get(
                "/metrics", headers={"Authorization": f"Bearer {STRONG_TOKEN}"}
            )
            admin = {"username": "root", "password": "long enough"}
            assert (await client.post("/api/auth/register", json=admin)).status_code == 201
            as_admin = await client.get("/metrics")
            await client.post(
                "/api/auth/logout", headers={"X-CSRF-Token": client.cookies["assay_csrf"]}
            )
            user = {"username": "user", "password": "long enough"}
            assert (await client.post("/api/auth/register", json=user)).status_code == 201
            as_user = await client.get("/metrics")
    assert anonymous.status_code == 401 and wrong.status_code == 401
    assert scraper.status_code == 200 and "assay_queue_depth" in scraper.text
    assert as_admin.status_code == 200
    assert as_user.status_code == 403


async def test_security_headers_on_the_api(anon: httpx.AsyncClient) -> None:
    for response in (await anon.get("/api/health"), await anon.get("/api/nothing-here")):
        csp = response.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "strict-origin-when-cross-origin"
        assert response.headers["x-frame-options"] == "DENY"
        assert "strict-transport-security" not in response.headers


async def test_the_swagger_page_works_offline(tmp_path: Path, database_url: str) -> None:
    dist = tmp_path / "dist"
    (dist / "swagger").mkdir(parents=True)
    (dist / "index.html").write_text("<!doctype html><div id=root></div>")
    (dist / "swagger" / "swagger-ui-bundle.js").write_text("window.SwaggerUIBundle = 1;")
    (dist / "swagger" / "swagger-ui.css").write_text("body {}")
    settings = make_settings(tmp_path, database_url, web_dist_dir=dist)
    app = create_app(
        settings,
        transport=FakeTransport(),
        database=Database.from_url(database_url),
        languages=lambda: LANGUAGES,
    )
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            docs = await client.get("/api/docs")
            script = await client.get("/swagger/swagger-ui-bundle.js")
    assert docs.status_code == 200 and "/swagger/swagger-ui-bundle.js" in docs.text
    assert "http" not in docs.headers["content-security-policy"]  # nothing from another host
    assert "cdn" not in docs.text and script.text == "window.SwaggerUIBundle = 1;"


async def test_security_headers_on_the_front_end(tmp_path: Path, database_url: str) -> None:
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "index.html").write_text("<!doctype html><div id=root></div>")
    settings = make_settings(
        tmp_path, database_url, web_dist_dir=dist, public_url="https://judge.example.org"
    )
    app = create_app(
        settings,
        transport=FakeTransport(),
        database=Database.from_url(database_url),
        languages=lambda: LANGUAGES,
    )
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            page = await client.get("/problems/sum")
            body = {"username": "carol", "password": "long enough"}
            registered = await client.post("/api/auth/register", json=body)
    csp = page.headers["content-security-policy"]
    for directive in (
        "default-src 'self'",
        "script-src 'self'",
        "worker-src 'self' blob:",
        "style-src 'self' 'unsafe-inline'",
        "frame-ancestors 'none'",
        "object-src 'none'",
    ):
        assert directive in csp
    assert "unsafe-eval" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["strict-transport-security"].startswith("max-age=")
    cookies = registered.headers.get_list("set-cookie")
    assert cookies and all("Secure" in c for c in cookies)  # https public_url, no cookie_secure


def test_the_secure_flag_follows_the_public_url() -> None:
    assert Settings(public_url="https://judge.example.org").secure_cookies
    assert not Settings(public_url="http://localhost:8000").secure_cookies
    assert Settings(cookie_secure=True).secure_cookies


@pytest.mark.parametrize(
    "token",
    ["", "   ", "short-token", "change-me-change-me-change-me-change-me", "a" * 40],
)
def test_weak_worker_tokens_are_refused(token: str) -> None:
    assert worker_token_problem(token) is not None
    with pytest.raises(ValidationError, match="worker token"):
        Settings(worker_token=token)  # type: ignore[arg-type]


def test_a_strong_worker_token_is_accepted() -> None:
    assert worker_token_problem(STRONG_TOKEN) is None
    assert Settings(worker_token=STRONG_TOKEN).worker_token is not None  # type: ignore[arg-type]


def test_serve_and_worker_refuse_a_weak_token_at_start_up(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ASSAY_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("ASSAY_WORKER_TOKEN", "secret")
    served = CliRunner().invoke(cli_app, ["serve"])
    assert served.exit_code == 2
    assert "ASSAY_WORKER_TOKEN" in served.output and "fewer than 32" in served.output
    monkeypatch.setenv("ASSAY_WORKER_TOKEN", "")
    worker = CliRunner().invoke(
        cli_app,
        [
            "worker",
            "--redis",
            "redis://127.0.0.1:1",
            "--database",
            "sqlite://",
            "--api",
            "http://x",
        ],
    )
    assert worker.exit_code == 2 and "worker token is empty" in worker.output


def test_a_workers_metrics_port_listens_on_loopback_unless_told(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from assay.modes import cli_worker
    from assay.modes.standalone import WorkerOptions

    seen: list[WorkerOptions] = []
    monkeypatch.setattr(cli_worker, "run", lambda options: seen.append(options) or 0)
    monkeypatch.delenv("ASSAY_WORKER_TOKEN", raising=False)
    monkeypatch.delenv("ASSAY_WORKER_METRICS_ADDR", raising=False)
    base = ["worker", "--redis", "redis://127.0.0.1:1", "--database", "sqlite://"]
    for extra in ([], ["--metrics-addr", "10.0.0.12"]):
        result = CliRunner().invoke(cli_app, [*base, "--metrics-port", "9100", *extra])
        assert result.exit_code == 0, result.output
    assert [o.metrics_addr for o in seen] == ["127.0.0.1", "10.0.0.12"]
