"""One block-list entry to one domain: lower case, no trailing dot, IDNA as punycode, or why not."""

from __future__ import annotations

import re

import idna

MAX_LENGTH = 253
_LABEL = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)$")
_PLAIN = re.compile(r"(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)+[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?")
"""An ASCII domain of two or more well-formed labels: the common case, checked in one match."""
_SPACE = re.compile(r"\s")
_NOT_IN_A_DOMAIN = re.compile(r"[/:?@\\\[\]]")


class InvalidDomainError(ValueError):
    """``reason`` says in a few words why the entry is not a domain."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def normalise_domain(entry: str) -> str:
    """The domain ``entry`` names, as a resolver sees it; ``InvalidDomainError`` when it names none.

    A leading ``*.`` or ``.`` (a wildcard, Squid's "and subdomains") is dropped:
    every format blocks the subdomains anyway.
    """
    text = entry.strip().lower().rstrip(".")
    text = text.removeprefix("*.").removeprefix(".")
    plain = _PLAIN.fullmatch(text) and len(text) <= MAX_LENGTH and "xn--" not in text
    if plain and not text.rsplit(".", 1)[1].isdigit():
        return text
    return _checked(text)


def _checked(text: str) -> str:
    """The slow path: IDNA, punycode labels, and the reason an entry is refused."""
    if not text:
        raise InvalidDomainError("is empty")
    if _SPACE.search(text):
        raise InvalidDomainError("contains a space")
    if _NOT_IN_A_DOMAIN.search(text):
        raise InvalidDomainError("is a URL, an address or has a path, not a domain")
    if not text.isascii():
        try:
            text = idna.encode(text, uts46=True).decode("ascii")
        except (idna.IDNAError, UnicodeError):
            raise InvalidDomainError("is not a valid internationalised domain name") from None
    labels = text.split(".")
    if len(labels) < 2:
        raise InvalidDomainError("has no dot; a single label is not a domain to block")
    if all(label.isdigit() for label in labels):
        raise InvalidDomainError("is an IP address, not a domain")
    if len(text) > MAX_LENGTH:
        raise InvalidDomainError(f"is longer than {MAX_LENGTH} characters")
    for label in labels:
        if not _LABEL.match(label):
            raise InvalidDomainError("has an empty label or a character a domain cannot have")
        if label.startswith("xn--"):
            try:
                idna.decode(label)
            except (idna.IDNAError, UnicodeError):
                raise InvalidDomainError("has a punycode label that does not decode") from None
    if labels[-1].isdigit():
        raise InvalidDomainError("ends in a number, not a top-level domain")
    return text


def is_covered(domain: str, listed: set[str] | frozenset[str]) -> bool:
    """Whether a parent domain of ``domain`` (not ``domain`` itself) is in ``listed``."""
    dot = domain.find(".")
    while dot != -1:
        parent = domain[dot + 1 :]
        if parent in listed:
            return True
        dot = domain.find(".", dot + 1)
    return False


def without_covered(domains: set[str] | frozenset[str]) -> list[str]:
    """``domains`` sorted, without those a listed parent already covers (Squid refuses the overlap)."""
    return sorted(d for d in domains if not is_covered(d, domains))
