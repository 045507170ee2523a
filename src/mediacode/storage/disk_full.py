"""A full disk (or quota) while writing is a clear, retryable error naming the place (ADR 0100)."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mediacode.errors import MediacodeError

FULL = frozenset({errno.ENOSPC, errno.EDQUOT})
ARROW_TEXT = "No space left on device"
"""PyArrow raises a plain ``OSError`` whose text carries the C library's message but no ``errno``."""


class DiskFullError(MediacodeError):
    """No space was left where mediacode writes; after freeing space the same command goes on."""

    retryable = True


def is_disk_full(exc: OSError) -> bool:
    return exc.errno in FULL or ARROW_TEXT in str(exc)


@contextmanager
def disk_full_is_clear(folder: Path, doing: str, after: str) -> Iterator[None]:
    """Turn a full disk inside the block into ``DiskFullError``: where, what was being done, and what now."""
    try:
        yield
    except OSError as exc:
        if not is_disk_full(exc):
            raise
        place = Path(exc.filename).parent if isinstance(exc.filename, str) else folder
        raise DiskFullError(f"the disk is full: no space left in {place} while {doing}; {after}") from None
