"""One writer per organization: an exclusive ``flock`` on ``.mediacode/ingest.lock``.

Ingest and retention take it, so two runs never interleave their partitions,
ledger entries or key destruction. The lock dies with the process, so a killed
run never leaves the organization locked.
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
