"""Which documents exist, in which formats and languages they can be written."""

from __future__ import annotations

from enum import StrEnum


class DocumentKind(StrEnum):
    """The four documents people read, all written from the same ``policy.yaml``."""

    REGULATION = "regulation"
    NOTICE = "notice"
    VACANCY_CLAUSE = "vacancy-clause"
    CODE = "code"

    @property
    def template(self) -> str:
        return f"{self.value}.md.j2"


class DocumentFormat(StrEnum):
    """Markdown is the source; HTML and PDF are built from its token stream."""

    MD = "md"
    HTML = "html"
    PDF = "pdf"


class DocumentLanguage(StrEnum):
    NL = "nl"
    EN = "en"

    @property
    def babel_locale(self) -> str:
        """The locale for dates: British English reads naturally to a Dutch organization."""
        return "en_GB" if self is DocumentLanguage.EN else "nl_NL"
