"""policy blocklist: each format, the UT1 reader, and the errors a user can cause."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import dns.rdatatype
import dns.zone
import pytest

from mediacode.org.loader import load_organization
from mediacode.policy.blocklist import FORMATS, collect_block_list
from tests.conftest import CliResult

Cli = Callable[..., CliResult]
ON = dt.date(2026, 11, 28)
ALL = [
    "ads.example.com",
    "bad_host.example.org",
    "casino.example",
    "evil.com",
    "phish.net",
    "sub.evil.com",
    "www.phish.net",
    "xn--bcher-kva.de",
]
TOP = [
    "ads.example.com",
    "bad_host.example.org",
    "casino.example",
    "evil.com",
    "phish.net",
    "xn--bcher-kva.de",
]


def body(text: str, comment: str) -> list[str]:
    return [line for line in text.splitlines() if line and not line.startswith(comment)]


def test_collect_reads_policy_and_categories(blocking_org: Path) -> None:
    block_list = collect_block_list(load_organization(blocking_org), ON)
    assert list(block_list.domains) == ALL
    assert block_list.from_policy == 1
    assert dict(block_list.from_categories) == {"malware": 4, "phishing": 2, "gambling": 2, "adult": 0}
    assert [(s.file, s.line) for s in block_list.skipped] == [
        ("policy.yaml", 67),
        ("lists/malware/domains", 6),
        ("lists/phishing/domains", 3),
    ]


@pytest.mark.parametrize(
    ("format", "comment", "expected"),
    [
        ("squid", "#", ["." + d for d in TOP]),
        ("hosts", "#", [f"0.0.0.0 {d}" for d in ALL]),
        (
            "rpz",
            ";",
            [
                "$TTL 300",
                "@ IN SOA localhost. hostmaster.localhost. 2026112800 3600 600 604800 300",
                "@ IN NS localhost.",
                *[line for d in TOP for line in (f"{d} CNAME .", f"*.{d} CNAME .")],
            ],
        ),
    ],
)
def test_each_format(blocking_org: Path, format: str, comment: str, expected: list[str]) -> None:
    text = FORMATS[format](collect_block_list(load_organization(blocking_org), ON))
    assert body(text, comment) == expected
    header = [line for line in text.splitlines() if line.startswith(comment)]
    assert "Veldhuis Logistiek" in header[0]
    assert "2026-11-28" in header[0]
    assert any("8 blocked domains" in line for line in header)
    assert any("skipped as not a domain: 3" in line for line in header)


def test_squid_has_no_overlapping_entries(blocking_org: Path) -> None:
    entries = body(FORMATS["squid"](collect_block_list(load_organization(blocking_org), ON)), "#")
    names = [entry.removeprefix(".") for entry in entries]
    assert all(entry.startswith(".") for entry in entries)
    for name in names:
        assert not any(name.endswith("." + other) for other in names if other != name)


def test_rpz_is_a_valid_zone(blocking_org: Path) -> None:
    text = FORMATS["rpz"](collect_block_list(load_organization(blocking_org), ON))
    zone = dns.zone.from_text(text, origin="rpz.local.", relativize=True)
    cnames = {
        str(name): str(rdata.target)
        for name, _, rdata in zone.iterate_rdatas(dns.rdatatype.CNAME)  # type: ignore[no-untyped-call]
    }
    assert cnames == {name: "." for d in TOP for name in (d, f"*.{d}")}
    assert zone.get_rdataset("@", "SOA") is not None


@pytest.mark.parametrize("format", ["squid", "hosts", "rpz"])
def test_output_is_deterministic(cli: Cli, blocking_org: Path, tmp_path: Path, format: str) -> None:
    args = ("policy", "blocklist", "--org", str(blocking_org), "--format", format, "--today", "2026-11-28")
    first = cli(*args)
    out = tmp_path / f"list.{format}"
    second = cli(*args, "-o", str(out))
    assert first.code == second.code == 0
    assert out.read_text(encoding="utf-8") == first.out
    assert "warning: 3 entries skipped" in first.err
    assert "policy.yaml:67:" in first.err


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("  category_list: lists\n", "", "prevention.category_list names no folder"),
        ("category_list: lists", "category_list: nowhere", "'nowhere', which is not a folder"),
        ("[malware, phishing, gambling, adult]", "[malware, poker, dating]", "poker, dating not found"),
        ("[malware, phishing, gambling, adult]", "[malware, ../lists/malware]", "not a category name"),
    ],
)
def test_category_errors_name_the_category(
    cli: Cli, blocking_org: Path, old: str, new: str, message: str
) -> None:
    policy = blocking_org / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    assert old in text
    policy.write_text(text.replace(old, new), encoding="utf-8")
    result = cli("policy", "blocklist", "--org", str(blocking_org), "--format", "squid")
    assert result.code == 2
    assert message in result.err
    assert "Traceback" not in result.err


def test_only_listed_domains_without_categories(cli: Cli, example_org: Path) -> None:
    policy = example_org / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    text = text.replace("[malware, phishing, gambling, adult]", "[]").replace(
        "blocked_domains: []", "blocked_domains: [b.example, a.example, sub.a.example]"
    )
    policy.write_text(text, encoding="utf-8")
    result = cli("policy", "blocklist", "--org", str(example_org), "--format", "squid")
    assert result.code == 0, result.err
    assert body(result.out, "#") == [".a.example", ".b.example"]
    assert result.err == ""


def test_unknown_format_is_a_usage_error(cli: Cli, blocking_org: Path) -> None:
    result = cli("policy", "blocklist", "--org", str(blocking_org), "--format", "pf")
    assert result.code == 2
    assert re.search(r"squid|hosts|rpz", result.err)
