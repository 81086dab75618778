"""Fetching problem packages by content hash: verified, cached, unpacked safely."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from assay.worker.packages import HttpPackageSource, LocalPackageSource, PackageError, package_hash

FILES = {"problem.yaml": b"name: Sum\n", "data/secret/1.in": b"1 2\n", "data/secret/1.ans": b"3\n"}


def make_zip(files: dict[str, bytes], *, link: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
        if link is not None:
            info = zipfile.ZipInfo(link)
            info.external_attr = 0o120777 << 16
            zf.writestr(info, "/etc/passwd")
    return buffer.getvalue()


def write_tree(root: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return root


def zip_tree(root: Path) -> bytes:
    """What the API's worker endpoint serves (zipfile.write keeps the file modes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for file in sorted(p for p in root.rglob("*") if p.is_file()):
            zf.write(file, file.relative_to(root).as_posix())
    return buffer.getvalue()


class Api:
    def __init__(self, packages: dict[str, bytes]) -> None:
        self.packages = packages
        self.requests: list[httpx.Request] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.headers.get("authorization") != "Bearer secret":
            return httpx.Response(401)
        body = self.packages.get(request.url.path.rsplit("/", 1)[-1])
        return httpx.Response(200, content=body) if body else httpx.Response(404)


def source_for(
    api: Api,
    tmp_path: Path,
    *,
    keep: int = 64,
    retry_for_s: float = 30.0,
    digest: Callable[[Path], str] = package_hash,
) -> HttpPackageSource:
    client = httpx.AsyncClient(transport=httpx.MockTransport(api.handler))
    return HttpPackageSource(
        ["http://api.test"],
        "secret",
        tmp_path / "cache",
        client=client,
        keep=keep,
        retry_for_s=retry_for_s,
        digest=digest,
    )


async def test_a_package_is_fetched_verified_and_cached(tmp_path: Path) -> None:
    tree = write_tree(tmp_path / "tree", FILES)
    (tree / "run").write_bytes(b"#!/bin/sh\n")
    (tree / "run").chmod(0o755)
    digest = package_hash(tree)
    api = Api({digest: zip_tree(tree)})
    packages = source_for(api, tmp_path)
    path = await packages.fetch("sum", digest)
    assert (path / "data/secret/1.ans").read_bytes() == b"3\n"
    assert (path / "run").stat().st_mode & 0o111  # the executable bit is part of the hash
    assert package_hash(path) == digest
    assert await packages.fetch("sum", digest) == path
    assert len(api.requests) == 1
    assert path == tmp_path / "cache" / "packages" / digest


async def test_a_package_that_does_not_match_its_hash_is_refused(tmp_path: Path) -> None:
    digest = "a" * 64
    packages = source_for(Api({digest: make_zip(FILES)}), tmp_path, retry_for_s=0)
    with pytest.raises(PackageError, match="does not match"):
        await packages.fetch("sum", digest)
    assert not (tmp_path / "cache" / "packages" / digest).exists()


@pytest.mark.parametrize(
    ("files", "link"),
    [({"../evil": b"x"}, None), ({"/abs": b"x"}, None), ({"ok": b"x"}, "data/link")],
)
async def test_unsafe_archives_are_refused(
    tmp_path: Path, files: dict[str, bytes], link: str | None
) -> None:
    digest = "d" * 64
    api = Api({digest: make_zip(files, link=link)})
    packages = source_for(api, tmp_path, retry_for_s=0, digest=lambda _: digest)
    with pytest.raises(PackageError, match=r"unsafe|link"):
        await packages.fetch("sum", digest)


async def test_a_missing_package_fails_after_the_retries(tmp_path: Path) -> None:
    api = Api({})
    packages = source_for(api, tmp_path, retry_for_s=0.3)
    with pytest.raises(PackageError, match="could not be downloaded"):
        await packages.fetch("sum", "b" * 64)
    assert len(api.requests) >= 2


async def test_old_packages_are_evicted(tmp_path: Path) -> None:
    bodies = {f"{i}" * 64: make_zip({"n": str(i).encode()}) for i in range(3)}
    digests = list(bodies)
    packages = source_for(
        Api(bodies), tmp_path, keep=2, digest=lambda p: "".join(p.joinpath("n").read_text() * 64)
    )
    for digest in digests:
        await packages.fetch("p", digest)
    cached = sorted(p.name for p in (tmp_path / "cache" / "packages").iterdir())
    assert len(cached) == 2 and digests[-1] in cached


async def test_the_local_source_resolves_through_the_lookup(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()

    async def lookup(content_hash: str) -> str | None:
        return "pkg" if content_hash == "h" else None

    local = LocalPackageSource(lookup, base_dir=tmp_path)
    assert await local.fetch("p", "h") == tmp_path / "pkg"
    with pytest.raises(PackageError, match="no package"):
        await local.fetch("p", "unknown")
