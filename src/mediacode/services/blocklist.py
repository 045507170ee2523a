"""Exporting the policy's prevention part as a block list for a proxy or DNS resolver."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from mediacode.errors import InputError
from mediacode.org.loader import load_organization
from mediacode.policy.blocklist import FORMATS, SkippedEntry, collect_block_list


@dataclass(frozen=True)
class BlocklistExport:
    text: str
    domains: int
    skipped: tuple[SkippedEntry, ...]


def export_blocklist(org_dir: Path, format: str, on: dt.date) -> BlocklistExport:
    """The block list of the organization in ``org_dir`` rendered as ``format``."""
    render = FORMATS.get(format)
    if render is None:
        raise InputError(f"unknown block-list format {format!r}; use one of {', '.join(FORMATS)}")
    block_list = collect_block_list(load_organization(org_dir), on)
    return BlocklistExport(render(block_list), len(block_list.domains), block_list.skipped)


def write_export(export: BlocklistExport, out: Path) -> None:
    """Write the block list to ``out`` (a file the user named)."""
    try:
        out.write_text(export.text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {out}: {exc.strerror}") from exc
