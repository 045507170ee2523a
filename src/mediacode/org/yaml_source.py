"""``policy.yaml`` read with ruamel.yaml so that every value keeps its line and column.

The round-trip loader keeps comments and layout, which ``policy consent`` needs
to write the file back, and positions, which every error and lint finding needs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from mediacode.errors import Problem

PathPart = str | int
YamlPath = tuple[PathPart, ...]


class _LenientDateConstructor(RoundTripConstructor):
    """Leaves an impossible date (``2026-13-45``) as text so validation can point at it."""

    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError:
            return self.construct_scalar(node)


_LenientDateConstructor.add_constructor(
    "tag:yaml.org,2002:timestamp", _LenientDateConstructor.construct_yaml_timestamp
)


def round_trip_yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _LenientDateConstructor
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


@dataclass(frozen=True)
class YamlSource:
    """The parsed document (ruamel nodes) and where each path in it starts."""

    document: Any
    shown_as: str

    def position(self, path: Sequence[PathPart]) -> tuple[int | None, int | None]:
        """1-based line and column of the deepest part of ``path`` that exists."""
        node = self.document
        line: int | None = 1 if isinstance(node, CommentedMap) and not path else None
        column: int | None = None
        for part in path:
            if isinstance(node, CommentedMap) and isinstance(part, str) and part in node:
                ln, col = node.lc.key(part)
                line, column = ln + 1, col + 1
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
                ln, col = node.lc.item(part)
                line, column = ln + 1, col + 1
                node = node[part]
            else:
                known = isinstance(node, (CommentedMap, CommentedSeq)) and node.lc.line is not None
                if line is None and known:
                    line, column = node.lc.line + 1, node.lc.col + 1
                break
        return line, column

    def line_of(self, path: Sequence[PathPart]) -> int | None:
        return self.position(path)[0]


def parse_policy_yaml(text: str, shown_as: str) -> tuple[YamlSource | None, Problem | None]:
    """The document with positions, or the syntax problem that stops it."""
    try:
        document = round_trip_yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        column = mark.column + 1 if mark is not None else None
        reason = exc.problem or exc.context or "invalid YAML"
        return None, Problem(shown_as, line, column, None, f"is not valid YAML: {reason}", None)
    except (YAMLError, ValueError) as exc:
        return None, Problem(shown_as, None, None, None, f"is not valid YAML: {exc}", None)
    if document is None:
        document = CommentedMap()
    if not isinstance(document, CommentedMap):
        return None, Problem(
            shown_as, 1, 1, None, "must be a mapping of sections", "start with 'organization:'"
        )
    return YamlSource(document, shown_as), None


def to_plain(node: Any) -> Any:
    """Ruamel nodes as plain dicts, lists and scalars (for validation and hashing)."""
    if isinstance(node, dict):
        return {str(k): to_plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [to_plain(v) for v in node]
    if isinstance(node, dt.datetime):
        return node
    if isinstance(node, bool | int | float | str | dt.date) or node is None:
        return _scalar(node)
    return str(node)


def _scalar(value: Any) -> Any:
    # ruamel returns subclasses (ScalarFloat, ScalarBoolean, quoted strings); make them plain.
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    return value


def dotted(path: Sequence[PathPart]) -> str:
    """``monitoring.purposes[0].controls`` for a path."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + part
    return text
