"""Sign in with GitHub, Google or any OpenID Connect provider, through Authlib.

A provider is enabled when its client id and secret are configured. Authlib keeps the
`state` and `nonce` of a sign-in in a short-lived signed cookie (Starlette's session).
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass
from typing import Any

import httpx
from authlib.common.errors import AuthlibBaseError
from authlib.deprecate import AuthlibDeprecationWarning
from fastapi import Request
from starlette.responses import Response

from assay.config import Settings

with warnings.catch_warnings():
    # Authlib asks for `httpx2` and falls back to `httpx`, which works; do not print that.
    warnings.simplefilter("ignore", AuthlibDeprecationWarning)
    from authlib.integrations.starlette_client import OAuth, OAuthError

log = logging.getLogger(__name__)

GOOGLE_METADATA_URL = "https://accounts.google.com/.well-known/openid-configuration"


class OAuthFailed(Exception):
    """A sign-in through a provider did not complete; the message is for the person."""


@dataclass(frozen=True, slots=True)
class Provider:
    name: str
    title: str
    is_github: bool = False  # GitHub speaks OAuth 2 without OpenID Connect


@dataclass(frozen=True, slots=True)
class ExternalIdentity:
    provider: str
    subject: str  # the provider's stable id for the person
    email: str | None
    email_verified: bool
    username_hint: str | None


class OAuthProviders:
    def __init__(self, settings: Settings) -> None:
        self._oauth = OAuth()
        self._providers: dict[str, Provider] = {}
        self._register_github(settings)
        self._register_google(settings)
        for extra in settings.oidc_providers:
            self._register_oidc(
                Provider(extra.name, extra.title or extra.name),
                client_id=extra.client_id,
                client_secret=extra.client_secret.get_secret_value(),
                server_metadata_url=extra.server_metadata_url,
                scope=extra.scope,
            )

    def enabled(self) -> list[Provider]:
        return list(self._providers.values())

    def get(self, name: str) -> Provider | None:
        return self._providers.get(name)

    async def login_redirect(self, request: Request, name: str, redirect_uri: str) -> Response:
        try:
            response: Response = await self._client(name).authorize_redirect(request, redirect_uri)
        except (AuthlibBaseError, httpx.HTTPError, ValueError) as error:
            log.warning("sign-in with %s could not start: %s", name, error)
            raise OAuthFailed(f"{self._title(name)} cannot be reached right now.") from error
        return response

    async def identity(self, request: Request, name: str) -> ExternalIdentity:
        provider = self._providers[name]
        try:
            if provider.is_github:
                return await self._github_identity(request)
            return await self._oidc_identity(request, name)
        except OAuthError as error:
            log.info("sign-in with %s refused: %s", name, error)
            raise OAuthFailed(f"{provider.title} did not confirm the sign-in.") from error
        except (AuthlibBaseError, httpx.HTTPError, KeyError, TypeError, ValueError) as error:
            log.warning("sign-in with %s failed: %r", name, error)
            raise OAuthFailed(f"Signing in with {provider.title} failed; try again.") from error

    def _client(self, name: str) -> Any:
        return self._oauth.create_client(name)

    def _title(self, name: str) -> str:
        provider = self._providers.get(name)
        return provider.title if provider else name

    def _register_github(self, settings: Settings) -> None:
        if not (settings.github_client_id and settings.github_client_secret):
            return
        self._oauth.register(
            "github",
            client_id=settings.github_client_id,
            client_secret=settings.github_client_secret.get_secret_value(),
            access_token_url="https://github.com/login/oauth/access_token",
            authorize_url="https://github.com/login/oauth/authorize",
            api_base_url="https://api.github.com/",
            client_kwargs={"scope": "read:user user:email"},
        )
        self._providers["github"] = Provider("github", "GitHub", is_github=True)

    def _register_google(self, settings: Settings) -> None:
        if not (settings.google_client_id and settings.google_client_secret):
            return
        self._register_oidc(
            Provider("google", "Google"),
            client_id=settings.google_client_id,
            client_secret=settings.google_client_secret.get_secret_value(),
            server_metadata_url=GOOGLE_METADATA_URL,
            scope="openid email profile",
        )

    def _register_oidc(
        self,
        provider: Provider,
        *,
        client_id: str,
        client_secret: str,
        server_metadata_url: str,
        scope: str,
    ) -> None:
        self._oauth.register(
            provider.name,
            client_id=client_id,
            client_secret=client_secret,
            server_metadata_url=server_metadata_url,
            client_kwargs={"scope": scope},
        )
        self._providers[provider.name] = provider

    async def _oidc_identity(self, request: Request, name: str) -> ExternalIdentity:
        client = self._client(name)
        token = await client.authorize_access_token(request)
        claims = token.get("userinfo") or await client.userinfo(token=token)
        return ExternalIdentity(
            provider=name,
            subject=str(claims["sub"]),
            email=claims.get("email"),
            email_verified=claims.get("email_verified") in (True, "true"),
            username_hint=claims.get("preferred_username") or claims.get("nickname"),
        )

    async def _github_identity(self, request: Request) -> ExternalIdentity:
        client = self._client("github")
        token = await client.authorize_access_token(request)
        user = (await client.get("user", token=token)).raise_for_status().json()
        emails = (await client.get("user/emails", token=token)).raise_for_status().json()
        primary = next((e for e in emails if e.get("primary") and e.get("verified")), None)
        return ExternalIdentity(
            provider="github",
            subject=str(user["id"]),
            email=primary["email"] if primary else None,
            email_verified=primary is not None,
            username_hint=user.get("login"),
        )
