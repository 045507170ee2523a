"""The ε budget per period and its ledger under ``DIR/.mediacode/`` (ADR 0076).

Every report with differential privacy spends ε from the budget of each
period it covers; the ledger records each release and refuses one that would
exceed ``epsilon_per_month``. The ledger is rewritten atomically (temporary
file, then ``os.replace``), and a report checks every period before it spends
any, so a refusal spends nothing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mediacode.errors import GovernanceError, InputError

LEDGER_FILE = "privacy-budget.json"
TOLERANCE = 1e-9


class BudgetSpentError(GovernanceError):
    """The period's ε budget would be exceeded."""


@dataclass(frozen=True)
class Release:
    period: str
    purpose: str
    control: str
    epsilon: float
    at: str

    def as_dict(self) -> dict[str, object]:
        return {"purpose": self.purpose, "control": self.control, "epsilon": self.epsilon, "at": self.at}


def ledger_path(state_dir: Path) -> Path:
    return state_dir / LEDGER_FILE


def read_ledger(path: Path) -> dict[str, list[dict[str, object]]]:
    """Releases per period; an absent ledger is an empty one."""
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        raise InputError(
            f"the privacy budget ledger {path.name} is damaged; restore it from a backup"
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("periods"), dict):
        raise InputError(f"the privacy budget ledger {path.name} is damaged; restore it from a backup")
    return {str(k): list(v) for k, v in data["periods"].items()}


def spent(ledger: dict[str, list[dict[str, object]]], period: str) -> float:
    return sum(float(str(entry.get("epsilon", 0))) for entry in ledger.get(period, []))


def spend(path: Path, releases: Sequence[Release], budget: float) -> dict[str, float]:
    """Record ``releases`` if every period stays within ``budget``; the ε left per period."""
    ledger = read_ledger(path)
    wanted: dict[str, float] = {}
    for release in releases:
        wanted[release.period] = wanted.get(release.period, 0.0) + release.epsilon
    for period, epsilon in sorted(wanted.items()):
        used = spent(ledger, period)
        if used + epsilon > budget + TOLERANCE:
            raise BudgetSpentError(
                f"the privacy budget of {period} is spent: {used:g} of ε {budget:g} used, this report needs "
                f"{epsilon:g} more; no figures with differential privacy can be released for {period}"
            )
    for release in releases:
        ledger.setdefault(release.period, []).append(release.as_dict())
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps({"periods": ledger}, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    temporary.replace(path)
    return {period: round(budget - spent(ledger, period), 9) for period in sorted(wanted)}
