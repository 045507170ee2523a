"""A document as Markdown: the source from which HTML and PDF are built."""

from __future__ import annotations

import re

from mediacode.org.organization import Organization
from mediacode.policy.documents.context import build_context
from mediacode.policy.documents.environment import environment
from mediacode.policy.documents.kinds import DocumentKind, DocumentLanguage

_BLANK_RUNS = re.compile(r"\n{3,}")


def render_markdown(org: Organization, kind: DocumentKind, language: DocumentLanguage) -> str:
    """``kind`` for ``org`` in ``language``, as CommonMark text ending in one newline."""
    template = environment(language).get_template(kind.template)
    text = template.render(c=build_context(org, language))
    lines = [line.rstrip() for line in text.splitlines()]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip() + "\n"
