"""atheris harness: W3C extended lines (after a ``#Fields:`` directive) through ``sources.combined``."""

from __future__ import annotations

import harness
from atheris import instrument_imports

with instrument_imports():
    from tests.fuzz.outcomes import check_web

    from mediacode.monitoring.sources import combined

DIRECTIVE = (
    "#Fields: date time c-ip cs-username cs-method cs-uri cs-host cs-uri-port sc-status sc-bytes s-action\n"
)


def one_input(data: bytes) -> None:
    lines = [DIRECTIVE, *harness.lines_of(data)]
    check_web(combined.parse(lines), len(lines))


if __name__ == "__main__":
    harness.run(one_input)
