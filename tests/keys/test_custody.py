"""Key custody: sealed keys open with two shares or the passphrase, never without; retention destroys them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mediacode.cases.errors import CaseRefusedError
from mediacode.cases.opening import CaseRequest
from mediacode.monitoring.custody import CustodyError
from mediacode.monitoring.keystore import KeyDestroyedError, KeySealedError, KeyStore
from mediacode.monitoring.reidentify import reidentify
from mediacode.org import load_organization
from mediacode.services import cases, custody
from mediacode.services.retention import apply_retention
from mediacode.storage.layout import StorageSettings
from tests.cases.conftest import COUNCIL, FROM, OFFICER, OPENER, REASON, SUBJECT, TO, CaseOrg

AFTER_MAY = dt.date(2026, 6, 2)


def _approved_case(org: CaseOrg) -> cases.CaseContext:
    ctx = cases.CaseContext(org.root, today=AFTER_MAY)
    request = CaseRequest(
        org.pseudonym, "security", REASON, dt.date.fromisoformat(FROM), dt.date.fromisoformat(TO)
    )
    cases.open_case(ctx, OPENER, request)
    cases.decide(ctx, OFFICER, 1)
    cases.decide(ctx, COUNCIL, 1)
    return ctx


def _keys(org: CaseOrg) -> Path:
    return org.root / ".mediacode" / "keys"


def test_sealing_removes_the_plain_key_and_two_shares_open_it(case_org: CaseOrg) -> None:
    result = custody.seal(case_org.root, AFTER_MAY, custodians=3)
    assert result.sealed == ("2026-05",)
    assert len(result.shares) == 3
    assert not (_keys(case_org) / "2026-05.key").exists()
    assert (_keys(case_org) / "2026-05.sealed").stat().st_mode & 0o777 == 0o600
    org = load_organization(case_org.root)
    with pytest.raises(KeySealedError):
        reidentify(case_org.pseudonym, "2026-05", org, KeyStore(_keys(case_org)))
    for pair in ([0, 1], [1, 2], [2, 0]):
        opener = custody.keystore_opener(case_org.root, [result.shares[i] for i in pair], None)
        assert opener is not None
        assert reidentify(case_org.pseudonym, "2026-05", org, opener(_keys(case_org))) == SUBJECT


@pytest.mark.parametrize(
    ("pick", "message"),
    [
        ("one", "give 2 different shares"),
        ("same twice", "give 2 different shares"),
        ("garbled", "a share looks like"),
        ("foreign", "do not belong together"),
    ],
)
def test_bad_shares_open_nothing(case_org: CaseOrg, tmp_path: Path, pick: str, message: str) -> None:
    shares = list(custody.seal(case_org.root, AFTER_MAY, custodians=3).shares)
    if pick == "one":
        given = shares[:1]
    elif pick == "same twice":
        given = [shares[0], shares[0]]
    elif pick == "garbled":
        given = [shares[0], "mc1-2-xyz"]
    else:
        other = tmp_path / "other"
        other.mkdir()
        from mediacode.monitoring.custody import new_shamir

        _, foreign = new_shamir(3)
        given = [shares[0], foreign[1]]
    with pytest.raises(CustodyError, match=message):
        custody.keystore_opener(case_org.root, given, None)


def test_reveal_of_a_sealed_period_needs_two_custodians(case_org: CaseOrg) -> None:
    shares = custody.seal(case_org.root, AFTER_MAY, custodians=2).shares
    ctx = _approved_case(case_org)
    with pytest.raises(CaseRefusedError, match="is sealed"):
        cases.reveal(ctx, OFFICER, 1)
    with pytest.raises(CustodyError):
        custody.keystore_opener(case_org.root, [shares[0]], None)
    opener = custody.keystore_opener(case_org.root, list(shares), None)
    assert cases.reveal(ctx, OFFICER, 1, opener).person_id == SUBJECT


def test_cli_seal_then_reveal_with_shares(cli: object, case_org: CaseOrg) -> None:
    run = cli  # type: ignore[assignment]
    sealed = run("keys", "seal", "--org", str(case_org.root), "--custodians", "3", "--today", "2026-06-02")
    assert sealed.code == 0, sealed.err
    shares = [line.split(": ")[1] for line in sealed.out.splitlines() if line.strip().startswith("custodian")]
    assert len(shares) == 3
    _approved_case(case_org)
    base = (
        "case",
        "reveal",
        "--org",
        str(case_org.root),
        "--today",
        "2026-06-02",
        "--as",
        OFFICER,
        "--case",
        "1",
    )
    one = run(*base, "--share", shares[0])
    assert one.code == 2
    assert "give 2 different shares" in one.err
    two = run(*base, "--share", shares[0], "--share", shares[2])
    assert two.code == 0, two.err
    assert SUBJECT in two.out


@pytest.mark.parametrize(("given", "opens"), [("correct horse battery", True), ("wrong passphrase!", False)])
def test_passphrase_sealing(case_org: CaseOrg, given: str, opens: bool) -> None:
    custody.seal(case_org.root, AFTER_MAY, passphrase="correct horse battery")
    org = load_organization(case_org.root)
    if not opens:
        with pytest.raises(CustodyError, match="does not open"):
            custody.keystore_opener(case_org.root, [], given)
        return
    opener = custody.keystore_opener(case_org.root, [], given)
    assert opener is not None
    assert reidentify(case_org.pseudonym, "2026-05", org, opener(_keys(case_org))) == SUBJECT


def test_open_period_stays_plain_for_ingest(case_org: CaseOrg) -> None:
    result = custody.seal(case_org.root, dt.date(2026, 5, 20), custodians=2)
    assert result.sealed == ()
    assert result.open_periods == ("2026-05",)
    assert (_keys(case_org) / "2026-05.key").exists()


@pytest.mark.parametrize("sealed", [False, True])
def test_retention_destroys_expired_keys_and_then_nobody_can_be_named(
    case_org: CaseOrg, sealed: bool
) -> None:
    shares: tuple[str, ...] = ()
    if sealed:
        shares = custody.seal(case_org.root, AFTER_MAY, custodians=2).shares
    kept = apply_retention(case_org.root, dt.date(2026, 8, 1), StorageSettings())
    assert kept.destroyed == ()
    result = apply_retention(case_org.root, dt.date(2026, 9, 1), StorageSettings())
    assert result.destroyed == ("2026-05",)
    assert list(_keys(case_org).glob("2026-05.key")) == []
    assert list(_keys(case_org).glob("2026-05.sealed")) == []
    org = load_organization(case_org.root)
    opener = custody.keystore_opener(case_org.root, list(shares), None) if sealed else None
    keys = opener(_keys(case_org)) if opener else KeyStore(_keys(case_org))
    with pytest.raises(KeyDestroyedError):
        reidentify(case_org.pseudonym, "2026-05", org, keys)
