"""The Dutch catalog is complete: every message the templates and labels use has a translation."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from babel.messages.extract import extract
from babel.messages.pofile import read_po

from mediacode.i18n.catalog_check import untranslated
from mediacode.org import load_organization
from mediacode.org.schema import BUILTIN_CONTROLS
from mediacode.policy.documents import DocumentKind, DocumentLanguage
from mediacode.policy.documents.environment import TRIMMED
from mediacode.policy.documents.labels import BUILTIN_CONTROL_TEXTS
from mediacode.policy.documents.markdown_source import render_markdown
from tests.conftest import DEV_ORG

PACKAGE = Path(str(resources.files("mediacode.policy.documents")))
JINJA_OPTIONS = {"trimmed": str(TRIMMED).lower(), "newstyle_gettext": "true"}


def message_id(message: str | tuple[str, ...]) -> str:
    return message if isinstance(message, str) else message[0]


def template_messages() -> list[str]:
    found: list[str] = []
    for template in sorted((PACKAGE / "templates").glob("*.j2")):
        with template.open("rb") as handle:
            found += [
                message_id(m[1]) for m in extract("jinja2.ext:babel_extract", handle, options=JINJA_OPTIONS)
            ]
    return found


def label_messages() -> list[str]:
    with (PACKAGE / "labels.py").open("rb") as handle:
        return [message_id(m[1]) for m in extract("python", handle, keywords={"N_": None})]


def catalog() -> dict[str, str | tuple[str, ...]]:
    po = resources.files("mediacode") / "locale" / "nl" / "LC_MESSAGES" / "documents.po"
    with po.open("rb") as handle:
        return {message_id(m.id): m.string for m in read_po(handle, locale="nl") if m.id}


def test_templates_use_the_trans_tag() -> None:
    assert len(template_messages()) > 200


def test_no_dutch_message_is_left_untranslated() -> None:
    assert untranslated("nl", "documents") == []


@pytest.mark.parametrize("source", ["templates", "labels"])
def test_every_used_message_is_in_the_catalog(source: str) -> None:
    used = template_messages() if source == "templates" else label_messages()
    missing = sorted(set(used) - set(catalog()))
    assert missing == []


def test_catalog_holds_no_stale_messages() -> None:
    stale = sorted(set(catalog()) - set(template_messages()) - set(label_messages()))
    assert stale == []


def test_every_builtin_control_is_explained() -> None:
    assert set(BUILTIN_CONTROL_TEXTS) == set(BUILTIN_CONTROLS)


@pytest.mark.parametrize("kind", list(DocumentKind))
@pytest.mark.parametrize("org", ["example", "dev"])
def test_dutch_documents_contain_no_english_message(example_org: Path, org: str, kind: DocumentKind) -> None:
    text = render_markdown(
        load_organization(example_org if org == "example" else DEV_ORG), kind, DocumentLanguage.NL
    )
    translations = catalog()
    english = [
        msgid
        for msgid in set(template_messages()) | set(label_messages())
        if len(msgid) > 12 and "%" not in msgid and translations.get(msgid) != msgid
    ]
    assert [msgid for msgid in english if msgid in text] == []
    assert "Article " not in text and "Page " not in text
