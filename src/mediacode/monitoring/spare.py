"""Sparing: mail that must never be stored, dropped before anything is written (monitoring.md step 4).

A message is spared when it is marked private (the policy's subject tag, or a
folder or mailbox marker when the source tells it) or when any party — the
sender or a recipient — is a member of a privileged group of the policy
(``works_council``, ``company_doctor`` …, membership from ``people.csv``).
Identities are resolved first (ADR 0071): an alias in ``accounts.csv`` of a
works-council member is spared as well. Only counts per reason are kept.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from mediacode.monitoring.identity import Identity
from mediacode.monitoring.records import MailRecord
from mediacode.org.organization import Organization

PRIVATE = "private_marked"
PRIVILEGED = "privileged"


@dataclass
class Sparer:
    """Decides per message whether it is spared, and counts what it spared per reason."""

    privileged_ids: frozenset[str]
    spared: Counter[str] = field(default_factory=Counter)

    @classmethod
    def for_organization(cls, org: Organization) -> Sparer:
        groups = set(org.policy.monitoring.privileged_groups)
        return cls(frozenset(p.id for p in org.people if groups.intersection(p.groups)))

    def reason(
        self, record: MailRecord, parties: Iterable[Identity], marked_private: bool = False
    ) -> str | None:
        """Why ``record`` must not be stored, or ``None``; ``marked_private`` is a folder/mailbox marker."""
        if record.subject_marker_private or marked_private:
            return PRIVATE
        for party in parties:
            if party.person is not None and party.person.id in self.privileged_ids:
                return PRIVILEGED
        return None

    def spare(self, record: MailRecord, parties: Iterable[Identity], marked_private: bool = False) -> bool:
        """Whether to drop ``record``; counts it when so."""
        why = self.reason(record, parties, marked_private)
        if why is None:
            return False
        self.spared[why] += 1
        return True
