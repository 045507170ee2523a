"""``mediacode status``: what monitoring data is stored per key period, and when it expires."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from mediacode.cli.date_option import TodayOption, today_or
from mediacode.cli.options import OrgOption


def register(app: typer.Typer) -> None:
    app.command("status")(status)


def status(
    org: OrgOption,
    today: TodayOption = None,
    output: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Per key period and table: days, rows and bytes stored, the key's state and the expiry date."""
    from mediacode.errors import InputError
    from mediacode.services import status as service
    from mediacode.storage.layout import StorageSettings

    if output not in ("text", "json"):
        raise InputError(f"unknown format {output!r}: use text or json")
    result = service.store_status(org, today_or(today), StorageSettings.from_environ(os.environ))
    typer.echo(service.render_json(result) if output == "json" else service.render_text(result))
