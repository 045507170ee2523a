"""The stored rows of one pseudonym in one key period, read with PyArrow (subject access, ADR 0085)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.compute as pc  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from mediacode.monitoring.stored import MAIL, WEB
from mediacode.storage.layout import StateLayout
from mediacode.storage.ledger import Ledger
from mediacode.storage.parquet.partitions import list_partitions

PERSON_COLUMNS = {WEB.name: ("person",), MAIL.name: ("sender", "recipient")}


def rows_of(
    layout: StateLayout, table: str, period: str, pseudonym: str, first: dt.date, last: dt.date
) -> list[dict[str, Any]]:
    """Every committed row of ``table`` in ``period`` (days ``first..last``) with ``pseudonym`` a party."""
    found: list[dict[str, Any]] = []
    publishing = Ledger(layout.ledger).pending_ingests()  # half-published inputs are not data yet (ADR 0100)
    for partition in list_partitions(layout):
        if partition.table != table or not first <= partition.day <= last:
            continue
        for path in partition.files():
            if path.stem in publishing:
                continue
            data: pa.Table = pq.read_table(path)
            mask = pc.equal(data["period"], period)
            party = None
            for column in PERSON_COLUMNS[table]:
                hit = pc.fill_null(pc.equal(data[column], pseudonym), False)
                party = hit if party is None else pc.or_(party, hit)
            selected = data.filter(pc.and_(mask, party))
            found.extend(selected.to_pylist())
    found.sort(key=lambda row: row["at"])
    return found
