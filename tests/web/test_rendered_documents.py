"""Documents are rendered once per organization object and language, and afresh for a changed policy."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediacode.org.loader import load_organization
from mediacode.policy.documents.kinds import DocumentKind, DocumentLanguage
from mediacode.policy.documents.markdown_source import render_markdown
from mediacode.services.rendered_documents import document_hash, rendered

KINDS = [(kind, language) for kind in DocumentKind for language in ("nl", "en")]


@pytest.mark.parametrize(("kind", "language"), KINDS)
def test_same_organization_renders_once_and_as_before(
    org_dir: Path, kind: DocumentKind, language: str
) -> None:
    org = load_organization(org_dir)
    first = rendered(org, kind, language)
    assert rendered(org, kind, language) is first
    assert first.document_hash == document_hash(render_markdown(org, kind, DocumentLanguage(language)))
    assert first.title and first.html.startswith("<")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_changed_policy_is_rendered_afresh(org_dir: Path, language: str) -> None:
    before = load_organization(org_dir)
    old = rendered(before, DocumentKind.CODE, language)
    policy = org_dir / "policy.yaml"
    name = before.name
    policy.write_text(policy.read_text(encoding="utf-8").replace(name, name + " Renamed"), encoding="utf-8")
    after = load_organization(org_dir)
    new = rendered(after, DocumentKind.CODE, language)
    assert new is not old
    assert new.document_hash != old.document_hash
    assert rendered(before, DocumentKind.CODE, language) is old  # the older object keeps its own text
