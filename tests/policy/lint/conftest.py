"""Policies for lint tests: the spec's example policy with a few keys changed.

``write_policy({"monitoring.min_group_size": 4, "governance.dpia_reference": REMOVE})``
writes the edited policy.yaml beside the dev-org directory files; list items are
addressed by number (``monitoring.purposes.0.controls``). ``CURRENT_HASH`` stands for
the monitoring hash of the policy as written, so a consent can cover an edited version.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml.comments import CommentedMap

from mediacode.org import Organization, load_organization
from mediacode.org.yaml_source import round_trip_yaml
from mediacode.policy.lint import LintFinding, lint
from mediacode.policy.lint.registry import ALL_RULES

TODAY = dt.date(2026, 6, 1)


class _Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


REMOVE = _Marker("REMOVE")
CURRENT_HASH = _Marker("CURRENT_HASH")

Overrides = Mapping[str, Any]
Expected = list[tuple[str, str, str]]
"""(severity, dotted path, words the message must contain) per finding, in order."""


def _apply(document: CommentedMap, overrides: Overrides) -> None:
    for key, value in overrides.items():
        parts: list[str | int] = [int(p) if p.isdigit() else p for p in key.split(".")]
        node: Any = document
        for part in parts[:-1]:
            if isinstance(part, str) and part not in node:
                node[part] = CommentedMap()
            node = node[part]
        last = parts[-1]
        if value is REMOVE:
            del node[last]
        else:
            node[last] = value


def _write(folder: Path, overrides: Overrides) -> None:
    yaml = round_trip_yaml()
    path = folder / "policy.yaml"
    document = yaml.load(path.read_text(encoding="utf-8"))
    _apply(document, overrides)
    with path.open("w", encoding="utf-8") as handle:
        yaml.dump(document, handle)


@pytest.fixture
def write_policy(example_org: Path) -> Callable[[Overrides], Path]:
    """Edit the example policy in place and return the organization folder."""

    def write(overrides: Overrides) -> Path:
        plain = {k: v for k, v in overrides.items() if v is not CURRENT_HASH}
        _write(example_org, plain)
        hashed = {k: v for k, v in overrides.items() if v is CURRENT_HASH}
        if hashed:
            current = load_organization(example_org).monitoring_hash()
            _write(example_org, dict.fromkeys(hashed, current))
        return example_org

    return write


@pytest.fixture
def load_with(write_policy: Callable[[Overrides], Path]) -> Callable[[Overrides], Organization]:
    def load(overrides: Overrides) -> Organization:
        return load_organization(write_policy(overrides))

    return load


@pytest.fixture
def check_rule(load_with: Callable[[Overrides], Organization]) -> Callable[[str, Overrides, Expected], None]:
    """Lint with one rule (messages in English) and compare its findings with ``expected``."""

    def check(rule_id: str, overrides: Overrides, expected: Expected) -> None:
        org = load_with({"organization.language": "en", **overrides})
        rules = [rule for rule in ALL_RULES if rule.id == rule_id]
        assert len(rules) == 1
        found: list[LintFinding] = lint(org, TODAY, rules)
        assert [(f.severity, f.path) for f in found] == [(s, p) for s, p, _ in expected]
        for finding, (_, _, words) in zip(found, expected, strict=True):
            assert finding.rule == rule_id
            assert words in finding.message
            assert finding.line is not None and finding.line >= 1

    return check
