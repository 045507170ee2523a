"""Every kind of tampering makes ``audit verify`` (or ``check-head``) fail, and says what it found."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from mediacode.audit.entry import Entry
from mediacode.audit.log_file import AuditIntegrityError, AuditLog
from tests.audit.conftest import SIZE, fill, log_of
from tests.conftest import CliResult

Cli = Callable[..., CliResult]


def lines_of(org: Path) -> list[bytes]:
    return (org / ".mediacode" / "audit" / "log.jsonl").read_bytes().splitlines(keepends=True)


def write_lines(org: Path, lines: list[bytes]) -> None:
    (org / ".mediacode" / "audit" / "log.jsonl").write_bytes(b"".join(lines))


def change_count(org: Path, index: int) -> None:
    lines = lines_of(org)
    lines[index] = lines[index].replace(b'"read":10', b'"read":90')
    write_lines(org, lines)


def flip_byte(org: Path, index: int) -> None:
    lines = lines_of(org)
    lines[index] = lines[index][:5] + bytes([lines[index][5] ^ 0x20]) + lines[index][6:]
    write_lines(org, lines)


def drop(org: Path, index: int) -> None:
    lines = lines_of(org)
    del lines[index]
    write_lines(org, lines)


def swap(org: Path, first: int, second: int) -> None:
    lines = lines_of(org)
    lines[first], lines[second] = lines[second], lines[first]
    write_lines(org, lines)


def forge_append(org: Path) -> None:
    forged = Entry(SIZE, "2026-04-02T00:00:00.000000Z", "system", "report", {"rows": 0})
    write_lines(org, [*lines_of(org), forged.to_bytes() + b"\n"])


def truncate_lines(org: Path, keep: int) -> None:
    write_lines(org, lines_of(org)[:keep])


def truncate_mid_line(org: Path) -> None:
    path = org / ".mediacode" / "audit" / "log.jsonl"
    path.write_bytes(path.read_bytes()[:-17])


def edit_stored_head(org: Path) -> None:
    path = org / ".mediacode" / "audit" / "heads.jsonl"
    lines = path.read_text().splitlines()
    head = json.loads(lines[0])
    head["root"] = head["root"][::-1]
    lines[0] = json.dumps(head)
    path.write_text("\n".join(lines) + "\n")


def break_stored_head(org: Path) -> None:
    path = org / ".mediacode" / "audit" / "heads.jsonl"
    path.write_text(path.read_text().replace('"size":', '"sighs":', 1))


def edit_latest_head(org: Path) -> None:
    path = org / ".mediacode" / "audit" / "latest.json"
    value = json.loads(path.read_text())
    value["size"] = SIZE - 1
    path.write_text(json.dumps(value))


def delete_log(org: Path) -> None:
    (org / ".mediacode" / "audit" / "log.jsonl").unlink()


def delete_latest(org: Path) -> None:
    (org / ".mediacode" / "audit" / "latest.json").unlink()


TAMPERING: list[tuple[str, Callable[[Path], None], str]] = [
    ("change a count in an early entry", lambda org: change_count(org, 3), "changed"),
    ("change a count in the last entry", lambda org: change_count(org, SIZE - 1), "changed"),
    ("flip a byte in an entry", lambda org: flip_byte(org, 10), "malformed"),
    ("flip a byte in the last entry", lambda org: flip_byte(org, SIZE - 1), "malformed"),
    ("drop an entry", lambda org: drop(org, 5), "dropped"),
    ("drop the first entry", lambda org: drop(org, 0), "dropped"),
    ("drop the last entry", lambda org: drop(org, SIZE - 1), "truncated"),
    ("swap two entries", lambda org: swap(org, 4, 5), "reordered"),
    ("swap distant entries", lambda org: swap(org, 2, 17), "reordered"),
    ("append a forged entry", forge_append, "appended"),
    ("truncate to ten entries", lambda org: truncate_lines(org, 10), "truncated"),
    ("truncate to nothing", lambda org: truncate_lines(org, 0), "truncated"),
    ("truncate mid-line", truncate_mid_line, "truncated"),
    ("edit a stored head", edit_stored_head, "changed"),
    ("break a stored head", break_stored_head, "head"),
    ("edit the latest head", edit_latest_head, "head"),
    ("delete the log", delete_log, "missing"),
    ("delete the latest head", delete_latest, "missing"),
]


def test_the_untouched_log_verifies(org: Path, cli: Cli) -> None:
    result = cli("audit", "verify", "--org", str(org))
    assert result.code == 0, result.err
    assert f"{SIZE} entries" in result.out and "3 stored tree heads" in result.out


@pytest.mark.parametrize(("name", "tamper", "kind"), TAMPERING, ids=[t[0] for t in TAMPERING])
def test_tampering_is_detected(
    org: Path, cli: Cli, name: str, tamper: Callable[[Path], None], kind: str
) -> None:
    tamper(org)
    result = cli("audit", "verify", "--org", str(org), "--format", "json")
    assert result.code == 1
    report = json.loads(result.out)
    assert report["intact"] is False
    assert kind in {item["kind"] for item in report["damage"]}
    text = cli("audit", "verify", "--org", str(org))
    assert text.code == 1 and "DAMAGED" in text.err and f"{kind}:" in text.err


LENGTH_CHANGING = ["drop an entry", "drop the last entry", "truncate to ten entries", "truncate mid-line"]
SAME_LENGTH = ["change a count in an early entry", "change a count in the last entry", "swap two entries"]


@pytest.mark.parametrize("name", LENGTH_CHANGING)
def test_the_writer_appends_nothing_to_a_log_that_shrank(org: Path, name: str) -> None:
    {t[0]: t[1] for t in TAMPERING}[name](org)
    log = log_of(org)
    before = log.log_path.read_bytes()
    with pytest.raises(AuditIntegrityError, match="damaged"):
        log.append("system", "report", {"rows": 1})
    assert log.log_path.read_bytes() == before


@pytest.mark.parametrize("name", SAME_LENGTH)
def test_an_edit_of_the_same_length_stays_detected_after_more_appends(org: Path, cli: Cli, name: str) -> None:
    {t[0]: t[1] for t in TAMPERING}[name](org)
    fill(log_of(org), 30, first=SIZE)  # the writer trusts its frontier; the roots keep the truth
    assert cli("audit", "verify", "--org", str(org)).code == 1


def test_an_interrupted_write_is_recovered_in_the_open(org: Path, cli: Cli) -> None:
    forge_append(org)  # a line written, latest.json not yet replaced
    assert cli("audit", "verify", "--org", str(org)).code == 1
    log = log_of(org)
    entry = log.append("system", "report", {"rows": 2})
    assert entry.seq == SIZE + 2
    lines = lines_of(org)
    assert b'"action":"audit.recovered"' in lines[SIZE + 1] and b'"uncovered":1' in lines[SIZE + 1]
    assert cli("audit", "verify", "--org", str(org)).code == 0


def test_a_rewritten_history_with_fresh_heads_fails_check_head(org: Path, cli: Cli, tmp_path: Path) -> None:
    kept = tmp_path / "works-council-head.json"
    assert cli("audit", "head", "--org", str(org), "-o", str(kept)).code == 0
    folder = org / ".mediacode" / "audit"
    for path in folder.iterdir():
        path.unlink()
    rewritten = AuditLog(folder)
    fill(rewritten, SIZE + 3)
    change_count(org, 2)
    rewritten_lines = lines_of(org)
    for path in folder.iterdir():
        path.unlink()
    fresh = AuditLog(folder)
    for line in rewritten_lines:  # a careful forger re-appends through the real writer
        value = json.loads(line)
        fresh.append(value["actor"], value["action"], value["details"])
    assert cli("audit", "verify", "--org", str(org)).code == 0  # locally consistent...
    result = cli("audit", "check-head", "--org", str(org), str(kept))
    assert result.code == 1  # ...but not an extension of the head kept apart
    assert "NOT consistent" in result.err and "rewritten" in result.err


def test_check_head_detects_truncation_below_an_old_head(org: Path, cli: Cli, tmp_path: Path) -> None:
    kept = tmp_path / "head.json"
    assert cli("audit", "head", "--org", str(org), "-o", str(kept)).code == 0
    folder = org / ".mediacode" / "audit"
    lines = lines_of(org)[:12]
    for path in folder.iterdir():
        path.unlink()
    fresh = AuditLog(folder)
    for line in lines:
        value = json.loads(line)
        fresh.append(value["actor"], value["action"], value["details"])
    result = cli("audit", "check-head", "--org", str(org), str(kept), "--format", "json")
    assert result.code == 1
    assert json.loads(result.out)["consistent"] is False and "truncated" in json.loads(result.out)["reason"]


def test_a_damaged_log_is_not_consistent_with_any_head(org: Path, cli: Cli, tmp_path: Path) -> None:
    kept = tmp_path / "head.json"
    assert cli("audit", "head", "--org", str(org), "-o", str(kept)).code == 0
    swap(org, 1, 2)
    result = cli("audit", "check-head", "--org", str(org), str(kept))
    assert result.code == 1 and "damaged" in result.err
