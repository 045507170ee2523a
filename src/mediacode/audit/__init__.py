"""Tamper-evident audit log: RFC 6962 Merkle tree over canonical JSON entries (ADR 0080).

Pure parts: ``hashing`` (leaf and node hashes), ``tree`` (roots, the
streaming ``Frontier``), ``inclusion`` and ``consistency`` (proofs and their
RFC 9162 verifiers), ``entry`` (canonical bytes), ``head`` (tree heads),
``guard`` (no raw identifiers), ``verify`` (one streaming pass over lines).
``log_file`` is the adapter to ``DIR/.mediacode/audit/``.
"""
