"""Retention with a moved clock, and ``mediacode status``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from mediacode.monitoring.keystore import KeyDestroyedError, KeyStore
from mediacode.monitoring.pseudonym import person_pseudonym
from mediacode.monitoring.reidentify import reidentify
from mediacode.org import load_organization
from tests.conftest import CliResult
from tests.monitoring.ingest.conftest import EPOCH_MARCH_19, data_listing, squid_line, write_log

Run = Callable[..., CliResult]
DAY = 86_400


def month_log(path: Path) -> Path:
    """One line a day from 2026-03-19 to 2026-04-17 (two key periods)."""
    return write_log(path, [squid_line(EPOCH_MARCH_19 + d * DAY + 60, "p.smit") for d in range(30)])


@pytest.fixture
def stored(org: Path, run: Run, tmp_path: Path) -> Path:
    result = run(
        "ingest",
        "--org",
        org,
        "--source",
        "squid",
        month_log(tmp_path / "access.log"),
        "--today",
        "2026-04-20",
    )
    assert result.code == 0, result.err
    return org


@pytest.mark.parametrize(
    ("today", "days_left", "keys_left", "destroyed"),
    [
        ("2026-04-20", 30, ["2026-03", "2026-04"], []),
        ("2026-06-17", 30, ["2026-03", "2026-04"], []),  # 2026-03-19 is 90 days old: still kept
        ("2026-06-18", 29, ["2026-03", "2026-04"], []),
        ("2026-06-29", 18, ["2026-03", "2026-04"], []),  # March's last day is exactly 90 days old
        ("2026-06-30", 17, ["2026-04"], ["2026-03"]),
        ("2026-08-01", 0, [], ["2026-03", "2026-04"]),
    ],
)
def test_retention_apply_with_a_moved_clock(
    stored: Path, run: Run, today: str, days_left: int, keys_left: list[str], destroyed: list[str]
) -> None:
    result = run("retention", "apply", "--org", stored, "--today", today, "--format", "json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["destroyed_keys"] == destroyed
    keys = KeyStore(stored / ".mediacode" / "keys")
    assert keys.present() == keys_left
    assert keys.destroyed() == destroyed
    assert len(data_listing(stored)) == days_left
    first_kept = {"2026-06-18": "2026-03-20", "2026-06-30": "2026-04-01"}.get(today)
    if first_kept:
        assert all(name.split("/")[1] >= f"day={first_kept}" for name in data_listing(stored))


def test_destroyed_key_is_never_made_again(stored: Path, run: Run, tmp_path: Path) -> None:
    org = load_organization(stored)
    keys = KeyStore(stored / ".mediacode" / "keys")
    pseudonym = person_pseudonym(keys.get("2026-03"), "E002")
    assert reidentify(pseudonym, "2026-03", org, keys) == "E002"
    run("retention", "apply", "--org", stored, "--today", "2026-07-01")
    with pytest.raises(KeyDestroyedError):
        reidentify(pseudonym, "2026-03", org, KeyStore(stored / ".mediacode" / "keys"))
    # an old March log ingested later: its lines are past retention and no March key comes back
    late = write_log(tmp_path / "late.log", [squid_line(EPOCH_MARCH_19 + 5, "p.smit")])
    result = run(
        "ingest", "--org", stored, "--source", "squid", late, "--today", "2026-07-01", "--format", "json"
    )
    assert json.loads(result.out)["expired"] == 1
    assert not (stored / ".mediacode" / "keys" / "2026-03.key").exists()
    assert [n for n in data_listing(stored) if "2026-03" in n] == []


def test_ingest_applies_retention_first(stored: Path, run: Run, tmp_path: Path) -> None:
    fresh = write_log(tmp_path / "new.log", [squid_line(EPOCH_MARCH_19 + 110 * DAY, "p.smit")])
    result = run(
        "ingest", "--org", stored, "--source", "squid", fresh, "--today", "2026-07-08", "--format", "json"
    )
    summary = json.loads(result.out)
    assert summary["retention"]["destroyed_keys"] == ["2026-03"]
    assert len(summary["retention"]["removed_partitions"]["web"]) == 21  # 2026-03-19 .. 2026-04-08


def test_retention_text_names_what_was_removed(stored: Path, run: Run) -> None:
    result = run("retention", "apply", "--org", stored, "--today", "2026-06-30")
    assert "removed 13 day partition(s) of web: 2026-03-19 .. 2026-03-31" in result.out
    assert "destroyed the key of period 2026-03" in result.out
    nothing = run("retention", "apply", "--org", stored, "--today", "2026-06-30")
    assert "nothing removed" in nothing.out


def test_status(stored: Path, run: Run) -> None:
    result = run("status", "--org", stored, "--today", "2026-04-20", "--format", "json")
    assert result.code == 0, result.err
    status = json.loads(result.out)
    assert status["retention_days"] == 90 and status["ingested_files"] == 1
    march, april = status["periods"]
    assert (march["period"], march["key"], march["expires_on"]) == ("2026-03", "present", "2026-06-30")
    assert march["tables"]["web"]["days"] == 13 and march["tables"]["web"]["rows"] == 13
    assert march["tables"]["web"]["bytes"] > 0 and march["tables"]["mail"]["days"] == 0
    assert (april["period"], april["tables"]["web"]["days"], april["expires_on"]) == (
        "2026-04",
        17,
        "2026-07-30",
    )
    run("retention", "apply", "--org", stored, "--today", "2026-06-30")
    after = json.loads(run("status", "--org", stored, "--today", "2026-06-30", "--format", "json").out)
    assert [(p["period"], p["key"], p["tables"]["web"]["days"]) for p in after["periods"]] == [
        ("2026-03", "destroyed", 0),
        ("2026-04", "present", 17),
    ]
    text = run("status", "--org", stored, "--today", "2026-06-30")
    assert "2026-03: key destroyed" in text.out and "2026-04: key present; expires on 2026-07-30" in text.out


def test_status_and_retention_of_an_empty_organization(org: Path, run: Run) -> None:
    assert "nothing is stored" in run("status", "--org", org).out
    assert run("retention", "apply", "--org", org).code == 0
