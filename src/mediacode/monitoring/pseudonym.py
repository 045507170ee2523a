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
from collections.abc import Iterable

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


class MessagePseudonyms:
    """``message_pseudonym`` of one key and ingest for many ordinals: the HMAC's keyed state is made once.

    The inner hash is started from a copy of the state after the key and the
    fixed prefix, the outer one from a copy after the key, as HMAC is defined
    (RFC 2104); the hex digests are those of ``message_pseudonym``.
    """

    __slots__ = ("_inner", "_outer")

    def __init__(self, key: bytes, ingest_id: str) -> None:
        block = hashlib.sha256().block_size
        if len(key) > block:
            key = hashlib.sha256(key).digest()
        key = key.ljust(block, b"\0")
        self._inner = hashlib.sha256(bytes(byte ^ 0x36 for byte in key))
        self._inner.update(f"message\0{ingest_id}\0".encode())
        self._outer = hashlib.sha256(bytes(byte ^ 0x5C for byte in key))

    def of(self, ordinal: int) -> str:
        inner = self._inner.copy()
        inner.update(str(ordinal).encode())
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.hexdigest()[:PSEUDONYM_HEX]

    def of_many(self, ordinals: Iterable[int]) -> list[str]:
        """``of`` of each ordinal, in order: the same digests, with the per-call lookups made once."""
        inner_copy, outer_copy = self._inner.copy, self._outer.copy
        found: list[str] = []
        keep = found.append
        for ordinal in ordinals:
            inner = inner_copy()
            inner.update(b"%d" % ordinal)
            outer = outer_copy()
            outer.update(inner.digest())
            keep(outer.hexdigest()[:PSEUDONYM_HEX])
        return found
