"""Which external mail peers fall in a category of the organization's UT1/squidGuard list.

The mail table keeps the peer's domain, not a category, so a control that
counts mail with malware or phishing domains asks which of a period's peer
domains (or a parent of one: ``mx.bad.example`` under ``bad.example``) are
listed in those categories.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from mediacode.policy.blocklist.ut1 import domains_file, is_category_name, read_category


def category_domains(folder: Path | None, categories: Iterable[str]) -> dict[str, frozenset[str]]:
    """The listed domains of each category; a category the folder lacks has none."""
    found: dict[str, frozenset[str]] = {}
    for category in categories:
        if folder is None or not is_category_name(category) or not domains_file(folder, category).is_file():
            found[category] = frozenset()
            continue
        found[category] = read_category(folder, category, f"{category}/domains").domains
    return found


def peers_in_categories(peers: Iterable[str], listed: dict[str, frozenset[str]]) -> list[tuple[str, str]]:
    """(peer domain, category) for every peer that is, or is under, a listed domain."""
    pairs: list[tuple[str, str]] = []
    for peer in sorted(set(peers)):
        for category, domains in sorted(listed.items()):
            name = peer.lower().rstrip(".")
            while name:
                if name in domains:
                    pairs.append((peer, category))
                    break
                name = name.partition(".")[2]
    return pairs
