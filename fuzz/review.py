"""atheris harness: ``Reviewer.review`` on any text gives a Decision with offsets inside the text."""

from __future__ import annotations

import harness
from atheris import instrument_imports

with instrument_imports():
    from tests.fuzz.demo_reviewer import demo_reviewer

    from mediacode.errors import InputError

REVIEWER = demo_reviewer()


def one_input(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    try:
        decision = REVIEWER.review(text, None)
    except InputError:
        assert not text.strip(), "an input error on a text that is not blank"
        return
    for finding in decision.findings:
        if finding.start is not None and finding.end is not None:
            assert 0 <= finding.start <= finding.end <= len(text), "a finding outside the text"


if __name__ == "__main__":
    harness.run(one_input)
