"""A copy of the monitoring part at each recorded consent, and the diff of today's part against it.

Each consent recorded through ``record_consent`` (CLI or web) leaves one JSON
file under ``ORG/.mediacode/consents/``: the date, the reference, the hash it
covers and the monitoring part as YAML (:mod:`mediacode.org.monitoring_yaml`).
A consent recorded before this existed (or written by hand) is captured the
first time its hash still matches the policy on disk: then the part on disk
is exactly what was consented to.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from mediacode.org.monitoring_yaml import monitoring_yaml
from mediacode.org.organization import Organization

SNAPSHOT_DIR = (".mediacode", "consents")


@dataclass(frozen=True)
class ConsentVersion:
    on: dt.date
    reference: str
    covers: str
    monitoring_yaml: str

    def as_dict(self) -> dict[str, str]:
        return {"on": self.on.isoformat(), "reference": self.reference, "covers": self.covers}


@dataclass(frozen=True)
class ConsentDiff:
    consent: ConsentVersion | None
    """The version the current consent covers, when a copy of it exists."""
    consent_on: dt.date | None
    covers_current: bool
    current_hash: str
    diff: str
    """A unified diff of the consented monitoring part against today's (empty when unchanged)."""

    def as_dict(self) -> dict[str, object]:
        return {
            "consent_on": self.consent_on.isoformat() if self.consent_on else None,
            "covers_current": self.covers_current,
            "current_hash": self.current_hash,
            "copy_found": self.consent is not None,
            "diff": self.diff,
        }


def snapshot_dir(org_root: Path) -> Path:
    return org_root.joinpath(*SNAPSHOT_DIR)


def _file_name(on: dt.date, covers: str) -> str:
    return f"{on.isoformat()}-{covers.removeprefix('sha256:')[:16]}.json"


def save_snapshot(org: Organization, on: dt.date, reference: str) -> ConsentVersion:
    """Keep the monitoring part of ``org`` as consented on ``on`` (written atomically)."""
    version = ConsentVersion(on, reference, org.monitoring_hash(), monitoring_yaml(org.policy))
    folder = snapshot_dir(org.root)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / _file_name(on, version.covers)
    temporary = folder / f".{target.name}.{secrets.token_hex(4)}.tmp"
    with temporary.open("w", encoding="utf-8") as stream:
        json.dump(version.as_dict() | {"monitoring_yaml": version.monitoring_yaml}, stream, sort_keys=True)
        stream.flush()
        os.fsync(stream.fileno())
    temporary.replace(target)
    return version


def list_versions(org_root: Path) -> list[ConsentVersion]:
    """Every kept version, oldest consent first (unreadable files are skipped)."""
    folder = snapshot_dir(org_root)
    if not folder.is_dir():
        return []
    found: list[ConsentVersion] = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            found.append(
                ConsentVersion(
                    dt.date.fromisoformat(data["on"]),
                    str(data["reference"]),
                    str(data["covers"]),
                    str(data["monitoring_yaml"]),
                )
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return sorted(found, key=lambda v: (v.on, v.covers))


def capture_if_covered(org: Organization) -> None:
    """Keep a copy of the consented part when the consent still covers the policy and none exists."""
    consent = org.policy.governance.works_council_consent
    if consent is None or consent.covers != org.monitoring_hash():
        return
    if any(v.covers == consent.covers and v.on == consent.on for v in list_versions(org.root)):
        return
    save_snapshot(org, consent.on, consent.reference)


def diff_since_consent(org: Organization) -> ConsentDiff:
    """Today's monitoring part against the copy of the part the recorded consent covers."""
    consent = org.policy.governance.works_council_consent
    current = org.monitoring_hash()
    if consent is None:
        return ConsentDiff(None, None, False, current, "")
    matching = [v for v in list_versions(org.root) if v.covers == consent.covers]
    version = matching[-1] if matching else None
    diff = ""
    if version is not None:
        lines = difflib.unified_diff(
            version.monitoring_yaml.splitlines(keepends=True),
            monitoring_yaml(org.policy).splitlines(keepends=True),
            fromfile=f"consent {consent.on.isoformat()}",
            tofile="policy.yaml now",
        )
        diff = "".join(lines)
    return ConsentDiff(version, consent.on, consent.covers == current, current, diff)
