from __future__ import annotations

import stat
from pathlib import Path

import pytest

from mediacode.errors import NotFoundError
from mediacode.monitoring.keystore import KeyDestroyedError, KeyStore
from mediacode.monitoring.pseudonym import account_pseudonym, person_pseudonym
from mediacode.monitoring.reidentify import reidentify
from mediacode.org import load_organization


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_keys_are_private_files_in_a_private_folder(tmp_path: Path) -> None:
    store = KeyStore(tmp_path / "keys")
    key = store.get_or_create("2026-03")
    assert len(key) == 32
    assert mode(tmp_path / "keys") == 0o700
    assert mode(tmp_path / "keys" / "2026-03.key") == 0o600
    assert KeyStore(tmp_path / "keys").get_or_create("2026-03") == key  # created once, then read
    assert store.get_or_create("2026-04") != key
    assert [p.name for p in (tmp_path / "keys").iterdir() if p.name.endswith(".tmp")] == []


def test_destruction_is_final(tmp_path: Path) -> None:
    store = KeyStore(tmp_path / "keys")
    store.get_or_create("2026-03")
    assert store.destroy("2026-03") is True
    assert not (tmp_path / "keys" / "2026-03.key").exists()
    assert store.present() == [] and store.destroyed() == ["2026-03"]
    for attempt in (store, KeyStore(tmp_path / "keys")):
        with pytest.raises(KeyDestroyedError):
            attempt.get_or_create("2026-03")
    assert store.destroy("2026-03") is False


@pytest.mark.parametrize("period", ["../evil", "2026-3", "keys"])
def test_period_names_are_checked(tmp_path: Path, period: str) -> None:
    with pytest.raises(ValueError, match="not a period"):
        KeyStore(tmp_path).get_or_create(period)


def test_reidentify(example_org: Path, tmp_path: Path) -> None:
    org = load_organization(example_org)
    store = KeyStore(tmp_path / "keys")
    key = store.get_or_create("2026-03")
    assert reidentify(person_pseudonym(key, "E004"), "2026-03", org, store) == "E004"
    assert reidentify(account_pseudonym(key, "stranger42"), "2026-03", org, store) is None
    with pytest.raises(NotFoundError, match="no key exists for period 2026-04"):
        reidentify(person_pseudonym(key, "E004"), "2026-04", org, store)
    store.destroy("2026-03")
    with pytest.raises(KeyDestroyedError, match="destroyed"):
        reidentify(person_pseudonym(key, "E004"), "2026-03", org, store)
