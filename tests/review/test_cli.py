from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CliResult

Cli = Callable[..., CliResult]


def test_single_text_json(cli: Cli, synthetic_dir: Path) -> None:
    text = "Bel Omar van het magazijn op 06-12345678"
    result = cli("review", "--org", str(synthetic_dir), "--author", "P3", "--format", "json", text)
    assert result.code == 0
    data = json.loads(result.out)
    assert list(data) == ["language", "verdict", "findings"]
    assert data["verdict"] == "not_allowed"
    for finding in data["findings"]:
        assert set(finding) == {"category", "start", "end", "text", "severity", "explanation"}
        assert text[finding["start"] : finding["end"]] == finding["text"]


@pytest.mark.parametrize("text", ["Mooie dag vandaag", "Kutweer", "Project Noorderlicht start"])
def test_single_text_exits_zero_for_any_verdict(cli: Cli, synthetic_dir: Path, text: str) -> None:
    result = cli("review", "--org", str(synthetic_dir), "--author", "P3", text)
    assert result.code == 0
    assert result.out.splitlines()[0].startswith(("Verdict:", "Oordeel:"))


@pytest.mark.parametrize(
    "args",
    [
        ("--author", "NOPE", "hallo"),
        ("--author", "P3", "   "),
        ("--author", "P3"),
        ("--author", "P3", "--format", "xml", "hoi"),
    ],
)
def test_errors_exit_non_zero_without_traceback(cli: Cli, synthetic_dir: Path, args: tuple[str, ...]) -> None:
    result = cli("review", "--org", str(synthetic_dir), *args)
    assert result.code != 0
    assert "Traceback" not in result.err


def test_batch_answers_every_line_in_order(cli: Cli, synthetic_dir: Path, tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "author": "P3", "text": "Kickoff Project Noorderlicht"}),
        json.dumps({"id": "b", "author": "NOPE", "text": "hoi"}),
        "this is not json",
        json.dumps({"id": "d", "author": "P3", "text": ""}),
        json.dumps({"id": "e", "author": "P3"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "g", "author": "P3", "text": "Mooie dag"}),
    ]
    batch = tmp_path / "posts.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = cli("review", "--org", str(synthetic_dir), "--batch", str(batch), "--format", "json")
    assert result.code == 0
    out = [json.loads(line) for line in result.out.splitlines()]
    assert [o.get("id") for o in out] == ["a", "b", None, "d", "e", None, "g"]
    assert out[0]["verdict"] == "approval_required"
    assert all("error" in o for o in out[1:6])
    assert out[6]["verdict"] == "allowed"


def test_batch_file_that_cannot_be_read_is_an_error(cli: Cli, synthetic_dir: Path, tmp_path: Path) -> None:
    result = cli("review", "--org", str(synthetic_dir), "--batch", str(tmp_path / "missing.jsonl"))
    assert result.code != 0
