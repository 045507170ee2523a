"""The identifier guard: an audit entry never holds a raw identifier.

Refused anywhere in ``details`` (keys and values, at any depth): an e-mail
address, an IPv4 or IPv6 address, a URL with a path or query, a person's name
from the directory, and a person id unless the entry is marked as being about
a case subject. Findings name the kind and the place, never the value.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass

_EMAIL = re.compile(r"[^\s@<>()\"',;]+@[^\s@<>()\"',;]+\.[A-Za-z]{2,}")
_IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
_IPV6 = re.compile(r"(?<![0-9A-Fa-f:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%\w+)?(?![0-9A-Fa-f:])")
_URL_WITH_SCHEME = re.compile(r"\b[A-Za-z][A-Za-z0-9+.-]*://[^\s/?#]*(?:[/?#]\S*)?")
_HOST_WITH_PATH = re.compile(r"\b(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?::\d+)?[/?]\S*[^\s/]")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*")


@dataclass(frozen=True)
class Finding:
    kind: str
    where: str

    def render(self) -> str:
        return f"{self.kind} in details{self.where}"


def _strings(value: object, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield value, where
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield str(key), f"{where} (a key)"
            yield from _strings(item, f"{where}.{key}" if _WORD.fullmatch(str(key)) else f"{where}[…]")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _strings(item, f"{where}[{index}]")


def _has_ipv4(text: str) -> bool:
    for match in _IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(match.group())
        except ValueError:
            continue
        return True
    return False


def _has_ipv6(text: str) -> bool:
    for match in _IPV6.finditer(text):
        try:
            ipaddress.IPv6Address(match.group())
        except ValueError:
            continue
        return True
    return False


def _has_url_with_path(text: str) -> bool:
    for match in _URL_WITH_SCHEME.finditer(text):
        rest = match.group().split("://", 1)[1]
        tail = rest[len(re.split(r"[/?#]", rest, maxsplit=1)[0]) :]
        if tail.strip("/"):
            return True
    return bool(_HOST_WITH_PATH.search(text))


def _kinds(text: str) -> Iterator[str]:
    if _EMAIL.search(text):
        yield "an e-mail address"
    if _has_url_with_path(text):
        yield "a URL with a path"
    if _has_ipv4(text):
        yield "an IPv4 address"
    if _has_ipv6(text):
        yield "an IPv6 address"


def find_identifiers(
    details: Mapping[str, object],
    person_ids: Collection[str] = (),
    person_names: Collection[str] = (),
    about_subject: bool = False,
) -> list[Finding]:
    """Every raw identifier in ``details``; person ids count unless ``about_subject``, names always."""
    names = [name.casefold() for name in person_names if name.strip()]
    ids = set() if about_subject else set(person_ids)
    findings: list[Finding] = []
    for text, where in _strings(details, ""):
        findings.extend(Finding(kind, where) for kind in _kinds(text))
        if ids and any(word in ids for word in _WORD.findall(text)):
            findings.append(Finding("a person id", where))
        if names:
            folded = text.casefold()
            if any(name in folded for name in names):
                findings.append(Finding("a person's name", where))
    return findings
