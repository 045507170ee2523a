"""The storage invariants of monitoring.md, end to end through ``mediacode ingest``."""

from __future__ import annotations

import json
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from mediacode.storage.lock import exclusive
from tests.conftest import CliResult
from tests.monitoring.ingest.conftest import (
    EPOCH_MARCH_19,
    MAIL_MTIME,
    data_listing,
    postfix_message,
    squid_line,
    state_files,
    stored_rows,
    write_log,
)

Run = Callable[..., CliResult]
OURS = "veldhuis-logistiek.nl"
DAY = 86_400

# Everything below is an identifier or content of the input that must never reach .mediacode/
SECRETS = [
    "m.vanderlinden",
    "p.smit",
    "stranger42",
    "10.0.0.5",
    "10.0.0.77",
    "secretpath123",
    "qtoken987",
    "fragment555",
    "a.elamrani",
    "outsider.person",
    "Geheim onderwerp",
    "medische uitslag",
    "AQUEUE1",
    "@mx.example",
]


def squid_log(path: Path, days: int = 3, **kwargs: bool) -> Path:
    lines = []
    for day in range(days):
        base = EPOCH_MARCH_19 + day * DAY + 3600
        lines += [
            squid_line(
                base, "m.vanderlinden", url="http://www.example.com/secretpath123/x?qtoken987=1#fragment555"
            ),
            squid_line(base + 1, "CORP\\p.smit", url="casino.example:443", code="TCP_DENIED/403"),
            squid_line(base + 2, "-", ip="10.0.0.77", url="http://news.example.org/secretpath123"),
            squid_line(base + 3, "stranger42", url="http://news.example.org/"),
            squid_line(base + 4, "STRANGER42@CORP", url="http://news.example.org/"),
            "a line that is not squid",
        ]
    return write_log(path, lines, **kwargs)


def postfix_log(path: Path) -> Path:
    lines = [
        *postfix_message("AQUEUE1", 1, f"a.elamrani@{OURS}", ["outsider.person@partner.example"]),
        *postfix_message(
            "AQUEUE2", 2, "outsider.person@partner.example", [f"p.smit@{OURS}", f"a.elamrani@{OURS}"]
        ),
        *postfix_message("AQUEUE3", 3, f"p.smit@{OURS}", [f"a.jansen@{OURS}"], subject="Geheim onderwerp"),
        *postfix_message(
            "AQUEUE4", 4, "lab@partner.example", [f"h.kuipers@{OURS}"], subject="medische uitslag"
        ),
        *postfix_message(
            "AQUEUE5", 5, f"p.smit@{OURS}", ["outsider.person@partner.example"], subject="[PRIVE] x"
        ),
        *postfix_message("AQUEUE6", 6, f"nobody.here@{OURS}", [f"p.smit@{OURS}"]),
        "Mar 19 10:07:00 mx postfix/smtpd[14]: unreadable",
        "not a syslog line",
    ]
    return write_log(path, lines, mtime=MAIL_MTIME)


def assert_nothing_identifying(org: Path) -> None:
    files = state_files(org)
    assert files
    for path in files:
        raw = path.read_bytes()
        for secret in SECRETS:
            assert secret.encode() not in raw, (path.name, secret)
        if path.suffix == ".parquet":  # and the decoded values, in case compression hid a leak
            text = json.dumps(pq.read_table(path).to_pylist(), default=str)
            for secret in SECRETS:
                assert secret not in text, (path.name, secret)


def test_squid_ingest_stores_no_identifier(org: Path, run: Run, tmp_path: Path) -> None:
    log = squid_log(tmp_path / "access.log")
    result = run("ingest", "--org", org, "--source", "squid", log, "--format", "json")
    assert result.code == 0, result.err
    summary = json.loads(result.out)
    assert summary["read"] == 18 and summary["accepted"] == 15
    assert summary["rejected"] == {"too_few_fields": 3}
    assert summary["reject_lines"] == {"too_few_fields": [6, 12, 18]}
    assert summary["unknown_accounts"] == 2  # stranger42 (both spellings) and the IP without a lease
    assert summary["partitions_written"] == 3
    assert_nothing_identifying(org)
    rows = stored_rows(org, "web")
    assert len(rows) == 15
    assert {r["host"] for r in rows} == {"www.example.com", "casino.example", "news.example.org"}
    assert {r["department"] for r in rows} == {"Directie", "Planning", None}
    assert sum(bool(r["denied"]) for r in rows) == 3
    assert len({r["person"] for r in rows}) == 4
    for secret in SECRETS:
        assert secret not in result.out + result.err


def test_mail_ingest_spares_and_stores_no_identifier(org: Path, run: Run, tmp_path: Path) -> None:
    log = postfix_log(tmp_path / "maillog")
    result = run("ingest", "--org", org, "--source", "postfix", log, "--format", "json")
    assert result.code == 0, result.err
    summary = json.loads(result.out)
    assert summary["spared"] == {"private_marked": 1, "privileged": 2}
    assert summary["unknown_accounts"] == 1  # nobody.here@ours
    assert_nothing_identifying(org)
    rows = stored_rows(org, "mail")
    # AQUEUE1: 1 recipient, AQUEUE2: 2 recipients, AQUEUE6: 1 recipient; 3, 4 and 5 spared
    assert len(rows) == 4
    assert len({r["message"] for r in rows}) == 3
    assert sorted((r["direction"], r["peer_domain"]) for r in rows) == [
        ("inbound", "partner.example"),
        ("inbound", "partner.example"),
        ("internal", None),
        ("outbound", "partner.example"),
    ]


def test_same_input_twice_changes_nothing(org: Path, run: Run, tmp_path: Path) -> None:
    log = squid_log(tmp_path / "access.log")
    assert run("ingest", "--org", org, "--source", "squid", log).code == 0
    before = (data_listing(org), stored_rows(org, "web"))
    again = run("ingest", "--org", org, "--source", "squid", log, "--format", "json")
    assert json.loads(again.out)["skipped_files"] == 1
    assert json.loads(again.out)["read"] == 0
    # the same content under another name, compressed as logrotate does later: still the same input
    squid_log(tmp_path / "access.log.2.gz", gz=True)
    third = run("ingest", "--org", org, "--source", "squid", tmp_path / "access.log.2.gz", "--format", "json")
    assert json.loads(third.out)["skipped_files"] == 1
    assert (data_listing(org), stored_rows(org, "web")) == before
    text = run("ingest", "--org", org, "--source", "squid", log)
    assert "already ingested, skipped" in text.out


def test_ledger_lost_still_idempotent(org: Path, run: Run, tmp_path: Path) -> None:
    log = squid_log(tmp_path / "access.log")
    run("ingest", "--org", org, "--source", "squid", log)
    before = stored_rows(org, "web")
    shutil.rmtree(org / ".mediacode" / "ingest")
    run("ingest", "--org", org, "--source", "squid", log)
    assert stored_rows(org, "web") == before


def _same_keys(clean: Path, other: Path) -> None:
    shutil.copytree(clean / ".mediacode" / "keys", other / ".mediacode" / "keys")


@pytest.mark.parametrize("where", ["writer", "publish"])
def test_killed_ingest_rerun_equals_one_clean_run(
    org: Path, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    log = squid_log(tmp_path / "access.log", days=5)
    clean = tmp_path / "clean"
    shutil.copytree(org, clean)
    assert run("ingest", "--org", clean, "--source", "squid", log).code == 0
    _same_keys(clean, org)

    class Killed(BaseException):  # like KeyboardInterrupt or SIGTERM: not a MediacodeError
        pass

    if where == "writer":
        from mediacode.storage.parquet.writer import DayPartitionWriter

        original = DayPartitionWriter._write
        calls = {"n": 0}

        def dying_write(self: DayPartitionWriter, day: object, rows: list[tuple[object, ...]]) -> None:
            calls["n"] += 1
            if calls["n"] > 2:
                raise Killed
            original(self, day, rows)  # type: ignore[arg-type]

        monkeypatch.setattr(DayPartitionWriter, "_write", dying_write)
    else:
        from mediacode.services import ingest as service

        def dying_publish(staging: Path, data: Path) -> list[str]:
            staged = sorted(staging.rglob("*.parquet"))
            for path in staged[:2]:
                target = data / path.relative_to(staging)
                target.parent.mkdir(parents=True, exist_ok=True)
                path.replace(target)
            raise Killed

        monkeypatch.setattr(service, "publish", dying_publish)
    with pytest.raises(Killed):
        run("ingest", "--org", org, "--source", "squid", log)
    monkeypatch.undo()
    assert not (org / ".mediacode" / "ingest").exists() or not any((org / ".mediacode" / "ingest").iterdir())
    assert run("ingest", "--org", org, "--source", "squid", log).code == 0
    assert data_listing(org) == data_listing(clean)
    assert stored_rows(org, "web") == stored_rows(clean, "web")
    assert not (org / ".mediacode" / "tmp").exists() or not any((org / ".mediacode" / "tmp").iterdir())


def test_key_files_are_0600_and_outside_data(org: Path, run: Run, tmp_path: Path) -> None:
    run("ingest", "--org", org, "--source", "squid", squid_log(tmp_path / "access.log"))
    keys = org / ".mediacode" / "keys"
    assert stat.S_IMODE(keys.stat().st_mode) == 0o700
    assert [p.name for p in keys.iterdir()] == ["2026-03.key"]
    assert stat.S_IMODE((keys / "2026-03.key").stat().st_mode) == 0o600
    assert not list((org / ".mediacode" / "data").rglob("*.key"))


def test_keys_dir_setting_moves_the_keys(
    org: Path, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEDIACODE_KEYS_DIR", str(tmp_path / "vault"))
    assert run("ingest", "--org", org, "--source", "squid", squid_log(tmp_path / "access.log")).code == 0
    assert (tmp_path / "vault" / "2026-03.key").is_file()
    assert not (org / ".mediacode" / "keys").exists()
    monkeypatch.setenv("MEDIACODE_KEYS_DIR", str(org / ".mediacode" / "data" / "keys"))
    refused = run("ingest", "--org", org, "--source", "squid", squid_log(tmp_path / "other.log", days=1))
    assert refused.code == 2 and "apart from the data" in refused.err


@pytest.mark.parametrize(
    ("edit", "source", "reason"),
    [
        (None, "squid", "[consent_not_bound]"),  # the example policy as shipped
        ("published", "squid", "[not_published]"),
        ("consented", "m365", "[source_not_declared]"),
        ("consented_then_changed", "squid", "[consent_outdated]"),
    ],
)
def test_gate_refuses_and_writes_nothing(
    example_org: Path, run: Run, tmp_path: Path, edit: str | None, source: str, reason: str
) -> None:
    from tests.monitoring.ingest.conftest import consent

    policy = example_org / "policy.yaml"
    if edit == "published":
        policy.write_text(policy.read_text().replace("  published_on: 2026-03-15\n", ""))
        consent(example_org)
    if edit in ("consented", "consented_then_changed"):
        consent(example_org)
    if edit == "consented_then_changed":
        policy.write_text(policy.read_text().replace("retention_days: 90", "retention_days: 60"))
    log = squid_log(tmp_path / "access.log")
    result = run("ingest", "--org", example_org, "--source", source, log)
    assert result.code == 2
    assert "nothing was read or written" in result.err and reason in result.err
    assert "Traceback" not in result.err
    assert {p.name for p in (example_org / ".mediacode").glob("*")} <= {"audit", "consents"}


def test_missing_input_writes_nothing(org: Path, run: Run, tmp_path: Path) -> None:
    result = run("ingest", "--org", org, "--source", "squid", tmp_path / "nope.log")
    assert result.code == 2 and "do not exist" in result.err
    assert str(tmp_path) not in result.err
    assert {p.name for p in (org / ".mediacode").glob("*")} <= {"audit", "consents"}


def test_second_ingest_waits_for_the_lock(org: Path, run: Run, tmp_path: Path) -> None:
    with exclusive(org / ".mediacode" / "ingest.lock"):
        busy = run("ingest", "--org", org, "--source", "squid", squid_log(tmp_path / "access.log"))
    assert busy.code == 2 and "still busy" in busy.err
    assert data_listing(org) == []


def test_rotated_and_gzip_inputs_in_one_run(org: Path, run: Run, tmp_path: Path) -> None:
    day = 3600 + EPOCH_MARCH_19
    write_log(tmp_path / "access.log.2.gz", [squid_line(day, "p.smit")], gz=True)
    write_log(tmp_path / "access.log.1", [squid_line(day + DAY, "p.smit")])
    write_log(tmp_path / "access.log", [squid_line(day + 2 * DAY, "p.smit"), "junk"])
    names = [tmp_path / n for n in ("access.log", "access.log.1", "access.log.2.gz")]
    result = run("ingest", "--org", org, "--source", "squid", *names, "--format", "json")
    summary = json.loads(result.out)
    assert (summary["files"], summary["read"], summary["accepted"], summary["partitions_written"]) == (
        3,
        4,
        3,
        3,
    )
    assert summary["reject_lines"] == {"too_few_fields": [2]}
    assert len(stored_rows(org, "web")) == 3


def test_summary_json_shape(org: Path, run: Run, tmp_path: Path) -> None:
    result = run(
        "ingest", "--org", org, "--source", "postfix", postfix_log(tmp_path / "maillog"), "--format", "json"
    )
    summary = json.loads(result.out)
    for key, kind in {
        "read": int,
        "accepted": int,
        "rejected": dict,
        "reject_lines": dict,
        "spared": dict,
        "unknown_accounts": int,
        "partitions_written": int,
        "skipped_files": int,
    }.items():
        assert isinstance(summary[key], kind), key
    assert all(isinstance(v, int) for v in summary["rejected"].values())
    assert all(isinstance(v, list) for v in summary["reject_lines"].values())
    assert summary["read"] == summary["accepted"] + sum(summary["rejected"].values())
    assert result.err == ""  # no progress bar when stderr is not a terminal


def test_text_summary_names_no_identifier(org: Path, run: Run, tmp_path: Path) -> None:
    log = postfix_log(tmp_path / "maillog")
    result = run("ingest", "--org", org, "--source", "postfix", log)
    assert result.code == 0
    assert "spared before storage: private_marked 1, privileged 2" in result.out
    assert "unknown accounts (pseudonymised, not in the directory): 1" in result.out
    for secret in [*SECRETS, str(tmp_path), "maillog"]:
        assert secret not in result.out + result.err


def test_unknown_engine_and_source(org: Path, run: Run, tmp_path: Path) -> None:
    log = squid_log(tmp_path / "access.log")
    assert run("ingest", "--org", org, "--source", "squid", log, "--engine", "spark").code == 0
    assert run("ingest", "--org", org, "--source", "squid", log, "--engine", "oracle").code == 2
    assert run("ingest", "--org", org, "--source", "syslog", log).code == 2
