"""Arrow batches of reassembled mail items to batches of stored ``mail`` rows, per distinct value (ADR 0079).

The vectorised twin of ``RowMaker.mail`` for the bulk path: the same order
(number → expire → resolve → spare → pseudonymise) and the same answers, but
each key period is looked up once per distinct day, each address resolved
once per batch (identity, privileged, internal, domain) and pseudonymised once
per distinct address and period, all through the ``RowMaker`` and its caches.
Messages are numbered as ``RowMaker.mail`` numbers them (every record, also
an expired or spared one, takes the next ordinal), so the message pseudonyms
are the same. A message is one row per recipient, or one row without
recipient when it has none. Rejected lines are counted in the ``Tally`` with
their line numbers, unfinished messages as notices; no line text reaches here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.compute as pc  # type: ignore[import-untyped]

from mediacode.monitoring.rows import EXPIRED, UNKNOWN_DIRECTION, RowMaker
from mediacode.monitoring.sources.counting import Tally
from mediacode.monitoring.sources.reject import Reject
from mediacode.monitoring.spare import PRIVATE, PRIVILEGED

UNFINISHED = "unfinished_at_end"
"""The notice of a message still open at the end of the file (``duckdb_postfix.UNFINISHED``)."""

MAIL_TYPES: dict[str, pa.DataType] = {
    "at": pa.timestamp("us"),
    "day": pa.date32(),
    "period": pa.string(),
    "sender": pa.string(),
    "sender_department": pa.string(),
    "recipient": pa.string(),
    "recipient_department": pa.string(),
    "peer_domain": pa.string(),
    "direction": pa.string(),
    "size": pa.int64(),
    "status": pa.string(),
    "message": pa.string(),
}
"""The stored ``mail`` columns in order; ``at`` holds UTC without a zone, as ``stored.py`` says."""


def stored_mail_batches(
    batches: Iterable[pa.RecordBatch], maker: RowMaker, tally: Tally
) -> Iterator[pa.RecordBatch]:
    """Stored ``mail`` rows of each batch of ``duckdb_postfix.item_batches``."""
    for batch in batches:
        reasons = batch.column("reason")
        records = batch
        if reasons.null_count < batch.num_rows:
            is_record = pc.is_null(reasons)
            rejected = pc.invert(is_record)
            numbers = pc.filter(batch.column("n"), rejected).to_pylist()
            for number, reason in zip(numbers, pc.filter(reasons, rejected).to_pylist(), strict=True):
                tally.observe(Reject(number, reason))
            if not reasons.null_count:
                continue
            records = batch.filter(is_record)
        tally.records += records.num_rows
        unfinished = pc.sum(records.column("unfinished")).as_py()
        if unfinished:
            tally.notices[UNFINISHED] += unfinished
        rows = stored_rows(records, maker)
        if rows is not None and rows.num_rows:
            yield rows


class _Parties:
    """The distinct addresses of a batch, each resolved once: privileged, internal, department, domain."""

    def __init__(self, maker: RowMaker, addresses: list[str]) -> None:
        directory = maker.directory
        privileged_ids = maker.sparer.privileged_ids
        self.identities = [directory.resolve_address(address) for address in addresses]
        self.privileged = np.array(
            [i.person is not None and i.person.id in privileged_ids for i in self.identities], dtype=bool
        )
        self.internal = np.array([maker.is_internal(i) for i in self.identities], dtype=bool)
        self.departments = [
            (i.person.department or None) if i.person is not None else None for i in self.identities
        ]
        self.domains = [_domain(i.account) for i in self.identities]


def stored_rows(records: pa.RecordBatch, maker: RowMaker) -> pa.RecordBatch | None:
    """The stored rows of a batch of records (no rejects); expired and spared messages are only counted."""
    count = records.num_rows
    if not count:
        return None
    ordinals = maker.message_ordinals(count) + np.arange(count, dtype=np.int64)
    day = pc.cast(records.column("ts"), pa.date32())
    days = pc.dictionary_encode(day)
    found = [maker.period_key(one) for one in days.dictionary.to_pylist()]
    day_index = days.indices.to_numpy(zero_copy_only=False)
    alive = np.array([item is not None for item in found], dtype=bool)[day_index]
    expired = count - int(alive.sum())
    if expired:
        maker.dropped[EXPIRED] += expired
    # Every address of the batch, resolved once (senders first, then recipients).
    senders = records.column("sender")
    recipients = records.column("recipients")
    flat = pc.list_flatten(recipients)
    parent = pc.list_parent_indices(recipients).to_numpy(zero_copy_only=False)
    addresses = pc.unique(pa.concat_arrays([senders.drop_null(), flat]))
    parties = _Parties(maker, addresses.to_pylist())
    sender_index = pc.fill_null(pc.index_in(senders, value_set=addresses), -1).to_numpy(zero_copy_only=False)
    flat_index = pc.index_in(flat, value_set=addresses).to_numpy(zero_copy_only=False)
    # Sparing, only for what has not expired: private mark first, then any privileged party.
    private = pc.fill_null(records.column("private"), False).to_numpy(zero_copy_only=False)
    privileged = np.zeros(count, dtype=bool)
    has_sender = sender_index >= 0
    privileged[has_sender] = parties.privileged[sender_index[has_sender]]
    privileged[parent[parties.privileged[flat_index]]] = True
    spared_private = alive & private
    spared_privileged = alive & ~private & privileged
    if spared_private.any():
        maker.sparer.spared[PRIVATE] += int(spared_private.sum())
    if spared_privileged.any():
        maker.sparer.spared[PRIVILEGED] += int(spared_privileged.sum())
    keep = alive & ~spared_private & ~spared_privileged
    if not keep.any():
        return None
    # Rows: one per recipient of each kept message, one without recipient when it has none.
    lengths = pc.list_value_length(recipients).to_numpy(zero_copy_only=False)
    per_message = np.where(keep, np.maximum(lengths, 1), 0)
    row_message = np.repeat(np.arange(count), per_message)
    kept_flat = keep[parent]
    row_address = np.full(len(row_message), -1, dtype=np.int64)
    with_recipient = np.repeat(lengths[keep] > 0, per_message[keep])
    row_address[with_recipient] = flat_index[kept_flat]
    # Key periods of the kept messages, and each party's pseudonym once per address and period.
    keys = {item[0]: item[1] for item in found if item is not None}
    period_names = sorted(keys)
    period_of_day = np.array([period_names.index(item[0]) if item else -1 for item in found], dtype=np.int64)
    message_period = period_of_day[day_index]
    row_period = message_period[row_message]
    width = len(parties.identities)
    pseudonyms: list[str | None] = [None] * (len(period_names) * width + 1)  # the last one: nobody
    sender_codes = message_period[keep & has_sender] * width + sender_index[keep & has_sender]
    row_codes = row_period[row_address >= 0] * width + row_address[row_address >= 0]
    for code in np.unique(np.concatenate([sender_codes, row_codes])).tolist():
        period_number, address = divmod(code, width)
        if parties.internal[address]:
            name = period_names[period_number]
            pseudonyms[code] = maker.party_pseudonym(name, keys[name], parties.identities[address])
    table = pa.array(pseudonyms, pa.string())
    departments = pa.array([*parties.departments, None], pa.string())
    domains = pa.array([*parties.domains, None], pa.string())
    internal = np.append(parties.internal, False)  # index -1 (no party) reads this False
    # Per message: sender pseudonym and department (internal) or domain (external); message pseudonym.
    sender_internal = keep & has_sender & internal[sender_index]
    sender_external = keep & has_sender & ~internal[sender_index]
    message_sender = pc.take(table, _where(sender_internal, message_period * width + sender_index))
    message_department = pc.take(departments, _where(sender_internal, sender_index))
    message_domain = pc.take(domains, _where(sender_external, sender_index))
    messages = np.full(count, None, dtype=object)
    kept, kept_period, kept_ordinals = np.flatnonzero(keep), message_period[keep], ordinals[keep]
    for period_number, name in enumerate(period_names):
        here = kept_period == period_number
        if here.any():
            numbering = maker.message_pseudonyms(keys[name])
            messages[kept[here]] = numbering.of_many(kept_ordinals[here].tolist())
    # Per row: the recipient's pseudonym and department (internal), else the peer domain.
    take = pa.array(row_message, pa.int64())
    recipient_internal = internal[row_address]
    recipient_external = (row_address >= 0) & ~recipient_internal
    peer = pc.if_else(
        pa.array(recipient_external),
        pc.take(domains, _where(recipient_external, row_address)),
        pc.take(message_domain, take),
    )
    columns = {
        "at": pc.take(records.column("ts"), take),
        "day": pc.take(day, take),
        "period": pc.take(pa.array(period_names, pa.string()), pa.array(row_period, pa.int64())),
        "sender": pc.take(message_sender, take),
        "sender_department": pc.take(message_department, take),
        "recipient": pc.take(table, _where(recipient_internal, row_period * width + row_address)),
        "recipient_department": pc.take(departments, _where(recipient_internal, row_address)),
        "peer_domain": peer,
        "direction": pc.take(pc.fill_null(records.column("direction"), UNKNOWN_DIRECTION), take),
        "size": pc.take(records.column("size"), take),
        "status": pc.take(records.column("status"), take),
        "message": pc.take(pa.array(messages, pa.string()), take),
    }
    return pa.RecordBatch.from_arrays(
        [columns[name].cast(kind) for name, kind in MAIL_TYPES.items()], names=list(MAIL_TYPES)
    )


def _where(mask: np.ndarray, index: np.ndarray) -> pa.Array:
    """``index`` where ``mask`` holds, null elsewhere: for ``take``, which gives null for a null index."""
    return pa.array(np.where(mask, index, 0), pa.int64(), mask=~mask)


def _domain(address: str) -> str | None:
    """``rows._domain``: the domain of an external address; never its local part."""
    local, at, domain = address.rpartition("@")
    return domain or None if at and local else None
