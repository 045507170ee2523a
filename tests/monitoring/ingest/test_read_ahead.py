"""``read_ahead`` and ``write_behind``: items in order, errors raised in the caller, early stops end both."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from mediacode.monitoring.engines.read_ahead import read_ahead, write_behind


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


@pytest.mark.parametrize(("count", "depth"), [(0, 1), (1, 1), (10, 1), (10, 2), (100, 3)])
def test_write_behind_consumes_every_item_in_order(count: int, depth: int) -> None:
    consumed: list[int] = []
    write_behind(numbers(count), consumed.append, depth)
    assert consumed == list(range(count))


@pytest.mark.parametrize("fail_at", [0, 3])
def test_write_behind_consumer_error_is_raised_and_stops_the_making(fail_at: int) -> None:
    consumed: list[int] = []
    closed: list[bool] = []

    def consume(item: int) -> None:
        if item == fail_at:
            raise OSError("disk full")
        consumed.append(item)

    before = threading.active_count()
    with pytest.raises(OSError, match="disk full"):
        write_behind(numbers(1_000_000, closed=closed), consume)
    assert consumed == list(range(fail_at))
    assert closed == [True]  # the maker was closed, not left running to the end
    assert threading.active_count() == before


@pytest.mark.parametrize("fail_at", [0, 3, 9])
def test_write_behind_maker_error_is_raised_after_the_consumer_stopped(fail_at: int) -> None:
    consumed: list[int] = []
    before = threading.active_count()
    with pytest.raises(ValueError, match="broken batch"):
        write_behind(numbers(10, fail_at), consumed.append)
    assert consumed == list(range(len(consumed)))  # in order, a prefix of what was made
    assert len(consumed) <= fail_at
    assert threading.active_count() == before
