"""``mediacode retention apply``: remove what is past the policy's retention, destroy old keys."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from mediacode.cli.date_option import TodayOption, today_or
from mediacode.cli.options import OrgOption


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Retention of stored monitoring data.", no_args_is_help=True)
    group.command("apply")(apply)
    app.add_typer(group, name="retention")


def apply(
    org: OrgOption,
    today: TodayOption = None,
    output: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Delete day partitions older than monitoring.retention_days and destroy keys of expired periods."""
    import json

    from mediacode.errors import InputError
    from mediacode.services import retention as service
    from mediacode.storage.layout import StorageSettings

    if output not in ("text", "json"):
        raise InputError(f"unknown format {output!r}: use text or json")
    result = service.apply_retention(org, today_or(today), StorageSettings.from_environ(os.environ))
    typer.echo(json.dumps(result.as_dict()) if output == "json" else service.render_text(result))
