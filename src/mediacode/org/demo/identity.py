"""Who the demo organization is: its name, aliases, mail domain and the fixed dates of its governance."""

from __future__ import annotations

import datetime as dt

NAME = "Hollewijn Technische Groothandel"
ALIASES: tuple[str, ...] = ("Hollewijn", "HTG")
DOMAIN = "hollewijn-groothandel.example"
"""A reserved top-level domain (RFC 2606): no real mailbox can be reached."""

SEED = 40
"""The seed of every random choice; changing it changes every generated file."""

CONSENT_ON = dt.date(2026, 9, 7)
CONSENT_REFERENCE = "OR-besluit 2026-09"
PUBLISHED_ON = CONSENT_ON + dt.timedelta(days=14)
"""The regulation is published two weeks after the works council consented."""
DPIA_REFERENCE = "DPIA-HTG-2026-01"
