"""The Jinja2 environment of the document templates, one per language.

Templates are Markdown with ``{% trans %}`` blocks (the Jinja2 i18n extension,
new-style gettext, whitespace trimmed) translated through the ``documents``
catalog. Autoescaping is off because the output is Markdown, not HTML; the
context builder has already made every typed value literal.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from babel.lists import format_list
from jinja2 import Environment, PackageLoader, StrictUndefined

from mediacode.i18n import translations
from mediacode.policy.documents.context import Label
from mediacode.policy.documents.kinds import DocumentLanguage
from mediacode.policy.documents.line_tags import TextLineBreaks

DOMAIN = "documents"
TRIMMED = True
"""Collapse whitespace inside ``{% trans %}`` so a sentence may span template lines; extraction must agree."""


@cache
def environment(language: DocumentLanguage) -> Environment:
    env = Environment(
        loader=PackageLoader("mediacode.policy.documents", "templates"),
        extensions=["jinja2.ext.i18n", TextLineBreaks],
        autoescape=False,  # noqa: S701 - the output is Markdown; the context builder escapes typed values  # nosec B701  # Markdown output, not HTML
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.policies["ext.i18n.trimmed"] = TRIMMED
    env.filters["words"] = lambda items: words(items, language)
    env.install_gettext_translations(translations(language.value, DOMAIN), newstyle=True)  # type: ignore[attr-defined]
    return env


def words(items: Iterable[Label | str], language: DocumentLanguage) -> str:
    """``a, b and c`` (``a, b en c``): a list of labels or strings as one phrase of the language."""
    texts = [item.text if isinstance(item, Label) else item for item in items]
    return format_list(texts, style="standard", locale=language.babel_locale) if texts else ""
