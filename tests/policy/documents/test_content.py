"""What the documents say: facts from the policy, in words, and plain statements for missing ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediacode.org import load_organization
from mediacode.policy.documents import DocumentKind, DocumentLanguage
from mediacode.policy.documents.markdown_source import render_markdown
from tests.conftest import DEV_ORG

EN, NL = DocumentLanguage.EN, DocumentLanguage.NL


def markdown(org_dir: Path, kind: DocumentKind, lang: DocumentLanguage) -> str:
    return render_markdown(load_organization(org_dir), kind, lang)


def edit_policy(org_dir: Path, old: str, new: str) -> Path:
    policy = org_dir / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    assert old in text
    policy.write_text(text.replace(old, new), encoding="utf-8")
    return org_dir


def section(text: str, heading: str) -> str:
    """The text under ``heading`` up to the next heading of any level."""
    start = text.index(heading)
    rest = text[start + len(heading) :]
    ends = [i for i in (rest.find("\n#"),) if i >= 0]
    return rest[: ends[0]] if ends else rest


@pytest.mark.parametrize(
    ("lang", "retention"),
    [(EN, "kept for 90 days"), (NL, "90 dagen bewaard")],
)
@pytest.mark.parametrize(
    ("purpose_id", "description"),
    [
        ("security", "Protect the network and the mail against malware and phishing"),
        ("capacity", "Keep bandwidth available for the work"),
        ("private\\_use", "Check that private internet use stays within the agreed limits"),
    ],
)
def test_regulation_names_each_purpose_and_its_retention(
    example_org: Path, lang: DocumentLanguage, retention: str, purpose_id: str, description: str
) -> None:
    text = markdown(example_org, DocumentKind.REGULATION, lang)
    line = next(line for line in text.splitlines() if description in line and "`" in line)
    assert retention in line
    assert f"`{purpose_id.replace(chr(92), '')}`" in line


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (EN, "Counts, per department and period, how often the web proxy or the mail server stopped"),
        (NL, "Telt per afdeling en periode hoe vaak de webproxy of de mailserver"),
        (EN, "Estimates, per department and period, which share of internet traffic"),
    ],
)
def test_regulation_explains_builtin_controls_in_words(
    example_org: Path, lang: DocumentLanguage, expected: str
) -> None:
    assert expected in markdown(example_org, DocumentKind.REGULATION, lang)


def test_regulation_uses_a_custom_controls_description(example_org: Path) -> None:
    edit_policy(
        example_org,
        "  differential_privacy:",
        "  controls:\n"
        "    - name: night_logins\n"
        "      purpose: security\n"
        "      description: Counts logins at night per department\n"
        "      sql: select 1\n"
        "  differential_privacy:",
    )
    text = markdown(example_org, DocumentKind.REGULATION, EN)
    assert "`night_logins`: Counts logins at night per department" in text


@pytest.mark.parametrize(
    ("kind", "lang", "expected"),
    [
        (DocumentKind.REGULATION, EN, "The retention period of traffic data has not yet been recorded."),
        (DocumentKind.REGULATION, NL, "De bewaartermijn van verkeersgegevens is nog niet vastgelegd."),
        (DocumentKind.REGULATION, EN, "The consent of the works council has not yet been recorded."),
        (DocumentKind.REGULATION, EN, "Monitoring is not switched on."),
        (DocumentKind.REGULATION, EN, "No purpose has been recorded yet."),
        (DocumentKind.REGULATION, NL, "privacyfunctionaris**: degene die toeziet"),
        (DocumentKind.NOTICE, EN, "At the moment nothing is checked"),
        (DocumentKind.NOTICE, NL, "de privacyfunctionaris (nog niet aangewezen)"),
    ],
)
def test_minimal_policy_says_plainly_what_is_not_recorded(
    kind: DocumentKind, lang: DocumentLanguage, expected: str
) -> None:
    assert expected in markdown(DEV_ORG, kind, lang)


@pytest.mark.parametrize("lang", [EN, NL])
def test_example_regulation_has_no_gaps(example_org: Path, lang: DocumentLanguage) -> None:
    text = markdown(example_org, DocumentKind.REGULATION, lang)
    assert "not yet recorded" not in text and "nog niet vastgelegd" not in text
    assert text.count("\n## ") >= 20


@pytest.mark.parametrize(
    ("org", "lang", "expected", "present"),
    [
        ("example", EN, "the privacy officer (Ruud Vermeulen)", True),
        ("example", NL, "de privacyfunctionaris (Ruud Vermeulen)", True),
        ("example", EN, "mediacode rights export", True),
        ("dev", EN, "Ruud Vermeulen", False),
    ],
)
def test_notice_names_the_privacy_officer(
    example_org: Path, org: str, lang: DocumentLanguage, expected: str, present: bool
) -> None:
    text = markdown(example_org if org == "example" else DEV_ORG, DocumentKind.NOTICE, lang)
    assert (expected in text) is present


@pytest.mark.parametrize(
    ("lang", "title", "severity"),
    [
        (EN, "Colleagues", "caution"),
        (EN, "Customers", "caution"),
        (EN, "Suppliers", "caution"),
        (EN, "Confidential information", "approval required"),
        (EN, "Other people's personal data", "not allowed"),
        (EN, "Damaging statements", "not allowed"),
        (EN, "Bad taste", "caution"),
        (EN, "Your position", "caution"),
        (NL, "Leveranciers", "let op"),
        (NL, "Vertrouwelijke informatie", "toestemming vereist"),
        (NL, "Persoonsgegevens van anderen", "niet toegestaan"),
    ],
)
def test_code_names_each_category_with_its_severity(
    example_org: Path, lang: DocumentLanguage, title: str, severity: str
) -> None:
    text = markdown(example_org, DocumentKind.CODE, lang)
    body = section(text, f"### {title}\n")
    assert f"**{severity}**" in body
    assert "\n> " in body, "each category has an example post"


@pytest.mark.parametrize(
    ("override", "expected", "absent"),
    [
        ("supplier: not_allowed", "**not allowed**", "**caution**"),
        ("supplier: approval_required", "**approval required**", "**caution**"),
        ("supplier: caution", "**caution**", "**not allowed**"),
    ],
)
def test_code_follows_the_policys_severity(
    example_org: Path, override: str, expected: str, absent: str
) -> None:
    edit_policy(example_org, "supplier: caution", override)
    body = section(markdown(example_org, DocumentKind.CODE, EN), "### Suppliers\n")
    assert expected in body and absent not in body


@pytest.mark.parametrize(
    ("approver", "expected"),
    [
        ("manager", "Ask your manager for approval first"),
        ("privacy_officer", "Ask the privacy officer (Ruud Vermeulen) for approval first"),
        ("E002", "Ask Pieter Smit for approval first"),
    ],
)
def test_code_names_the_approver(example_org: Path, approver: str, expected: str) -> None:
    edit_policy(example_org, "approver: manager", f"approver: {approver}")
    assert expected in markdown(example_org, DocumentKind.CODE, EN)


@pytest.mark.parametrize(
    ("roles", "disclaimer_shown"),
    [("[manager, director]", True), ("[]", False)],
)
def test_code_suggests_a_disclaimer_to_position_roles(
    example_org: Path, roles: str, disclaimer_shown: bool
) -> None:
    edit_policy(example_org, "position_roles: [manager, director]", f"position_roles: {roles}")
    text = markdown(example_org, DocumentKind.CODE, EN)
    assert ("The views I share here are my own" in text) is disclaimer_shown
    assert "never obliged to use a social media profile provided by" in text
    assert "never obliged to promote" in text


@pytest.mark.parametrize(
    ("screens", "lang", "expected", "absent"),
    [
        ("true", EN, "no later than 28 days after the procedure", "does not look at"),
        ("true", NL, "uiterlijk 28 dagen na afloop", "bekijkt de sociale-mediaprofielen van kandidaten niet"),
        ("false", EN, "does not look at the social media profiles of candidates", "28 days"),
        ("false", NL, "bekijkt de sociale-mediaprofielen van kandidaten niet", "28 dagen"),
    ],
)
def test_vacancy_clause_follows_screening(
    example_org: Path, screens: str, lang: DocumentLanguage, expected: str, absent: str
) -> None:
    edit_policy(example_org, "screens_social_profiles: true", f"screens_social_profiles: {screens}")
    if screens == "false":
        edit_policy(example_org, "vacancy_notice: true", "vacancy_notice: false")
    text = markdown(example_org, DocumentKind.VACANCY_CLAUSE, lang)
    assert expected in text and absent not in text


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("Stop *all* <script>alert(1)</script> [links](x)", "Stop \\*all\\* \\<script\\>"),
        ("Plain words", "Plain words"),
    ],
)
def test_typed_text_stays_literal(example_org: Path, typed: str, shown: str) -> None:
    edit_policy(
        example_org,
        "description: Keep bandwidth available for the work",
        f'description: "{typed}"',
    )
    from mediacode.policy.documents.html_page import render_html

    text = markdown(example_org, DocumentKind.REGULATION, EN)
    assert shown in text
    html = render_html(text, EN)
    assert "<script>" not in html and "<em>all</em>" not in html and 'href="x"' not in html
