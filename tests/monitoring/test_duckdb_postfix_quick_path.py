# ruff: noqa: E501  (log lines are test data; splitting them hides what a real line looks like)
"""The quick cut of classic lines (ADR 0079, update of 2026-11-28 evening): each line at the edge of the
single-space shape, and each queue-id shape, gives the reference parser's items (rejects included)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediacode.monitoring.engines import duckdb_postfix
from mediacode.monitoring.records import MailRecord
from mediacode.monitoring.sources import files, postfix

OPEN = "Mar 22 08:00:01 mx postfix/qmgr[3]: QUICK1: from=<a@x.example>, size=5, nrcpt=1"
CLOSE = "Mar 22 08:00:09 mx postfix/qmgr[3]: QUICK1: removed"

EDGES: dict[str, str] = {
    "plain": "Mar 22 08:00:02 mx postfix/smtp[5]: QUICK1: to=<b@y.example>, status=sent (250)",
    "one-digit day": "Mar  2 08:00:02 mx postfix/smtp[5]: QUICK1: to=<b@y.example>, status=sent (250)",
    "two spaces after host": "Mar 22 08:00:02 mx  postfix/smtp[5]: QUICK1: to=<b@y.example>, status=sent (250)",
    "two spaces after program": "Mar 22 08:00:02 mx postfix/smtp[5]:  QUICK1: to=<b@y.example>, status=sent (250)",
    "program last": "Mar 22 08:00:02 mx postfix/smtp[5]:",
    "program and a space last": "Mar 22 08:00:02 mx postfix/smtp[5]: ",
    "host last": "Mar 22 08:00:02 mx",
    "host and a space last": "Mar 22 08:00:02 mx ",
    "one-letter text": "Mar 22 08:00:02 mx postfix/smtp[5]: x",
    "host with a colon": "Mar 22 08:00:02 mx: postfix/smtp[5]: QUICK1: to=<b@y.example>, status=sent",
    "program without colon": "Mar 22 08:00:02 mx postfix/smtp[5] QUICK1: to=<b@y.example>, status=sent",
    "program without pid": "Mar 22 08:00:02 mx postfix/smtp: QUICK1: to=<b@y.example>, status=sent",
    "program with a bracket only": "Mar 22 08:00:02 mx postfix/smtp[: QUICK1: to=<b@y.example>, status=sent",
    "clock 23:59:59": "Mar 22 23:59:59 mx postfix/smtp[5]: QUICK1: to=<b@y.example>, status=sent",
    "clock 24:00:00": "Mar 22 24:00:00 mx postfix/smtp[5]: QUICK1: to=<b@y.example>, status=sent",
    "minute 60": "Mar 22 08:60:00 mx postfix/smtp[5]: QUICK1: to=<b@y.example>, status=sent",
    "second 60": "Mar 22 08:00:60 mx postfix/smtp[5]: QUICK1: to=<b@y.example>, status=sent",
    "day 31 of April": "Apr 31 08:00:02 mx postfix/smtp[5]: QUICK1: to=<b@y.example>, status=sent",
    "day 30 of April": "Apr 30 08:00:02 mx postfix/smtp[5]: QUICK1: to=<b@y.example>, status=sent",
    "day 0": "Mar  0 08:00:02 mx postfix/smtp[5]: QUICK1: to=<b@y.example>, status=sent",
    "day 00": "Mar 00 08:00:02 mx postfix/smtp[5]: QUICK1: to=<b@y.example>, status=sent",
    "month in capitals": "MAR 22 08:00:02 mx postfix/smtp[5]: QUICK1: to=<b@y.example>, status=sent",
    "unknown month": "Mor 22 08:00:02 mx postfix/smtp[5]: QUICK1: to=<b@y.example>, status=sent",
    "not postfix": "Mar 22 08:00:02 mx dovecot[5]: QUICK1: to=<b@y.example>, status=sent",
}

QUEUE_IDS: dict[str, bool] = {
    "ABCDE": True,
    "ABCD": False,
    "A1B2C": True,
    "3Hx7Yz9AbC": True,
    "abcde": False,
    "Abcde": False,
    "abcd1": True,
    "ABCDEFGHIJ": True,
    "AB-12": False,
    "AB_12": False,
    "12345": True,
    "NOQUEUE": False,
}
"""Queue ids, and whether the reference takes each as one (``postfix._is_queue_id``)."""


def _both(tmp_path: Path, lines: list[str]) -> tuple[list[object], list[object]]:
    path = tmp_path / "maillog"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    options = duckdb_postfix.options_for(2024, ("y.example",), "[PRIVE]")
    found = duckdb_postfix.item_batches(path, options, threads=1)
    assert found is not None, "the engine must read these lines itself"
    engine = [item for batch in found[1] for item in duckdb_postfix.items_of(batch)]
    reference = list(
        postfix.parse(
            files.read_lines(path), year=2024, local_domains=("y.example",), private_subject_tag="[PRIVE]"
        )
    )
    return engine, reference


@pytest.mark.parametrize("name", sorted(EDGES))
def test_each_edge_of_the_quick_shape_gives_the_reference_items(tmp_path: Path, name: str) -> None:
    engine, reference = _both(tmp_path, [OPEN, EDGES[name], CLOSE])
    assert engine == reference


@pytest.mark.parametrize(("queue_id", "taken"), sorted(QUEUE_IDS.items()))
def test_queue_id_shapes_are_taken_as_the_reference_takes_them(
    tmp_path: Path, queue_id: str, taken: bool
) -> None:
    lines = [
        f"Mar 22 08:00:01 mx postfix/qmgr[3]: {queue_id}: from=<a@x.example>, size=5, nrcpt=1",
        f"Mar 22 08:00:02 mx postfix/qmgr[3]: {queue_id}: removed",
    ]
    engine, reference = _both(tmp_path, lines)
    assert engine == reference
    assert any(isinstance(item, MailRecord) for item in engine) is taken
