"""Use case: check a draft as its author, storing nothing (the draft lives only in this call)."""

from __future__ import annotations

from mediacode.org.organization import Organization
from mediacode.review import Decision
from mediacode.review.reviewer import reviewer_for
from mediacode.services.approvals import check_draft


def check_post(org: Organization, author_id: str, text: str) -> Decision:
    author = org.get_person(author_id)
    return reviewer_for(org).review(check_draft(text), author.id)
