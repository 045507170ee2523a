"""Which messages of a catalog lack a translation (used by tests and ``make check``)."""

from __future__ import annotations

from importlib import resources

from babel.messages.pofile import read_po


def untranslated(language: str, domain: str) -> list[str]:
    """Message ids in the ``domain`` catalog of ``language`` with an empty or fuzzy translation."""
    po = resources.files("mediacode") / "locale" / language / "LC_MESSAGES" / f"{domain}.po"
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    missing: list[str] = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            missing.append(str(message.id))
    return missing
