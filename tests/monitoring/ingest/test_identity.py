from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mediacode.errors import OrgFolderError
from mediacode.monitoring.identity import ANONYMOUS, load_directory, proxy_account
from mediacode.org import load_organization

AT = dt.datetime(2026, 3, 19, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def directory_org(example_org: Path) -> Path:
    (example_org / "accounts.csv").write_text(
        "person,account\nE006,KMULDER-ADM\nE004,CORP\\ahmed\n", encoding="utf-8"
    )
    (example_org / "leases.csv").write_text(
        "ip,from,to,account\n"
        "10.9.0.1,2026-03-19T08:00:00,2026-03-19T12:00:00,CORP\\p.smit\n"
        "10.9.0.1,2026-03-19T12:00:01,2026-03-19T18:00:00+00:00,stranger\n",
        encoding="utf-8",
    )
    return example_org


@pytest.mark.parametrize(
    ("user", "person", "account"),
    [
        ("m.vanderlinden", "E001", "m.vanderlinden"),
        ("M.VanDerLinden", "E001", "m.vanderlinden"),
        ("CORP\\p.smit", "E002", "p.smit"),
        ("p.smit@CORP.LOCAL", "E002", "p.smit"),
        ("p.smit@veldhuis-logistiek.nl", "E002", "p.smit"),
        ("kmulder-adm", "E006", "kmulder-adm"),  # accounts.csv
        ("OTHER\\ahmed", "E004", "ahmed"),  # accounts.csv, short form of CORP\ahmed
        ("stranger42", None, "stranger42"),
        ("E001", None, "e001"),  # a person's id is not an account
    ],
)
def test_resolve_proxy_user(directory_org: Path, user: str, person: str | None, account: str) -> None:
    directory = load_directory(load_organization(directory_org))
    found = directory.resolve_user(user)
    assert (found.person.id if found.person else None, found.account) == (person, account)


@pytest.mark.parametrize(
    ("ip", "at", "person", "account"),
    [
        ("10.9.0.1", AT, "E002", "p.smit"),
        ("10.9.0.1", AT.replace(hour=13), None, "stranger"),
        ("10.9.0.1", AT.replace(hour=19), None, "ip:10.9.0.1"),  # outside every lease
        ("10.9.0.2", AT, None, "ip:10.9.0.2"),
        (None, AT, None, ANONYMOUS),
    ],
)
def test_resolve_client_through_leases(
    directory_org: Path, ip: str | None, at: dt.datetime, person: str | None, account: str
) -> None:
    found = load_directory(load_organization(directory_org)).resolve_client(ip, at)
    assert (found.person.id if found.person else None, found.account) == (person, account)


@pytest.mark.parametrize(
    ("address", "person"),
    [
        ("a.jansen@veldhuis-logistiek.nl", "E003"),
        ("a.jansen@mail.veldhuis-logistiek.nl", "E003"),  # a subdomain of ours: by local part
        ("a.jansen@gmail.example", None),  # someone else's domain: never by local part
        ("kmulder-adm", "E006"),
    ],
)
def test_resolve_address(directory_org: Path, address: str, person: str | None) -> None:
    found = load_directory(load_organization(directory_org)).resolve_address(address)
    assert (found.person.id if found.person else None) == person


@pytest.mark.parametrize(("user", "account"), [("CORP\\Jan", "jan"), ("jan@REALM", "jan"), (" Jan ", "jan")])
def test_proxy_account(user: str, account: str) -> None:
    assert proxy_account(user) == account


@pytest.mark.parametrize(
    ("name", "text", "where"),
    [
        ("accounts.csv", "person,account\nE999,x\n", ("accounts.csv", 2, "person")),
        ("accounts.csv", "person,account\nE001,\n", ("accounts.csv", 2, "account")),
        ("accounts.csv", "person,account\nE001,x\nE002,X\n", ("accounts.csv", 3, "account")),
        ("accounts.csv", "person\nE001\n", ("accounts.csv", 1, None)),
        (
            "leases.csv",
            "ip,from,to,account\n10.0.0.1,yesterday,2026-03-19T10:00,x\n",
            ("leases.csv", 2, "from"),
        ),
        (
            "leases.csv",
            "ip,from,to,account\n10.0.0.1,2026-03-19T10:00,2026-03-19T09:00,x\n",
            ("leases.csv", 2, "to"),
        ),
    ],
)
def test_directory_file_mistakes_name_file_line_field(
    example_org: Path, name: str, text: str, where: tuple[str, int, str | None]
) -> None:
    (example_org / name).write_text(text, encoding="utf-8")
    with pytest.raises(OrgFolderError) as caught:
        load_directory(load_organization(example_org))
    assert [(p.file, p.line, p.field) for p in caught.value.problems] == [where]


def test_without_optional_files(example_org: Path) -> None:
    directory = load_directory(load_organization(example_org))
    assert directory.accounts == {} and directory.leases == {}
    assert directory.local_domains == frozenset({"veldhuis-logistiek.nl"})
