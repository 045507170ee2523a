"""Normalising one entry to one domain, or saying why it is none."""

from __future__ import annotations

import pytest

from mediacode.policy.blocklist.domain import InvalidDomainError, normalise_domain, without_covered


@pytest.mark.parametrize(
    ("entry", "domain"),
    [
        ("example.com", "example.com"),
        ("  Example.COM.  ", "example.com"),
        (".example.com", "example.com"),
        ("*.example.com", "example.com"),
        ("bücher.de", "xn--bcher-kva.de"),
        ("BÜCHER.de", "xn--bcher-kva.de"),
        ("xn--bcher-kva.de", "xn--bcher-kva.de"),
        ("my_host.example.org", "my_host.example.org"),
        ("a-b.co.uk", "a-b.co.uk"),
    ],
)
def test_valid(entry: str, domain: str) -> None:
    assert normalise_domain(entry) == domain


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        ("", "empty"),
        (".", "empty"),
        ("localhost", "no dot"),
        ("1.2.3.4", "IP address"),
        ("http://example.com/x", "URL"),
        ("example.com/path", "URL"),
        ("2001:db8::1", "URL"),
        ("not a domain", "space"),
        ("-bad.example.com", "character"),
        ("bad-.example.com", "character"),
        ("a..b.com", "empty label"),
        ("x" * 64 + ".com", "character"),
        ("a." * 127 + "com", "longer than"),
        ("example.123", "number"),
        ("xn--zz.com", "punycode"),
        ("exa$mple.com", "character"),
    ],
)
def test_invalid(entry: str, reason: str) -> None:
    with pytest.raises(InvalidDomainError, match=reason):
        normalise_domain(entry)


@pytest.mark.parametrize(
    ("domains", "kept"),
    [
        ({"a.com", "b.a.com", "c.b.a.com"}, ["a.com"]),
        ({"a.com", "ba.com"}, ["a.com", "ba.com"]),  # ba.com is no subdomain of a.com
        ({"x.b.com", "y.b.com"}, ["x.b.com", "y.b.com"]),
        (set(), []),
    ],
)
def test_without_covered(domains: set[str], kept: list[str]) -> None:
    assert without_covered(domains) == kept
