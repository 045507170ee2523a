"""Writing the output: folders are made, folders are not overwritten, errors are plain."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mediacode.errors import DocumentError
from mediacode.services.documents import write_output
from tests.conftest import CliResult


@pytest.mark.parametrize("relative", ["doc.md", "a/b/c/doc.md"])
def test_parent_folders_are_created(tmp_path: Path, relative: str) -> None:
    out = tmp_path / relative
    write_output(out, b"text")
    assert out.read_bytes() == b"text"
    assert not out.with_name(out.name + ".partial").exists()


def test_an_existing_file_is_replaced(tmp_path: Path) -> None:
    out = tmp_path / "doc.md"
    out.write_bytes(b"old")
    write_output(out, b"new")
    assert out.read_bytes() == b"new"


def test_a_folder_is_never_overwritten(
    cli: Callable[..., CliResult], example_org: Path, tmp_path: Path
) -> None:
    target = tmp_path / "folder"
    target.mkdir()
    result = cli("policy", "render", "--org", str(example_org), "--doc", "notice", "-o", str(target))
    assert result.code == 2
    assert "is a folder" in result.err and "Traceback" not in result.err


def test_an_unwritable_place_is_a_clear_error() -> None:
    # /proc refuses new files even to root, so this runs the same for every user.
    with pytest.raises(DocumentError, match="cannot write"):
        write_output(Path("/proc/mediacode-test/doc.md"), b"text")


def test_a_file_in_the_way_of_a_folder_is_a_clear_error(
    cli: Callable[..., CliResult], example_org: Path, tmp_path: Path
) -> None:
    (tmp_path / "file").write_text("x")
    out = tmp_path / "file" / "doc.md"
    result = cli("policy", "render", "--org", str(example_org), "--doc", "code", "-o", str(out))
    assert result.code == 2
    assert "cannot write" in result.err and "Traceback" not in result.err


@pytest.mark.parametrize(
    ("lang_args", "expected"),
    [
        ([], "# Reglement gebruik e-mail"),
        (["--lang", "en"], "# Regulation on the use"),
        (["--lang", "nl"], "# Reglement"),
    ],
)
def test_language_defaults_to_the_policys(
    cli: Callable[..., CliResult], example_org: Path, tmp_path: Path, lang_args: list[str], expected: str
) -> None:
    out = tmp_path / "reg.md"
    args = ["--org", str(example_org), "--doc", "regulation", "-o", str(out), *lang_args]
    assert cli("policy", "render", *args).code == 0
    assert out.read_text(encoding="utf-8").startswith(expected)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--doc", "letter"], "letter"),
        (["--doc", "code", "--format", "docx"], "docx"),
        (["--doc", "code", "--lang", "de"], "de"),
    ],
)
def test_unknown_choices_are_refused(
    cli: Callable[..., CliResult], example_org: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    result = cli("policy", "render", "--org", str(example_org), "-o", str(tmp_path / "x"), *args)
    assert result.code != 0 and message in result.err
    assert not (tmp_path / "x").exists()
