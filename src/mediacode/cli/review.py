"""``mediacode review``: may I post this? One text, or a JSONL batch."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from mediacode.cli.options import OrgOption


def register(app: typer.Typer) -> None:
    """Add the ``review`` command to ``app``."""
    app.command("review")(review)


def review(
    org: OrgOption,
    text: Annotated[str | None, typer.Argument(help="The draft post (leave out with --batch).")] = None,
    author: Annotated[str | None, typer.Option("--author", help="The author's id in people.csv.")] = None,
    batch: Annotated[
        Path | None,
        typer.Option(
            "--batch", help='A JSONL file of posts: {"id", "author", "text"} a line.', dir_okay=False
        ),
    ] = None,
    output: Annotated[
        str | None, typer.Option("--format", help="json or text (default text; --batch writes json).")
    ] = None,
) -> None:
    """Review a draft post against the social media code; exits 0 for any verdict."""
    from mediacode.errors import InputError
    from mediacode.services import review as service

    if output not in (None, "json", "text"):
        raise InputError(f"unknown format {output!r}: use json or text")
    if batch is not None:
        if text is not None or author is not None:
            raise InputError("give either --batch FILE or --author ID with a TEXT, not both")
        if output == "text":
            raise InputError("--batch writes JSON lines: use --format json")
        for line in service.review_batch(org, batch):
            typer.echo(line)
        return
    if text is None or author is None:
        raise InputError("give --author ID and the TEXT to review, or --batch FILE")
    decision = service.review_text(org, author, text)
    typer.echo(service.render_json(decision) if output == "json" else service.render_text(decision, text))
