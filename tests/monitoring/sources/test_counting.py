"""The tally of a parse: lines, records, rejects per reason with a bounded list of line numbers."""

from __future__ import annotations

from mediacode.monitoring.sources import squid
from mediacode.monitoring.sources.counting import Tally
from mediacode.monitoring.sources.reject import Notice, Reject

GOOD = "1709539200.123 1 10.0.0.5 TCP_MISS/200 10 GET http://h.example/ - HIER_NONE/- -"


def test_tally_counts_lines_records_and_rejects() -> None:
    tally = Tally(keep_lines=2)
    lines = [GOOD, "x", GOOD, "y", "z", ""]
    for item in squid.parse(tally.count_lines(lines)):
        tally.observe(item)
    tally.observe(Notice(1, "unfinished_at_end"))
    assert tally.as_dict() == {
        "read": 6,
        "accepted": 2,
        "records": 2,
        "rejected": {"empty": 1, "too_few_fields": 3},
        "rejected_lines": {"empty": [6], "too_few_fields": [2, 4]},
        "notices": {"unfinished_at_end": 1},
    }


def test_a_reject_never_holds_the_line_text() -> None:
    secret = "1709539200.123 1 10.0.0.5 TCP_MISS/200 10 GET /secret/path jan.jansen HIER_NONE/- -"
    (item,) = squid.parse([secret])
    assert isinstance(item, Reject)
    assert "secret" not in repr(item) and "jan" not in repr(item)
