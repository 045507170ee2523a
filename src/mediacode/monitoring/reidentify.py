"""Re-identification for a documented case: recompute the directory's pseudonyms under one period's key.

No table maps pseudonyms back to people (monitoring.md step 5). The cases
workflow calls this only after two approvals; here it is the bare lookup.
"""

from __future__ import annotations

from mediacode.monitoring.keystore import KeyStore
from mediacode.monitoring.pseudonym import person_pseudonym
from mediacode.org.organization import Organization


def reidentify(pseudonym: str, period: str, org: Organization, keystore: KeyStore) -> str | None:
    """The id of the person of ``people.csv`` behind ``pseudonym`` in ``period``, or ``None``.

    ``KeyDestroyedError`` when the period's key was destroyed (the link is gone
    for good), ``NotFoundError`` when the period never had a key.
    """
    key = keystore.get(period)
    wanted = pseudonym.strip().lower()
    for person in org.people:
        if person_pseudonym(key, person.id) == wanted:
            return person.id
    return None
