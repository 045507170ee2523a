"""RFC 6962 §2.1 hashing: distinct prefixes for leaves and interior nodes.

The prefixes keep a leaf from ever being passed off as an interior node (a
second-preimage trick on plain Merkle trees).
"""

from __future__ import annotations

from hashlib import sha256

LEAF_PREFIX = b"\x00"
NODE_PREFIX = b"\x01"
HASH_BYTES = 32
EMPTY_ROOT = sha256(b"").digest()
"""The root of the tree with no leaves: the hash of the empty string (RFC 6962 §2.1)."""


def leaf_hash(entry: bytes) -> bytes:
    """``SHA-256(0x00 || entry)``."""
    return sha256(LEAF_PREFIX + entry).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """``SHA-256(0x01 || left || right)``."""
    return sha256(NODE_PREFIX + left + right).digest()
