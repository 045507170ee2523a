"""``read_ahead``: same items in order, producer errors raised in the caller, early stop ends the producer."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from mediacode.monitoring.engines.read_ahead import read_ahead


def numbers(count: int, fail_at: int | None = None, closed: list[bool] | None = None) -> Iterator[int]:
    try:
        for number in range(count):
            if number == fail_at:
                raise ValueError("broken batch")
            yield number
    finally:
        if closed is not None:
            closed.append(True)


@pytest.mark.parametrize(("count", "depth"), [(0, 1), (1, 1), (10, 1), (10, 2), (100, 3)])
def test_same_items_in_order(count: int, depth: int) -> None:
    assert list(read_ahead(numbers(count), depth)) == list(range(count))


@pytest.mark.parametrize("fail_at", [0, 3])
def test_producer_error_reaches_the_caller(fail_at: int) -> None:
    seen: list[int] = []
    with pytest.raises(ValueError, match="broken batch"):
        seen.extend(read_ahead(numbers(10, fail_at)))
    assert seen == list(range(fail_at))


def test_caller_stopping_early_stops_and_closes_the_producer() -> None:
    closed: list[bool] = []
    before = threading.active_count()
    items = read_ahead(numbers(1_000_000, closed=closed))
    assert next(items) == 0
    items.close()
    assert closed == [True]
    assert threading.active_count() == before
