"""The identifier guard: no e-mail address, IP address, URL with a path or person in an entry's details."""

from __future__ import annotations

import pytest

from mediacode.audit.guard import find_identifiers

IDS = ("E001", "E017")
NAMES = ("Marieke van der Linden",)


@pytest.mark.parametrize(
    ("details", "kind"),
    [
        ({"who": "m.vanderlinden@veldhuis-logistiek.nl"}, "an e-mail address"),
        ({"nested": {"list": ["ok", "mail to p.smit@example.org please"]}}, "an e-mail address"),
        ({"client": "192.168.10.7"}, "an IPv4 address"),
        ({"client": "from 10.0.0.1:3128"}, "an IPv4 address"),
        ({"client": "2001:db8::1"}, "an IPv6 address"),
        ({"client": "::1"}, "an IPv6 address"),
        ({"client": "fe80::1ff:fe23:4567:890a"}, "an IPv6 address"),
        ({"url": "https://example.com/private/page"}, "a URL with a path"),
        ({"url": "http://example.com/?q=salary"}, "a URL with a path"),
        ({"url": "see intranet.example.nl/hr/dossier"}, "a URL with a path"),
        ({"10.1.2.3": 4}, "an IPv4 address"),
        ({"subject_of": "E001"}, "a person id"),
        ({"people": ["E017"]}, "a person id"),
        ({"note": "about marieke van der linden"}, "a person's name"),
    ],
)
def test_raw_identifiers_are_found(details: dict[str, object], kind: str) -> None:
    findings = find_identifiers(details, IDS, NAMES)
    assert kind in [finding.kind for finding in findings]
    assert all("@" not in finding.render() and "192." not in finding.render() for finding in findings)


@pytest.mark.parametrize(
    "details",
    [
        {"read": 1200, "accepted": 1190, "rejected": 10},
        {"purpose": "security", "periods": ["2026-03", "2026-04"]},
        {"pseudonym": "p-3f9a1c22b07e4d55", "case": "C-2026-0001"},
        {"at": "2026-04-01T12:30:45Z", "time": "12:30:45"},
        {"domain": "example.com", "homepage": "https://example.com/"},
        {"covers": "sha256:0f3a9c", "version": "3.11"},
        {"rows": {"web": 10, "mail": 3}, "engine": "duckdb"},
        {"department": "Planning", "partitions": "web/day=2026-03-02"},
    ],
)
def test_counts_purposes_pseudonyms_and_case_ids_pass(details: dict[str, object]) -> None:
    assert find_identifiers(details, IDS, NAMES) == []


def test_a_case_subject_may_be_named_by_id_but_never_by_address() -> None:
    assert find_identifiers({"subject": "E001", "case": "C-1"}, IDS, NAMES, about_subject=True) == []
    refused = find_identifiers({"subject": "E001", "mail": "x@y.nl"}, IDS, NAMES, about_subject=True)
    assert [finding.kind for finding in refused] == ["an e-mail address"]
