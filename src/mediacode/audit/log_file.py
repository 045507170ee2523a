"""The audit log on disk: ``DIR/.mediacode/audit/``.

- ``log.jsonl``: one canonical entry per line, appended with ``O_APPEND`` and
  fsynced before the append returns.
- ``heads.jsonl``: a tree head every ``HEAD_EVERY`` entries and whenever one
  is asked for (``audit head``).
- ``latest.json``: the head of the whole log plus the frontier (the roots of
  its perfect subtrees), replaced atomically after each append, so that an
  append costs O(log n) and ``verify`` notices entries added behind
  mediacode's back.
- ``log.lock``: an exclusive ``flock`` for writers; a second writer waits.

If ``latest.json`` lags the log (a write interrupted between the two files),
the next append rebuilds the frontier from the log, refuses to go on when the
log is damaged, and otherwise records an ``audit.recovered`` entry naming how
many entries no head covered, so the event stays visible in the log itself.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mediacode.audit.entry import Entry, utc_stamp
from mediacode.audit.hashing import leaf_hash
from mediacode.audit.head import HeadFormatError, TreeHead, parse_head
from mediacode.audit.tree import Frontier
from mediacode.audit.verify import APPENDED, Damage, StoredHead, Verification, verify_lines
from mediacode.errors import MediacodeError

HEAD_EVERY = 1024
LOG_NAME = "log.jsonl"
HEADS_NAME = "heads.jsonl"
LATEST_NAME = "latest.json"
LOCK_NAME = "log.lock"
FILE_MODE = 0o600
READ_CHUNK = 1 << 20


class AuditIntegrityError(MediacodeError):
    """The audit log is damaged; nothing more is appended until a person has looked at it."""


class AuditLog:
    """One organization's audit log folder."""

    def __init__(self, folder: Path, head_every: int = HEAD_EVERY) -> None:
        self.folder = folder
        self.head_every = head_every

    @property
    def log_path(self) -> Path:
        return self.folder / LOG_NAME

    @property
    def heads_path(self) -> Path:
        return self.folder / HEADS_NAME

    @property
    def latest_path(self) -> Path:
        return self.folder / LATEST_NAME

    # reading

    def lines(self) -> Iterator[bytes]:
        """The log's lines with their newlines; a cut-off last line comes without one."""
        try:
            stream = self.log_path.open("rb", buffering=READ_CHUNK)
        except FileNotFoundError:
            return
        with stream:
            yield from stream

    def stored_heads(self) -> tuple[list[StoredHead], list[Damage]]:
        """Every head in ``heads.jsonl`` and ``latest.json``, and the damage of those that do not parse."""
        found: list[StoredHead] = []
        damage: list[Damage] = []
        if self.heads_path.exists():
            with self.heads_path.open("rb") as stream:
                for number, line in enumerate(stream, 1):
                    where = f"stored head on line {number} of {HEADS_NAME}"
                    try:
                        found.append(StoredHead(parse_head(line), where))
                    except HeadFormatError as exc:
                        damage.append(Damage("head", f"the {where} is not a tree head ({exc})"))
        latest = self._read_latest()
        if isinstance(latest, str):
            damage.append(Damage("head", f"{LATEST_NAME} is not a tree head ({latest})"))
        elif latest is not None:
            found.append(StoredHead(latest[0], "latest head", latest=True))
        if not self.log_path.exists() and found:
            damage.append(Damage("missing", f"{LOG_NAME} is missing but tree heads of it exist"))
        return found, damage

    def verify(self, keep_leaves: bool = False) -> Verification:
        heads, damage = self.stored_heads()
        result = verify_lines(self.lines(), heads, keep_leaves=keep_leaves)
        result.damage[:0] = damage
        return result

    def _read_latest(self) -> tuple[TreeHead, int, Frontier] | str | None:
        try:
            text = self.latest_path.read_bytes()
        except FileNotFoundError:
            return None
        try:
            head = parse_head(text)
            value = json.loads(text)
            offset, stack = value["bytes"], [bytes.fromhex(item) for item in value["frontier"]]
            if type(offset) is not int:
                return "bytes is not a length"
            frontier = Frontier(head.size, stack)
        except (HeadFormatError, KeyError, TypeError, ValueError) as exc:
            return str(exc) or exc.__class__.__name__
        if frontier.root() != head.root:
            return "its frontier does not give its root"
        return head, offset, frontier

    # writing

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor = os.open(self.folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, FILE_MODE)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(descriptor, fcntl.LOCK_UN)
        finally:
            os.close(descriptor)

    def _current(self) -> tuple[Frontier, int | None]:
        """The frontier of the whole log and, when it had to be rebuilt, how many entries no head covered."""
        length = self.log_path.stat().st_size if self.log_path.exists() else 0
        latest = self._read_latest()
        if isinstance(latest, tuple) and latest[1] == length:
            return latest[2], None
        if latest is None and length == 0:
            return Frontier(), None
        result = self.verify()
        serious = [item for item in result.damage if item.kind != APPENDED and item.kind != "missing"]
        if serious:
            raise AuditIntegrityError(
                "the audit log is damaged, nothing was appended: "
                + "; ".join(item.message for item in serious[:3])
                + " (run mediacode audit verify)"
            )
        covered = latest[0].size if isinstance(latest, tuple) else 0
        return result.frontier, result.size - covered

    def append(
        self,
        actor: str,
        action: str,
        details: Mapping[str, Any],
        subject: bool = False,
        now: dt.datetime | None = None,
    ) -> Entry:
        """Append one entry (already checked by the caller) and return it with its ``seq``."""
        moment = now or dt.datetime.now(dt.UTC)
        with self._locked():
            frontier, uncovered = self._current()
            if uncovered:
                stamp = utc_stamp(moment)
                note = Entry(frontier.size, stamp, "system", "audit.recovered", {"uncovered": uncovered})
                self._write_entry(frontier, note, moment)
            entry = Entry(frontier.size, utc_stamp(moment), actor, action, dict(details), subject)
            self._write_entry(frontier, entry, moment)
            return entry

    def _write_entry(self, frontier: Frontier, entry: Entry, moment: dt.datetime) -> None:
        body = entry.to_bytes()
        line = body + b"\n"
        descriptor = os.open(self.log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
        try:
            os.write(descriptor, line)
            os.fsync(descriptor)
            length = os.fstat(descriptor).st_size
        finally:
            os.close(descriptor)
        frontier.push(leaf_hash(body))
        head = TreeHead(frontier.size, frontier.root(), utc_stamp(moment))
        self._write_latest(head, length, frontier)
        if frontier.size % self.head_every == 0:
            self._append_head(head)

    def _write_latest(self, head: TreeHead, length: int, frontier: Frontier) -> None:
        value = {**head.as_dict(), "bytes": length, "frontier": [item.hex() for item in frontier.stack]}
        temporary = self.folder / f".{LATEST_NAME}.tmp"
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        try:
            os.write(descriptor, json.dumps(value, sort_keys=True).encode() + b"\n")
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        temporary.replace(self.latest_path)
        self._sync_folder()

    def _append_head(self, head: TreeHead) -> None:
        descriptor = os.open(self.heads_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
        try:
            os.write(descriptor, head.to_bytes() + b"\n")
            os.fsync(descriptor)
        finally:
            os.close(descriptor)

    def _sync_folder(self) -> None:
        descriptor = os.open(self.folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)

    def write_head(self, now: dt.datetime | None = None) -> TreeHead:
        """Store the head of the whole log in ``heads.jsonl`` now and return it."""
        moment = now or dt.datetime.now(dt.UTC)
        with self._locked():
            frontier, uncovered = self._current()
            if uncovered:
                raise AuditIntegrityError(
                    f"{uncovered} entries at the end of the audit log are not covered by its latest head; "
                    "run mediacode audit verify before writing a head"
                )
            head = TreeHead(frontier.size, frontier.root(), utc_stamp(moment))
            self._append_head(head)
            return head
