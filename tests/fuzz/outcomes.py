"""What every parser's output must satisfy, whatever the input."""

from __future__ import annotations

from collections.abc import Iterable

from mediacode.monitoring.records import MailRecord, WebRecord
from mediacode.monitoring.sources.reject import Notice, Reject
from tests.fuzz.lines import KNOWN_NOTICES, KNOWN_REASONS, SECRET_PATH, SECRET_QUERY


def check_web(items: Iterable[object], lines: int) -> list[WebRecord]:
    """Every item a record or a known reject; at most one item per line; no path or query kept."""
    records: list[WebRecord] = []
    count = 0
    for item in items:
        count += 1
        if isinstance(item, Reject):
            assert item.reason in KNOWN_REASONS, item
            assert 1 <= item.line_number <= lines
            continue
        assert isinstance(item, WebRecord), item
        assert item.at.tzinfo is not None
        for forbidden in ("/", "?", "#"):
            assert forbidden not in item.host, item.host
        # The account column is whatever the line holds there (a mangled line can shift the URL's path
        # into it); it is an identifier that is resolved and pseudonymised before anything is stored
        # (tests/privacy scans what is written). Every other field must carry no path or query.
        shown = repr(item._replace(user=None))
        assert SECRET_PATH not in shown and SECRET_QUERY not in shown, shown
        assert 0 <= item.bytes < 10**18
        assert 0 <= item.status <= 999
        records.append(item)
    assert count <= lines
    return records


def check_mail(items: Iterable[object], lines: int) -> list[MailRecord]:
    """Every item a record, a known reject or a known notice, inside the input's line numbers."""
    records: list[MailRecord] = []
    for item in items:
        if isinstance(item, Reject):
            assert item.reason in KNOWN_REASONS, item
            assert 1 <= item.line_number <= max(lines, 1)
        elif isinstance(item, Notice):
            assert item.reason in KNOWN_NOTICES, item
        else:
            assert isinstance(item, MailRecord), item
            assert item.at.tzinfo is not None
            assert item.size is None or item.size >= 0
            records.append(item)
    return records
