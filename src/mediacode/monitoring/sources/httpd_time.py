"""The Apache/NCSA time stamp ``20/Jul/2009:22:59:26 +0000`` without ``strptime`` (it is slow)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from mediacode.monitoring.sources.ascii_digits import is_digits
from mediacode.monitoring.sources.syslog_time import MONTHS

_ZONES: dict[str, timezone] = {}


def _zone(offset: str) -> timezone | None:
    zone = _ZONES.get(offset)
    if zone is None:
        if len(offset) != 5 or offset[0] not in "+-" or not is_digits(offset[1:]):
            return None
        hours, minutes = int(offset[1:3]), int(offset[3:])
        if hours > 23 or minutes > 59:
            return None
        minutes += hours * 60
        zone = timezone(timedelta(minutes=-minutes if offset[0] == "-" else minutes))
        _ZONES[offset] = zone
    return zone


def httpd_at(stamp: str) -> datetime | None:
    """UTC time of ``dd/Mon/yyyy:HH:MM:SS +zzzz``, or ``None`` when malformed."""
    if len(stamp) != 26 or stamp[2] != "/" or stamp[6] != "/" or stamp[11] != ":" or stamp[20] != " ":
        return None
    month = MONTHS.get(stamp[3:6])
    zone = _zone(stamp[21:])
    if month is None or zone is None:
        return None
    try:
        local = datetime(
            int(stamp[7:11]),
            month,
            int(stamp[:2]),
            int(stamp[12:14]),
            int(stamp[15:17]),
            int(stamp[18:20]),
            tzinfo=zone,
        )
        return local.astimezone(UTC)
    except (ValueError, OverflowError):
        return None  # no such date, or shifted to UTC it falls outside years 1-9999
