"""Path traversal: ``--org`` and other names on the command line, the file names in policy.yaml,
symlinks out of the organization folder, the state folder's permissions, and every name in a URL."""

from __future__ import annotations

import shutil
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from mediacode.storage.db.database import DATABASE_FILE, open_database
from tests.security.conftest import Target

SignedIn = Callable[[str], tuple[TestClient, str]]
ORGS = [
    "../../../../../../../etc",
    "/etc",
    "/nonexistent/../etc",
    "/proc/self",
    "{tmp}/missing/../../etc",
    "{tmp}/a-file",
    "{tmp}/no-such-folder",
    "{tmp}/org\x00/etc",
]
# Commands that read (and some write) the organization folder.
COMMANDS = [
    ("policy", "lint"),
    ("status",),
    ("report", "--purpose", "private_use"),
    ("users", "list"),
    ("retention", "apply"),
    ("case", "list"),
    ("ingest", "--source", "squid", "{tmp}/a-file"),
]


def _tree(path: Path) -> list[str]:
    return sorted(str(p) for p in path.rglob("*")) if path.is_dir() else []


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
@pytest.mark.parametrize("org", ORGS, ids=repr)
def test_an_org_that_is_not_an_organization_folder_is_a_clear_error_and_nothing_is_written(
    cli: Callable[..., Any], tmp_path: Path, command: tuple[str, ...], org: str
) -> None:
    (tmp_path / "a-file").write_text("not a folder\n", encoding="utf-8")
    before = _tree(tmp_path)
    etc_before = (Path("/etc") / ".mediacode").exists()
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    result = cli(*args, "--org", org.replace("{tmp}", str(tmp_path)))
    assert result.code == 2, (result.out, result.err)
    assert "Traceback" not in result.err
    assert result.err.strip(), "says what is wrong"
    assert _tree(tmp_path) == before
    assert (Path("/etc") / ".mediacode").exists() is etc_before


@pytest.fixture
def org(demo_template: Path, tmp_path: Path) -> Path:
    root = tmp_path / "org"
    shutil.copytree(demo_template, root)
    return root


NAMES = {
    "parent": '"../people.csv"',
    "absolute": '"/etc/passwd"',
    "nested": '"sub/../../people.csv"',
    "nul": '"people.csv\\0../../etc/passwd"',
    "encoded": '"%2e%2e/people.csv"',
    "home": '"~/people.csv"',
    "backslash": '"..\\\\people.csv"',
}


@pytest.mark.parametrize("name", sorted(NAMES))
def test_a_file_name_in_the_policy_never_reads_outside_the_folder(
    cli: Callable[..., Any], org: Path, name: str
) -> None:
    policy = org / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    assert "  people: people.csv\n" in text
    policy.write_text(text.replace("  people: people.csv\n", f"  people: {NAMES[name]}\n"), encoding="utf-8")
    (org.parent / "people.csv").write_text((org / "people.csv").read_text(encoding="utf-8"), encoding="utf-8")
    result = cli("policy", "lint", "--org", str(org))
    assert result.code == 2
    assert "Traceback" not in result.err
    assert any(
        w in result.err for w in ("outside the organization folder", "file is missing", "NUL character")
    )
    assert "root:" not in result.out + result.err


@pytest.mark.parametrize("file", ["people.csv", "relations.csv", "confidential.txt"])
@pytest.mark.parametrize("target", ["/etc/passwd", "../outside.csv"])
def test_a_symlink_out_of_the_folder_is_refused(
    cli: Callable[..., Any], org: Path, file: str, target: str
) -> None:
    (org.parent / "outside.csv").write_text("id,name\nX1,Outside Person\n", encoding="utf-8")
    (org / file).unlink()
    (org / file).symlink_to(target)
    result = cli("policy", "lint", "--org", str(org))
    assert result.code == 2
    assert "points outside the organization folder" in result.err
    assert "root:" not in result.err and "Outside Person" not in result.err


def test_a_symlink_inside_the_folder_is_fine(cli: Callable[..., Any], org: Path) -> None:
    (org / "lists").mkdir()
    (org / "people.csv").rename(org / "lists" / "people.csv")
    (org / "people.csv").symlink_to("lists/people.csv")
    assert cli("policy", "lint", "--org", str(org)).code in (0, 1)


IDENTIFIERS = [
    ("report", "--purpose", "private_use", "--period", "../../etc"),
    ("report", "--purpose", "private_use", "--period", "2026-10/../../x"),
    ("report", "--purpose", "../../etc/passwd"),
    ("rights", "export", "--person", "../../etc/passwd", "--out", "{tmp}/x.html"),
    ("rights", "export", "--person", "E002\x00", "--out", "{tmp}/x.html"),
    ("users", "disable", "--person", "../E002"),
]


@pytest.mark.parametrize("args", IDENTIFIERS, ids=lambda a: " ".join(a[:2]) + " " + repr(a[-1]))
def test_identifiers_on_the_command_line_never_become_paths(
    cli: Callable[..., Any], org: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    result = cli(*[a.replace("{tmp}", str(tmp_path)) for a in args], "--org", str(org))
    assert result.code == 2, (result.out, result.err)
    assert "Traceback" not in result.err
    assert result.err.startswith("error: "), "the program's own message, not a usage error"
    assert not (tmp_path / "x.html").exists()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("umask", [0o022, 0o000, 0o077])
def test_the_state_folder_and_database_are_private_whatever_the_umask(tmp_path: Path, umask: int) -> None:
    import os

    org = tmp_path / "org"
    org.mkdir()
    old = os.umask(umask)
    try:
        open_database(org).close()
    finally:
        os.umask(old)
    assert _mode(org / ".mediacode") & 0o077 == 0
    assert _mode(org / ".mediacode" / DATABASE_FILE) & 0o077 == 0


def test_an_existing_world_readable_database_loses_only_the_worlds_access(tmp_path: Path) -> None:
    org = tmp_path / "org"
    (org / ".mediacode").mkdir(parents=True)
    open_database(org).close()
    (org / ".mediacode").chmod(0o755)
    (org / ".mediacode" / DATABASE_FILE).chmod(0o664)
    open_database(org).close()
    assert _mode(org / ".mediacode") == 0o750
    assert _mode(org / ".mediacode" / DATABASE_FILE) == 0o660


def test_a_symlinked_state_folder_is_followed_and_kept_private(tmp_path: Path) -> None:
    """The operator may keep the state on another disk; the data then lives there, private."""
    org, elsewhere = tmp_path / "org", tmp_path / "disk" / "state"
    org.mkdir()
    elsewhere.mkdir(parents=True)
    (org / ".mediacode").symlink_to(elsewhere)
    open_database(org).close()
    assert (elsewhere / DATABASE_FILE).is_file()
    assert _mode(elsewhere / DATABASE_FILE) & 0o077 == 0


URL_NAMES = [
    "/static/../policy.yaml",
    "/static/%2e%2e/%2e%2e/policy.yaml",
    "/static/..%2f..%2fpolicy.yaml",
    "/static/%2e%2e%2f%2e%2e%2fstorage/db/database.py",
    "/static//etc/passwd",
    "/static/%2fetc%2fpasswd",
    "/static/app.css%00.py",
    "/static/..\\..\\policy.yaml",
    "/documents/..%2f..%2fpolicy.yaml",
    "/documents/%2fetc%2fpasswd",
    "/documents/code%00",
    "/api/documents/..%2fpeople.csv",
    "/api/documents/%2e%2e",
    "/reports/..%2f..%2fpeople.csv",
    "/reports/%2fetc%2fpasswd",
    "/api/reports/..%2f..%2f.mediacode%2fmediacode.db",
    "/api/reports/private_use%00",
]
LEAKS = ["root:x:0:0", "works_council_consent", "hollewijn-groothandel.example", "SQLite format", "import "]


@pytest.mark.parametrize("path", URL_NAMES)
def test_a_name_in_a_url_never_reaches_a_file_outside_its_folder(
    target: Target, signed_in: SignedIn, path: str
) -> None:
    client, _ = signed_in("privacy_officer")
    answer = client.get(path)
    assert answer.status_code in (400, 404, 422), (path, answer.status_code)
    for leak in LEAKS:
        assert leak not in answer.text, (path, leak)
    if path.startswith("/api/"):
        assert set(answer.json()["error"]) == {"code", "message"}


def test_the_download_is_built_in_memory_and_named_by_the_server(target: Target, signed_in: SignedIn) -> None:
    client, token = signed_in("employee")
    outside = target.org.parent
    before = {p for p in outside.rglob("*") if ".mediacode" not in p.parts}
    answer = client.post(
        "/my-data/export", data={"format": "json", "csrf_token": token, "filename": "../../x"}
    )
    assert answer.status_code == 200
    assert "../" not in answer.headers["content-disposition"]
    assert {p for p in outside.rglob("*") if ".mediacode" not in p.parts} == before, "nothing written"
    assert not (outside.parent / "x").exists()
