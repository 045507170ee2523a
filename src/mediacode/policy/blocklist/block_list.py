"""What a block-list export holds before it is written in one format."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class SkippedEntry:
    """An entry that is not a domain: where it is and why (the entry itself is not repeated)."""

    file: str
    line: int | None
    reason: str

    def render(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.reason}; skipped"


@dataclass(frozen=True)
class BlockList:
    """The domains to block (sorted, unique, normalised), where they came from, what was skipped."""

    organization: str
    generated_on: dt.date
    domains: tuple[str, ...]
    from_policy: int
    from_categories: tuple[tuple[str, int], ...]
    skipped: tuple[SkippedEntry, ...]

    def header(self, prefix: str, entries: int, unit: str) -> list[str]:
        """The comment lines every format starts with (organization, date, counts)."""
        categories = ", ".join(f"{name} {count}" for name, count in self.from_categories) or "none"
        name = " ".join(self.organization.split())
        return [
            f"{prefix} Block list of {name}, written by mediacode on {self.generated_on.isoformat()}",
            f"{prefix} {entries} {unit} for {len(self.domains)} blocked domains",
            f"{prefix} from the policy: {self.from_policy}; from categories: {categories}",
            f"{prefix} entries skipped as not a domain: {len(self.skipped)}",
        ]
