"""``mediacode policy render``: the regulation, the notice, the vacancy clause and the code as files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from mediacode.cli.options import OrgOption
from mediacode.policy.documents.kinds import DocumentFormat, DocumentKind, DocumentLanguage


def register(group: typer.Typer) -> None:
    """Add this module's commands to ``group``."""
    group.command("render")(render)


def render(
    org: OrgOption,
    doc: Annotated[DocumentKind, typer.Option("--doc", help="Which document to write.")],
    out: Annotated[Path, typer.Option("-o", "--out", help="The file to write (parent folders are created).")],
    fmt: Annotated[
        DocumentFormat, typer.Option("--format", help="Markdown, HTML or PDF.")
    ] = DocumentFormat.MD,
    lang: Annotated[
        DocumentLanguage | None,
        typer.Option("--lang", help="Language of the document; default: the policy's."),
    ] = None,
) -> None:
    """Write a document of the policy (regulation, notice, vacancy clause or social media code)."""
    from mediacode.services.documents import render_document_file

    written = render_document_file(org, doc, fmt, out, lang)
    typer.echo(f"wrote {written}")
