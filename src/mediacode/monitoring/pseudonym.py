"""Keyed pseudonyms: HMAC-SHA-256 under a key period's key, hex, 128 bits (ADR 0070).

A person resolved through ``people.csv`` is pseudonymised by their id, so all
their accounts and addresses share one pseudonym within a period; an account
that resolves to nobody is pseudonymised by its normalised name. The prefixes
keep the two input spaces apart: no account can be named so that it takes a
person's pseudonym. Nothing here stores or logs a key or an input.
"""

from __future__ import annotations

import hashlib
import hmac

KEY_BYTES = 32
PSEUDONYM_HEX = 32
"""128 bits: the spec asks for at least that many."""


def _hmac(key: bytes, text: str) -> str:
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()[:PSEUDONYM_HEX]


def person_pseudonym(key: bytes, person_id: str) -> str:
    """The pseudonym of a person of ``people.csv`` in the period of ``key``."""
    return _hmac(key, "person\0" + person_id)


def account_pseudonym(key: bytes, account: str) -> str:
    """The pseudonym of an account (already normalised) that resolves to nobody."""
    return _hmac(key, "account\0" + account)


def message_pseudonym(key: bytes, ingest_id: str, ordinal: int) -> str:
    """A keyed hash that tells messages of one ingest apart, to count them; it names no one."""
    return _hmac(key, f"message\0{ingest_id}\0{ordinal}")
