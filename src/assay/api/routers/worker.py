"""Problem packages for remote workers: `GET /api/worker/packages/{hash}` (a zip).

Authenticated by the shared worker token (`ASSAY_WORKER_TOKEN`); off when it is unset.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from pathlib import Path
from typing import Annotated

import anyio.to_thread
from fastapi import APIRouter, Header
from fastapi import Path as PathParam
from fastapi.responses import FileResponse

from assay.api.deps import ContextDep, SessionDep
from assay.api.errors import ERROR_RESPONSES, Forbidden, NotFound, Unauthorized
from assay.api.security import tokens_match
from assay.db import problems as problem_queries

router = APIRouter(prefix="/api/worker", tags=["worker"], responses=ERROR_RESPONSES)

HashPath = Annotated[str, PathParam(pattern=r"^[0-9a-f]{64}$")]


@router.get(
    "/packages/{content_hash}",
    operation_id="downloadPackage",
    response_class=FileResponse,
    responses={200: {"content": {"application/zip": {}}, "description": "the package"}},
)
async def download_package(
    content_hash: HashPath,
    context: ContextDep,
    session: SessionDep,
    authorization: Annotated[str | None, Header()] = None,
) -> FileResponse:
    """A problem package by content hash, zipped (workers cache it locally)."""
    _check_worker(context.settings.worker_token, authorization)
    path = await problem_queries.package_path_for_hash(session, content_hash)
    if path is None or not Path(path).is_dir():
        raise NotFound(f"No package has the hash {content_hash}.", code="package_not_found")
    cache = context.settings.data_dir / "package-zips"
    archive = await anyio.to_thread.run_sync(zip_package, Path(path), cache, content_hash)
    return FileResponse(archive, media_type="application/zip", filename=f"{content_hash}.zip")


def _check_worker(expected: object, header: str | None) -> None:
    from pydantic import SecretStr

    if not isinstance(expected, SecretStr):
        raise Forbidden("Package downloads are off: set ASSAY_WORKER_TOKEN.", code="workers_off")
    scheme, _, token = (header or "").partition(" ")
    if scheme.lower() != "bearer" or not tokens_match(expected.get_secret_value(), token.strip()):
        raise Unauthorized("Send `Authorization: Bearer <worker token>`.")


def zip_package(root: Path, cache_dir: Path, content_hash: str) -> Path:
    """The package as a zip with sorted entries and file modes kept; built once."""
    target = cache_dir / f"{content_hash}.zip"
    if target.is_file():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    fd, partial = tempfile.mkstemp(prefix=".part-", suffix=".zip", dir=cache_dir)
    with os.fdopen(fd, "wb") as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as zf:
        for file in sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()):
            zf.write(file, file.relative_to(root).as_posix())
    Path(partial).replace(target)
    return target
