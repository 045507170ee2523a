"""One writer per organization: an exclusive ``flock`` on ``.mediacode/ingest.lock``.

Ingest and retention take it, so two runs never interleave their partitions,
ledger entries or key destruction. The lock dies with the process, so a killed
run never leaves the organization locked.

Readers and the moments data changes meet on a second lock,
``.mediacode/publish.lock``: a report holds it shared from listing the day
folders to its last query, and an ingest publishing one input's day files (or
retention removing days) holds it exclusive for those renames only. So a
report sees each input file wholly or not at all, and never a folder that
vanishes under it; each side waits for the other (milliseconds for a publish).
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mediacode.errors import MediacodeError


class BusyError(MediacodeError):
    """Another ingest or retention run of the same organization holds the lock."""

    retryable = True


@contextmanager
def exclusive(lock_file: Path) -> Iterator[None]:
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BusyError(
                "another ingest or retention run of this organization is still busy; "
                "try again when it has finished"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(descriptor, fcntl.LOCK_UN)
    finally:
        os.close(descriptor)


PUBLISH_LOCK = "publish.lock"


@contextmanager
def publishing(state_dir: Path) -> Iterator[None]:
    """Exclusive, waiting: ``state_dir/data`` changes (a publish, a removal) while no report reads it."""
    with _waiting(state_dir / PUBLISH_LOCK, fcntl.LOCK_EX):
        yield


@contextmanager
def reading(state_dir: Path) -> Iterator[None]:
    """Shared, waiting: a report's view of ``state_dir/data`` stays the same until it ends."""
    with _waiting(state_dir / PUBLISH_LOCK, fcntl.LOCK_SH):
        yield


@contextmanager
def _waiting(lock_file: Path, mode: int) -> Iterator[None]:
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(descriptor, mode)
        try:
            yield
        finally:
            fcntl.flock(descriptor, fcntl.LOCK_UN)
    finally:
        os.close(descriptor)
