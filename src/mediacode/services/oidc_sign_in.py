"""Use case: the person an OpenID Connect provider vouches for, by verified e-mail address.

Only an address the provider marks ``email_verified`` is trusted; it must be
the e-mail of one person of people.csv (case-insensitive) whose account is not
disabled. Nothing else of the token is used, and no address is written to a
log or an error message.
"""

from __future__ import annotations

from mediacode.org.organization import Organization
from mediacode.services.access_errors import SignInError
from mediacode.storage.db import account_repository as accounts
from mediacode.storage.db.database import Database


class UnverifiedEmailError(SignInError):
    """The provider did not vouch for the e-mail address."""


class UnknownEmailError(SignInError):
    """No person (or no enabled account) has that e-mail address."""


def person_for_email(db: Database, org: Organization, email: str | None, verified: bool) -> str:
    """The person id for a verified e-mail address; an error naming neither the address nor the person."""
    if not email or not verified:
        raise UnverifiedEmailError("the identity provider did not confirm the e-mail address")
    lowered = email.strip().lower()
    person = next((p for p in org.people if p.email and p.email.lower() == lowered), None)
    if person is None:
        raise UnknownEmailError("no one in this organization has that e-mail address")
    with db.transaction() as session:
        row = accounts.find_user(session, person.id)
        if row is not None and row.disabled:
            raise UnknownEmailError("no one in this organization has that e-mail address")
    return person.id
