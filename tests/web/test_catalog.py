"""The Dutch catalog of the web app is complete: every message of the templates and labels is translated."""

from __future__ import annotations

import re
from importlib import resources

from babel.messages.pofile import read_po

from mediacode.i18n.catalog_check import untranslated
from mediacode.web.labels import LABELS
from mediacode.web.templating import NAVIGATION

_CALL = re.compile(r"""_\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*\)""")


def used_messages() -> set[str]:
    templates = resources.files("mediacode.web") / "templates"
    found: set[str] = set()
    for template in templates.iterdir():
        if template.name.endswith(".html"):
            found |= {a or b for a, b in _CALL.findall(template.read_text(encoding="utf-8"))}
    found |= {label for _, _, label in NAVIGATION}
    found |= {text for values in LABELS.values() for text in values.values()}
    return found


def test_every_message_has_a_dutch_translation() -> None:
    po = resources.files("mediacode") / "locale" / "nl" / "LC_MESSAGES" / "web.po"
    with po.open("rb") as handle:
        catalog = read_po(handle, locale="nl")
    ids = {str(message.id) for message in catalog if message.id}
    assert used_messages() - ids == set()
    assert untranslated("nl", "web") == []


def test_placeholders_are_kept() -> None:
    po = resources.files("mediacode") / "locale" / "nl" / "LC_MESSAGES" / "web.po"
    with po.open("rb") as handle:
        catalog = read_po(handle, locale="nl")
    for message in catalog:
        if message.id:
            assert set(re.findall(r"\{\w+\}", str(message.id))) == set(
                re.findall(r"\{\w+\}", str(message.string))
            )
