"""``mediacode case``: open a re-identification case, approve it twice, reveal, notify, discuss, close."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated

import typer

from mediacode.cli.date_option import TodayOption, parse_date
from mediacode.cli.options import OrgOption

if TYPE_CHECKING:
    from pathlib import Path

    from mediacode.services.cases import CaseContext

AsOption = Annotated[str, typer.Option("--as", help="The person acting (an id of people.csv).")]
CaseOption = Annotated[int, typer.Option("--case", help="The case number.")]
DateOption = Annotated[dt.date, typer.Option(help="A date (YYYY-MM-DD).", parser=parse_date)]
ShareOption = Annotated[
    list[str] | None,
    typer.Option("--share", help="A custodian's key share (twice) when the keys are sealed."),
]


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        help="Re-identification cases: two approvals before anyone is named.", no_args_is_help=True
    )
    for name, command in (
        ("open", open_case),
        ("approve", approve),
        ("reveal", reveal),
        ("notify", notify),
        ("discuss", discuss),
        ("close", close),
        ("list", list_cases),
        ("show", show),
    ):
        group.command(name)(command)
    app.add_typer(group, name="case")


def _context(org: Path, today: dt.date | None) -> CaseContext:
    import os

    from mediacode.services.cases import CaseContext
    from mediacode.storage.db.database import DatabaseSettings
    from mediacode.storage.layout import StorageSettings

    return CaseContext(
        org, DatabaseSettings.from_environ(os.environ), StorageSettings.from_environ(os.environ), today
    )


def _print(view: object, output: str) -> None:
    import json

    from mediacode.errors import InputError
    from mediacode.services.cases import CaseView, render_view

    assert isinstance(view, CaseView)
    if output not in ("text", "json"):
        raise InputError(f"unknown format {output!r}: use text or json")
    typer.echo(json.dumps(view.as_dict(), ensure_ascii=False) if output == "json" else render_view(view))


def open_case(
    org: OrgOption,
    acting: AsOption,
    pseudonym: Annotated[str, typer.Option("--pseudonym", help="The flagged pseudonym (32 hex).")],
    purpose: Annotated[str, typer.Option("--purpose", help="A purpose id declared in the policy.")],
    reason: Annotated[str, typer.Option("--reason", help="The concrete suspicion.")],
    from_on: Annotated[dt.date, typer.Option("--from", help="First day (YYYY-MM-DD).", parser=parse_date)],
    to_on: Annotated[dt.date, typer.Option("--to", help="Last day (YYYY-MM-DD).", parser=parse_date)],
    covert: Annotated[bool, typer.Option("--covert", help="A covert check (needs --dpia).")] = False,
    dpia: Annotated[str | None, typer.Option("--dpia", help="Reference of the DPIA.")] = None,
    today: TodayOption = None,
    output: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Open a case about one flagged pseudonym, for a fixed short period and a declared purpose."""
    from mediacode.cases.opening import CaseRequest
    from mediacode.services import cases

    request = CaseRequest(pseudonym, purpose, reason, from_on, to_on, covert, dpia)
    _print(cases.open_case(_context(org, today), acting, request), output)


def approve(
    org: OrgOption,
    acting: AsOption,
    case: CaseOption,
    refuse: Annotated[bool, typer.Option("--refuse", help="Refuse instead of approve.")] = False,
    comment: Annotated[str | None, typer.Option("--comment", help="Why (required to refuse).")] = None,
    today: TodayOption = None,
    output: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Approve (or refuse) a case in one of the roles the policy names."""
    from mediacode.services import cases

    _print(cases.decide(_context(org, today), acting, case, refuse, comment), output)


def reveal(
    org: OrgOption,
    acting: AsOption,
    case: CaseOption,
    share: ShareOption = None,
    passphrase: Annotated[
        bool, typer.Option("--passphrase", help="Ask for the passphrase the keys are sealed with.")
    ] = False,
    today: TodayOption = None,
) -> None:
    """Name the person behind an approved case's pseudonym (privacy officer or an approver role)."""
    from mediacode.services import cases, custody

    secret = typer.prompt("passphrase", hide_input=True) if passphrase else None
    opener = custody.keystore_opener(org, share or [], secret)
    found = cases.reveal(_context(org, today), acting, case, opener)
    typer.echo(
        f"case {found.case_id}: the pseudonym of period {found.period} belongs to "
        f"{found.person_id} {found.name} ({found.department})"
    )


def notify(
    org: OrgOption, acting: AsOption, case: CaseOption, on: DateOption, today: TodayOption = None
) -> None:
    """Record the day the employee was told about the case."""
    from mediacode.services import cases

    _print(cases.notify(_context(org, today), acting, case, on), "text")


def discuss(
    org: OrgOption, acting: AsOption, case: CaseOption, on: DateOption, today: TodayOption = None
) -> None:
    """Record the day the case was discussed with the employee."""
    from mediacode.services import cases

    _print(cases.discuss(_context(org, today), acting, case, on), "text")


def close(
    org: OrgOption,
    acting: AsOption,
    case: CaseOption,
    outcome: Annotated[str, typer.Option("--outcome", help="The outcome of the case.")],
    today: TodayOption = None,
) -> None:
    """Close a case with its outcome (a covert case only after the employee was told)."""
    from mediacode.services import cases

    _print(cases.close(_context(org, today), acting, case, outcome), "text")


def list_cases(
    org: OrgOption,
    output: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    today: TodayOption = None,
) -> None:
    """Every case with its status; pseudonyms only."""
    import json

    from mediacode.errors import InputError
    from mediacode.services import cases

    if output not in ("text", "json"):
        raise InputError(f"unknown format {output!r}: use text or json")
    views = cases.list_cases(_context(org, today))
    if output == "json":
        typer.echo(json.dumps({"cases": [v.as_dict() for v in views]}, ensure_ascii=False))
    else:
        typer.echo(cases.render_list(views))


def show(
    org: OrgOption,
    case: CaseOption,
    output: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    today: TodayOption = None,
) -> None:
    """One case: status, approvals, deadlines."""
    from mediacode.services import cases

    _print(cases.show_case(_context(org, today), case), output)
