"""Reading a category list in the UT1/squidGuard layout: ``<folder>/<category>/domains``.

One domain per line; ``#`` starts a comment; blank lines are ignored. A
``urls`` file beside ``domains`` lists URL prefixes, which a domain block list
cannot express, so it is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from mediacode.policy.blocklist.block_list import SkippedEntry
from mediacode.policy.blocklist.domain import InvalidDomainError, normalise_domain

DOMAINS_FILE = "domains"
_CATEGORY_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


@dataclass(frozen=True)
class CategoryDomains:
    category: str
    domains: frozenset[str]
    skipped: tuple[SkippedEntry, ...]


def is_category_name(name: str) -> bool:
    """A plain folder name (no path separator, no ``..``)."""
    return bool(_CATEGORY_NAME.match(name)) and ".." not in name


def domains_file(folder: Path, category: str) -> Path:
    return folder / category / DOMAINS_FILE


def read_category(folder: Path, category: str, shown_as: str) -> CategoryDomains:
    """The normalised domains of ``category``; ``shown_as`` names the file in the skipped entries."""
    domains: set[str] = set()
    skipped: list[SkippedEntry] = []
    for number, entry in _entries(domains_file(folder, category)):
        try:
            domains.add(normalise_domain(entry))
        except InvalidDomainError as exc:
            skipped.append(SkippedEntry(shown_as, number, exc.reason))
    return CategoryDomains(category, frozenset(domains), tuple(skipped))


def _entries(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, text) of each line that holds an entry."""
    with path.open(encoding="utf-8", errors="replace") as stream:
        for number, line in enumerate(stream, start=1):
            text = line.split("#", 1)[0].strip()
            if text:
                yield number, text
