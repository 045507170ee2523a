"""``mediacode audit verify|proof|head|check-head``: the tamper-evident log and its proofs.

``verify`` and ``check-head`` exit 0 when the log is intact (or extends the
old head) and 1 when it is not; a user's mistake exits 2 as everywhere.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from mediacode.cli.options import OrgOption

EXIT_DAMAGED = 1


class Format(StrEnum):
    text = "text"
    json = "json"


FormatOption = Annotated[Format, typer.Option("--format", help="text or json.")]


def register(app: typer.Typer) -> None:
    """Add the ``audit`` group to ``app``."""
    group = typer.Typer(
        help="The tamper-evident audit log: verify it, prove entries, keep heads.", no_args_is_help=True
    )
    group.command("verify")(verify)
    group.command("proof")(proof)
    group.command("head")(head)
    group.command("check-head")(check_head)
    app.add_typer(group, name="audit")


def verify(org: OrgOption, output: FormatOption = Format.text) -> None:
    """Recompute the tree, check every entry's place and every stored tree head."""
    from mediacode.services.audit import verify_audit

    result = verify_audit(org)
    if output is Format.json:
        value = {
            "intact": result.intact,
            "size": result.size,
            "root": result.root.hex(),
            "heads_checked": result.heads_checked,
            "damage": [item.as_dict() for item in result.damage],
        }
        typer.echo(json.dumps(value, ensure_ascii=False))
    elif result.intact:
        typer.echo(
            f"audit log intact: {result.size} entries, root {result.root.hex()}, "
            f"{result.heads_checked} stored tree heads checked"
        )
    else:
        typer.echo(f"audit log DAMAGED ({result.size} complete lines read):", err=True)
        for item in result.damage:
            typer.echo(f"  {item.kind}: {item.message}", err=True)
    if not result.intact:
        raise typer.Exit(EXIT_DAMAGED)


def proof(
    org: OrgOption,
    entry: Annotated[int, typer.Option("--entry", help="The entry's number (seq), from 0.")],
    output: FormatOption = Format.text,
) -> None:
    """Print the inclusion proof (audit path) of one entry in today's tree."""
    from mediacode.services.audit import prove_entry

    view = prove_entry(org, entry)
    if output is Format.json:
        typer.echo(json.dumps(view.as_dict(), ensure_ascii=False))
        return
    lines = [
        f"entry: {view.index} ({view.entry.action} by {view.entry.actor} at {view.entry.at})",
        f"leaf hash: {view.leaf.hex()}",
        f"tree size: {view.size}",
        f"root: {view.root.hex()}",
        f"path ({len(view.path)} hashes, from the leaf's sibling up):",
        *(f"  {item.hex()}" for item in view.path),
        "checked: the path leads to the root"
        if view.verified
        else "checked: the path does NOT lead to the root",
    ]
    typer.echo("\n".join(lines))


def head(
    org: OrgOption,
    out: Annotated[
        Path | None,
        typer.Option(
            "-o", "--output", help="Also write the head to this file, to keep apart.", dir_okay=False
        ),
    ] = None,
) -> None:
    """Store today's tree head; with -o also write it to a file for the works council or a second system."""
    from mediacode.services.audit import write_head

    tree_head = write_head(org, out)
    typer.echo(json.dumps(tree_head.as_dict()))
    if out is not None:
        typer.echo(
            f"written to {out}; keep it apart and check it later with mediacode audit check-head", err=True
        )


def check_head(
    org: OrgOption,
    file: Annotated[
        Path, typer.Argument(help="A head written earlier by mediacode audit head -o.", dir_okay=False)
    ],
    output: FormatOption = Format.text,
) -> None:
    """Prove with a consistency proof that today's log only appended to an old tree head."""
    from mediacode.services.audit import check_head as service_check

    view = service_check(org, file)
    if output is Format.json:
        typer.echo(json.dumps(view.as_dict(), ensure_ascii=False))
    else:
        lines = [
            f"old head: {view.old.size} entries, root {view.old.root.hex()} ({view.old.at})",
            f"today: {view.size} entries, root {view.root.hex()}",
            f"consistency proof: {len(view.proof)} hashes",
            *(f"  {item.hex()}" for item in view.proof),
            ("consistent: " if view.consistent else "NOT consistent: ") + view.reason,
        ]
        typer.echo("\n".join(lines), err=not view.consistent)
    if not view.consistent:
        raise typer.Exit(EXIT_DAMAGED)
