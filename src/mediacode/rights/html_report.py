"""The subject access report: one standalone HTML page (no scripts, fonts, links) in the policy language."""

from __future__ import annotations

from html import escape
from typing import Any

from mediacode.rights.model import SubjectAccess, _plain

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
        "approvals": "Post approval requests and acknowledgements",
        "where": "What is held where",
        "exported": "exported",
        "key destroyed": "key destroyed: no row can be linked to you any more",
        "sealed": "key sealed: open it with two custodians' shares",
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
        "approvals": "Goedkeuringsverzoeken voor berichten en bevestigingen",
        "where": "Wat waar bewaard wordt",
        "exported": "geëxporteerd",
        "key destroyed": "sleutel vernietigd: geen regel is nog aan u te koppelen",
        "sealed": "sleutel verzegeld: te openen met de delen van twee bewaarders",
        "no key": "in deze periode is niets opgeslagen",
    },
}

STYLE = (
    "body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
    "table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.9rem}"
    "th,td{border:1px solid #bbb;padding:.2rem .5rem;text-align:left}th{background:#eee}"
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


def render_html(access: SubjectAccess) -> str:
    lang = access.language if access.language in LABELS else "en"
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
    held = access.as_dict()["post_approvals_and_acknowledgements"]
    parts.append(f"<h2>{escape(t['approvals'])}</h2><p>{escape(str(held))}</p>")
    parts.append(
        f"<h2>{escape(t['where'])}</h2>"
        + _table([{"": what, " ": where} for what, where in access.held_where], t["none"])
    )
    parts.append("</body></html>")
    return "\n".join(parts)
