"""Serving the built front end (`web/dist`): files as they are, `index.html` for app routes."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, Response
from starlette.exceptions import HTTPException

_NOT_APP = ("/api/", "/api")  # paths the SPA never handles


def mount_front_end(app: FastAPI, dist: Path) -> None:
    """Serve `dist` when it has an index.html; every other GET falls back to it."""
    index = dist / "index.html"
    if not index.is_file():
        return
    root = dist.resolve()

    async def front_end(request: Request, path: str) -> Response:
        if request.url.path.startswith(_NOT_APP):
            raise HTTPException(status_code=404)
        candidate = (root / path).resolve()
        if path and candidate.is_relative_to(root) and candidate.is_file():
            return FileResponse(candidate, headers=_cache_headers(path))
        return FileResponse(index, headers={"Cache-Control": "no-cache"})

    app.add_api_route("/{path:path}", front_end, methods=["GET", "HEAD"], include_in_schema=False)


def _cache_headers(path: str) -> dict[str, str]:
    """Vite puts content hashes in asset names: those may be cached for good."""
    if path.startswith("assets/"):
        return {"Cache-Control": "public, max-age=31536000, immutable"}
    return {"Cache-Control": "no-cache"}


SWAGGER_DIR = "swagger"  # in web/dist, copied from swagger-ui-dist by scripts/build-web.sh


def add_api_docs(app: FastAPI, dist: Path) -> None:
    """The Swagger page at /api/docs, its script and style served from `dist/swagger/` (it works
    offline). Without a web build there is no page: the API's schema stays at /api/openapi.json."""
    swagger = dist / SWAGGER_DIR
    if not (swagger / "swagger-ui-bundle.js").is_file():
        return

    async def api_docs() -> Response:
        return get_swagger_ui_html(
            openapi_url="/api/openapi.json",
            title=f"{app.title} API",
            swagger_js_url=f"/{SWAGGER_DIR}/swagger-ui-bundle.js",
            swagger_css_url=f"/{SWAGGER_DIR}/swagger-ui.css",
            swagger_favicon_url="/favicon.svg",
        )

    app.add_api_route("/api/docs", api_docs, methods=["GET"], include_in_schema=False)
