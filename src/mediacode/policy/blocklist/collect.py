"""The organization's block list: ``prevention.blocked_domains`` plus its blocked categories' domains."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mediacode.errors import InputError
from mediacode.org.organization import Organization
from mediacode.policy.blocklist.block_list import BlockList, SkippedEntry
from mediacode.policy.blocklist.domain import InvalidDomainError, normalise_domain
from mediacode.policy.blocklist.ut1 import DOMAINS_FILE, domains_file, is_category_name, read_category

POLICY_FILE = "policy.yaml"


def collect_block_list(org: Organization, on: dt.date) -> BlockList:
    """Every domain to block, or an ``InputError`` naming the category that cannot be read."""
    prevention = org.policy.prevention
    domains: set[str] = set()
    skipped: list[SkippedEntry] = []
    for index, entry in enumerate(prevention.blocked_domains):
        try:
            domains.add(normalise_domain(entry))
        except InvalidDomainError as exc:
            line = org.line_of("prevention", "blocked_domains", index)
            skipped.append(
                SkippedEntry(POLICY_FILE, line, f"prevention.blocked_domains[{index}] {exc.reason}")
            )
    from_policy = len(domains)

    counts: list[tuple[str, int]] = []
    categories = list(dict.fromkeys(prevention.blocked_categories))
    if categories:
        folder, shown = _category_folder(org, categories)
        for category in categories:
            found = read_category(folder, category, f"{shown}/{category}/{DOMAINS_FILE}")
            domains |= found.domains
            skipped.extend(found.skipped)
            counts.append((category, len(found.domains)))
    return BlockList(org.name, on, tuple(sorted(domains)), from_policy, tuple(counts), tuple(skipped))


def _category_folder(org: Organization, categories: list[str]) -> tuple[Path, str]:
    named = ", ".join(categories)
    shown = org.policy.prevention.category_list
    if shown is None:
        raise InputError(
            f"prevention.blocked_categories names {named}, but prevention.category_list names no folder "
            "to read their domains from; set it to a folder in the UT1/squidGuard layout "
            "(<folder>/<category>/domains)"
        )
    folder = org.root / shown
    if not folder.is_dir():
        raise InputError(f"prevention.category_list names {shown!r}, which is not a folder in {org.root}")
    bad = [c for c in categories if not is_category_name(c)]
    if bad:
        raise InputError(f"prevention.blocked_categories: {', '.join(map(repr, bad))} is not a category name")
    missing = [c for c in categories if not domains_file(folder, c).is_file()]
    if missing:
        files = ", ".join(f"{shown}/{c}/{DOMAINS_FILE}" for c in missing)
        noun = "category" if len(missing) == 1 else "categories"
        raise InputError(
            f"blocked {noun} {', '.join(missing)} not found in the category list {shown!r} (no {files})"
        )
    return folder, shown
