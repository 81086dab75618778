"""The `assay worker` command (registered in `assay.cli`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from assay.config import worker_token_problem
from assay.modes.standalone import WorkerOptions, run


def worker_command(
    redis: Annotated[
        str, typer.Option("--redis", envvar="ASSAY_REDIS_URL", help="Redis URL (the job queue).")
    ],
    database: Annotated[
        str,
        typer.Option("--database", envvar="ASSAY_DATABASE_URL", help="Database URL (results)."),
    ],
    slots: Annotated[int, typer.Option("--slots", min=1, help="Concurrent judgings.")] = 1,
    api: Annotated[
        list[str] | None,
        typer.Option(
            "--api",
            help="API base URL to fetch packages from (repeatable). Default: local store.",
        ),
    ] = None,
    token: Annotated[
        str | None,
        typer.Option("--token", envvar="ASSAY_WORKER_TOKEN", help="Worker token for the API."),
    ] = None,
    cache_dir: Annotated[Path, typer.Option("--cache-dir", help="Package and build cache.")] = Path(
        "var/worker-cache"
    ),
    prefix: Annotated[str, typer.Option("--prefix", help="Redis key prefix.")] = "assay",
    metrics_port: Annotated[
        int | None, typer.Option("--metrics-port", help="Serve Prometheus metrics on this port.")
    ] = None,
    metrics_addr: Annotated[
        str,
        typer.Option(
            "--metrics-addr",
            envvar="ASSAY_WORKER_METRICS_ADDR",
            help="Address the metrics port listens on (a private one, never public).",
        ),
    ] = "127.0.0.1",
    visibility_timeout: Annotated[
        float,
        typer.Option("--visibility-timeout", help="Seconds before a dead worker's job is retaken."),
    ] = 60.0,
    max_deliveries: Annotated[
        int, typer.Option("--max-deliveries", min=1, help="Deliveries before dead-lettering.")
    ] = 3,
    log_level: Annotated[str, typer.Option("--log-level")] = "INFO",
) -> None:
    """Judge jobs from Redis (distributed mode). SIGTERM drains; SIGINT twice exits at once."""
    _check_token(token, fetches_from_api=bool(api))
    options = WorkerOptions(
        redis_url=redis,
        database_url=database,
        slots=slots,
        api_urls=tuple(api or ()),
        token=token,
        cache_dir=cache_dir,
        prefix=prefix,
        metrics_port=metrics_port,
        metrics_addr=metrics_addr,
        visibility_timeout_s=visibility_timeout,
        max_deliveries=max_deliveries,
        log_level=log_level,
    )
    raise typer.Exit(run(options))


def _check_token(token: str | None, *, fetches_from_api: bool) -> None:
    """A worker fetching packages must hold a real shared secret; refuse a weak one at once."""
    if token is None and not fetches_from_api:
        return
    problem = worker_token_problem(token or "")
    if problem is not None:
        raise typer.BadParameter(f"{problem} (ASSAY_WORKER_TOKEN)", param_hint="--token")
