"""``mediacode policy blocklist``: the prevention part as a Squid, hosts or RPZ block list."""

from __future__ import annotations

import datetime as dt
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from mediacode.cli.date_option import parse_date, today_or
from mediacode.cli.options import OrgOption

SHOWN_SKIPPED = 20
"""How many skipped entries are listed one by one; the rest are counted."""


class BlocklistFormat(StrEnum):
    squid = "squid"
    hosts = "hosts"
    rpz = "rpz"


def register(group: typer.Typer) -> None:
    """Add ``blocklist`` to ``group``."""
    group.command("blocklist")(blocklist)


def blocklist(
    org: OrgOption,
    format: Annotated[BlocklistFormat, typer.Option("--format", help="squid, hosts or rpz.")],
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Write to this file instead of stdout.", dir_okay=False),
    ] = None,
    today: Annotated[
        dt.date | None,
        typer.Option("--today", parser=parse_date, help="The date in the header (YYYY-MM-DD)."),
    ] = None,
) -> None:
    """Export the blocked domains and categories for a proxy (squid) or resolver (hosts, rpz)."""
    from mediacode.services.blocklist import export_blocklist, write_export

    export = export_blocklist(org, format.value, today_or(today))
    if output is None:
        sys.stdout.write(export.text)
    else:
        write_export(export, output)
        typer.echo(f"wrote {export.domains} blocked domains to {output}", err=True)
    if export.skipped:
        count = len(export.skipped)
        typer.echo(f"warning: {count} entries skipped because they are not domains:", err=True)
        for entry in export.skipped[:SHOWN_SKIPPED]:
            typer.echo(f"  {entry.render()}", err=True)
        if count > SHOWN_SKIPPED:
            typer.echo(f"  ... and {count - SHOWN_SKIPPED} more", err=True)
