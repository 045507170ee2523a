"""Errors of signing in, of accounts and of approval requests.

The tree (children of :mod:`mediacode.errors`)::

    InputError
    +-- SignInError            wrong username or password (never says which)
    |   +-- LockedOutError     too many failed sign-ins; retry later (retryable)
    +-- PasswordRuleError      a new password is too short or too long
    GovernanceError
    +-- NoApproverError        the policy names nobody to approve this author's posts
    +-- AlreadyDecidedError    the request was approved or rejected before
"""

from __future__ import annotations

from mediacode.errors import GovernanceError, InputError


class SignInError(InputError):
    """The username or the password is wrong, or the account cannot sign in."""


class LockedOutError(SignInError):
    """Too many failed sign-ins for this username or from this client."""

    retryable = True


class PasswordRuleError(InputError):
    """A password that may not be set."""


class NoApproverError(GovernanceError):
    """Nobody approves this author's posts under ``social_media.approver``."""


class AlreadyDecidedError(GovernanceError):
    """The approval request has a decision already."""
