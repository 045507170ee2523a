"""The subject access report: one standalone HTML page (no scripts, fonts, links) in the policy language."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from mediacode.rights.model import OwnRequest, PostApprovals, SubjectAccess, _plain

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "What {org} holds about you",
        "intro": "This overview was made on {day} for {name} ({id}, {department}) under the right of access "
        "(GDPR article 15). Traffic data is stored under a pseudonym that changes every key period; "
        "mediacode recomputed yours for every period whose key still exists.",
        "periods": "Traffic data per key period",
        "period": "Period",
        "pseudonym": "Your pseudonym",
        "status": "Status",
        "rows": "Rows",
        "web": "Internet use",
        "mail": "E-mail",
        "none": "None.",
        "cases": "Re-identification cases about you",
        "approvals": "Your post approval requests",
        "approvals_intro": "A draft is stored only when you ask for approval, and deleted with its "
        "findings once it has been decided and the retention period has passed.",
        "request": "Request {id}",
        "request_col": "Request",
        "asked_on": "Asked on",
        "verdict": "Verdict of the check",
        "approver": "Approver",
        "decision": "Decision",
        "comment": "Comment",
        "decided_on": "Decided on",
        "delete_after": "Deleted after",
        "not_yet": "not yet decided",
        "draft": "Your draft",
        "findings": "Findings",
        "category": "Category",
        "passage": "Passage",
        "severity": "Severity",
        "explanation": "Explanation",
        "to_decide": "Requests of colleagues you were asked to decide",
        "to_decide_intro": "Only that you decided them is yours; the colleague's draft is theirs and is "
        "not shown.",
        "acknowledgements": "Documents you acknowledged",
        "document": "Document",
        "language": "Language",
        "document_hash": "Version (hash)",
        "acknowledged_at": "Acknowledged at",
        "notifications": "Messages in the app",
        "kind": "Kind",
        "created_at": "Sent at",
        "read_at": "Read at",
        "pending": "waiting for a decision",
        "approved": "approved",
        "rejected": "rejected",
        "where": "What is held where",
        "exported": "exported",
        "key destroyed": "key destroyed: no row can be linked to you any more",
        "sealed": "sealed — ask the key custodians (two shares open it)",
        "no key": "nothing stored in this period",
    },
    "nl": {
        "title": "Wat {org} over u bewaart",
        "intro": "Dit overzicht is op {day} gemaakt voor {name} ({id}, {department}) op grond van het "
        "inzagerecht (AVG artikel 15). Verkeersgegevens worden bewaard onder een pseudoniem dat per "
        "sleutelperiode wisselt; mediacode heeft het uwe opnieuw berekend voor elke periode waarvan de "
        "sleutel nog bestaat.",
        "periods": "Verkeersgegevens per sleutelperiode",
        "period": "Periode",
        "pseudonym": "Uw pseudoniem",
        "status": "Status",
        "rows": "Regels",
        "web": "Internetgebruik",
        "mail": "E-mail",
        "none": "Geen.",
        "cases": "Onderzoeken (herleiding) over u",
        "approvals": "Uw goedkeuringsverzoeken voor berichten",
        "approvals_intro": "Een concept wordt alleen bewaard als u om goedkeuring vraagt, en met de "
        "bevindingen verwijderd zodra erover is beslist en de bewaartermijn voorbij is.",
        "request": "Verzoek {id}",
        "request_col": "Verzoek",
        "asked_on": "Gevraagd op",
        "verdict": "Uitkomst van de controle",
        "approver": "Beoordelaar",
        "decision": "Besluit",
        "comment": "Toelichting",
        "decided_on": "Besloten op",
        "delete_after": "Verwijderd na",
        "not_yet": "nog niet besloten",
        "draft": "Uw concept",
        "findings": "Bevindingen",
        "category": "Categorie",
        "passage": "Passage",
        "severity": "Ernst",
        "explanation": "Uitleg",
        "to_decide": "Verzoeken van collega's waarover u moest beslissen",
        "to_decide_intro": "Alleen dát u erover besliste gaat over u; het concept van de collega is van "
        "die collega en staat hier niet.",
        "acknowledgements": "Documenten die u hebt bevestigd",
        "document": "Document",
        "language": "Taal",
        "document_hash": "Versie (hash)",
        "acknowledged_at": "Bevestigd op",
        "notifications": "Berichten in de app",
        "kind": "Soort",
        "created_at": "Verstuurd op",
        "read_at": "Gelezen op",
        "pending": "wacht op besluit",
        "approved": "goedgekeurd",
        "rejected": "afgewezen",
        "where": "Wat waar bewaard wordt",
        "exported": "geëxporteerd",
        "key destroyed": "sleutel vernietigd: geen regel is nog aan u te koppelen",
        "sealed": "verzegeld — vraag het de sleutelbewaarders (twee delen openen hem)",
        "no key": "in deze periode is niets opgeslagen",
    },
}

STYLE = (
    "body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
    "table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.9rem}"
    "th,td{border:1px solid #bbb;padding:.2rem .5rem;text-align:left}th{background:#eee}"
    "blockquote{white-space:pre-wrap;border-left:4px solid #bbb;margin:.5rem 0;padding:.25rem 1rem}"
)


def _table(rows: list[dict[str, Any]], none: str) -> str:
    if not rows:
        return f"<p>{escape(none)}</p>"
    columns = list(rows[0])
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>"
        + "".join(f"<td>{escape('' if r.get(c) is None else str(r.get(c)))}</td>" for c in columns)
        + "</tr>"
        for r in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _when(value: dt.date | dt.datetime | None, none: str = "") -> str:
    if value is None:
        return none
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") + " UTC"
    return value.isoformat()


def _own_request(request: OwnRequest, t: dict[str, str]) -> str:
    facts = (
        (t["asked_on"], _when(request.created_at)),
        (t["verdict"], request.verdict),
        (t["approver"], request.approver),
        (t["decision"], t.get(request.status, request.status)),
        (t["decided_on"], _when(request.decided_at, t["not_yet"])),
        (t["comment"], request.comment or ""),
        (t["delete_after"], _when(request.delete_after_on, t["not_yet"])),
    )
    findings = [
        {
            t["category"]: f.get("category"),
            t["passage"]: f.get("text"),
            t["severity"]: f.get("severity"),
            t["explanation"]: f.get("explanation"),
        }
        for f in request.findings
    ]
    return (
        f"<h3>{escape(t['request'].format(id=request.id))}</h3><dl>"
        + "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in facts)
        + f"</dl><h4>{escape(t['draft'])}</h4><blockquote>{escape(request.text)}</blockquote>"
        + f"<h4>{escape(t['findings'])}</h4>"
        + _table(findings, t["none"])
    )


def _posts(posts: PostApprovals, t: dict[str, str]) -> list[str]:
    parts = [f"<h2>{escape(t['approvals'])}</h2><p>{escape(t['approvals_intro'])}</p>"]
    parts.extend(_own_request(r, t) for r in posts.own)
    if not posts.own:
        parts.append(f"<p>{escape(t['none'])}</p>")
    parts.append(f"<h2>{escape(t['to_decide'])}</h2><p>{escape(t['to_decide_intro'])}</p>")
    parts.append(
        _table(
            [
                {t["request_col"]: r.id, t["decided_on"]: _when(r.decided_on, t["not_yet"])}
                for r in posts.decided
            ],
            t["none"],
        )
    )
    parts.append(f"<h2>{escape(t['acknowledgements'])}</h2>")
    parts.append(
        _table(
            [
                {
                    t["document"]: a.document,
                    t["language"]: a.language,
                    t["document_hash"]: a.document_hash,
                    t["acknowledged_at"]: _when(a.acknowledged_at),
                }
                for a in posts.acknowledgements
            ],
            t["none"],
        )
    )
    parts.append(f"<h2>{escape(t['notifications'])}</h2>")
    parts.append(
        _table(
            [
                {
                    t["kind"]: n.kind,
                    t["request_col"]: n.request_id,
                    t["created_at"]: _when(n.created_at),
                    t["read_at"]: _when(n.read_at),
                }
                for n in posts.notifications
            ],
            t["none"],
        )
    )
    return parts


def render_html(access: SubjectAccess, language: str | None = None) -> str:
    """The report in ``language`` (the policy's language when not given)."""
    lang = language or access.language
    lang = lang if lang in LABELS else "en"
    t = LABELS[lang]
    parts = [
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{escape(t['title'].format(org=access.organization))}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(t['title'].format(org=access.organization))}</h1>",
        "<p>"
        + escape(
            t["intro"].format(
                day=access.made_on.isoformat(),
                name=access.name,
                id=access.person_id,
                department=access.department,
            )
        )
        + "</p>",
        f"<h2>{escape(t['periods'])}</h2>",
        _table(
            [
                {
                    t["period"]: p.period,
                    t["pseudonym"]: p.pseudonym or "",
                    t["status"]: t.get(p.status, p.status),
                    t["rows"]: len(p.web) + len(p.mail),
                }
                for p in access.periods
            ],
            t["none"],
        ),
    ]
    for period in access.periods:
        if not period.web and not period.mail:
            continue
        parts.append(f"<h3>{escape(period.period)}</h3>")
        parts.append(f"<h4>{escape(t['web'])}</h4>" + _table([_plain(r) for r in period.web], t["none"]))
        parts.append(f"<h4>{escape(t['mail'])}</h4>" + _table([_plain(r) for r in period.mail], t["none"]))
    parts.append(f"<h2>{escape(t['cases'])}</h2>" + _table(list(access.cases), t["none"]))
    parts.extend(_posts(access.posts, t))
    parts.append(
        f"<h2>{escape(t['where'])}</h2>"
        + _table([{"": what, " ": where} for what, where in access.held_where], t["none"])
    )
    parts.append("</body></html>")
    return "\n".join(parts)
