"""A document as a real PDF (reportlab platypus): metadata, A4 pages, numbered footers."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from mediacode.i18n import gettext_for
from mediacode.policy.documents import labels
from mediacode.policy.documents.kinds import DocumentLanguage
from mediacode.policy.documents.markdown_tokens import parse, title_of
from mediacode.policy.documents.pdf_flowables import BODY_FONT, flowables_of

MARGIN = 22 * mm
FOOTER_SIZE = 8.5


def _numbered_canvas(footer: str, page_of: str) -> type[Canvas]:
    """A canvas that holds its pages back until the end, to print "page n of N" on each."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(BODY_FONT, FOOTER_SIZE)
                self.setFillGray(0.35)
                self.drawString(MARGIN, 12 * mm, footer)
                number = page_of % {"page": self._pageNumber, "pages": total}
                self.drawRightString(A4[0] - MARGIN, 12 * mm, number)
                super().showPage()
            super().save()

    return NumberedCanvas


def render_pdf(markdown: str, language: DocumentLanguage, author: str) -> bytes:
    """``markdown`` typeset as an A4 PDF with title, author, language and page numbers."""
    tokens = parse(markdown)
    title = title_of(tokens)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=author,
        subject=title,
        creator="mediacode",
        lang=language.value,
        displayDocTitle=1,
    )
    page_of = gettext_for(language.value, "documents")(labels.PAGE_OF)
    footer = f"{author} · {title}" if author else title
    document.build(flowables_of(tokens), canvasmaker=_numbered_canvas(footer, page_of))
    return buffer.getvalue()
