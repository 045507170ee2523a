"""Streaming verification of a log: one pass, O(log n) memory, every stored head checked on the way.

Each complete line is a leaf (its bytes without the newline). The pass
checks that every line is an entry whose ``seq`` is its position (a gap is a
dropped entry, a step back a reordering or duplicate), folds the leaf into
the running root, and whenever the prefix reaches the size of a stored head
compares the roots (a mismatch means an earlier entry was changed). The
latest head must cover the whole log: entries beyond it were appended
outside mediacode, and a head beyond the end means the log was truncated.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from hashlib import sha256

from mediacode.audit.entry import EntryFormatError, parse_entry
from mediacode.audit.hashing import EMPTY_ROOT, LEAF_PREFIX, NODE_PREFIX
from mediacode.audit.head import TreeHead
from mediacode.audit.tree import Frontier

MALFORMED = "malformed"
DROPPED = "dropped"
REORDERED = "reordered"
CHANGED = "changed"
TRUNCATED = "truncated"
APPENDED = "appended"
MISSING = "missing"


@dataclass(frozen=True)
class Damage:
    kind: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "message": self.message}


@dataclass(frozen=True)
class StoredHead:
    """A head as found in storage, with where it was found (for messages)."""

    head: TreeHead
    where: str
    latest: bool = False


@dataclass
class Verification:
    size: int = 0
    root: bytes = EMPTY_ROOT
    heads_checked: int = 0
    damage: list[Damage] = field(default_factory=list)
    leaves: list[bytes] | None = None
    frontier: Frontier = field(default_factory=Frontier)

    @property
    def intact(self) -> bool:
        return not self.damage

    @property
    def kinds(self) -> set[str]:
        return {item.kind for item in self.damage}


def _check_head(result: Verification, stored: StoredHead, root: bytes, covered: int) -> int:
    """Compare one head with the prefix root; the new count of entries known good."""
    head = stored.head
    result.heads_checked += 1
    if head.root == root:
        return head.size
    result.damage.append(
        Damage(
            CHANGED,
            f"the {stored.where} (size {head.size}, written {head.at}) does not match the log: "
            f"an entry among entries {covered}..{head.size - 1} was changed, or the head was edited",
        )
    )
    return covered


def verify_lines(
    lines: Iterable[bytes], heads: Sequence[StoredHead], keep_leaves: bool = False
) -> Verification:
    """Verify the log whose lines (with their newlines) are ``lines`` against ``heads``."""
    result = Verification(leaves=[] if keep_leaves else None)
    pending = sorted(heads, key=lambda stored: (stored.head.size, stored.latest))
    position = 0
    covered = 0
    while position < len(pending) and pending[position].head.size == 0:
        covered = _check_head(result, pending[position], EMPTY_ROOT, covered)
        position += 1
    next_size = pending[position].head.size if position < len(pending) else -1
    stack = result.frontier.stack
    leaves = result.leaves
    damage = result.damage
    expected = 0
    count = 0
    for line in lines:
        if not line.endswith(b"\n"):
            damage.append(Damage(TRUNCATED, f"the last line (after entry {count - 1}) is cut off mid-line"))
            break
        body = line[:-1]
        seq = _seq_of(body)
        if seq is None:
            damage.append(Damage(MALFORMED, f"line {count + 1} is not a well-formed audit entry"))
            seq = expected
        elif seq > expected:
            missing = f"entry {expected}" if seq == expected + 1 else f"entries {expected}..{seq - 1}"
            damage.append(Damage(DROPPED, f"line {count + 1} holds entry {seq}: {missing} missing"))
        elif seq < expected:
            damage.append(
                Damage(
                    REORDERED,
                    f"line {count + 1} holds entry {seq} after entry {expected - 1}: "
                    "entries were reordered or duplicated",
                )
            )
        expected = seq + 1
        leaf = sha256(LEAF_PREFIX + body).digest()
        if leaves is not None:
            leaves.append(leaf)
        stack.append(leaf)
        count += 1
        size = count
        while not size & 1:
            right = stack.pop()
            stack[-1] = sha256(NODE_PREFIX + stack[-1] + right).digest()
            size >>= 1
        if count == next_size:
            result.frontier.size = count
            root = result.frontier.root()
            while position < len(pending) and pending[position].head.size == count:
                covered = _check_head(result, pending[position], root, covered)
                position += 1
            next_size = pending[position].head.size if position < len(pending) else -1
    result.frontier.size = count
    result.size = count
    result.root = result.frontier.root()
    for stored in pending[position:]:
        damage.append(
            Damage(
                TRUNCATED,
                f"the {stored.where} covers {stored.head.size} entries but the log holds {count}: "
                "entries were removed from the end",
            )
        )
    latest = [stored for stored in heads if stored.latest]
    if count and not latest:
        damage.append(Damage(MISSING, "the latest tree head is missing (deleted or never written)"))
    for stored in latest:
        if stored.head.size < count:
            damage.append(
                Damage(
                    APPENDED,
                    f"entries {stored.head.size}..{count - 1} come after the latest head: "
                    "appended outside mediacode, or a write was interrupted",
                )
            )
    return result


_START = b'{"action":"'
_SEQ = b',"seq":'
_ENDS = (b',"subject":false}', b',"subject":true}')


def _seq_of(body: bytes) -> int | None:
    """The entry's ``seq``; ``None`` when the line is not an entry.

    Canonical entries start with ``{"action":"`` and end with ``"seq":N,"subject":…}``,
    so the common case needs no JSON parse; any other line is parsed to be sure.
    Changes inside a well-shaped line are the roots' business, not this check's.
    """
    if body.startswith(_START) and body.endswith(_ENDS):
        at = body.rfind(_SEQ)
        end = body.find(b",", at + len(_SEQ))
        digits = body[at + len(_SEQ) : end]
        if at > 0 and digits.isdigit() and (digits == b"0" or not digits.startswith(b"0")):
            return int(digits)
    try:
        return parse_entry(body).seq
    except EntryFormatError:
        return None
