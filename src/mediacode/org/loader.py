"""Loading an organization folder: every mistake of every file, reported at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from mediacode.errors import OrgFolderError, Problem
from mediacode.org.confidential import ConfidentialTerm, load_confidential
from mediacode.org.organization import Organization
from mediacode.org.people import Person, load_people
from mediacode.org.relations import Relation, load_relations
from mediacode.org.schema import DirectorySection, Policy
from mediacode.org.text_file import read_utf8
from mediacode.org.yaml_source import YamlSource, dotted, parse_policy_yaml, to_plain

POLICY_FILE = "policy.yaml"

_HINTS = {
    "extra_forbidden": "remove it or check its spelling",
    "missing": "add it",
    "date_from_datetime_parsing": "write the date as YYYY-MM-DD",
    "date_parsing": "write the date as YYYY-MM-DD",
    "date_type": "write the date as YYYY-MM-DD",
    "int_parsing": "write a whole number",
    "int_type": "write a whole number",
    "bool_parsing": "write true or false",
    "bool_type": "write true or false",
    "literal_error": None,
    "enum": None,
}


def load_organization(root: Path, policy_file: Path | None = None) -> Organization:
    """The organization in ``root``, or an ``OrgFolderError`` listing every mistake.

    ``policy_file`` reads the policy from another file than ``root/policy.yaml``
    (a rewritten candidate, checked before it replaces the original).
    """
    if not root.exists():
        raise OrgFolderError([Problem(str(root), None, None, None, "folder does not exist", None)])
    if not root.is_dir():
        raise OrgFolderError([Problem(str(root), None, None, None, "is not a folder", None)])
    problems: list[Problem] = []
    text, problem = read_utf8(policy_file or root / POLICY_FILE, POLICY_FILE)
    if problem is not None or text is None:
        raise OrgFolderError([problem] if problem else [])
    source, problem = parse_policy_yaml(text, POLICY_FILE)
    if problem is not None or source is None:
        raise OrgFolderError([problem] if problem else [])
    policy = _validate(source, problems)
    directory = policy.directory if policy is not None else _directory_alone(source)

    people: tuple[Person, ...] = ()
    relations: tuple[Relation, ...] = ()
    terms: tuple[ConfidentialTerm, ...] = ()
    people_path = _inside(root, directory.people, ("directory", "people"), source, problems)
    if people_path is not None:
        people, found = load_people(people_path, directory.people)
        problems.extend(found)
    if directory.relations is not None:
        path = _inside(root, directory.relations, ("directory", "relations"), source, problems)
        if path is not None and (path.exists() or _named(source, "relations")):
            relations, found = load_relations(path, directory.relations)
            problems.extend(found)
    if directory.confidential_terms is not None:
        path = _inside(
            root, directory.confidential_terms, ("directory", "confidential_terms"), source, problems
        )
        if path is not None and (path.exists() or _named(source, "confidential_terms")):
            terms, found = load_confidential(path, directory.confidential_terms)
            problems.extend(found)
    if policy is None:
        raise OrgFolderError(problems)
    if policy.prevention.category_list is not None:
        _inside(root, policy.prevention.category_list, ("prevention", "category_list"), source, problems)

    ids = {p.id for p in people}
    if people and not any(p.file == directory.people for p in problems):
        _check_person_refs(policy, ids, source, problems)
    if problems:
        raise OrgFolderError(problems)
    return Organization(root, policy, people, relations, terms, source)


def _validate(source: YamlSource, problems: list[Problem]) -> Policy | None:
    data: Any = to_plain(source.document)
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            path = tuple(part for part in error["loc"] if isinstance(part, (str, int)))
            # pydantic appends the enum/literal member to dict keys; keep the key path only.
            line, column = source.position(path)
            kind = error["type"]
            message = error["msg"]
            if kind == "extra_forbidden":
                message = "unknown key"
            elif kind == "missing":
                message = "is required"
            hint = _HINTS.get(kind)
            if hint is None and kind in ("literal_error", "enum"):
                expected = error.get("ctx", {}).get("expected")
                hint = f"use {expected}" if expected else None
            problems.append(Problem(source.shown_as, line, column, dotted(path), message, hint))
        return None


def _directory_alone(source: YamlSource) -> DirectorySection:
    """The directory section on its own, so the files are checked even when the policy is not valid."""
    try:
        return DirectorySection.model_validate(to_plain(source.document.get("directory") or {}))
    except ValidationError:
        return DirectorySection()


def _named(source: YamlSource, key: str) -> bool:
    directory = source.document.get("directory")
    return isinstance(directory, dict) and key in directory


def _inside(
    root: Path, name: str, path: tuple[str, ...], source: YamlSource, problems: list[Problem]
) -> Path | None:
    """``root / name`` if it stays inside the organization folder (and is a possible file name)."""
    if "\x00" in name:
        message = f"{name!r} contains a NUL character"
    elif not (root / name).resolve().is_relative_to(root.resolve()):
        message = f"{name!r} points outside the organization folder"
    else:
        return root / name
    line, column = source.position(path)
    problems.append(
        Problem(POLICY_FILE, line, column, dotted(path), message, "name a file inside the folder")
    )
    return None


def _check_person_refs(policy: Policy, ids: set[str], source: YamlSource, problems: list[Problem]) -> None:
    officer = policy.governance.privacy_officer
    if officer is not None and officer not in ids:
        line, column = source.position(("governance", "privacy_officer"))
        problems.append(
            Problem(
                POLICY_FILE,
                line,
                column,
                "governance.privacy_officer",
                f"{officer!r} is not an id in people.csv",
                "name the privacy officer by their id",
            )
        )
    for index, admin in enumerate(policy.governance.system_administrators):
        if admin not in ids:
            line, column = source.position(("governance", "system_administrators", index))
            problems.append(
                Problem(
                    POLICY_FILE,
                    line,
                    column,
                    f"governance.system_administrators[{index}]",
                    f"{admin!r} is not an id in people.csv",
                    "name each administrator by their id",
                )
            )
    approver = policy.social_media.approver
    if approver not in ("manager", "privacy_officer") and approver not in ids:
        line, column = source.position(("social_media", "approver"))
        problems.append(
            Problem(
                POLICY_FILE,
                line,
                column,
                "social_media.approver",
                f"{approver!r} is neither 'manager', 'privacy_officer' nor an id in people.csv",
                None,
            )
        )
