from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mediacode.monitoring.identity import load_directory
from mediacode.monitoring.records import MailRecord
from mediacode.monitoring.spare import PRIVATE, PRIVILEGED, Sparer
from mediacode.org import load_organization

AT = dt.datetime(2026, 3, 19, 10, 0, tzinfo=dt.UTC)
OURS = "veldhuis-logistiek.nl"


def mail(sender: str | None, *recipients: str, private: bool = False) -> MailRecord:
    return MailRecord(AT, sender, recipients, 100, None, "sent", private)


@pytest.mark.parametrize(
    ("record", "folder_marker", "reason"),
    [
        (mail(f"p.smit@{OURS}", "someone@external.example"), False, None),
        (mail(f"p.smit@{OURS}", f"a.jansen@{OURS}"), False, PRIVILEGED),  # to the works council
        (mail(f"h.kuipers@{OURS}", "lab@external.example"), False, PRIVILEGED),  # from the company doctor
        (mail("someone@external.example", f"p.smit@{OURS}", f"j.bakker@{OURS}"), False, PRIVILEGED),
        (mail(f"p.smit@{OURS}", "friend@external.example", private=True), False, PRIVATE),
        (mail(f"p.smit@{OURS}", "friend@external.example"), True, PRIVATE),  # folder/mailbox marker
        (mail(None, f"p.smit@{OURS}"), False, None),
        (mail("a.jansen@gmail.example", f"p.smit@{OURS}"), False, None),  # a private address nobody listed
    ],
)
def test_spare_reason(example_org: Path, record: MailRecord, folder_marker: bool, reason: str | None) -> None:
    org = load_organization(example_org)
    directory = load_directory(org)
    parties = [directory.resolve_address(a) for a in (record.sender, *record.recipients) if a]
    sparer = Sparer.for_organization(org)
    assert sparer.spare(record, parties, folder_marker) is (reason is not None)
    assert dict(sparer.spared) == ({reason: 1} if reason else {})


def test_alias_of_a_privileged_member_is_spared(example_org: Path) -> None:
    (example_org / "accounts.csv").write_text("person,account\nE003,or-voorzitter@veldhuis-logistiek.nl\n")
    org = load_organization(example_org)
    directory = load_directory(org)
    parties = [directory.resolve_address("or-voorzitter@veldhuis-logistiek.nl")]
    assert Sparer.for_organization(org).reason(mail("x@external.example"), parties) == PRIVILEGED
