"""Command-line entry points."""

from __future__ import annotations

import typer

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


_register_judge_commands()


def _register_worker_command() -> None:
    from assay.queue import cli_worker

    app.command("worker")(cli_worker.worker_command)


_register_worker_command()


def main() -> None:
    app()
