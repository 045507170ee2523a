"""In-place edits of policy.yaml: only the intended lines change, and a failed edit changes nothing."""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path

import pytest

from mediacode.errors import PolicyEditError
from mediacode.policy.yaml_edit import Edit, edit_policy, rewrite_policy_text

DAY = dt.date(2026, 4, 1)


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    removed, added = [], []
    for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0):
        if line.startswith(("---", "+++", "@@")):
            continue
        (removed if line.startswith("-") else added).append(line[1:])
    return removed, added


MINIMAL = "organization:\n  name: Acme  # the legal name\n\ndirectory:\n  people: people.csv\n"
FOUR_SPACES = (
    "# policy in four-space style\n"
    "organization:\n"
    "    name: 'Acme'\n"
    "governance:\n"
    "    published_on: 2026-01-01   # first publication\n"
    "    privacy_officer: ~\n"
    "monitoring:\n"
    "    purposes:\n"
    "    -   id: security\n"
    "        description: Protect\n"
)


@pytest.mark.parametrize(
    ("text", "edits", "removed", "added"),
    [
        pytest.param(
            MINIMAL,
            [Edit(("governance", "published_on"), DAY)],
            [],
            ["governance:", "  published_on: 2026-04-01"],
            id="creates-missing-section",
        ),
        pytest.param(
            FOUR_SPACES,
            [Edit(("governance", "published_on"), DAY)],
            ["    published_on: 2026-01-01   # first publication"],
            ["    published_on: 2026-04-01   # first publication"],
            id="keeps-comment-and-other-layout",
        ),
        pytest.param(
            FOUR_SPACES,
            [Edit(("governance", "dpia_reference"), "DPIA-1")],
            [],
            ["    dpia_reference: DPIA-1"],
            id="adds-key-in-four-space-file",
        ),
        pytest.param(
            FOUR_SPACES,
            [Edit(("organization", "name"), "Acme B.V.")],
            ["    name: 'Acme'"],
            ["    name: 'Acme B.V.'"],
            id="keeps-quoting",
        ),
    ],
)
def test_rewrite_changes_only_the_intended_lines(
    text: str, edits: list[Edit], removed: list[str], added: list[str]
) -> None:
    after = rewrite_policy_text(text, edits)
    assert changed_lines(text, after) == (removed, added)


def test_consent_edit_of_the_example_keeps_every_comment(example_org: Path) -> None:
    policy = example_org / "policy.yaml"
    before = policy.read_bytes()
    edit_policy(
        example_org,
        [
            Edit(("governance", "works_council_consent", "covers"), "sha256:" + "0" * 64),
            Edit(("prevention", "category_list"), "lists"),
        ],
    )
    after = policy.read_bytes()
    removed, added = changed_lines(before.decode(), after.decode())
    assert removed == []
    assert added == ["    covers: sha256:" + "0" * 64, "  category_list: lists"]
    assert after.count(b"#") == before.count(b"#")


def test_crlf_and_bom_are_kept(tmp_path: Path) -> None:
    (tmp_path / "people.csv").write_text("id,name,email,department,role,groups,manager\n")
    policy = tmp_path / "policy.yaml"
    policy.write_bytes(b"\xef\xbb\xbf" + MINIMAL.replace("\n", "\r\n").encode())
    edit_policy(tmp_path, [Edit(("governance", "published_on"), DAY)])
    data = policy.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\n") == data.count(b"\r\n")
    assert b"published_on: 2026-04-01\r\n" in data


@pytest.mark.parametrize(
    ("edits", "message"),
    [
        pytest.param([Edit(("governance", "nonsense"), 1)], "would not be valid", id="invalid-result"),
        pytest.param(
            [Edit(("organization", "name", "deeper"), "x")], "is not a mapping", id="scalar-in-the-way"
        ),
    ],
)
def test_a_failed_edit_leaves_the_file_untouched(example_org: Path, edits: list[Edit], message: str) -> None:
    policy = example_org / "policy.yaml"
    before = policy.read_bytes()
    with pytest.raises(PolicyEditError, match=message):
        edit_policy(example_org, edits)
    assert policy.read_bytes() == before
    assert sorted(p.name for p in example_org.iterdir()) == sorted(
        ["policy.yaml", "people.csv", "relations.csv", "confidential.txt"]
    )


def test_a_refused_check_leaves_the_file_untouched(example_org: Path) -> None:
    policy = example_org / "policy.yaml"
    before = policy.read_bytes()

    def refuse(_: object) -> None:
        raise PolicyEditError("no")

    with pytest.raises(PolicyEditError):
        edit_policy(example_org, [Edit(("governance", "published_on"), DAY)], check=refuse)
    assert policy.read_bytes() == before


def test_invalid_yaml_is_refused(tmp_path: Path) -> None:
    (tmp_path / "policy.yaml").write_text("organization: [unclosed\n")
    with pytest.raises(PolicyEditError, match="not valid YAML"):
        edit_policy(tmp_path, [Edit(("governance", "published_on"), DAY)])
