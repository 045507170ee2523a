"""Words for the policy's enumerated values, as English message ids of the ``documents`` domain.

The context builder translates them; ``N_`` only marks them for extraction
(``babel.messages.extract`` with keyword ``N_``). A value without a label
(an organization's own group or category name) is shown as written.
"""

from __future__ import annotations


def N_(message: str) -> str:  # noqa: N802 - the conventional gettext marker name
    """Mark ``message`` for the catalog without translating it here."""
    return message


SOURCES = {
    "squid": N_("the web proxy (Squid access log)"),
    "combined": N_("the web proxy (combined log format)"),
    "postfix": N_("the mail server (Postfix mail log)"),
    "m365": N_("Microsoft 365 / Exchange Online (message trace)"),
}

WEB_FIELDS = {
    "time": N_("date and time"),
    "user": N_("user account (as a pseudonym)"),
    "host": N_("the website's host name (no page address, no search terms)"),
    "method": N_("type of request"),
    "status": N_("result of the request"),
    "bytes": N_("amount of data"),
    "content_type": N_("type of content (for instance image or video)"),
    "category": N_("category of the website"),
}

MAIL_FIELDS = {
    "time": N_("date and time"),
    "sender": N_("sender (as a pseudonym)"),
    "recipients": N_("recipients (as pseudonyms)"),
    "size": N_("size of the message"),
    "direction": N_("direction (incoming, outgoing or internal)"),
    "status": N_("delivery status"),
}

GROUPS = {
    "works_council": N_("the works council"),
    "company_doctor": N_("the company doctor"),
    "confidential_counsellor": N_("the confidential counsellor"),
    "union": N_("the trade union"),
}

APPROVER_ROLES = {
    "privacy_officer": N_("the privacy officer"),
    "works_council": N_("a member of the works council appointed by the works council"),
    "director": N_("a director"),
    "hr": N_("the head of HR"),
    "manager": N_("the employee's manager"),
}

PERSON_ROLES = {
    "employee": N_("employees"),
    "manager": N_("managers"),
    "director": N_("directors"),
}

KEY_PERIODS = {
    "week": N_("every week"),
    "month": N_("every month"),
    "quarter": N_("every quarter"),
}

BLOCKED_CATEGORIES = {
    "malware": N_("malware"),
    "phishing": N_("phishing"),
    "gambling": N_("gambling"),
    "adult": N_("adult content"),
    "violence": N_("violence"),
    "hacking": N_("hacking tools"),
    "warez": N_("illegal downloads"),
    "drugs": N_("drugs"),
}

SEVERITIES = {
    "allowed": N_("allowed"),
    "caution": N_("caution"),
    "approval_required": N_("approval required"),
    "not_allowed": N_("not allowed"),
}

CATEGORIES = {
    "colleague": N_("Colleagues"),
    "customer": N_("Customers"),
    "supplier": N_("Suppliers"),
    "confidential": N_("Confidential information"),
    "personal_data": N_("Other people's personal data"),
    "damaging": N_("Damaging statements"),
    "conduct": N_("Bad taste"),
    "position": N_("Your position"),
}

BUILTIN_CONTROL_TEXTS = {
    "malware_hits": N_(
        "Counts, per department and period, how often the web proxy or the mail server stopped"
        " malicious software."
    ),
    "phishing_hits": N_(
        "Counts, per department and period, how many phishing messages were stopped and how often"
        " a known phishing site was blocked."
    ),
    "bandwidth_by_department": N_(
        "Adds up the amount of internet traffic per department and period, to see whether the"
        " connection keeps enough room for the work."
    ),
    "blocked_category_attempts": N_(
        "Counts, per department and period, attempts to reach websites in a blocked category. A"
        " pseudonym far above its department's usual level may be flagged; a flag never leads to"
        " a conclusion by itself, it can only be the reason to open a case."
    ),
    "private_browsing_share": N_(
        "Estimates, per department and period, which share of internet traffic goes to websites"
        " for private use, to check that private use stays within the agreed limits."
    ),
}

PAGE_OF = N_("Page %(page)s of %(pages)s")
"""The footer of every PDF page."""
