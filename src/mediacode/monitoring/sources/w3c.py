"""W3C extended log lines (IIS, proxies such as Blue Coat or TMG): fields named by ``#Fields:``.

The layout can change at every ``#Fields:`` directive, so the combined parser
keeps a current ``W3CLayout`` and hands each data line to it. Values are
space-separated with spaces inside a value written as ``+``; times are UTC.
Only traffic fields are looked up; stems, queries, referers and agents are
never read into a record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from mediacode.monitoring.records import WebRecord
from mediacode.monitoring.sources.ascii_digits import is_digits
from mediacode.monitoring.sources.authority import NO_PORT, split_authority, target_host
from mediacode.monitoring.sources.squid import MAX_BYTES_DIGITS

HOST_FIELDS = ("cs-host", "cs(host)", "r-host", "x-cs-host")
URL_FIELDS = ("cs-uri", "cs-uri-stem")
PORT_FIELDS = ("cs-uri-port", "r-port")
TYPE_FIELDS = ("rs(content-type)", "sc(content-type)")
ACTION_FIELDS = ("s-action",)


def _first(index: dict[str, int], names: tuple[str, ...]) -> int | None:
    for name in names:
        if name in index:
            return index[name]
    return None


@dataclass(frozen=True, slots=True)
class W3CLayout:
    """Positions of the fields we use in one ``#Fields:`` layout (``None`` = absent)."""

    width: int
    date: int | None
    time: int | None
    user: int | None
    client: int | None
    method: int | None
    host: int | None
    url: int | None
    port: int | None
    status: int | None
    bytes: int | None
    content_type: int | None
    action: int | None

    @classmethod
    def from_directive(cls, line: str) -> W3CLayout:
        names = line.partition(":")[2].split()
        index = {name.lower(): position for position, name in enumerate(names)}
        return cls(
            width=len(names),
            date=index.get("date"),
            time=index.get("time"),
            user=index.get("cs-username"),
            client=index.get("c-ip"),
            method=index.get("cs-method"),
            host=_first(index, HOST_FIELDS),
            url=_first(index, URL_FIELDS),
            port=_first(index, PORT_FIELDS),
            status=index.get("sc-status"),
            bytes=index.get("sc-bytes"),
            content_type=_first(index, TYPE_FIELDS),
            action=_first(index, ACTION_FIELDS),
        )

    def parse(self, line: str) -> WebRecord | str:
        """A record, or the reason code why the line is rejected."""
        values = line.split()
        if len(values) != self.width:
            return "too_few_fields" if len(values) < self.width else "custom_format"
        if self.time is None or self.method is None or self.status is None:
            return "missing_field"
        at = self._at(values)
        if at is None:
            return "bad_timestamp"
        method = values[self.method]
        found = None
        if self.host is not None and values[self.host] != "-":
            found = split_authority(values[self.host])
        elif self.url is not None:
            found = target_host(values[self.url], method)
        if found is None:
            return "no_host"
        host, port = found
        if port == NO_PORT and self.port is not None and is_digits(values[self.port]):
            port = int(values[self.port])
        status = values[self.status]
        if not is_digits(status) or len(status) != 3:
            return "bad_status"
        size = "-" if self.bytes is None else values[self.bytes]
        if size != "-" and (not is_digits(size) or len(size) > MAX_BYTES_DIGITS):
            return "bad_bytes"
        return WebRecord(
            at=at,
            user=self._optional(values, self.user),
            client_ip=self._optional(values, self.client),
            host=host,
            port=None if port == NO_PORT else port,
            method=method,
            status=int(status),
            bytes=0 if size == "-" else int(size),
            content_type=_media_type(self._optional(values, self.content_type)),
            cache_result=self._optional(values, self.action),
        )

    def _at(self, values: list[str]) -> datetime | None:
        assert self.time is not None
        clock = values[self.time]
        if self.date is None:
            return None
        try:
            parsed = datetime.fromisoformat(f"{values[self.date]}T{clock}")
            return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
        except (ValueError, OverflowError):
            return None  # malformed, or shifted to UTC it leaves years 1-9999

    @staticmethod
    def _optional(values: list[str], position: int | None) -> str | None:
        if position is None:
            return None
        value = values[position]
        return None if value == "-" else value


def _media_type(value: str | None) -> str | None:
    if value is None:
        return None
    return value.replace("+", " ").partition(";")[0].strip().lower() or None
