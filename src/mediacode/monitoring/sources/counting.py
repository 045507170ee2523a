"""A tally of a parser's output: lines read, records, rejects and notices per reason."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from mediacode.monitoring.sources.reject import Notice, Reject

DEFAULT_KEEP_LINES = 20


@dataclass
class Tally:
    """Counts what went through a parser; keeps at most ``keep_lines`` line numbers per reason."""

    keep_lines: int = DEFAULT_KEEP_LINES
    read: int = 0
    records: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    notices: Counter[str] = field(default_factory=Counter)
    reject_lines: dict[str, list[int]] = field(default_factory=dict)

    def count_lines(self, lines: Iterable[str]) -> Iterator[str]:
        """Pass ``lines`` through, counting them as read."""
        for line in lines:
            self.read += 1
            yield line

    def observe(self, item: object) -> None:
        """Count one item a parser yielded (a record, a ``Reject`` or a ``Notice``)."""
        if isinstance(item, Reject):
            self.rejected[item.reason] += 1
            kept = self.reject_lines.setdefault(item.reason, [])
            if len(kept) < self.keep_lines:
                kept.append(item.line_number)
        elif isinstance(item, Notice):
            self.notices[item.reason] += 1
        else:
            self.records += 1

    @property
    def rejected_total(self) -> int:
        return sum(self.rejected.values())

    @property
    def accepted_lines(self) -> int:
        """Lines read that were not rejected (they became records, or parsed and carried nothing)."""
        return self.read - self.rejected_total

    def as_dict(self) -> dict[str, object]:
        return {
            "read": self.read,
            "accepted": self.accepted_lines,
            "records": self.records,
            "rejected": dict(sorted(self.rejected.items())),
            "rejected_lines": {reason: list(lines) for reason, lines in sorted(self.reject_lines.items())},
            "notices": dict(sorted(self.notices.items())),
        }
