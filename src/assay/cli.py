"""Command-line entry points."""

from __future__ import annotations

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Assay online judge.")


@app.command()
def version() -> None:
    """Print the version."""
    from assay import __version__

    typer.echo(__version__)


def main() -> None:
    app()
