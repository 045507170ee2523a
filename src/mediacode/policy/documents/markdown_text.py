"""Free text from the policy, made safe to place inside Markdown.

Values people type into ``policy.yaml`` or ``people.csv`` (a purpose's
description, a name, a subject tag such as ``[PRIVE]``) must read literally:
a ``*`` or ``[`` must not turn into emphasis or a link, and ``<`` must not
become HTML. Every such value passes through :func:`literal` in the context
builder, so a template cannot forget it.
"""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_\[\]<>~|#!&])")


def literal(text: str) -> str:
    """``text`` with every character Markdown would interpret backslash-escaped, on one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))
