"""The real-world samples of shared/data/real-logs go through ingest without leaking what they name."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SHARED, CliResult
from tests.monitoring.ingest.conftest import consent, state_files

REAL_LOGS = SHARED / "data" / "real-logs"
Run = Callable[..., CliResult]


@pytest.fixture
def long_retention(example_org: Path) -> Path:
    """Retention long enough to keep the samples' old dates (2013, 2024), consented as such."""
    policy = example_org / "policy.yaml"
    policy.write_text(policy.read_text().replace("retention_days: 90", "retention_days: 9000"))
    consent(example_org)
    return example_org


@pytest.mark.parametrize(
    ("name", "source", "read", "accepted", "rows", "identifiers"),
    [
        ("squid/fail2ban_squid.log", "squid", 13, 3, 3, ["91.188.124.227", "/index.php"]),
        ("squid/elastic-integrations_test-access-extensive.log", "squid", 11, 0, 0, []),
        ("postfix/pflogsumm-go_rfc3339.log", "postfix", 4, 4, 1, ["user1@", "recipient1@", "msg001"]),
    ],
)
def test_real_sample(
    long_retention: Path,
    run: Run,
    name: str,
    source: str,
    read: int,
    accepted: int,
    rows: int,
    identifiers: list[str],
) -> None:
    result = run("ingest", "--org", long_retention, "--source", source, REAL_LOGS / name, "--format", "json")
    assert result.code == 0, result.err
    summary = json.loads(result.out)
    assert (summary["read"], summary["accepted"], sum(summary["rows"].values())) == (read, accepted, rows)
    for path in state_files(long_retention):
        raw = path.read_bytes()
        for identifier in identifiers:
            assert identifier.encode() not in raw
