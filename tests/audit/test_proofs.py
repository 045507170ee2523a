"""Inclusion and consistency proofs for every size up to 20, checked by the independent verifier."""

from __future__ import annotations

import pytest

from mediacode.audit.consistency import consistency_proof, verify_consistency
from mediacode.audit.hashing import leaf_hash
from mediacode.audit.inclusion import inclusion_proof, verify_inclusion
from tests.audit import reference

MAX = 20
ENTRIES = [f'{{"seq":{i}}}'.encode() for i in range(MAX)]
LEAVES = [leaf_hash(entry) for entry in ENTRIES]
PAIRS = [(index, size) for size in range(1, MAX + 1) for index in range(size)]
PREFIXES = [(m, n) for n in range(1, MAX + 1) for m in range(1, n)]


def flipped(value: bytes) -> bytes:
    return bytes([value[0] ^ 1]) + value[1:]


@pytest.mark.parametrize(("index", "size"), PAIRS)
def test_inclusion_proofs_satisfy_the_independent_verifier(index: int, size: int) -> None:
    leaves = LEAVES[:size]
    root = reference.mth(ENTRIES[:size])
    path = inclusion_proof(leaves, index)
    assert reference.root_from_audit_path(index, size, leaves[index], path) == root
    assert verify_inclusion(leaves[index], index, size, path, root)


@pytest.mark.parametrize(("index", "size"), PAIRS)
def test_inclusion_verifier_rejects_every_mutation(index: int, size: int) -> None:
    leaves = LEAVES[:size]
    root = reference.mth(ENTRIES[:size])
    path = inclusion_proof(leaves, index)
    assert not verify_inclusion(flipped(leaves[index]), index, size, path, root)
    assert not verify_inclusion(leaves[index], index, size, path, flipped(root))
    assert not verify_inclusion(leaves[index], index, size, [*path, root], root)
    assert not verify_inclusion(leaves[index], size, size, path, root)
    for position in range(len(path)):
        bad = [*path[:position], flipped(path[position]), *path[position + 1 :]]
        assert not verify_inclusion(leaves[index], index, size, bad, root)
    if path:
        assert not verify_inclusion(leaves[index], index, size, path[:-1], root)
    if size > 1:
        other = (index + 1) % size
        assert not verify_inclusion(leaves[index], other, size, path, root)


@pytest.mark.parametrize(("first", "second"), PREFIXES)
def test_consistency_proofs_satisfy_the_independent_verifier(first: int, second: int) -> None:
    old_root, new_root = reference.mth(ENTRIES[:first]), reference.mth(ENTRIES[:second])
    proof = consistency_proof(LEAVES[:second], first)
    assert reference.roots_from_consistency(first, second, proof, old_root) == (old_root, new_root)
    assert verify_consistency(first, second, old_root, new_root, proof)


@pytest.mark.parametrize(("first", "second"), PREFIXES)
def test_consistency_verifier_rejects_every_mutation(first: int, second: int) -> None:
    old_root, new_root = reference.mth(ENTRIES[:first]), reference.mth(ENTRIES[:second])
    proof = consistency_proof(LEAVES[:second], first)
    assert not verify_consistency(first, second, flipped(old_root), new_root, proof)
    assert not verify_consistency(first, second, old_root, flipped(new_root), proof)
    assert not verify_consistency(first, second, old_root, new_root, [])
    assert not verify_consistency(first, second, old_root, new_root, [*proof, new_root])
    assert not verify_consistency(second, first, new_root, old_root, proof)
    for position in range(len(proof)):
        bad = [*proof[:position], flipped(proof[position]), *proof[position + 1 :]]
        assert not verify_consistency(first, second, old_root, new_root, bad)
    rewritten = [leaf_hash(b"forged"), *LEAVES[1:second]]
    assert not verify_consistency(
        first,
        second,
        old_root,
        reference.mth([b"forged", *ENTRIES[1:second]]),
        consistency_proof(rewritten, first),
    )


@pytest.mark.parametrize(
    ("first", "second", "proof_length", "same_roots", "valid"),
    [
        (0, 5, 0, False, True),  # every log extends the empty one
        (0, 5, 1, False, False),
        (5, 5, 0, True, True),
        (5, 5, 0, False, False),
        (5, 5, 1, True, False),
        (6, 5, 0, False, False),
    ],
)
def test_consistency_edge_sizes(
    first: int, second: int, proof_length: int, same_roots: bool, valid: bool
) -> None:
    old_root = reference.mth(ENTRIES[:first])
    new_root = old_root if same_roots else reference.mth(ENTRIES[:second]) + b""
    if not same_roots and first == second:
        new_root = flipped(old_root)
    proof = [LEAVES[0]] * proof_length
    assert verify_consistency(first, second, old_root, new_root, proof) is valid


@pytest.mark.parametrize(("index", "size"), [(-1, 3), (3, 3), (0, 0)])
def test_no_inclusion_proof_outside_the_tree(index: int, size: int) -> None:
    with pytest.raises(IndexError):
        inclusion_proof(LEAVES[:size], index)


def test_no_consistency_proof_for_a_longer_prefix() -> None:
    with pytest.raises(IndexError):
        consistency_proof(LEAVES[:3], 4)
