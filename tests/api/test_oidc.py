"""Sign-in with OpenID Connect against a tiny provider served on 127.0.0.1 by the test."""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx
import pytest
import uvicorn
from api_support import Api
from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from assay.config import OidcProvider

CLIENT_ID, CLIENT_SECRET = "assay-test", "s3cret"


@dataclass
class TinyProvider:
    """An OpenID provider that signs in whoever `identity` says, without asking."""

    issuer: str = ""
    key: RSAKey = field(default_factory=lambda: RSAKey.generate_key(2048, parameters={"kid": "k1"}))
    identity: dict[str, Any] = field(default_factory=dict)
    deny: bool = False
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    token_requests: int = 0

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/.well-known/openid-configuration", self.metadata),
                Route("/authorize", self.authorize),
                Route("/token", self.token, methods=["POST"]),
                Route("/jwks", self.jwks),
                Route("/userinfo", self.userinfo),
            ]
        )

    async def metadata(self, _request: Request) -> Response:
        return JSONResponse(
            {
                "issuer": self.issuer,
                "authorization_endpoint": f"{self.issuer}/authorize",
                "token_endpoint": f"{self.issuer}/token",
                "jwks_uri": f"{self.issuer}/jwks",
                "userinfo_endpoint": f"{self.issuer}/userinfo",
                "response_types_supported": ["code"],
                "subject_types_supported": ["public"],
                "id_token_signing_alg_values_supported": ["RS256"],
            }
        )

    async def authorize(self, request: Request) -> Response:
        params = request.query_params
        assert params["client_id"] == CLIENT_ID and params["response_type"] == "code"
        target = params["redirect_uri"]
        if self.deny:
            query = {"error": "access_denied", "state": params["state"]}
            return RedirectResponse(f"{target}?{urlencode(query)}")
        code = secrets.token_urlsafe(16)
        self.codes[code] = {"nonce": params.get("nonce"), "redirect_uri": target, **self.identity}
        return RedirectResponse(f"{target}?{urlencode({'code': code, 'state': params['state']})}")

    async def token(self, request: Request) -> Response:
        self.token_requests += 1
        form = await request.form()
        grant = self.codes.pop(str(form["code"]), None)
        if grant is None or form.get("redirect_uri") != grant["redirect_uri"]:
            return JSONResponse({"error": "invalid_grant"}, status_code=400)
        now = int(time.time())
        claims = {k: v for k, v in grant.items() if k != "redirect_uri"}
        claims.update({"iss": self.issuer, "aud": CLIENT_ID, "iat": now, "exp": now + 300})
        id_token = jwt.encode({"alg": "RS256", "kid": "k1"}, claims, self.key)
        return JSONResponse(
            {"access_token": "at", "token_type": "Bearer", "expires_in": 300, "id_token": id_token}
        )

    async def jwks(self, _request: Request) -> Response:
        return JSONResponse(KeySet([self.key]).as_dict(private=False))

    async def userinfo(self, _request: Request) -> Response:
        return JSONResponse(self.identity)


@pytest.fixture
async def provider() -> AsyncIterator[TinyProvider]:
    idp = TinyProvider()
    config = uvicorn.Config(
        idp.app(), host="127.0.0.1", port=0, lifespan="off", log_level="warning"
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    idp.issuer = f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    yield idp
    server.should_exit = True
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.wait_for(task, 5)


@pytest.fixture
def settings_overrides(provider: TinyProvider) -> dict[str, Any]:
    return {
        "oidc_providers": [
            OidcProvider(
                name="tiny",
                title="Tiny IdP",
                client_id=CLIENT_ID,
                client_secret=CLIENT_SECRET,  # type: ignore[arg-type]
                server_metadata_url=f"{provider.issuer}/.well-known/openid-configuration",
            )
        ]
    }


async def sign_in(
    api: Api,
    provider: TinyProvider,
    identity: dict[str, Any],
    next_path: str = "/",
    client: httpx.AsyncClient | None = None,
) -> tuple[httpx.AsyncClient, httpx.Response]:
    """Walk the browser's redirects: app -> provider -> app callback."""
    provider.identity = identity
    client = client or api.client()
    start = await client.get("/api/auth/oauth/tiny/login", params={"next": next_path})
    assert start.status_code == 302, start.text
    assert start.headers["location"].startswith(f"{provider.issuer}/authorize?")
    async with httpx.AsyncClient() as browser:
        at_provider = await browser.get(start.headers["location"])
    back = urlsplit(at_provider.headers["location"])
    assert back.path == "/api/auth/oauth/tiny/callback"
    done = await client.get(f"{back.path}?{back.query}")
    return client, done


async def test_providers_are_listed(api: Api, anon: httpx.AsyncClient) -> None:
    listed = (await anon.get("/api/auth/providers")).json()
    assert listed == [
        {"name": "tiny", "title": "Tiny IdP", "login_url": "/api/auth/oauth/tiny/login"}
    ]


async def test_first_sign_in_creates_the_account_and_a_later_one_finds_it(
    api: Api, provider: TinyProvider
) -> None:
    identity = {
        "sub": "u-1",
        "email": "Zoe@Example.org",
        "email_verified": True,
        "preferred_username": "zoe",
    }
    client, done = await sign_in(api, provider, identity, next_path="/problems/sum")
    assert (done.status_code, done.headers["location"]) == (302, "/problems/sum")
    me = (await client.get("/api/auth/me")).json()
    assert (me["username"], me["email"], me["has_password"], me["is_admin"]) == (
        "zoe",
        "zoe@example.org",
        False,
        True,  # the very first account
    )
    again, _ = await sign_in(api, provider, identity)
    assert (await again.get("/api/auth/me")).json()["id"] == me["id"]
    assert provider.token_requests == 2


async def _register_yuki(api: Api) -> tuple[httpx.AsyncClient, int]:
    body = {"username": "yuki", "password": "long enough", "email": "yuki@example.org"}
    yuki = api.client()
    assert (await yuki.post("/api/auth/register", json=body)).status_code == 201
    return yuki, (await yuki.get("/api/auth/me")).json()["id"]


async def test_an_unverified_local_email_is_never_linked_pre_hijack(
    api: Api, provider: TinyProvider, admin: httpx.AsyncClient
) -> None:
    # An attacker registers with the victim's address (never verified here) and a password.
    _attacker, attacker_id = await _register_yuki(api)
    victim = {"sub": "g-7", "email": "yuki@example.org", "email_verified": True}
    client, done = await sign_in(api, provider, victim)
    assert done.status_code == 302 and "oauth_error=" in done.headers["location"]
    assert "never%20verified" in done.headers["location"]
    assert (await client.get("/api/auth/me")).status_code == 401
    again, _ = await sign_in(api, provider, victim)  # still not linked to the attacker
    assert (await again.get("/api/auth/me")).status_code == 401
    users = (await admin.get("/api/admin/users")).json()
    assert [u["id"] for u in users if u["username"] == "yuki"] == [attacker_id]


async def test_a_signed_in_account_links_the_provider_identity(
    api: Api, provider: TinyProvider, admin: httpx.AsyncClient
) -> None:
    yuki, yuki_id = await _register_yuki(api)  # signed in with the password
    identity = {"sub": "g-7", "email": "yuki@example.org", "email_verified": True}
    linked, done = await sign_in(api, provider, identity, client=yuki)
    assert done.headers["location"] == "/"
    assert (await linked.get("/api/auth/me")).json()["id"] == yuki_id
    later, _ = await sign_in(api, provider, identity)  # a fresh browser: the link holds
    assert (await later.get("/api/auth/me")).json()["id"] == yuki_id


async def test_a_verified_email_links_to_an_account_whose_email_is_verified(
    api: Api, provider: TinyProvider, admin: httpx.AsyncClient
) -> None:
    first = {"sub": "g-1", "email": "kai@example.org", "email_verified": True}
    kai, _ = await sign_in(api, provider, first)
    kai_id = (await kai.get("/api/auth/me")).json()["id"]
    second = {"sub": "g-2", "email": "kai@example.org", "email_verified": True}
    linked, _ = await sign_in(api, provider, second)
    assert (await linked.get("/api/auth/me")).json()["id"] == kai_id

    unverified, _ = await sign_in(
        api,
        provider,
        {
            "sub": "g-8",
            "email": "kai@example.org",
            "email_verified": False,
            "preferred_username": "kai",
        },
    )
    other = (await unverified.get("/api/auth/me")).json()
    assert other["id"] != kai_id and other["email"] is None
    assert other["username"].startswith("kai")


async def test_a_refusal_or_a_forged_callback_signs_nobody_in(
    api: Api, provider: TinyProvider
) -> None:
    provider.deny = True
    client, done = await sign_in(api, provider, {"sub": "x"})
    assert done.status_code == 302 and done.headers["location"].startswith("/login?oauth_error=")
    assert (await client.get("/api/auth/me")).status_code == 401

    provider.deny = False
    forged = api.client()
    response = await forged.get("/api/auth/oauth/tiny/callback", params={"code": "x", "state": "y"})
    assert response.status_code == 302 and "oauth_error" in response.headers["location"]
    assert (await forged.get("/api/auth/me")).status_code == 401
    assert provider.token_requests == 0


async def test_next_must_stay_on_this_site(api: Api, provider: TinyProvider) -> None:
    for target in ("https://evil.example/", "//evil.example", "/\\evil.example"):
        _, done = await sign_in(api, provider, {"sub": f"s{target}"}, next_path=target)
        assert done.headers["location"] == "/"


async def test_unknown_provider_is_404(anon: httpx.AsyncClient) -> None:
    assert (await anon.get("/api/auth/oauth/github/login")).status_code == 404
    assert (await anon.get("/api/auth/oauth/github/callback")).status_code == 404
