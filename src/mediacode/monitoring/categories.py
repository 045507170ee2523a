"""Host categories from the organization's UT1/squidGuard folder, and whether the proxy denied a request.

Every ``<category>/domains`` file of ``prevention.category_list`` is read
with the block-list reader. A host takes the category of its longest listed
suffix (``ads.example.com`` before ``example.com``); a domain listed in two
categories takes the first in name order, so the answer never depends on the
order the folder is read in. Lookups are cached per host.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mediacode.errors import InputError
from mediacode.org.organization import Organization
from mediacode.policy.blocklist.ut1 import DOMAINS_FILE, is_category_name, read_category

DENIED_MARK = "DENIED"
"""Squid result codes of a refused request (``TCP_DENIED``, ``TCP_DENIED_REPLY`` …) carry it."""


@dataclass
class CategoryIndex:
    by_domain: dict[str, str] = field(default_factory=dict)
    _hosts: dict[str, str | None] = field(default_factory=dict, repr=False)

    def category_of(self, host: str) -> str | None:
        """The category of the longest listed suffix of ``host`` (lower case), or ``None``."""
        try:
            return self._hosts[host]
        except KeyError:
            pass
        found: str | None = None
        name = host
        while name:
            found = self.by_domain.get(name)
            if found is not None:
                break
            name = name.partition(".")[2]
        if len(self._hosts) < 1_000_000:
            self._hosts[host] = found
        return found


def load_categories(org: Organization) -> CategoryIndex:
    """The index over every category of ``prevention.category_list``; empty when it names none."""
    shown = org.policy.prevention.category_list
    if shown is None:
        return CategoryIndex()
    folder = org.root / shown
    if not folder.is_dir():
        raise InputError(
            f"prevention.category_list names {shown!r}, which is not a folder in the organization"
        )
    return index_folder(folder, shown)


def index_folder(folder: Path, shown: str) -> CategoryIndex:
    by_domain: dict[str, str] = {}
    for category in sorted(p.name for p in folder.iterdir() if (p / DOMAINS_FILE).is_file()):
        if not is_category_name(category):
            continue
        for domain in read_category(folder, category, f"{shown}/{category}/{DOMAINS_FILE}").domains:
            by_domain.setdefault(domain, category)
    return CategoryIndex(by_domain)


def is_denied(cache_result: str | None) -> bool:
    """Whether the proxy refused the request, from its result code (``TCP_DENIED/403`` …)."""
    return cache_result is not None and DENIED_MARK in cache_result.upper()
