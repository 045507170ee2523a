"""Every document renders in every language and format, for the example and the minimal policy."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from mediacode.policy.documents import DocumentFormat, DocumentKind, DocumentLanguage
from tests.conftest import DEV_ORG, CliResult

TITLES = {
    (DocumentKind.REGULATION, "en"): "Regulation on the use of e-mail, internet and social media",
    (DocumentKind.REGULATION, "nl"): "Reglement gebruik e-mail, internet en sociale media",
    (DocumentKind.NOTICE, "en"): "E-mail and internet at work",
    (DocumentKind.NOTICE, "nl"): "E-mail en internet op het werk",
    (DocumentKind.VACANCY_CLAUSE, "en"): "Vacancy text",
    (DocumentKind.VACANCY_CLAUSE, "nl"): "Vacaturetekst",
    (DocumentKind.CODE, "en"): "Social media code of Veldhuis Logistiek",
    (DocumentKind.CODE, "nl"): "Sociale-mediacode van Veldhuis Logistiek",
}


def pdf_text(path: Path) -> str:
    assert shutil.which("pdftotext"), "pdftotext is needed (poppler-utils; .ci/run installs it)"
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return " ".join(result.stdout.decode("utf-8").split())


@pytest.fixture(params=["example", "dev"])
def org_dir(request: pytest.FixtureRequest, example_org: Path) -> Path:
    return example_org if request.param == "example" else DEV_ORG


@pytest.mark.parametrize("lang", list(DocumentLanguage))
@pytest.mark.parametrize("kind", list(DocumentKind))
@pytest.mark.parametrize("fmt", list(DocumentFormat))
def test_each_document_renders(
    cli: Callable[..., CliResult],
    org_dir: Path,
    tmp_path: Path,
    kind: DocumentKind,
    lang: DocumentLanguage,
    fmt: DocumentFormat,
) -> None:
    out = tmp_path / "out" / f"{kind.value}.{fmt.value}"
    args = ["--org", str(org_dir), "--doc", kind.value, "--lang", lang.value, "--format", fmt.value]
    result = cli("policy", "render", *args, "-o", str(out))
    assert result.code == 0, result.err
    title = TITLES[(kind, lang.value)]
    data = out.read_bytes()
    if fmt is DocumentFormat.MD:
        text = data.decode("utf-8")
        assert text.startswith("# ") and title in text.splitlines()[0]
    elif fmt is DocumentFormat.HTML:
        html = data.decode("utf-8")
        assert f'<html lang="{lang.value}">' in html
        assert "<title>" in html and title in html
        assert "http" not in html.lower(), "a standalone page loads nothing from elsewhere"
        assert "<script" not in html.lower()
    else:
        assert data.startswith(b"%PDF-")
        text = pdf_text(out)
        assert title in text
        assert ("Page 1 of" if lang is DocumentLanguage.EN else "Pagina 1 van") in text


@pytest.mark.parametrize(
    ("lang", "description"),
    [
        ("en", "Protect the network and the mail against malware and phishing"),
        ("nl", "Protect the network and the mail against malware and phishing"),
        ("en", "Keep bandwidth available for the work"),
    ],
)
def test_pdf_text_holds_the_purpose_descriptions(
    cli: Callable[..., CliResult], example_org: Path, tmp_path: Path, lang: str, description: str
) -> None:
    out = tmp_path / "notice.pdf"
    args = ["--org", str(example_org), "--doc", "notice", "--lang", lang, "--format", "pdf", "-o", str(out)]
    assert cli("policy", "render", *args).code == 0
    assert description in pdf_text(out)


def test_pdf_carries_title_author_and_language(example_org: Path) -> None:
    from mediacode.org import load_organization
    from mediacode.policy.documents.render import render_document

    org = load_organization(example_org)
    data = render_document(org, DocumentKind.REGULATION, DocumentLanguage.NL, DocumentFormat.PDF)
    assert b"/Title (Reglement gebruik e-mail, internet en sociale media)" in data
    assert b"/Author (Veldhuis Logistiek)" in data
    assert b"/Lang (nl)" in data
