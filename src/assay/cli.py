"""Command-line entry points."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from fastapi import FastAPI
    from sqlalchemy.ext.asyncio import AsyncSession

    from assay.api.services.catalog import ImportResult
    from assay.config import Settings

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Assay online judge.")


@app.command()
def version() -> None:
    """Print the version."""
    from assay import __version__

    typer.echo(__version__)


def _register_judge_commands() -> None:
    from assay import cli_judge

    app.command("judge")(cli_judge.judge_command)
    app.command("verify")(cli_judge.verify_command)
    app.command("languages")(cli_judge.languages_command)
    app.command("selftest")(cli_judge.selftest_command)
    app.command("export")(cli_judge.export_command)


_register_judge_commands()


def _register_worker_command() -> None:
    from assay.modes import cli_worker

    app.command("worker")(cli_worker.worker_command)


_register_worker_command()


def _register_admin_commands() -> None:
    from assay.cli_admin import admin_app

    app.add_typer(admin_app, name="admin")


_register_admin_commands()


# The platform: `serve` and `import`


@app.command("serve")
def serve_command(
    host: Annotated[str | None, typer.Option(help="Address [default: ASSAY_HOST]")] = None,
    port: Annotated[int | None, typer.Option(help="Port [default: ASSAY_PORT]")] = None,
    workers: Annotated[
        int | None, typer.Option(min=0, help="Judging slots in this process; 0: API only")
    ] = None,
) -> None:
    """Migrate the database, load the bundled problems, serve the platform."""
    import logging

    import uvicorn

    from assay.config import load_settings

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    settings = _checked_settings(load_settings)
    uvicorn.run(
        _platform_app(settings, workers),
        host=host or settings.host,
        port=settings.port if port is None else port,
        proxy_headers=True,
        log_level="info",
    )


def _checked_settings(load: Callable[[], Settings]) -> Settings:
    """The settings, or exit with each invalid one named (e.g. a weak worker token)."""
    from pydantic import ValidationError

    try:
        return load()
    except ValidationError as error:
        for problem in error.errors():
            field = "ASSAY_" + "__".join(str(part) for part in problem["loc"]).upper()
            message = str(problem["msg"]).removeprefix("Value error, ")
            typer.echo(f"assay: refusing to start: {field}: {message}", err=True)
        raise typer.Exit(2) from error


def _platform_app(settings: Settings, slots: int | None) -> FastAPI:
    from assay.api import create_app
    from assay.api.context import AppContext
    from assay.api.services.catalog import sync_directory
    from assay.db.engine import Database
    from assay.modes.setup import transport_for
    from assay.queue.metrics import QueueMetrics

    database, metrics = Database.from_url(settings.database_url), QueueMetrics()
    try:
        transport = transport_for(settings, database, slots=slots, metrics=metrics)
    except Exception as error:  # no sandbox on this host: serve, but judge nothing
        typer.echo(f"assay: judging is off here ({error}); serving the API only", err=True)
        transport = transport_for(settings, database, slots=0, metrics=metrics)

    async def load_bundled(context: AppContext) -> None:
        async with context.database.sessions() as session:
            count = await sync_directory(session, context.settings, context.settings.problems_dir)
        typer.echo(f"assay: {count} bundled problem(s) loaded or updated")

    # Distributed: results are recorded by workers in other processes, which this one cannot
    # see, so answers are not kept (api/answer_cache.py).
    answer_cache_s = settings.answer_cache_s if settings.redis_url is None else 0.0
    return create_app(
        settings,
        transport=transport,
        database=database,
        startup=[load_bundled],
        metrics=metrics,
        answer_cache_s=answer_cache_s,
    )


@app.command("import")
def import_command(
    path: Annotated[Path, typer.Argument(exists=True, help="A package: directory or .zip")],
    slug: Annotated[str | None, typer.Option(help="Problem name [default: the package's]")] = None,
) -> None:
    """Import a problem package (a new problem, or a new version of one)."""
    import asyncio

    from assay.config import load_settings

    typer.echo(asyncio.run(_import(load_settings(), path, slug)))


async def _import(settings: Settings, path: Path, slug: str | None) -> str:
    from assay.api.errors import ApiError
    from assay.db.engine import Database
    from assay.db.migrate import upgrade

    database = Database.from_url(settings.database_url)
    try:
        await upgrade(database.engine)
        async with database.sessions() as session:
            result = await _import_path(session, settings, path, slug)
    except ApiError as error:
        typer.echo(f"assay import: {error.detail}", err=True)
        raise typer.Exit(1) from error
    finally:
        await database.dispose()
    problem = result.problem
    state = "created" if result.created else "updated" if result.changed else "unchanged"
    return f"{problem.slug}: {state} (version {problem.version}, {problem.content_hash[:12]})"


async def _import_path(
    session: AsyncSession, settings: Settings, path: Path, slug: str | None
) -> ImportResult:
    from assay.api.services import catalog

    if path.is_dir():
        return await catalog.import_directory(session, settings, path, slug=slug or path.name)

    async def chunks() -> AsyncIterator[bytes]:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                yield chunk

    return await catalog.import_archive(session, settings, chunks(), filename=path.name, slug=slug)


def main() -> None:
    app()
