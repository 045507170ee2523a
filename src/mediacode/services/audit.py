"""Use cases of the audit log: record an action, verify, prove one entry, keep and check tree heads.

``record`` is what other services call at the end of a successful action,
with counts, purpose ids, pseudonyms or case ids as details; it refuses raw
identifiers (``AuditEntryError``) before anything is written.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mediacode.audit.consistency import consistency_proof, verify_consistency
from mediacode.audit.entry import Entry, is_action, is_actor, parse_entry
from mediacode.audit.guard import find_identifiers
from mediacode.audit.head import HeadFormatError, TreeHead, parse_head
from mediacode.audit.inclusion import inclusion_proof, verify_inclusion
from mediacode.audit.log_file import AuditIntegrityError, AuditLog
from mediacode.audit.verify import Verification
from mediacode.errors import InputError, NotFoundError
from mediacode.org.loader import POLICY_FILE, load_organization
from mediacode.org.organization import Organization

AUDIT_DIR = (".mediacode", "audit")
SYSTEM = "system"


class AuditEntryError(InputError):
    """An entry would hold a raw identifier or a malformed actor or action; nothing was written."""


def audit_log(org_root: Path) -> AuditLog:
    return AuditLog(org_root.joinpath(*AUDIT_DIR))


def _existing(org_root: Path) -> AuditLog:
    if not org_root.is_dir():
        raise InputError(f"{org_root} is not a folder; name the organization folder with --org")
    if not (org_root / POLICY_FILE).is_file():
        raise InputError(f"{org_root} is not an organization folder (no {POLICY_FILE}); name it with --org")
    return audit_log(org_root)


def check_entry(
    actor: str,
    action: str,
    details: Mapping[str, Any],
    subject: bool = False,
    org: Organization | None = None,
) -> None:
    """Raise ``AuditEntryError`` when the entry may not be written as it is."""
    if not is_actor(actor):
        raise AuditEntryError("the audit actor must be a person id, a role or 'system'")
    if not is_action(action):
        raise AuditEntryError(f"{action!r} is not an audit action name (lowercase words joined by dots)")
    people = org.people if org is not None else ()
    findings = find_identifiers(
        details,
        person_ids=[person.id for person in people],
        person_names=[person.name for person in people],
        about_subject=subject,
    )
    if findings:
        listed = "; ".join(finding.render() for finding in findings)
        raise AuditEntryError(
            f"the {action} audit entry would hold a raw identifier, nothing written: {listed}"
        )


def record(
    org_root: Path,
    actor: str,
    action: str,
    details: Mapping[str, Any],
    *,
    subject: bool = False,
    org: Organization | None = None,
    now: dt.datetime | None = None,
) -> Entry:
    """Append one checked entry to the audit log; ``subject`` allows a case subject's person id."""
    org = org if org is not None else load_organization(org_root)
    check_entry(actor, action, details, subject, org)
    return audit_log(org_root).append(actor, action, details, subject, now)


def verify_audit(org_root: Path) -> Verification:
    return _existing(org_root).verify()


@dataclass(frozen=True)
class InclusionView:
    index: int
    size: int
    leaf: bytes
    root: bytes
    path: tuple[bytes, ...]
    entry: Entry
    verified: bool

    def as_dict(self) -> dict[str, object]:
        return {
            "index": self.index,
            "size": self.size,
            "leaf_hash": self.leaf.hex(),
            "root": self.root.hex(),
            "path": [item.hex() for item in self.path],
            "entry": self.entry.as_dict(),
            "verified": self.verified,
        }


def _intact_leaves(log: AuditLog) -> tuple[Verification, list[bytes]]:
    result = log.verify(keep_leaves=True)
    if not result.intact:
        raise AuditIntegrityError(
            "the audit log is damaged, so no proof of it means anything; run mediacode audit verify"
        )
    assert result.leaves is not None
    return result, result.leaves


def prove_entry(org_root: Path, index: int) -> InclusionView:
    """The inclusion proof of entry ``index`` in today's log."""
    log = _existing(org_root)
    result, leaves = _intact_leaves(log)
    if not 0 <= index < result.size:
        raise NotFoundError(f"the audit log has no entry {index}; it holds entries 0..{result.size - 1}")
    path = inclusion_proof(leaves, index)
    entry = parse_entry(next(itertools.islice(log.lines(), index, None))[:-1])
    verified = verify_inclusion(leaves[index], index, result.size, path, result.root)
    return InclusionView(index, result.size, leaves[index], result.root, tuple(path), entry, verified)


def write_head(org_root: Path, out: Path | None = None, now: dt.datetime | None = None) -> TreeHead:
    """Store today's head in ``heads.jsonl`` and, with ``out``, in a file to keep apart."""
    log = _existing(org_root)
    result = log.verify()
    if not result.intact:
        raise AuditIntegrityError(
            "the audit log is damaged; run mediacode audit verify before exporting a head"
        )
    head = log.write_head(now)
    if out is not None:
        try:
            out.write_bytes(head.to_bytes() + b"\n")
        except OSError as exc:
            raise InputError(f"cannot write the head to {out}: {exc.strerror}") from None
    return head


@dataclass(frozen=True)
class ConsistencyView:
    old: TreeHead
    size: int
    root: bytes
    proof: tuple[bytes, ...]
    consistent: bool
    reason: str

    def as_dict(self) -> dict[str, object]:
        return {
            "old": self.old.as_dict(),
            "size": self.size,
            "root": self.root.hex(),
            "proof": [item.hex() for item in self.proof],
            "consistent": self.consistent,
            "reason": self.reason,
        }


def read_head_file(path: Path) -> TreeHead:
    try:
        text = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the tree head file {path}: {exc.strerror}") from None
    try:
        return parse_head(text)
    except HeadFormatError as exc:
        raise InputError(f"{path} is not a tree head written by mediacode audit head ({exc})") from None


def check_head(org_root: Path, head_file: Path) -> ConsistencyView:
    """Whether today's log extends the head in ``head_file``: a consistency proof, checked."""
    old = read_head_file(head_file)
    log = _existing(org_root)
    result = log.verify(keep_leaves=True)
    leaves = result.leaves or []
    if not result.intact:
        reason = "today's log is damaged: " + "; ".join(item.message for item in result.damage[:3])
        return ConsistencyView(old, result.size, result.root, (), False, reason)
    if old.size > result.size:
        reason = f"the old head covers {old.size} entries but the log holds {result.size}: it was truncated"
        return ConsistencyView(old, result.size, result.root, (), False, reason)
    proof = consistency_proof(leaves, old.size)
    consistent = verify_consistency(old.size, result.size, old.root, result.root, proof)
    reason = (
        f"the log of {result.size} entries extends the old head of {old.size}: history was only appended"
        if consistent
        else f"the first {old.size} entries of today's log differ from the old head: history was rewritten"
    )
    return ConsistencyView(old, result.size, result.root, tuple(proof), consistent, reason)
