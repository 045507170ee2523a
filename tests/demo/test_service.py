"""Writing the demo: deterministic, refuses a non-empty folder, ``--force`` spares other files; CLI codes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from mediacode.errors import InputError
from mediacode.services.demo import create_demo
from tests.conftest import CliResult


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_two_runs_write_identical_files(tmp_path: Path) -> None:
    first = create_demo(tmp_path / "a")
    second = create_demo(tmp_path / "b")
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")
    assert first.covers == second.covers
    assert set(snapshot(tmp_path / "a")) == set(first.written)


@pytest.mark.parametrize(
    ("prepare", "force", "refused"),
    [
        ("missing", False, False),
        ("empty", False, False),
        ("foreign-file", False, True),
        ("foreign-file", True, False),
        ("previous-demo", False, True),
        ("previous-demo", True, False),
        ("is-a-file", False, True),
        ("is-a-file", True, True),
        ("folder-in-the-way", True, True),
    ],
)
def test_target_folder(tmp_path: Path, prepare: str, force: bool, refused: bool) -> None:
    out = tmp_path / "out"
    if prepare == "empty":
        out.mkdir()
    elif prepare == "foreign-file":
        out.mkdir()
        (out / "notes.txt").write_text("mine", encoding="utf-8")
    elif prepare == "previous-demo":
        create_demo(out)
        (out / "people.csv").write_text("stale", encoding="utf-8")
    elif prepare == "folder-in-the-way":
        (out / "people.csv").mkdir(parents=True)
    elif prepare == "is-a-file":
        out.write_text("a file", encoding="utf-8")
    if refused:
        with pytest.raises(InputError):
            create_demo(out, force=force)
        return
    result = create_demo(out, force=force)
    assert result.people == 60
    if prepare == "foreign-file":
        assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_a_refused_folder_is_left_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "policy.yaml").write_text("organization:\n  name: Mine\n", encoding="utf-8")
    with pytest.raises(InputError, match="not empty"):
        create_demo(out)
    assert snapshot(out) == {"policy.yaml": b"organization:\n  name: Mine\n"}


@pytest.mark.parametrize(
    ("prepare", "extra", "code"),
    [("missing", (), 0), ("foreign-file", (), 2), ("foreign-file", ("--force",), 0)],
)
def test_cli_exit_codes(
    tmp_path: Path, cli: Callable[..., CliResult], prepare: str, extra: tuple[str, ...], code: int
) -> None:
    out = tmp_path / "out"
    if prepare == "foreign-file":
        out.mkdir()
        (out / "notes.txt").write_text("mine", encoding="utf-8")
    result = cli("demo", "--out", str(out), *extra)
    assert result.code == code
    if code == 0:
        assert "policy.yaml" in result.out
        assert "categories/malware/domains" in result.out
    else:
        assert "not empty" in result.err
        assert "Traceback" not in result.err


def test_cli_without_out_is_a_usage_error(cli: Callable[..., CliResult]) -> None:
    assert cli("demo").code == 2


def test_the_demo_lints_without_errors(tmp_path: Path, cli: Callable[..., CliResult]) -> None:
    out = tmp_path / "org"
    create_demo(out)
    result = cli("policy", "lint", "--org", str(out), "--format", "json")
    assert result.code == 0, result.out
    assert json.loads(result.out)["errors"] == 0


@pytest.mark.parametrize(("today", "allowed"), [("2026-09-10", False), ("2026-11-28", True)])
def test_monitoring_is_allowed_once_published(
    tmp_path: Path, cli: Callable[..., CliResult], today: str, allowed: bool
) -> None:
    out = tmp_path / "org"
    create_demo(out)
    result = cli("policy", "status", "--org", str(out), "--format", "json", "--today", today)
    assert json.loads(result.out)["monitoring_allowed"] is allowed


def test_sample_posts_review_in_batch_without_errors(tmp_path: Path, cli: Callable[..., CliResult]) -> None:
    out = tmp_path / "org"
    create_demo(out)
    result = cli("review", "--org", str(out), "--batch", str(out / "sample-posts.jsonl"))
    assert result.code == 0
    lines = [json.loads(line) for line in result.out.splitlines()]
    assert len(lines) == 12
    assert all("error" not in line and "verdict" in line for line in lines)
