"""atheris harness: the JSONL batch of ``services.review`` answers every line once, error or decision."""

from __future__ import annotations

import json

import harness
from atheris import instrument_imports

with instrument_imports():
    from tests.fuzz.demo_reviewer import demo_org

    from mediacode.services.review import review_lines

ORG = demo_org()


def one_input(data: bytes) -> None:
    lines = data.decode("utf-8", errors="replace").splitlines()
    answers = list(review_lines(ORG, lines))
    assert len(answers) == len(lines), "not one answer per line"
    for answer in answers:
        assert ("error" in answer) != ("verdict" in answer), "an answer that is neither error nor decision"
        json.dumps(answer, ensure_ascii=False)


if __name__ == "__main__":
    harness.run(one_input)
