"""The Dutch lint catalog: complete, in step with the sources, placeholders intact."""

from __future__ import annotations

import re
from importlib import resources

import pytest
from babel.messages.extract import extract_from_dir, extract_from_file
from babel.messages.pofile import read_po

from mediacode.i18n.catalog_check import untranslated
from tests.conftest import ROOT

SOURCES = ROOT / "src" / "mediacode"
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def used_msgids() -> set[str]:
    ids = {
        str(message[2])
        for message in extract_from_dir(SOURCES / "policy" / "lint", method_map=[("**.py", "python")])
    }
    ids |= {
        str(message[1]) for message in extract_from_file("python", SOURCES / "services" / "policy_lint.py")
    }
    return ids


def catalog() -> dict[str, str]:
    po = resources.files("mediacode") / "locale" / "nl" / "LC_MESSAGES" / "lint.po"
    with po.open("rb") as handle:
        parsed = read_po(handle, locale="nl")
    return {str(m.id): str(m.string) for m in parsed if m.id}


def test_nl_lint_catalog_has_no_untranslated_message() -> None:
    assert untranslated("nl", "lint") == []


def test_every_message_of_the_rules_is_in_the_catalog() -> None:
    used = used_msgids()
    assert len(used) >= 22
    assert sorted(used - catalog().keys()) == []


def test_the_catalog_holds_no_message_the_sources_no_longer_use() -> None:
    assert sorted(catalog().keys() - used_msgids()) == []


@pytest.mark.parametrize("msgid", sorted(catalog()))
def test_translation_keeps_every_placeholder(msgid: str) -> None:
    assert set(PLACEHOLDER.findall(catalog()[msgid])) == set(PLACEHOLDER.findall(msgid))
