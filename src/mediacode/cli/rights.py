"""``mediacode rights``: an employee's access to everything held about them, and erasure."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from mediacode.cli.date_option import TodayOption
from mediacode.cli.options import OrgOption

PersonOption = Annotated[str, typer.Option("--person", help="The person's id in people.csv.")]


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="The employee's rights: access and erasure.", no_args_is_help=True)
    group.command("export")(export)
    group.command("erase")(erase)
    app.add_typer(group, name="rights")


def export(
    org: OrgOption,
    person: PersonOption,
    out: Annotated[Path, typer.Option("--out", help="The HTML report; the JSON goes beside it (.json).")],
    share: Annotated[
        list[str] | None,
        typer.Option("--share", help="A custodian's share (twice) to include sealed periods."),
    ] = None,
) -> None:
    """Write everything held about one person: an HTML report and its JSON twin."""
    import os

    from mediacode.services import custody, rights
    from mediacode.storage.db.database import DatabaseSettings
    from mediacode.storage.layout import StorageSettings

    storage = StorageSettings.from_environ(os.environ)
    opener = custody.keystore_opener(org, share or [], None, storage) if share else None
    result = rights.export(
        org, person, out, dt.date.today(), storage, DatabaseSettings.from_environ(os.environ), opener
    )
    typer.echo(
        f"wrote {result.html} and {result.json}: {result.rows} rows in {result.periods} period(s), "
        f"{result.cases} case(s), {result.approval_requests} post approval request(s)"
    )


def erase(
    org: OrgOption,
    person: PersonOption,
    today: TodayOption = None,
) -> None:
    """Erase the person's decided post approval requests past retention; say what is kept and why."""
    import os

    from mediacode.services import rights_erase
    from mediacode.storage.db.database import DatabaseSettings

    result = rights_erase.erase(
        org, person, today or dt.date.today(), DatabaseSettings.from_environ(os.environ)
    )
    typer.echo(result.render())
