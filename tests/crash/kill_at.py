"""Run ``mediacode`` and SIGKILL the process at a chosen internal point (test harness only).

    python -m tests.crash.kill_at POINT N -- ingest --org DIR ...

The point is reached by wrapping a function of mediacode from the outside,
in this test process only; production code holds no hook. ``N`` counts the
calls: the process kills itself at the N-th one (1-based). ``none`` runs the
command unchanged (the random-timing kills use it).

Points:
- ``publish``: after N staged files were moved into the data folder.
- ``before-ledger`` / ``after-ledger``: around the N-th ledger entry.
- ``before-audit``: before the N-th audit append.
- ``remove``: after the N-th expired day folder was renamed out of the data
  folder, before its files are deleted.
- ``after-destroy``: after the N-th key destruction, before its audit entry.
"""

from __future__ import annotations

import os
import pathlib
import shutil
import signal
import sys
from collections.abc import Callable
from typing import Any


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


class Counter:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.calls = 0

    def hit(self) -> bool:
        self.calls += 1
        return self.calls >= self.limit


def install(point: str, limit: int) -> None:
    counter = Counter(limit)
    if point == "none":
        return
    if point == "publish":
        original_replace = pathlib.Path.replace

        def replace(self: pathlib.Path, target: Any) -> pathlib.Path:
            moved = original_replace(self, target)
            if "/.mediacode/data/" in str(target) and counter.hit():
                _die()
            return moved

        pathlib.Path.replace = replace  # type: ignore[method-assign]
        return
    if point in ("before-ledger", "after-ledger"):
        from mediacode.storage.ledger import Ledger

        original_record = Ledger.record

        def record(self: Ledger, content_hash: str, entry: dict[str, object]) -> None:
            due = counter.hit()
            if due and point == "before-ledger":
                _die()
            original_record(self, content_hash, entry)
            if due:
                _die()

        Ledger.record = record  # type: ignore[method-assign]
        return
    if point == "before-audit":
        from mediacode.audit.log_file import AuditLog

        original_append = AuditLog.append

        def append(self: AuditLog, *args: Any, **kwargs: Any) -> Any:
            if counter.hit():
                _die()
            return original_append(self, *args, **kwargs)

        AuditLog.append = append  # type: ignore[method-assign]
        return
    if point == "remove":
        original_rmtree: Callable[..., None] = shutil.rmtree

        def rmtree(path: Any, *args: Any, **kwargs: Any) -> None:
            if pathlib.Path(path).name.startswith("removed-") and counter.hit():
                _die()
            original_rmtree(path, *args, **kwargs)

        shutil.rmtree = rmtree  # type: ignore[assignment]
        return
    if point == "after-destroy":
        from mediacode.monitoring.keystore import KeyStore

        original_destroy = KeyStore.destroy

        def destroy(self: KeyStore, period: str) -> bool:
            result = original_destroy(self, period)
            if counter.hit():
                _die()
            return result

        KeyStore.destroy = destroy  # type: ignore[method-assign]
        return
    raise SystemExit(f"unknown kill point {point!r}")


def main(argv: list[str]) -> int:
    point, limit, separator, *args = argv
    if separator != "--":
        raise SystemExit("usage: kill_at POINT N -- mediacode arguments")
    install(point, int(limit))
    from mediacode.cli.main import main as mediacode

    return mediacode(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
