"""Results kept while their inputs are unchanged: the key says what they were computed from.

Services such as ``lint_policy`` and ``store_status`` load the organization
from disk on every call (tens of milliseconds); the pages call them again
only when the organization (a new object from ``OrgCache`` after a file
changed), the day or the stored data changed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


class StampedCache:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._kept: dict[str, tuple[Hashable, Any, object]] = {}

    def get(self, name: str, key: Hashable, keep_alive: object, compute: Callable[[], T]) -> T:
        """The value of ``name`` for ``key``; holding ``keep_alive`` keeps an ``id()`` in the key valid."""
        with self._lock:
            found = self._kept.get(name)
        if found is not None and found[0] == key:
            value: T = found[1]
            return value
        value = compute()
        with self._lock:
            self._kept[name] = (key, value, keep_alive)
        return value
