"""Use case: write one of the policy's documents to a file a person names."""

from __future__ import annotations

import contextlib
from pathlib import Path

from mediacode.errors import DocumentError
from mediacode.org.loader import load_organization
from mediacode.policy.documents.kinds import DocumentFormat, DocumentKind, DocumentLanguage
from mediacode.policy.documents.render import render_document


def render_document_file(
    org_dir: Path,
    kind: DocumentKind,
    fmt: DocumentFormat,
    out: Path,
    language: DocumentLanguage | None = None,
) -> Path:
    """Render ``kind`` for the organization in ``org_dir`` and write it to ``out``.

    The language defaults to the policy's. Parent folders are created; an
    existing folder at ``out`` or a path that cannot be written is a
    ``DocumentError`` with a plain message, and nothing is left half-written.
    """
    org = load_organization(org_dir)
    chosen = language or DocumentLanguage(org.language)
    content = render_document(org, kind, chosen, fmt)
    write_output(out, content)
    return out


def write_output(out: Path, content: bytes) -> None:
    """Write ``content`` to ``out`` through a temporary file beside it, creating parent folders."""
    if out.is_dir():
        raise DocumentError(f"{out} is a folder; name a file to write the document to")
    partial = out.with_name(out.name + ".partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(content)
        partial.replace(out)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        reason = exc.strerror or type(exc).__name__
        raise DocumentError(f"cannot write {out}: {reason.lower()}") from exc
