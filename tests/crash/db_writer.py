"""A process that writes the web app's database through the service functions, in a loop, until killed.

    python -m tests.crash.db_writer ORG JOURNAL OPERATIONS

Each operation is one logical write: a post approval request (request and the
approver's notification), a decision on it (status and the author's
notification, then the audit entry), or a password set or an account disabled
(user row and its sessions). After each one returns, its line is appended to
JOURNAL and fsynced: every journalled write must be in the database after a
kill, and at most the one after it may be there too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mediacode.org import load_organization
from mediacode.org.app_roles import approver_of
from mediacode.services import accounts, approvals
from mediacode.storage.db.database import open_database

PASSWORD = "crash-harness-password"


def main(org_dir: Path, journal: Path, operations: int) -> int:
    org = load_organization(org_dir)
    db = open_database(org_dir)
    author = next(person for person in org.people if approver_of(org, person) is not None)
    approver = approver_of(org, author)
    assert approver is not None
    descriptor = os.open(journal, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def done(line: str) -> None:
        os.write(descriptor, line.encode() + b"\n")
        os.fsync(descriptor)

    for number in range(operations):
        kind = number % 4
        if kind == 0:
            view = approvals.ask_approval(
                db, org, author.id, f"Proud of our team's work this week ({number})."
            )
            done(f"ask {view.id}")
        elif kind == 1:
            approvals.decide(db, org, approver.id, view.id, number % 8 == 1, "fine")
            done(f"decide {view.id}")
        elif kind == 2:
            accounts.set_password(db, org, author.id, PASSWORD)
            done("password")
        else:
            accounts.disable_account(db, org, author.id)
            done("disable")
    os.close(descriptor)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])))
