"""The one entry point: an Organization, a document, a language and a format to bytes."""

from __future__ import annotations

from mediacode.org.organization import Organization
from mediacode.policy.documents.kinds import DocumentFormat, DocumentKind, DocumentLanguage
from mediacode.policy.documents.markdown_source import render_markdown


def render_document(
    org: Organization, kind: DocumentKind, language: DocumentLanguage, fmt: DocumentFormat
) -> bytes:
    """The document as the bytes of a file: UTF-8 Markdown or HTML, or a PDF."""
    markdown = render_markdown(org, kind, language)
    if fmt is DocumentFormat.MD:
        return markdown.encode("utf-8")
    if fmt is DocumentFormat.HTML:
        from mediacode.policy.documents.html_page import render_html

        return render_html(markdown, language).encode("utf-8")
    from mediacode.policy.documents.pdf_document import render_pdf

    return render_pdf(markdown, language, author=org.name)
