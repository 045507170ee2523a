"""What every lint rule receives: the organization, the date to judge against, the messages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mediacode.i18n import Gettext, gettext_for
from mediacode.org import Organization
from mediacode.org.schema import Policy


@dataclass(frozen=True)
class LintContext:
    """The organization under lint, ``today`` (rules about dates never read the clock)
    and ``_``, the ``lint`` catalog's gettext for the policy's language."""

    org: Organization
    today: dt.date
    _: Gettext

    @classmethod
    def for_organization(cls, org: Organization, today: dt.date) -> LintContext:
        return cls(org, today, gettext_for(org.language, "lint"))

    @property
    def policy(self) -> Policy:
        return self.org.policy
