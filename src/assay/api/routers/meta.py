"""Health of the service."""

from __future__ import annotations

import sqlalchemy as sa
from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from assay.api.context import AppContext
from assay.api.deps import ContextDep, SessionDep, get_auth
from assay.api.errors import ERROR_RESPONSES, Forbidden, NotFound, Unauthorized, Unavailable
from assay.api.security import tokens_match

router = APIRouter(tags=["meta"], responses=ERROR_RESPONSES)

PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8"


class Health(BaseModel):
    status: str  # "ok"
    version: str
    queue_depth: int  # jobs waiting for a worker


@router.get("/api/health", operation_id="getHealth")
async def health(context: ContextDep, session: SessionDep) -> Health:
    """200 when the database answers; for load balancers and `make run`'s wait."""
    from assay import __version__

    try:
        await session.execute(sa.text("SELECT 1"))
    except sa.exc.SQLAlchemyError as error:
        raise Unavailable("The database does not answer.") from error
    depth = await context.transport.queue.depth()
    return Health(status="ok", version=__version__, queue_depth=depth)


@router.get("/metrics", include_in_schema=False, response_class=PlainTextResponse)
async def metrics(request: Request, context: ContextDep, session: SessionDep) -> Response:
    """Prometheus text format: queue depth, judging times, verdicts (404 when not wired).

    Not public: `Authorization: Bearer <ASSAY_METRICS_TOKEN>`, or an administrator's session
    or API token; `ASSAY_METRICS_PUBLIC=true` opens it (for a private listen address)."""
    await _check_scraper(request, context, session)
    if context.metrics is None:
        raise NotFound("No metrics are collected in this process.")
    context.metrics.observe_stats(await context.transport.monitor.stats())
    return Response(context.metrics.render(), media_type=PROMETHEUS_TEXT)


async def _check_scraper(request: Request, context: AppContext, session: AsyncSession) -> None:
    settings = context.settings
    if settings.metrics_public:
        return
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    expected = settings.metrics_token
    is_bearer = scheme.lower() == "bearer"
    if expected is not None and is_bearer and tokens_match(expected.get_secret_value(), given):
        return
    auth = await get_auth(request, session)
    if auth is None:
        raise Unauthorized(
            "Metrics need `Authorization: Bearer <ASSAY_METRICS_TOKEN>` or an administrator.",
            code="metrics_private",
        )
    if not auth.user.is_admin:
        raise Forbidden("Only administrators and the metrics scraper may read metrics.")
