"""The four documents people read, written from the policy: regulation, notice, vacancy clause, code.

Markdown is the source (Jinja2 templates with gettext, ``templates/``); HTML
and PDF are built from its markdown-it token stream. See ADR 0030.

Only the light names are imported here, so that a command line that merely
names a document kind does not load Jinja2 or reportlab; the renderers live in
``render`` (all formats) and ``markdown_source`` (Markdown).
"""

from mediacode.policy.documents.kinds import DocumentFormat, DocumentKind, DocumentLanguage

__all__ = ["DocumentFormat", "DocumentKind", "DocumentLanguage"]
