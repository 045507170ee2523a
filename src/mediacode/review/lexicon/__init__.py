"""Word lists of the post review, written for this project (see docs/adr/0052).

Each module holds one kind of list as Python data, Dutch and English side by
side, lower case. Nothing here names any organization, person or product.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set."""
    return frozenset(text.split())
