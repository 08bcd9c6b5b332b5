"""RFC 6962 hashing and proofs: published vectors, and every small tree against a naive
implementation written straight from RFC 6962 section 2.1 (no levels, no shortcuts)."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.tlog.merkle import (
    EMPTY_ROOT,
    ProofError,
    Tree,
    leaf_hash,
    root_from_range,
    verify_consistency,
    verify_inclusion,
)

VECTORS = Path(__file__).parent / "data" / "tlog" / "transparency-dev"

# transparency-dev/merkle testonly/constants.go: LeafInputs() and RootHashes().
LEAVES = [
    bytes.fromhex(h) for h in ("", "00", "10", "2021", "3031", "40414243", "5051525354555657")
] + [bytes.fromhex("606162636465666768696a6b6c6d6e6f")]
ROOTS = [
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]


def _b64(text: str) -> bytes:
    return base64.b64decode(text)


def test_root_hashes_of_the_reference_leaves() -> None:
    assert EMPTY_ROOT.hex() == ROOTS[0]
    tree = Tree()
    for size, entry in enumerate(LEAVES, start=1):
        tree.append(leaf_hash(entry))
        assert tree.hash().hex() == ROOTS[size]
        assert naive_root([leaf_hash(e) for e in LEAVES[:size]]).hex() == ROOTS[size]


def _cases(kind: str) -> list[Path]:
    found = sorted((VECTORS / kind).rglob("*.json"))
    assert len(found) > 50, f"the {kind} vectors are missing"
    return found


@pytest.mark.parametrize("path", _cases("inclusion"), ids=lambda p: p.parent.name + "/" + p.stem)
def test_inclusion_vectors(path: Path) -> None:
    case = json.loads(path.read_text())
    args = (
        case["leafIdx"],
        case["treeSize"],
        _b64(case["leafHash"]),
        [_b64(p) for p in case["proof"] or []],
        _b64(case["root"]),
    )
    if case["wantErr"]:
        with pytest.raises(ProofError):
            verify_inclusion(*args)
    else:
        verify_inclusion(*args)


@pytest.mark.parametrize("path", _cases("consistency"), ids=lambda p: p.parent.name + "/" + p.stem)
def test_consistency_vectors(path: Path) -> None:
    case = json.loads(path.read_text())
    args = (
        case["size1"],
        case["size2"],
        _b64(case["root1"]),
        _b64(case["root2"]),
        [_b64(p) for p in case["proof"] or []],
    )
    if case["wantErr"]:
        with pytest.raises(ProofError):
            verify_consistency(*args)
    else:
        verify_consistency(*args)


def test_vector_proofs_are_the_ones_we_make() -> None:
    """Our proofs for the reference tree are byte for byte the published ones."""
    tree = Tree([leaf_hash(e) for e in LEAVES])
    for path in _cases("inclusion"):
        case = json.loads(path.read_text())
        if case["desc"] == "happy path" and case["treeSize"] <= len(LEAVES):
            got = tree.inclusion(case["leafIdx"], case["treeSize"])
            assert [base64.b64encode(h).decode() for h in got] == (case["proof"] or [])
    for path in _cases("consistency"):
        case = json.loads(path.read_text())
        if case["desc"] == "happy path" and case["size2"] <= len(LEAVES):
            got = tree.consistency(case["size1"], case["size2"])
            assert [base64.b64encode(h).decode() for h in got] == (case["proof"] or [])


# --- the naive model: RFC 6962 2.1 read literally ------------------------------------


def _h(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def naive_root(leaves: list[bytes]) -> bytes:
    n = len(leaves)
    if n == 0:
        return _h(b"")
    if n == 1:
        return leaves[0]
    k = 1
    while k * 2 < n:
        k *= 2
    return _h(b"\x01" + naive_root(leaves[:k]) + naive_root(leaves[k:]))


def naive_path(m: int, leaves: list[bytes]) -> list[bytes]:
    n = len(leaves)
    if n == 1:
        return []
    k = 1
    while k * 2 < n:
        k *= 2
    if m < k:
        return [*naive_path(m, leaves[:k]), naive_root(leaves[k:])]
    return [*naive_path(m - k, leaves[k:]), naive_root(leaves[:k])]


def naive_subproof(m: int, leaves: list[bytes], whole: bool) -> list[bytes]:
    n = len(leaves)
    if m == n:
        return [] if whole else [naive_root(leaves)]
    k = 1
    while k * 2 < n:
        k *= 2
    if m <= k:
        return [*naive_subproof(m, leaves[:k], whole), naive_root(leaves[k:])]
    return [*naive_subproof(m - k, leaves[k:], False), naive_root(leaves[:k])]


def _leaves(n: int) -> list[bytes]:
    return [leaf_hash(f"leaf {i}".encode()) for i in range(n)]


BIG = _leaves(300)
BIG_TREE = Tree(BIG)


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 300).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n - 1))))
def test_inclusion_matches_naive(case: tuple[int, int]) -> None:
    size, index = case
    leaves = BIG[:size]
    root = naive_root(leaves)
    assert BIG_TREE.hash(0, size) == root
    path = BIG_TREE.inclusion(index, size)
    assert path == naive_path(index, leaves)
    verify_inclusion(index, size, leaves[index], path, root)
    if size > 1:  # any other leaf, index or size is refused
        with pytest.raises(ProofError):
            verify_inclusion(index, size, leaves[(index + 1) % size], path, root)
        with pytest.raises(ProofError):
            verify_inclusion((index + 1) % size, size, leaves[index], path, root)


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 300).flatmap(lambda n: st.tuples(st.integers(1, n), st.just(n))))
def test_consistency_matches_naive(case: tuple[int, int]) -> None:
    old, new = case
    proof = BIG_TREE.consistency(old, new)
    assert proof == ([] if old == new else naive_subproof(old, BIG[:new], True))
    old_root, new_root = naive_root(BIG[:old]), naive_root(BIG[:new])
    verify_consistency(old, new, old_root, new_root, proof)
    # A rewritten leaf before `old` breaks the proof from the honest old root.
    forged = [*BIG[:new]]
    forged[old - 1] = leaf_hash(b"rewritten")
    with pytest.raises(ProofError):
        verify_consistency(old, new, old_root, naive_root(forged), Tree(forged).consistency(old))


def test_every_size_up_to_300_exhaustively() -> None:
    """Not sampled: every (size, index) and (old, new) pair up to 64, and every size to 300
    against its root, so no corner of the right edge escapes."""
    for size in range(1, 301):
        assert BIG_TREE.hash(0, size) == naive_root(BIG[:size])
    for new in range(1, 65):
        root = naive_root(BIG[:new])
        for i in range(new):
            verify_inclusion(i, new, BIG[i], BIG_TREE.inclusion(i, new), root)
        for old in range(1, new + 1):
            proof = BIG_TREE.consistency(old, new)
            verify_consistency(old, new, naive_root(BIG[:old]), root, proof)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 300).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.integers(0, n - 1).flatmap(lambda a: st.tuples(st.just(a), st.integers(a + 1, n))),
        )
    )
)
def test_range_proofs_rebuild_the_root(case: tuple[int, tuple[int, int]]) -> None:
    size, (start, end) = case
    proof = big_tree_at(size).range_proof(start, end)
    root = naive_root(BIG[:size])
    assert root_from_range(size, start, BIG[start:end], proof) == root
    assert len(proof) <= 2 * size.bit_length()
    other = [*BIG[start:end]]
    other[0] = leaf_hash(b"another leaf")
    assert root_from_range(size, start, other, proof) != root
    with pytest.raises(ProofError):
        root_from_range(size, start, BIG[start:end], [*proof, proof[0] if proof else root])


def big_tree_at(size: int) -> Tree:
    return Tree(BIG[:size])
