"""``str.isdigit`` restricted to ASCII: it also accepts ``²`` or ``①``, which ``int()`` refuses."""

from __future__ import annotations


def is_digits(text: str) -> bool:
    """True when ``text`` is one or more ASCII digits ``0-9`` (so ``int(text)`` cannot fail)."""
    return text.isascii() and text.isdigit()
