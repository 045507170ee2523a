"""Arrow batches of parsed proxy records to batches of stored ``web`` rows, per distinct value (ADR 0078).

The vectorised twin of ``RowMaker.web`` for the bulk path: the same order
(expire → resolve → pseudonymise) and the same answers, but each key period
is looked up once per distinct day, each identity once per distinct user (or
client IP without a lease) and period, each category once per distinct host,
and ``denied`` once per distinct result code, all through the ``RowMaker`` and
its caches. Only IP-only lines whose IP has leases are resolved one by one,
at their own time. Rejected lines are counted in the ``Tally`` with their
line numbers; their text never reaches this module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.compute as pc  # type: ignore[import-untyped]

from mediacode.monitoring.categories import is_denied
from mediacode.monitoring.rows import EXPIRED, RowMaker
from mediacode.monitoring.sources.counting import Tally
from mediacode.monitoring.sources.reject import Reject

WEB_TYPES: dict[str, pa.DataType] = {
    "at": pa.timestamp("us"),
    "day": pa.date32(),
    "period": pa.string(),
    "person": pa.string(),
    "known": pa.bool_(),
    "department": pa.string(),
    "host": pa.string(),
    "port": pa.int32(),
    "method": pa.string(),
    "status": pa.int32(),
    "bytes": pa.int64(),
    "content_type": pa.string(),
    "category": pa.string(),
    "denied": pa.bool_(),
}
"""The stored ``web`` columns in order; ``at`` holds UTC without a zone, as ``stored.py`` says."""


def stored_web_batches(
    batches: Iterable[pa.RecordBatch], maker: RowMaker, tally: Tally
) -> Iterator[pa.RecordBatch]:
    """Stored ``web`` rows of each batch of ``line_number``, ``reason`` and ``WebRecord`` columns."""
    for batch in batches:
        tally.read += batch.num_rows
        reasons = batch.column("reason")
        records = batch
        if reasons.null_count < batch.num_rows:
            is_record = pc.is_null(reasons)
            rejected = pc.invert(is_record)
            numbers = pc.filter(batch.column("line_number"), rejected).to_pylist()
            for number, reason in zip(numbers, pc.filter(reasons, rejected).to_pylist(), strict=True):
                tally.observe(Reject(number, reason))
            if not reasons.null_count:
                continue
            records = batch.filter(is_record)
        tally.records += records.num_rows
        rows = stored_rows(records, maker)
        if rows.num_rows:
            yield rows


def stored_rows(records: pa.RecordBatch, maker: RowMaker) -> pa.RecordBatch:
    """The stored rows of a batch of records (no rejects); rows past retention are dropped and counted."""
    day = pc.cast(records.column("at"), pa.date32())
    days = pc.dictionary_encode(day)
    found = [maker.period_key(one) for one in days.dictionary.to_pylist()]
    if any(item is None for item in found):
        keep = pc.take(pa.array([item is not None for item in found]), days.indices)
        maker.dropped[EXPIRED] += records.num_rows - pc.sum(keep).as_py()
        records = records.filter(keep)
        day = pc.cast(records.column("at"), pa.date32())
        days = pc.dictionary_encode(day)
        found = [maker.period_key(one) for one in days.dictionary.to_pylist()]
    periods = pc.take(pa.array([item[0] for item in found if item is not None], pa.string()), days.indices)
    keys = {item[0]: item[1] for item in found if item is not None}
    whos: list[tuple[str, bool, str | None]] = []
    if len(keys) == 1:
        ((period, key),) = keys.items()
        who = _who_indices(records, maker, period, key, whos)
    else:
        who = pa.nulls(records.num_rows, pa.int32())
        for period, key in keys.items():
            mask = pc.equal(periods, period)
            part = _who_indices(records.filter(mask), maker, period, key, whos)
            who = pc.replace_with_mask(who, mask, part)
    hosts = pc.dictionary_encode(records.column("host"))
    results = pc.dictionary_encode(records.column("cache_result"))
    denied = [is_denied(result) for result in results.dictionary.to_pylist()]
    columns = {
        "at": records.column("at"),
        "day": day,
        "period": periods,
        "person": pc.take(pa.array([w[0] for w in whos], pa.string()), who),
        "known": pc.take(pa.array([w[1] for w in whos], pa.bool_()), who),
        "department": pc.take(pa.array([w[2] for w in whos], pa.string()), who),
        "host": records.column("host"),
        "port": records.column("port"),
        "method": records.column("method"),
        "status": records.column("status"),
        "bytes": records.column("bytes"),
        "content_type": records.column("content_type"),
        "category": pc.take(
            pa.array(maker.categories_of(hosts.dictionary.to_pylist()), pa.string()),
            hosts.indices,
        ),
        "denied": pc.fill_null(pc.take(pa.array(denied, pa.bool_()), results.indices), False),
    }
    return pa.RecordBatch.from_arrays(
        [columns[name].cast(kind) for name, kind in WEB_TYPES.items()], names=list(WEB_TYPES)
    )


def _who_indices(
    records: pa.RecordBatch,
    maker: RowMaker,
    period: str,
    key: bytes,
    whos: list[tuple[str, bool, str | None]],
) -> pa.Array:
    """Per row, the index into ``whos`` (extended here) of its pseudonym, known flag and department."""
    users = records.column("user")
    ips = records.column("client_ip")
    by_user = pc.dictionary_encode(users)
    user_index = []
    for user in by_user.dictionary.to_pylist():
        whos.append(maker.web_who(period, key, user, None, _NO_TIME))
        user_index.append(len(whos) - 1)
    index = pc.take(pa.array(user_index, pa.int32()), by_user.indices)
    if users.null_count == 0:
        return index
    no_user = pc.is_null(users)
    by_ip = pc.dictionary_encode(ips)
    anonymous = set(pc.unique(pc.filter(ips, no_user)).to_pylist())
    ip_index: list[int | None] = []
    for ip in by_ip.dictionary.to_pylist():
        if ip in anonymous and not maker.needs_time(None, ip):
            whos.append(maker.web_who(period, key, None, ip, _NO_TIME))
            ip_index.append(len(whos) - 1)
        else:
            ip_index.append(None)
    index = pc.coalesce(index, pc.take(pa.array(ip_index, pa.int32()), by_ip.indices))
    if index.null_count == 0:
        return index
    missing = pc.is_null(index)
    timed: list[int] = []
    at = pc.filter(records.column("at"), missing).to_pylist()
    for ip, when in zip(pc.filter(ips, missing).to_pylist(), at, strict=True):
        whos.append(maker.web_who(period, key, None, ip, when.replace(tzinfo=dt.UTC)))
        timed.append(len(whos) - 1)
    return pc.replace_with_mask(index, missing, pa.array(timed, pa.int32()))


_NO_TIME = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
"""Passed where the answer cannot depend on the time (a user name, or an IP without leases)."""
