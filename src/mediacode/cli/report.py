"""``mediacode report``: anonymous, purpose-bound figures per department and period."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from mediacode.cli.date_option import parse_date
from mediacode.cli.options import OrgOption


def register(app: typer.Typer) -> None:
    """Add the ``report`` command to ``app``."""
    app.command("report")(report)


def report(
    org: OrgOption,
    purpose: Annotated[str, typer.Option("--purpose", help="The id of a purpose declared in the policy.")],
    control: Annotated[
        str | None, typer.Option("--control", help="One control the purpose binds (default: all of them).")
    ] = None,
    period: Annotated[
        str | None, typer.Option("--period", help="One month, YYYY-MM (default: every stored month).")
    ] = None,
    output: Annotated[str, typer.Option("--format", help="text, json, csv or html.")] = "text",
    engine: Annotated[str, typer.Option("--engine", help="duckdb (default) or spark.")] = "duckdb",
    out: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write the report to this file.", dir_okay=False)
    ] = None,
    today: Annotated[
        dt.date | None,
        typer.Option("--today", parser=parse_date, help="The date the monitoring gate checks (YYYY-MM-DD)."),
    ] = None,
) -> None:
    """Figures of a purpose's controls; small groups suppressed, flags by pseudonym only."""
    from mediacode.services import report as service

    if output not in service.FORMATS:
        from mediacode.errors import InputError

        raise InputError(f"unknown format {output!r}: use {', '.join(service.FORMATS)}")
    built = service.build_report(org, purpose, control, period, engine, today)
    text = service.render(built, output)
    if out is None:
        typer.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"Wrote the report to {out}")
