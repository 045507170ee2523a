"""The organization of a long-running server: loaded once, loaded again when one of its files changes."""

from __future__ import annotations

import threading
from pathlib import Path

from mediacode.org.loader import load_organization
from mediacode.org.organization import Organization

POLICY_FILE = "policy.yaml"


class OrgCache:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._lock = threading.Lock()
        self._org: Organization | None = None
        self._stamp: tuple[tuple[str, int], ...] = ()

    def _files(self, org: Organization | None) -> list[Path]:
        files = [self.root / POLICY_FILE]
        if org is not None:
            directory = org.policy.directory
            files += [
                self.root / name
                for name in (directory.people, directory.relations, directory.confidential_terms)
                if name
            ]
        return files

    def _stamp_of(self, org: Organization | None) -> tuple[tuple[str, int], ...]:
        stamp = []
        for path in self._files(org):
            try:
                stamp.append((str(path), path.stat().st_mtime_ns))
            except OSError:
                stamp.append((str(path), -1))
        return tuple(stamp)

    def get(self) -> Organization:
        """The organization as its files read now (validated again only after a change)."""
        with self._lock:
            if self._org is not None and self._stamp_of(self._org) == self._stamp:
                return self._org
            org = load_organization(self.root)
            self._org = org
            self._stamp = self._stamp_of(org)
            return org
