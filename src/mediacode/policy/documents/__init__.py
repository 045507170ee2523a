"""The four documents people read, written from the policy: regulation, notice, vacancy clause, code.

Markdown is the source (Jinja2 templates with gettext, ``templates/``); HTML
and PDF are built from its markdown-it token stream. See ADR 0030.
"""

from mediacode.policy.documents.kinds import DocumentFormat, DocumentKind, DocumentLanguage
from mediacode.policy.documents.markdown_source import render_markdown
from mediacode.policy.documents.render import render_document

__all__ = ["DocumentFormat", "DocumentKind", "DocumentLanguage", "render_document", "render_markdown"]
