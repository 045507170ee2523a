"""Use cases of key custody: seal the keys of ended periods, and open them again for a reveal (ADR 0087)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mediacode.monitoring.custody import (
    CustodyError,
    load_custody,
    new_passphrase,
    new_shamir,
    open_private,
    save_custody,
    seal_key,
    unseal_key,
)
from mediacode.monitoring.keystore import KeyStore
from mediacode.monitoring.periods import period_bounds
from mediacode.org import load_organization
from mediacode.services import audit
from mediacode.storage.layout import StateLayout, StorageSettings


@dataclass(frozen=True)
class SealResult:
    mode: str
    shares: tuple[str, ...]
    """Printed once, to hand to the custodians; never stored."""
    sealed: tuple[str, ...]
    open_periods: tuple[str, ...]
    """Periods not yet ended: their keys stay in the clear for ingest until a later ``keys seal``."""


def seal(
    org_root: Path,
    today: dt.date,
    custodians: int | None = None,
    passphrase: str | None = None,
    settings: StorageSettings | None = None,
) -> SealResult:
    """Set up custody (first time) and seal every plain key of a period that has ended."""
    org = load_organization(org_root)
    keys = KeyStore(StateLayout.of(org_root, settings).keys)
    custody = load_custody(keys.folder)
    shares: list[str] = []
    if custody is None:
        if custodians is not None and passphrase is not None:
            raise CustodyError("choose custodians or a passphrase, not both")
        if custodians is not None:
            custody, shares = new_shamir(custodians)
        elif passphrase is not None:
            custody = new_passphrase(passphrase)
        else:
            raise CustodyError("the keys are not under custody yet: give --custodians N or --passphrase")
        keys._ensure_folder()
        save_custody(keys.folder, custody)
    elif custodians is not None or passphrase is not None:
        raise CustodyError(
            "the keys are already under custody; run `keys seal` without options to seal new keys"
        )
    sealed: list[str] = []
    still_open: list[str] = []
    for period in keys.plain():
        if period_bounds(period)[1] >= today:
            still_open.append(period)
            continue
        key = keys.get(period)
        target = keys.sealed_path(period)
        temporary = keys.folder / f".{period}.sealing"
        temporary.write_bytes(seal_key(custody.public_key, period, key))
        temporary.chmod(0o600)
        temporary.replace(target)
        keys.discard_plain(period)
        sealed.append(period)
    audit.record(
        org_root,
        audit.SYSTEM,
        "key.seal",
        {"mode": custody.mode, "sealed_periods": sealed, "custodians": custody.custodians},
        org=org,
    )
    return SealResult(custody.mode, tuple(shares), tuple(sealed), tuple(still_open))


def keystore_opener(
    org_root: Path, shares: list[str], passphrase: str | None, settings: StorageSettings | None = None
) -> Callable[[Path], KeyStore] | None:
    """How a reveal opens the key store: plain without custody; with custody only with two shares."""
    folder = StateLayout.of(org_root, settings).keys
    custody = load_custody(folder)
    if custody is None:
        if shares or passphrase:
            raise CustodyError("the keys are not sealed; no shares or passphrase are needed")
        return None
    private = open_private(custody, shares, passphrase)

    def unsealer(period: str, sealed: bytes) -> bytes:
        return unseal_key(private, period, sealed)

    return lambda keys_folder: KeyStore(keys_folder, unsealer)


def render_seal(result: SealResult) -> str:
    lines = []
    if result.shares:
        lines.append(
            f"the keys are now sealed between {len(result.shares)} custodians; "
            "any 2 of these shares open them."
        )
        lines.append("hand each custodian one share; they are shown once and stored nowhere:")
        lines.extend(f"  custodian {number}: {share}" for number, share in enumerate(result.shares, 1))
    elif result.mode == "passphrase":
        lines.append("the keys are sealed with a passphrase")
    if result.sealed:
        lines.append("sealed the keys of: " + ", ".join(result.sealed))
    if result.open_periods:
        lines.append("still in the clear for ingest (period not ended): " + ", ".join(result.open_periods))
    return "\n".join(lines) or "nothing to seal"
