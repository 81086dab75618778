"""Health of the service."""

from __future__ import annotations

import sqlalchemy as sa
from fastapi import APIRouter
from fastapi.responses import PlainTextResponse, Response
from pydantic import BaseModel

from assay.api.deps import ContextDep, SessionDep
from assay.api.errors import ERROR_RESPONSES, NotFound, Unavailable

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
async def metrics(context: ContextDep) -> Response:
    """Prometheus text format: queue depth, judging times, verdicts (404 when not wired)."""
    if context.metrics is None:
        raise NotFound("No metrics are collected in this process.")
    context.metrics.observe_stats(await context.transport.monitor.stats())
    return Response(context.metrics.render(), media_type=PROMETHEUS_TEXT)
