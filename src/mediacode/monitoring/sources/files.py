"""Reading log files: plain or gzip (by magic bytes), any common encoding, rotated sets in order.

Files are read line by line through a buffered text stream, never whole.
Undecodable bytes become U+FFFD (``errors="replace"``) so one bad byte costs a
field, not the run.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from mediacode.errors import InputError
from mediacode.monitoring.sources.syslog_time import MONTHS

GZIP_MAGIC = b"\x1f\x8b"
_ROTATION = re.compile(r"^(?P<base>.+?)(?:[.-](?P<suffix>\d+))?(?:\.gz)?$")


def is_gzip(path: Path) -> bool:
    with path.open("rb") as raw:
        return raw.read(2) == GZIP_MAGIC


def detect_encoding(head: bytes) -> str:
    """The text encoding of a file from its first bytes: BOMs, then UTF-16LE without BOM, else UTF-8."""
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if len(head) >= 4 and head[1] == 0 and head[3] == 0 and head[0] != 0:
        return "utf-16-le"  # Exchange admin center downloads often come like this
    return "utf-8"


@contextmanager
def open_text(path: Path, *, newline: str | None = None) -> Iterator[io.TextIOWrapper]:
    """A text stream over ``path`` (plain or gzip), decoded with replacement of bad bytes."""
    with path.open("rb") as raw:
        if raw.peek(2)[:2] == GZIP_MAGIC:
            with gzip.GzipFile(fileobj=raw, mode="rb") as unzipped:
                encoding = detect_encoding(unzipped.peek(4)[:4])
                with io.TextIOWrapper(unzipped, encoding=encoding, errors="replace", newline=newline) as text:
                    yield text
        else:
            encoding = detect_encoding(raw.peek(4)[:4])
            with io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline=newline) as text:
                yield text


BROKEN_COMPRESSION = (gzip.BadGzipFile, EOFError, zlib.error)
"""What reading a corrupt or truncated gzip file raises."""


def broken_file(path: Path, error: BaseException) -> InputError:
    """The clear error for a log file whose compressed data is broken (names the file, not its content)."""
    return InputError(
        f"{path}: the gzip data is broken ({type(error).__name__}); "
        "nothing of this run was stored — replace the file or leave it out"
    )


def read_lines(path: Path) -> Iterator[str]:
    """The lines of one file, without line ends, streamed."""
    try:
        with open_text(path) as text:
            for line in text:
                yield line.rstrip("\r\n")
    except BROKEN_COMPRESSION as error:
        raise broken_file(path, error) from None


def rotation_key(path: Path) -> tuple[str, int, str]:
    """Sort key putting a rotated set oldest first: ``x.log.2.gz, x.log.1, x.log``.

    Numbered suffixes count backwards in time (higher = older); dated suffixes
    (``x.log-20240301``) count forwards. The live file (no suffix) comes last.
    """
    match = _ROTATION.match(path.name)
    assert match is not None  # the pattern matches any name
    base, suffix = match["base"], match["suffix"]
    if suffix is None:
        return (base, 1, "")
    if len(suffix) >= 8:  # a date stamp: older dates first, before the live file
        return (base, 0, suffix)
    return (base, 0, f"{10**9 - int(suffix):010d}")


def in_rotation_order(paths: Iterable[Path]) -> list[Path]:
    """``paths`` sorted so each rotated set reads oldest first."""
    return sorted(paths, key=rotation_key)


def rotated_set(live: Path) -> list[Path]:
    """The live file and its rotated siblings (``name.N[.gz]``, ``name-DATE[.gz]``), oldest first."""
    prefix = live.name
    siblings = [
        candidate
        for candidate in live.parent.iterdir()
        if candidate.is_file()
        and candidate.name.startswith(prefix)
        and _ROTATION.match(candidate.name) is not None
        and rotation_key(candidate)[0] == prefix
    ]
    if live.exists() and live not in siblings:
        siblings.append(live)
    return in_rotation_order(siblings)


def read_rotated(paths: Iterable[Path]) -> Iterator[str]:
    """The lines of several files one after the other, in rotation order."""
    for path in in_rotation_order(paths):
        yield from read_lines(path)


def syslog_start_year(path: Path) -> int:
    """The year of a syslog file's first line, which classic timestamps leave out.

    The file was last written in its mtime's year; if its first line's month
    lies after the mtime's month, the file began in the year before.
    """
    modified = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    with open_text(path) as text:
        first = text.readline()
    month = MONTHS.get(first[:3])
    if month is not None and month > modified.month:
        return modified.year - 1
    return modified.year
