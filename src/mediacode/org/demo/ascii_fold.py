"""Folding a name into the local part of an e-mail address: lowercase ASCII letters and hyphens only."""

from __future__ import annotations

import unicodedata

_SPECIAL = {"ı": "i", "ø": "o", "ß": "ss", "æ": "ae", "ł": "l", "đ": "d"}


def fold_ascii(text: str) -> str:
    """``"van 't Hof"`` -> ``"vanthof"``, ``"Yılmaz"`` -> ``"yilmaz"``, ``"Gert-Jan"`` -> ``"gert-jan"``."""
    lowered = "".join(_SPECIAL.get(char, char) for char in text.lower())
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(char for char in decomposed if char.isascii() and (char.isalnum() or char == "-"))
