"""Apache/NCSA combined (and common, vhost-combined, Squid's ``combined``) proxy logs, and W3C extended.

``client ident user [time] "METHOD target PROTO" status bytes "referer" "agent"``.
The host comes from an absolute-URL or CONNECT target; an origin-form target
(``GET /path``) names no host, so the line is rejected as ``no_host`` unless
the line starts with a ``vhost:port`` field (Apache ``vhost_combined``).
Referer and user agent are skipped, never split out. Lines after a
``#Fields:`` directive are W3C extended lines and go to ``w3c.W3CLayout``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from mediacode.monitoring.records import WebRecord
from mediacode.monitoring.sources.ascii_digits import is_digits
from mediacode.monitoring.sources.authority import NO_PORT, split_authority, target_host
from mediacode.monitoring.sources.httpd_time import httpd_at
from mediacode.monitoring.sources.reject import Reject
from mediacode.monitoring.sources.squid import MAX_BYTES_DIGITS
from mediacode.monitoring.sources.w3c import W3CLayout


def parse_line(line: str) -> WebRecord | str:
    """One combined-format line -> a record, or the reason code why it is rejected."""
    head, bracket, rest = line.partition(" [")
    if not bracket:
        return "too_few_fields"
    ids = head.split()
    if len(ids) == 3:
        vhost = None
        client, _ident, user = ids
    elif len(ids) == 4:
        vhost, client, _ident, user = ids
    else:
        return "too_few_fields" if len(ids) < 3 else "custom_format"
    stamp, quote, rest = rest.partition('] "')
    if not quote:
        return "too_few_fields" if "]" not in rest else "no_request"
    at = httpd_at(stamp)
    if at is None:
        return "bad_timestamp"
    request, quote, rest = rest.partition('" ')
    if not quote:
        return "too_few_fields"
    parts = request.split(" ")
    if len(parts) not in (2, 3) or not parts[0].isalpha():
        return "no_request"
    method, target = parts[0], parts[1]
    status, _, rest = rest.partition(" ")
    size, _, tail = rest.partition(" ")
    if not is_digits(status) or len(status) != 3:
        return "bad_status"
    if size != "-" and (not is_digits(size) or len(size) > MAX_BYTES_DIGITS):
        return "bad_bytes"
    found = target_host(target, method)
    if found is None and vhost is not None and target.startswith("/"):
        found = split_authority(vhost)
    if found is None:
        return "no_host"
    host, port = found
    trailing = tail.rpartition('"')[2].strip() if tail else ""
    cache_result = trailing.partition(":")[0] if ":" in trailing and " " not in trailing else None
    return WebRecord(
        at=at,
        user=None if user == "-" else user,
        client_ip=None if client == "-" else client,
        host=host,
        port=None if port == NO_PORT else port,
        method=method,
        status=int(status),
        bytes=0 if size == "-" else int(size),
        content_type=None,
        cache_result=cache_result or None,
    )


def parse(lines: Iterable[str]) -> Iterator[WebRecord | Reject]:
    """Yield one ``WebRecord`` per valid line and one ``Reject`` per line that is not.

    W3C directives (``#Software``, ``#Fields`` …) are read, not rejected; any
    other ``#`` line outside a W3C file is rejected as ``comment``.
    """
    layout: W3CLayout | None = None
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line or line.isspace():
            yield Reject(number, "empty")
            continue
        if line[0] == "#":
            if line.startswith("#Fields:"):
                layout = W3CLayout.from_directive(line)
            elif not line.startswith(
                ("#Software:", "#Version:", "#Date:", "#Remark:", "#Start-Date:", "#End-Date:")
            ):
                yield Reject(number, "comment")
            continue
        result = layout.parse(line) if layout is not None else parse_line(line)
        if isinstance(result, str):
            yield Reject(number, result)
        else:
            yield result
