"""The operator's commands: `assay admin ...`, against the database of ASSAY_DATABASE_URL."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from assay.config import Settings

admin_app = typer.Typer(no_args_is_help=True, help="Operate the platform's database.")


@admin_app.command("rebuild-stats")
def rebuild_stats_command() -> None:
    """Recompute the catalogue's counters (attempts, accepted, solvers) from the submissions.

    For a database whose submissions were changed by hand, or restored from elsewhere."""
    from assay.config import load_settings

    typer.echo(asyncio.run(rebuild_stats(load_settings())))


async def rebuild_stats(settings: Settings) -> str:
    from assay.db import problem_stats
    from assay.db.engine import Database
    from assay.db.migrate import upgrade

    database = Database.from_url(settings.database_url)
    try:
        await upgrade(database.engine)
        async with database.sessions() as session:
            count = await problem_stats.rebuild(session)
            await session.commit()
    finally:
        await database.dispose()
    return f"counters rebuilt: {count} problem(s) with submissions"
