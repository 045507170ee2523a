"""``mediacode keys seal``: seal the period keys to custodians (Shamir 2-of-n) or a passphrase."""

from __future__ import annotations

from typing import Annotated

import typer

from mediacode.cli.date_option import TodayOption, today_or
from mediacode.cli.options import OrgOption


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Custody of the pseudonym keys.", no_args_is_help=True)
    group.command("seal")(seal)
    app.add_typer(group, name="keys")


def seal(
    org: OrgOption,
    custodians: Annotated[
        int | None, typer.Option("--custodians", help="Split the custody key between N people (2 open it).")
    ] = None,
    passphrase: Annotated[
        bool, typer.Option("--passphrase", help="Seal with a passphrase (asked twice) instead.")
    ] = False,
    today: TodayOption = None,
) -> None:
    """Seal the keys of ended periods; the first run sets up custody and prints the shares once."""
    import os

    from mediacode.services import custody
    from mediacode.storage.layout import StorageSettings

    secret = typer.prompt("passphrase", hide_input=True, confirmation_prompt=True) if passphrase else None
    result = custody.seal(org, today_or(today), custodians, secret, StorageSettings.from_environ(os.environ))
    typer.echo(custody.render_seal(result))
