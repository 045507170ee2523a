"""``mediacode policy lint``: check policy.yaml against the rules P01–P22."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

import typer

from mediacode.cli.options import OrgOption


class OutputFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


def _parse_day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


def register(group: typer.Typer) -> None:
    """Add ``lint`` to the ``policy`` group."""

    @group.command("lint")
    def lint_command(
        org: OrgOption,
        output: Annotated[
            OutputFormat, typer.Option("--format", help="text (one line per finding) or json.")
        ] = OutputFormat.TEXT,
        today: Annotated[
            dt.date | None,
            typer.Option(
                "--today",
                parser=_parse_day,
                metavar="YYYY-MM-DD",
                help="Judge dates as on this day; default: today.",
            ),
        ] = None,
    ) -> None:
        """Check policy.yaml against the lint rules; exit 1 when a rule is broken with an error."""
        from mediacode.services.policy_lint import lint_policy

        report = lint_policy(org, today)
        typer.echo(report.to_json() if output is OutputFormat.JSON else report.to_text())
        if report.has_errors:
            raise typer.Exit(1)
