"""``mediacode ingest``, and beside it ``retention apply`` and ``status`` over the stored data."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from mediacode.cli.date_option import TodayOption, today_or
from mediacode.cli.options import OrgOption

FormatOption = Annotated[str, typer.Option("--format", help="text or json.")]


def register(app: typer.Typer) -> None:
    """Add ``ingest``, ``retention apply`` and ``status`` to ``app``."""
    from mediacode.cli import retention, status

    app.command("ingest")(ingest)
    retention.register(app)
    status.register(app)


def ingest(
    org: OrgOption,
    files: Annotated[
        list[Path], typer.Argument(help="Log files (plain or gzip; rotated sets are read oldest first).")
    ],
    source: Annotated[str, typer.Option("--source", help="squid, combined, postfix or m365.")],
    engine: Annotated[
        str,
        typer.Option(
            "--engine",
            help="duckdb or spark. Ingest writes the same engine-independent Parquet either way; "
            "the engine matters for reports.",
        ),
    ] = "duckdb",
    output: FormatOption = "text",
    today: TodayOption = None,
) -> None:
    """Read proxy or mail logs into the minimised, pseudonymised store (after the policy's gate)."""
    from mediacode.cli.ingest_progress import RichProgress
    from mediacode.errors import InputError
    from mediacode.services import ingest as service
    from mediacode.storage.layout import StorageSettings

    if engine not in ("duckdb", "spark"):
        raise InputError(f"unknown engine {engine!r}: use duckdb or spark")
    if output not in ("text", "json"):
        raise InputError(f"unknown format {output!r}: use text or json")
    settings = StorageSettings.from_environ(os.environ)
    with RichProgress.when_terminal(sys.stderr) as progress:
        summary = service.ingest(org, source, files, today_or(today), settings, progress)
    typer.echo(service.render_json(summary) if output == "json" else service.render_text(summary))
