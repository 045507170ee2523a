"""Which allocator PyArrow uses for the bulk paths: jemalloc where the wheel has it (ADR 0078, round 3).

PyArrow's default on Linux is mimalloc, which hands freed segments back to the
system and takes fresh ones for the next batch: each costs page faults and the
zeroing of new (often huge) pages. On the 2,000,000-line Squid bench that was
about a tenth of the process's samples; with jemalloc the run took less system
time and less peak memory. A choice made by the user (``ARROW_DEFAULT_MEMORY_POOL``)
is kept, and a build without jemalloc keeps its default.
"""

from __future__ import annotations

import contextlib
import os

import pyarrow as pa  # type: ignore[import-untyped]

SETTING = "ARROW_DEFAULT_MEMORY_POOL"


def prefer_jemalloc() -> str:
    """Make jemalloc PyArrow's default pool unless the user chose one; the name of the pool in use."""
    if not os.environ.get(SETTING):
        # A build without jemalloc (not the Linux wheels) raises ArrowNotImplementedError: keep its default.
        with contextlib.suppress(NotImplementedError):
            pa.set_memory_pool(pa.jemalloc_memory_pool())
    return str(pa.default_memory_pool().backend_name)
