"""Reading files: gzip by magic bytes, encodings, rotation order, the syslog year."""

from __future__ import annotations

import gzip
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mediacode.monitoring.sources import files


@pytest.mark.parametrize("compressed", [False, True])
@pytest.mark.parametrize("name", ["access.log", "access.log.gz", "misnamed.txt"])
def test_plain_or_gzip_by_magic_bytes_not_name(tmp_path: Path, name: str, compressed: bool) -> None:
    data = b"one\r\ntwo\nthree"
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if compressed else data)
    assert files.is_gzip(path) is compressed
    assert list(files.read_lines(path)) == ["one", "two", "three"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Received,Sender\n".encode("utf-16-le"), ["Received,Sender"]),
        ("Received,Sender\n".encode("utf-16"), ["Received,Sender"]),
        ("\ufeffReceived\n".encode(), ["Received"]),
        (b"caf\xe9 \xff\n", ["caf\ufffd \ufffd"]),
    ],
)
def test_encodings_are_detected_and_bad_bytes_replaced(
    tmp_path: Path, raw: bytes, expected: list[str]
) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(raw)
    assert list(files.read_lines(path)) == expected


def test_rotated_files_are_read_oldest_first(tmp_path: Path) -> None:
    (tmp_path / "access.log").write_text("now\n")
    (tmp_path / "access.log.1").write_text("yesterday\n")
    (tmp_path / "access.log.2.gz").write_bytes(gzip.compress(b"two days ago\n"))
    (tmp_path / "access.log.10.gz").write_bytes(gzip.compress(b"ten days ago\n"))
    (tmp_path / "other.log").write_text("not ours\n")
    rotated = files.rotated_set(tmp_path / "access.log")
    assert [path.name for path in rotated] == [
        "access.log.10.gz",
        "access.log.2.gz",
        "access.log.1",
        "access.log",
    ]
    assert list(files.read_rotated(reversed(rotated))) == ["ten days ago", "two days ago", "yesterday", "now"]


def test_dated_rotation_sorts_by_date_before_the_live_file() -> None:
    names = ["maillog", "maillog-20240315.gz", "maillog-20240301", "access.log.1"]
    assert [path.name for path in files.in_rotation_order(Path(name) for name in names)] == [
        "access.log.1",
        "maillog-20240301",
        "maillog-20240315.gz",
        "maillog",
    ]


@pytest.mark.parametrize(
    ("first_line", "modified", "year"),
    [
        ("Mar 22 08:00:01 mx postfix/qmgr[1]: x", datetime(2024, 3, 30, tzinfo=UTC), 2024),
        ("Dec 28 08:00:01 mx postfix/qmgr[1]: x", datetime(2025, 1, 3, tzinfo=UTC), 2024),
        ("2024-12-28T08:00:01Z mx postfix/qmgr[1]: x", datetime(2025, 1, 3, tzinfo=UTC), 2025),
    ],
)
def test_syslog_start_year_from_mtime(tmp_path: Path, first_line: str, modified: datetime, year: int) -> None:
    path = tmp_path / "maillog"
    path.write_text(first_line + "\n")
    stamp = modified.timestamp()
    os.utime(path, (stamp, stamp))
    assert files.syslog_start_year(path) == year
