"""Syslog timestamps: classic ``Mar  2 08:00:01`` (no year, no zone) and RFC 3339.

Classic stamps get their year from the caller (the year of the first line) and
roll it forward when the months turn over (December followed by January).
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from mediacode.monitoring.sources.ascii_digits import is_digits

MONTHS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
TURN_OF_YEAR_GAP = 6
"""A month this much smaller than the previous line's means the year turned."""
SEEN_KEPT = 131_072
"""Distinct stamps remembered before the cache starts over (a day has 86,400 seconds)."""


class ClassicClock:
    """Turns ``Mon dd hh:mm:ss`` into UTC datetimes, tracking the year across a file."""

    __slots__ = ("_seen", "last_month", "year", "zone")

    def __init__(self, year: int, zone: tzinfo = UTC) -> None:
        self.year = year
        self.zone = zone
        self.last_month = 0
        self._seen: dict[tuple[str, str, str], tuple[int, datetime]] = {}
        """Stamps already read in the current year: their month and UTC time (logs repeat seconds)."""

    def at(self, month_name: str, day: str, clock: str) -> datetime | None:
        """The UTC time of one stamp, or ``None`` when it is not a valid stamp."""
        stamp = (month_name, day, clock)
        seen = self._seen.get(stamp)
        if seen is not None and self.last_month - seen[0] < TURN_OF_YEAR_GAP:
            self.last_month = seen[0]
            return seen[1]
        month = MONTHS.get(month_name)
        if month is None or not is_digits(day) or len(clock) != 8 or clock[2] != ":" or clock[5] != ":":
            return None
        if self.last_month - month >= TURN_OF_YEAR_GAP:
            self.year += 1
            self._seen.clear()
        try:
            local = datetime(
                self.year, month, int(day), int(clock[:2]), int(clock[3:5]), int(clock[6:]), tzinfo=self.zone
            )
            found = local.astimezone(UTC)
        except (ValueError, OverflowError):
            return None
        self.last_month = month
        if len(self._seen) >= SEEN_KEPT:
            self._seen.clear()
        self._seen[stamp] = (month, found)
        return found


def rfc3339_at(stamp: str) -> datetime | None:
    """The UTC time of an RFC 3339 stamp (a zone is required), or ``None``."""
    try:
        parsed = datetime.fromisoformat(stamp)
        return None if parsed.tzinfo is None else parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        return None  # malformed, or shifted to UTC it leaves years 1-9999
