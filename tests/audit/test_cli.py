"""``mediacode audit``: exit codes, outputs, and a proof printed by the CLI checked independently."""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Callable
from pathlib import Path

import pytest

from mediacode.audit.log_file import AuditLog
from tests.audit import reference
from tests.audit.conftest import SIZE, fill, log_of
from tests.conftest import CliResult

Cli = Callable[..., CliResult]


def test_proof_in_json_verifies_independently(org: Path, cli: Cli) -> None:
    lines = (org / ".mediacode" / "audit" / "log.jsonl").read_bytes().splitlines()
    for index in (0, 7, SIZE - 1):
        result = cli("audit", "proof", "--org", str(org), "--entry", str(index), "--format", "json")
        assert result.code == 0, result.err
        proof = json.loads(result.out)
        assert proof["index"] == index and proof["size"] == SIZE and proof["verified"] is True
        assert proof["leaf_hash"] == reference.leaf(lines[index]).hex()
        assert proof["root"] == reference.mth(lines).hex()
        path = [bytes.fromhex(item) for item in proof["path"]]
        rebuilt = reference.root_from_audit_path(index, SIZE, bytes.fromhex(proof["leaf_hash"]), path)
        assert rebuilt.hex() == proof["root"]


def test_proof_in_text(org: Path, cli: Cli) -> None:
    result = cli("audit", "proof", "--org", str(org), "--entry", "4")
    assert result.code == 0
    assert "entry: 4 (report by system" in result.out and f"tree size: {SIZE}" in result.out
    assert "leaf hash: " in result.out and "the path leads to the root" in result.out


def test_head_and_check_head(org: Path, cli: Cli, tmp_path: Path) -> None:
    kept = tmp_path / "apart" / "head.json"
    kept.parent.mkdir()
    result = cli("audit", "head", "--org", str(org), "-o", str(kept))
    assert result.code == 0
    head = json.loads(kept.read_text())
    assert head == json.loads(result.out) and head["size"] == SIZE
    heads = (org / ".mediacode" / "audit" / "heads.jsonl").read_text().splitlines()
    assert json.loads(heads[-1]) == head
    same = cli("audit", "check-head", "--org", str(org), str(kept))
    assert same.code == 0 and "consistent: " in same.out
    fill(log_of(org), 7, first=SIZE)
    later = cli("audit", "check-head", "--org", str(org), str(kept), "--format", "json")
    view = json.loads(later.out)
    assert later.code == 0 and view["consistent"] is True and view["size"] == SIZE + 7
    proof = [bytes.fromhex(item) for item in view["proof"]]
    old, new = reference.roots_from_consistency(SIZE, SIZE + 7, proof, bytes.fromhex(head["root"]))
    assert old.hex() == head["root"] and new.hex() == view["root"]


def test_verify_json_of_an_intact_log(org: Path, cli: Cli) -> None:
    result = cli("audit", "verify", "--org", str(org), "--format", "json")
    value = json.loads(result.out)
    assert result.code == 0 and value["intact"] is True and value["size"] == SIZE and value["damage"] == []


def test_an_organization_without_a_log_verifies_empty(tmp_path: Path, cli: Cli) -> None:
    (tmp_path / "policy.yaml").write_text("organization:\n  name: Test\n", encoding="utf-8")
    result = cli("audit", "verify", "--org", str(tmp_path))
    assert result.code == 0 and "0 entries" in result.out
    assert not (tmp_path / ".mediacode").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("proof", "--entry", "99"), "no entry 99"),
        (("proof", "--entry", "-1"), "no entry -1"),
        (("check-head", "{missing}"), "cannot read the tree head file"),
        (("check-head", "{garbage}"), "is not a tree head"),
    ],
)
def test_mistakes_exit_2_without_a_traceback(
    org: Path, cli: Cli, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    garbage = tmp_path / "garbage.json"
    garbage.write_text('{"size": "many"}')
    filled = [a.format(missing=tmp_path / "nope.json", garbage=garbage) for a in args]
    result = cli("audit", filled[0], "--org", str(org), *filled[1:])
    assert result.code == 2 and message in result.err and "Traceback" not in result.err


@pytest.mark.parametrize(
    ("folder", "message"), [("nope", "not a folder"), ("empty", "not an organization folder")]
)
def test_a_missing_or_foreign_organization_folder_exits_2(
    tmp_path: Path, cli: Cli, folder: str, message: str
) -> None:
    (tmp_path / "empty").mkdir()
    result = cli("audit", "verify", "--org", str(tmp_path / folder))
    assert result.code == 2 and message in result.err and "Traceback" not in result.err


def test_no_proof_of_a_damaged_log(org: Path, cli: Cli) -> None:
    path = org / ".mediacode" / "audit" / "log.jsonl"
    path.write_bytes(path.read_bytes().replace(b'"read":1003', b'"read":1009'))
    result = cli("audit", "proof", "--org", str(org), "--entry", "1")
    assert result.code == 2 and "damaged" in result.err


def _writer(folder: str, first: int) -> None:
    fill(AuditLog(Path(folder)), 40, first=first)


def test_concurrent_writers_wait_for_each_other(tmp_path: Path, cli: Cli) -> None:
    (tmp_path / "policy.yaml").write_text("organization:\n  name: Test\n", encoding="utf-8")
    folder = tmp_path / ".mediacode" / "audit"
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_writer, args=(str(folder), first)) for first in (0, 100)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [worker.exitcode for worker in workers] == [0, 0]
    result = cli("audit", "verify", "--org", str(tmp_path), "--format", "json")
    assert result.code == 0 and json.loads(result.out)["size"] == 80
