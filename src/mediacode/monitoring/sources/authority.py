"""Host and port out of a request target, dropping everything else as it goes.

Handles absolute URLs (``scheme://user@host:port/path?query#fragment``) and
CONNECT targets (``host:port``, ``[v6]:port``). Origin-form targets (``/path``)
carry no host and give ``None``. Only the host and port leave this function.
"""

from __future__ import annotations

from mediacode.monitoring.sources.ascii_digits import is_digits

NO_PORT = -1
"""Returned as the port when the target names none."""


def split_authority(authority: str) -> tuple[str, int] | None:
    """``host[:port]`` (IPv6 in brackets) -> (lower-case host, port or ``NO_PORT``); ``None`` if malformed."""
    if authority.startswith("["):
        end = authority.find("]")
        if end < 2:
            return None
        host = authority[1:end]
        rest = authority[end + 1 :]
        if not rest:
            return host.lower(), NO_PORT
        if rest[0] != ":":
            return None
        port_text = rest[1:]
    else:
        host, colon, port_text = authority.rpartition(":")
        if not colon:
            host, port_text = authority, ""
        elif ":" in host:
            # a bare IPv6 literal without brackets: no port we can trust
            host, port_text = authority, ""
        if not host:
            return None
    if "/" in host or "?" in host or "#" in host or "@" in host:
        return None  # a path, query, fragment or userinfo is never part of a host
    if not port_text:
        return host.lower(), NO_PORT
    if not is_digits(port_text) or len(port_text) > 5:
        return None
    port = int(port_text)
    if port > 65535:
        return None
    return host.lower(), port


def target_host(target: str, method: str) -> tuple[str, int] | None:
    """The host and port of a request target, or ``None`` when it names no host."""
    if method == "CONNECT":
        if "/" in target or "@" in target or "?" in target or "#" in target:
            return None  # an authority alone: a path, query, fragment or userinfo is no CONNECT target
        return split_authority(target)
    scheme_end = target.find("://")
    if scheme_end <= 0:
        return None
    authority = target[scheme_end + 3 :].partition("/")[0]
    if "?" in authority or "#" in authority:
        authority = authority.partition("?")[0].partition("#")[0]
    if "@" in authority:
        authority = authority.rpartition("@")[2]
    if not authority:
        return None
    return split_authority(authority)
