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
    with_accounts: Annotated[
        bool,
        typer.Option(
            "--with-accounts",
            help="Also give one person per role the demo password for the web app, and print them.",
        ),
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
    if with_accounts:
        print_demo_accounts(out)


def print_demo_accounts(out: Path) -> None:
    """Set the demo password for one person per role (demo organization only) and list them."""
    import os

    from mediacode.services.demo_accounts import set_up_demo_accounts
    from mediacode.storage.db.database import DatabaseSettings

    chosen = set_up_demo_accounts(out, DatabaseSettings.from_environ(os.environ))
    typer.echo("Demo accounts of the web app (fictitious people; sign in with the id or the e-mail address):")
    for account in chosen:
        roles = ", ".join(account.roles)
        typer.echo(
            f"  {account.role:<16} {account.person_id}  {account.email}  password: {account.password}  "
            f"(roles: {roles})"
        )
