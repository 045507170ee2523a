"""atheris harness: ``sources.postfix.parse`` on arbitrary bytes gives records and known rejects only."""

from __future__ import annotations

import harness
from atheris import instrument_imports

with instrument_imports():
    from tests.fuzz.outcomes import check_mail

    from mediacode.monitoring.sources import postfix


def one_input(data: bytes) -> None:
    lines = harness.lines_of(data)
    check_mail(
        postfix.parse(lines, year=2026, local_domains=["org.example"], private_subject_tag="[prive]"),
        max(len(lines), 1),
    )


if __name__ == "__main__":
    harness.run(one_input)
