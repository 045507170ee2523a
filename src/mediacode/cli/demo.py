"""``mediacode demo``: write a complete, fictitious organization folder to try every command on."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add the ``demo`` command to ``app``."""
    app.command("demo")(demo)


def demo(
    out: Annotated[
        Path,
        typer.Option(
            "--out", help="A new or empty folder to write the demo organization to.", file_okay=False
        ),
    ],
    force: Annotated[
        bool,
        typer.Option("--force", help="Write into a non-empty folder, replacing only the demo's own files."),
    ] = False,
) -> None:
    """Write a fictitious organization (policy, people, relations, block lists, sample posts, logs)."""
    from mediacode.services.demo import create_demo

    result = create_demo(out, force=force)
    typer.echo(
        f"Wrote the demo organization {result.name} ({result.people} people, "
        f"{result.departments} departments) to {result.root}:"
    )
    for name in result.written:
        typer.echo(f"  {name}")
    typer.echo(f"The works council's consent covers the monitoring rules {result.covers}.")
    typer.echo(f"The proxy and mail logs under logs/ cover {result.log_month}.")
