"""Setting values in ``policy.yaml`` in place: comments, key order, quoting and blank lines stay.

The file is loaded with ruamel.yaml's round-trip loader, the values are set on
the document (missing sections and keys are created at their place in the
schema's order), and only the lines that changed are carried back onto the
original text (``yaml_merge``). The result is written to a temporary file in
the same folder, loaded as an organization to prove it is valid and means what
was asked, and only then moved over ``policy.yaml`` with ``os.replace``. If any
step fails the original file is untouched and ``PolicyEditError`` says why.
"""

from __future__ import annotations

import codecs
import io
import os
import stat
import tempfile
import types
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import ScalarString

from mediacode.errors import OrgFolderError, PolicyEditError
from mediacode.org.loader import POLICY_FILE, load_organization
from mediacode.org.organization import Organization
from mediacode.org.schema import Policy
from mediacode.org.yaml_source import dotted, round_trip_yaml, to_plain
from mediacode.policy.yaml_merge import MergeConflictError, merge_lines

KeyPath = tuple[str, ...]

_LAYOUTS = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4), (4, 4, 0), (2, 4, 0), (4, 6, 2))
"""Indentation styles (mapping, sequence, dash offset) tried to match the file's own."""


@dataclass(frozen=True)
class Edit:
    """Set the key at ``path`` (e.g. ``("governance", "published_on")``) to ``value``."""

    path: KeyPath
    value: object


def edit_policy(
    root: Path, edits: Sequence[Edit], check: Callable[[Organization], None] | None = None
) -> Organization:
    """Apply ``edits`` to ``root/policy.yaml`` atomically; the organization as it now is.

    ``check`` sees the rewritten organization before it replaces the file and
    may refuse it by raising.
    """
    target = root / POLICY_FILE
    try:
        raw = target.read_bytes()
    except OSError as exc:
        raise PolicyEditError(f"{POLICY_FILE} cannot be read: {exc.strerror}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PolicyEditError(f"{POLICY_FILE} is not UTF-8; save it as UTF-8 first") from exc
    if not target.stat().st_mode & stat.S_IWUSR:
        raise PolicyEditError(f"{POLICY_FILE} is read-only; make it writable to record the change")
    newline = "\r\n" if "\r\n" in text else "\n"
    rewritten = rewrite_policy_text(text.replace("\r\n", "\n"), edits).replace("\n", newline)
    data = (codecs.BOM_UTF8 if raw.startswith(codecs.BOM_UTF8) else b"") + rewritten.encode("utf-8")
    return _replace_checked(root, target, data, check)


def rewrite_policy_text(text: str, edits: Sequence[Edit]) -> str:
    """``text`` (a policy.yaml with ``\\n`` line ends) with ``edits`` applied and nothing else changed."""
    document = _load(text)
    yaml = _matching_yaml(text, document)
    base = _dump(yaml, document)
    for edit in edits:
        _apply(document, edit)
    edited = _dump(yaml, document)
    ends_with_newline = text.endswith("\n") or not text
    original = (text if ends_with_newline else text + "\n").splitlines(keepends=True)
    try:
        merged = "".join(
            merge_lines(original, base.splitlines(keepends=True), edited.splitlines(keepends=True))
        )
    except MergeConflictError as exc:
        raise PolicyEditError(
            f"{POLICY_FILE} cannot be changed without rewriting its layout near line {exc.line}; "
            "make the change by hand"
        ) from exc
    if to_plain(_load(merged)) != to_plain(_load(edited)):
        raise PolicyEditError(f"{POLICY_FILE} cannot be changed in place without changing other values")
    return merged if ends_with_newline else merged.removesuffix("\n")


def _load(text: str) -> Any:
    try:
        document = round_trip_yaml().load(text)
    except (YAMLError, ValueError) as exc:
        raise PolicyEditError(f"{POLICY_FILE} is not valid YAML; fix it before changing it") from exc
    if document is None:
        return CommentedMap()
    if not isinstance(document, CommentedMap):
        raise PolicyEditError(f"{POLICY_FILE} must be a mapping of sections")
    return document


def _dump(yaml: YAML, document: Any) -> str:
    stream = io.StringIO()
    yaml.dump(document, stream)
    return stream.getvalue()


def _matching_yaml(text: str, document: Any) -> YAML:
    """A round-trip dumper with the indentation the file uses (the first that renders it unchanged)."""
    best: tuple[float, YAML] | None = None
    for mapping, sequence, offset in _LAYOUTS:
        yaml = round_trip_yaml()
        yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
        rendered = _dump(yaml, document)
        if rendered == text:
            return yaml
        score = SequenceMatcher(None, rendered.splitlines(), text.splitlines(), autojunk=False).ratio()
        if best is None or score > best[0]:
            best = (score, yaml)
    assert best is not None
    return best[1]


def _apply(document: CommentedMap, edit: Edit) -> None:
    node = document
    for depth, key in enumerate(edit.path[:-1]):
        child = node.get(key)
        if child is None:
            child = CommentedMap()
            if key in node:
                node[key] = child
            else:
                _insert(node, key, child, edit.path[:depth])
        elif not isinstance(child, CommentedMap):
            raise PolicyEditError(
                f"{POLICY_FILE}: {dotted(edit.path[: depth + 1])} is not a mapping, "
                f"so {dotted(edit.path)} cannot be set"
            )
        node = child
    key = edit.path[-1]
    if key in node:
        node[key] = _in_style_of(node[key], edit.value)
    else:
        _insert(node, key, edit.value, edit.path[:-1])


def _in_style_of(old: object, new: object) -> object:
    """A new string keeps the quoting of the value it replaces."""
    if isinstance(old, ScalarString) and isinstance(new, str) and not isinstance(new, ScalarString):
        return type(old)(new)
    return new


def _insert(node: CommentedMap, key: str, value: object, parent: KeyPath) -> None:
    """Add ``key`` after the last present key that comes before it in the schema."""
    order = _schema_order(parent)
    if key not in order:
        node[key] = value
        return
    before = set(order[: order.index(key)])
    position = 0
    for index, present in enumerate(node):
        if present in before:
            position = index + 1
    if position >= len(node):
        node[key] = value
    else:
        node.insert(position, key, value)


def _schema_order(path: KeyPath) -> list[str]:
    """The field names of the schema section at ``path``, in declaration order."""
    model: type[BaseModel] | None = Policy
    for key in path:
        if model is None or key not in model.model_fields:
            return []
        model = _model_of(model.model_fields[key].annotation)
    return list(model.model_fields) if model is not None else []


def _model_of(annotation: object) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        for member in typing.get_args(annotation):
            found = _model_of(member)
            if found is not None:
                return found
    return None


def _replace_checked(
    root: Path, target: Path, data: bytes, check: Callable[[Organization], None] | None
) -> Organization:
    """Write ``data`` beside ``target``, prove it loads, then move it over ``target``."""
    try:
        handle, name = tempfile.mkstemp(prefix=f".{POLICY_FILE}.", suffix=".tmp", dir=root)
    except OSError as exc:
        raise PolicyEditError(f"cannot write beside {POLICY_FILE}: {exc.strerror}") from exc
    candidate = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        candidate.chmod(target.stat().st_mode & 0o7777)
        try:
            organization = load_organization(root, candidate)
        except OrgFolderError as exc:
            raise PolicyEditError(
                f"{POLICY_FILE} would not be valid after the change, so it was left as it was:\n"
                + "\n".join(f"  {problem.render()}" for problem in exc.problems)
            ) from exc
        if check is not None:
            check(organization)
        candidate.replace(target)  # atomic: os.replace
    except OSError as exc:
        candidate.unlink(missing_ok=True)
        raise PolicyEditError(f"{POLICY_FILE} cannot be replaced: {exc.strerror}") from exc
    except BaseException:
        candidate.unlink(missing_ok=True)
        raise
    return organization
