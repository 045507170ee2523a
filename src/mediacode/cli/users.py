"""``mediacode users``: local passwords of the web app, the list of people and their roles, disabling."""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from mediacode.cli.options import OrgOption

if TYPE_CHECKING:
    from mediacode.storage.db.database import DatabaseSettings

PersonOption = Annotated[str, typer.Option("--person", help="The person's id in people.csv.")]


def register(app: typer.Typer) -> None:
    """Add the ``users`` command group to ``app``."""
    group = typer.Typer(help="Accounts of the web app: passwords, roles, disabling.", no_args_is_help=True)
    group.command("set-password")(set_password)
    group.command("list")(list_users)
    group.command("disable")(disable)
    app.add_typer(group, name="users")


def _database() -> DatabaseSettings:
    from mediacode.storage.db.database import DatabaseSettings

    return DatabaseSettings.from_environ(os.environ)


def _read_password() -> str:
    """From standard input when it is not a terminal (one line), else asked twice without echo."""
    from mediacode.errors import InputError

    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    first = getpass.getpass("New password: ")
    if getpass.getpass("Repeat it: ") != first:
        raise InputError("the two passwords differ; nothing was changed")
    return first


def set_password(org: OrgOption, person: PersonOption) -> None:
    """Set the password of PERSON (read from standard input or asked; never an argument)."""
    from mediacode.services import user_admin

    user_admin.set_password(org, person, _read_password(), _database())
    typer.echo(f"password set for {person}; their other sessions have ended")


def list_users(
    org: OrgOption,
    output: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Everyone in people.csv with their roles and whether they can sign in (no password hashes)."""
    from mediacode.errors import InputError
    from mediacode.services import user_admin

    if output not in ("text", "json"):
        raise InputError(f"unknown format {output!r}: use text or json")
    accounts = user_admin.list_users(org, _database())
    if output == "json":
        for account in accounts:
            typer.echo(
                json.dumps(
                    {
                        "id": account.person_id,
                        "roles": [str(role) for role in account.roles],
                        "can_sign_in": account.can_sign_in,
                        "disabled": account.disabled,
                    }
                )
            )
        return
    for account in accounts:
        state = "can sign in" if account.can_sign_in else ("disabled" if account.disabled else "no password")
        typer.echo(f"{account.person_id}\t{','.join(account.roles)}\t{state}")


def disable(org: OrgOption, person: PersonOption) -> None:
    """Stop PERSON from signing in: the password is removed and their sessions end."""
    from mediacode.services import user_admin

    user_admin.disable(org, person, _database())
    typer.echo(f"{person} can no longer sign in")
