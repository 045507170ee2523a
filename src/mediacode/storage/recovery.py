"""What a run finds of a killed one, cleared under the lock before it does anything else (ADR 0100).

Staged files never published, and day folders renamed out of the data folder
by retention but not yet deleted, live under ``tmp/``; both go (the latter
holds data past retention). Files of a publish that never got its ledger
entry are removed from the data folder.
"""

from __future__ import annotations

import shutil

from mediacode.storage.layout import StateLayout
from mediacode.storage.ledger import Ledger


def recover(layout: StateLayout) -> None:
    """Call with the organization's lock held."""
    if layout.tmp.is_dir():
        shutil.rmtree(layout.tmp)
    Ledger(layout.ledger).roll_back(layout.data)
