"""Squid native ``access.log`` (``logformat squid``).

``%ts.%03tu %6tr %>a %Ss/%03>Hs %<st %rm %ru %[un %Sh/%<a %mt`` — ten
whitespace-separated fields; only the elapsed-time field is padded with a
variable number of spaces, so ``str.split()`` is exact. A line with more than
ten fields is a custom ``logformat`` (or ``log_mime_hdrs on``) and is rejected
as ``custom_format``: guessing at someone else's field order could keep a path.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from urllib.parse import unquote

from mediacode.monitoring.records import WebRecord
from mediacode.monitoring.sources.ascii_digits import is_digits
from mediacode.monitoring.sources.authority import NO_PORT, target_host
from mediacode.monitoring.sources.reject import Reject

FIELDS = 10
MAX_BYTES_DIGITS = 18
"""Longer byte counts do not fit the stored BIGINT and are no real reply size."""


def parse(lines: Iterable[str]) -> Iterator[WebRecord | Reject]:
    """Yield one ``WebRecord`` per valid line and one ``Reject`` per line that is not."""
    fromtimestamp = datetime.fromtimestamp
    for number, line in enumerate(lines, 1):
        fields = line.split()
        if len(fields) != FIELDS:
            if not fields:
                yield Reject(number, "empty")
            elif fields[0][0] == "#":
                yield Reject(number, "comment")
            elif len(fields) < FIELDS:
                yield Reject(number, "too_few_fields")
            else:
                yield Reject(number, "custom_format")
            continue
        stamp, _elapsed, client, code, size, method, url, user, _hierarchy, mime = fields
        if not stamp[0].isdigit():
            yield Reject(number, "comment" if stamp[0] == "#" else "bad_timestamp")
            continue
        try:
            at = fromtimestamp(float(stamp), UTC)
        except (ValueError, OverflowError, OSError):
            yield Reject(number, "bad_timestamp")
            continue
        result, slash, status_text = code.partition("/")
        if not slash or not is_digits(status_text) or len(status_text) != 3:
            yield Reject(number, "bad_status")
            continue
        if not is_digits(size) or len(size) > MAX_BYTES_DIGITS:
            yield Reject(number, "bad_bytes")
            continue
        found = target_host(url, method)
        if found is None:
            yield Reject(number, "no_host")
            continue
        host, port = found
        if user == "-":
            name = None
        elif "%" in user:
            name = unquote(user, errors="replace")
        else:
            name = user
        yield WebRecord(
            at=at,
            user=name,
            client_ip=None if client == "-" else client,
            host=host,
            port=None if port == NO_PORT else port,
            method=method,
            status=int(status_text),
            bytes=int(size),
            content_type=None if mime == "-" else mime.partition(";")[0].lower(),
            cache_result=result or None,
        )
