"""atheris harness: ``sources.combined.parse`` on arbitrary bytes gives records and known rejects only."""

from __future__ import annotations

import harness
from atheris import instrument_imports

with instrument_imports():
    from tests.fuzz.outcomes import check_web

    from mediacode.monitoring.sources import combined


def one_input(data: bytes) -> None:
    lines = harness.lines_of(data)
    check_web(combined.parse(lines), max(len(lines), 1))


if __name__ == "__main__":
    harness.run(one_input)
