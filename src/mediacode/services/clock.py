"""The moment, as the database stores it: naive UTC (SQLite keeps no time zone)."""

from __future__ import annotations

import datetime as dt


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
