"""Translations: gettext catalogs (Babel), one domain per area, English message ids.

Catalogs live as ``.po`` files in ``mediacode/locale/<lang>/LC_MESSAGES/<domain>.po``
and are compiled in memory on first use, so the repository holds no binary
``.mo`` files and a translator's edit takes effect without a build step.
"""

from __future__ import annotations

import io
from functools import cache
from importlib import resources
from typing import Protocol

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

LANGUAGES = ("nl", "en")
SOURCE_LANGUAGE = "en"
DOMAINS = ("cli", "lint", "documents", "review")


class Gettext(Protocol):
    def __call__(self, message: str, /) -> str: ...


@cache
def translations(language: str, domain: str) -> NullTranslations:
    """The catalog of ``domain`` for ``language``; English (the message ids) needs none."""
    if language == SOURCE_LANGUAGE:
        return NullTranslations()
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    po = resources.files("mediacode") / "locale" / language / "LC_MESSAGES" / f"{domain}.po"
    if not po.is_file():
        return NullTranslations()
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=language, domain=domain)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer, domain=domain)


def gettext_for(language: str, domain: str) -> Gettext:
    """``_`` for one language and domain: ``_("Hello")`` returns the translation."""
    return translations(language, domain).gettext
