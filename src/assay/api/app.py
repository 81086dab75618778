"""The application factory. Everything comes in as arguments; nothing is read from globals.

    app = create_app(settings, transport=transport_for(settings, database), database=database)

The lifespan migrates the database (`upgrade head`), creates the configured administrator,
runs the entry point's start-up hooks (e.g. loading the bundled problems), reads the language
registry, then starts the transport (the embedded worker, if any); it stops them in reverse.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel
from starlette.middleware.sessions import SessionMiddleware

from assay import __version__
from assay.api.answer_cache import AnswerCache, AnswerCacheMiddleware
from assay.api.context import AppContext, MetricsRegistry
from assay.api.errors import install_error_handlers
from assay.api.etag import ETagMiddleware
from assay.api.final_watch import FinalWatch
from assay.api.headers import SecurityHeadersMiddleware
from assay.api.languages import LanguageCatalog, LanguageProvider, registry_languages
from assay.api.limits import BodyLimitMiddleware
from assay.api.oauth import OAuthProviders
from assay.api.routers import (
    admin,
    auth,
    history,
    meta,
    oauth,
    problems,
    stats,
    submissions,
    worker,
)
from assay.api.schemas.submissions import SubmissionEvent
from assay.api.security import Passwords
from assay.api.services.accounts import ensure_configured_admin
from assay.api.spa import add_api_docs, mount_front_end
from assay.api.upload_guard import UploadGuardMiddleware
from assay.config import Settings
from assay.db import submissions as submission_queries
from assay.db import throttles as throttle_queries
from assay.db import users as user_queries
from assay.db.engine import Database
from assay.db.migrate import upgrade
from assay.queue.client import Transport

log = logging.getLogger(__name__)

StartupHook = Callable[[AppContext], Awaitable[None]]
UPLOAD_PREFIXES = ("/api/admin/problems",)
OAUTH_STATE_COOKIE = "assay_oauth"
OAUTH_STATE_TTL_S = 600
RUN_RETENTION_S = 24 * 3600
REF_TEMPLATE = "#/components/schemas/{model}"


def create_app(
    settings: Settings,
    *,
    transport: Transport,
    database: Database | None = None,
    languages: LanguageProvider = registry_languages,
    startup: Sequence[StartupHook] = (),
    migrate: bool = True,
    metrics: MetricsRegistry | None = None,
    answer_cache_s: float = 0.0,
) -> FastAPI:
    """The platform's ASGI app. `database` defaults to one built from `settings`; the app
    disposes of it on shutdown. `answer_cache_s`: how long hot GET answers may be kept between
    writes (`api/answer_cache.py`); 0 unless every write that matters goes through `database`."""
    database = database or Database.from_url(settings.database_url)
    answers = AnswerCache(answer_cache_s)
    if answers.enabled:
        answers.watch(database.engine.sync_engine)
    context = AppContext(
        settings=settings,
        database=database,
        transport=transport,
        languages=LanguageCatalog(languages),
        passwords=Passwords.from_settings(settings),
        oauth=OAuthProviders(settings),
        final_watch=FinalWatch(database),
        metrics=metrics,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await _start(context, startup, migrate=migrate)
        try:
            yield
        finally:
            answers.unwatch(database.engine.sync_engine)
            await context.final_watch.stop()
            await transport.stop()
            await context.database.dispose()

    app = FastAPI(
        title="Assay",
        version=__version__,
        summary="A self-hosted coding platform and online judge",
        openapi_url="/api/openapi.json",
        docs_url=None,  # served below, from local assets
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.context = context
    install_error_handlers(app)
    _add_middleware(app, settings, answers)
    for module in (meta, auth, oauth, problems, submissions, history, stats, admin, worker):
        app.include_router(module.router)
    add_api_docs(app, settings.web_dist_dir)
    mount_front_end(app, settings.web_dist_dir)
    app.openapi = _openapi(app)  # type: ignore[method-assign]
    return app


async def _start(context: AppContext, hooks: Sequence[StartupHook], *, migrate: bool) -> None:
    if migrate:
        await upgrade(context.database.engine)
    await _housekeeping(context)
    await ensure_configured_admin(context)
    for hook in hooks:
        await hook(context)
    await context.languages.load()
    await context.transport.start()
    log.info("assay %s ready (%s)", __version__, context.database.dialect)


async def _housekeeping(context: AppContext) -> None:
    """Expired sessions and old runs go; runs are ephemeral."""
    async with context.database.sessions() as session:
        sessions = await user_queries.delete_expired_sessions(session)
        runs = await submission_queries.delete_old_runs(session, RUN_RETENTION_S)
        await throttle_queries.delete_stale(session, timedelta(days=2))
        await session.commit()
    if sessions or runs:
        log.info("removed %d expired session(s) and %d old run(s)", sessions, runs)


def _openapi(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """The generated schema plus the WebSocket message, which no HTTP route declares."""

    def build() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title, version=app.version, summary=app.summary, routes=app.routes
            )
            _add_component(schema, "SubmissionEvent", SubmissionEvent)
            app.openapi_schema = schema
        return app.openapi_schema

    return build


def _add_component(schema: dict[str, Any], name: str, model: type[BaseModel]) -> None:
    """`model` and the types it refers to (the events, their results) as components."""
    components: dict[str, Any] = schema.setdefault("components", {}).setdefault("schemas", {})
    message = model.model_json_schema(ref_template=REF_TEMPLATE, mode="serialization")
    for key, definition in {**message.pop("$defs", {}), name: message}.items():
        # Every field is on the wire (`event_to_dict` writes them all), defaults included.
        if "properties" in definition:
            definition["required"] = sorted(definition["properties"])
        if components.setdefault(key, definition) != definition:
            raise RuntimeError(f"two different schemas are both named {key!r}")


def _add_middleware(app: FastAPI, settings: Settings, answers: AnswerCache) -> None:
    app.add_middleware(
        SessionMiddleware,  # only Authlib's sign-in state (state, nonce) lives here
        secret_key=settings.secret(),
        session_cookie=OAUTH_STATE_COOKIE,
        max_age=OAUTH_STATE_TTL_S,
        same_site="lax",
        https_only=settings.secure_cookies,
    )
    app.add_middleware(UploadGuardMiddleware, prefixes=UPLOAD_PREFIXES)
    app.add_middleware(
        BodyLimitMiddleware,
        default_bytes=settings.request_limit_bytes,
        large_bytes=settings.upload_limit_bytes,
        large_prefixes=UPLOAD_PREFIXES,
    )
    app.add_middleware(AnswerCacheMiddleware, cache=answers)
    app.add_middleware(ETagMiddleware)
    app.add_middleware(SecurityHeadersMiddleware, hsts=settings.secure_cookies)
