"""RFC 6962 / RFC 9162 Merkle trees: hashes, proofs, and their verification.

Written by hand, not taken from a library: the Python Merkle packages on PyPI either use
other hashing (no 0x00/0x01 domain separation) or are unmaintained, and the standalone
verifier (`feeds/verify_feed.py`) must carry the verification anyway. What is hashed is
pinned by the published vectors in `tests/data/tlog/` (transparency-dev/merkle) and by a
naive implementation in the tests.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()


class ProofError(ValueError):
    """A proof does not bind what it claims to the root it claims."""


def leaf_hash(entry: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + entry).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two smaller than n (n >= 2): RFC 6962's k."""
    return 1 << ((n - 1).bit_length() - 1)


class Tree:
    """Every full, aligned subtree hash of a list of leaf hashes, kept level by level.

    `levels[k][i]` is the hash of leaves [i·2^k, (i+1)·2^k). Any subtree hash the proofs
    need is then a lookup or a short recursion along the right edge: O(log² n) per proof
    after O(n) hashing once.
    """

    def __init__(self, leaves: Sequence[bytes] = ()) -> None:
        if any(len(h) != HASH_SIZE for h in leaves):
            raise ValueError("a leaf hash has 32 bytes")
        # Level by level in bulk: a log of 4·10⁵ leaves is rebuilt by every build.
        self.levels: list[list[bytes]] = [list(leaves)]
        while len(self.levels[-1]) > 1:
            below = self.levels[-1]
            # strict=False: an odd last hash has no sibling yet, so no parent at this level.
            pairs = zip(below[::2], below[1::2], strict=False)
            self.levels.append([node_hash(a, b) for a, b in pairs])

    @property
    def size(self) -> int:
        return len(self.levels[0])

    def append(self, leaf: bytes) -> None:
        if len(leaf) != HASH_SIZE:
            raise ValueError("a leaf hash has 32 bytes")
        self.levels[0].append(leaf)
        level, h = 0, leaf
        # The new leaf completes a subtree at each level where its index is odd.
        while len(self.levels[level]) % 2 == 0:
            below = self.levels[level]
            h = node_hash(below[-2], below[-1])
            level += 1
            if len(self.levels) == level:
                self.levels.append([])
            self.levels[level].append(h)

    def hash(self, lo: int = 0, hi: int | None = None) -> bytes:
        """MTH(D[lo:hi]); `hash()` is the root of the whole tree."""
        hi = self.size if hi is None else hi
        if not 0 <= lo <= hi <= self.size:
            raise ValueError(f"range [{lo}, {hi}) outside a tree of {self.size}")
        n = hi - lo
        if n == 0:
            return EMPTY_ROOT
        k = n.bit_length() - 1
        if n == 1 << k and lo % n == 0:
            return self.levels[k][lo >> k]
        split = _split(n)
        return node_hash(self.hash(lo, lo + split), self.hash(lo + split, hi))

    def inclusion(self, index: int, size: int | None = None) -> list[bytes]:
        """PATH(index, D[0:size]) of RFC 9162 2.1.3.1."""
        size = self.size if size is None else size
        if not 0 <= index < size <= self.size:
            raise ValueError(f"no leaf {index} in a tree of {size}")
        return self._path(index, 0, size)

    def _path(self, m: int, lo: int, hi: int) -> list[bytes]:
        n = hi - lo
        if n == 1:
            return []
        k = _split(n)
        if m < k:
            return [*self._path(m, lo, lo + k), self.hash(lo + k, hi)]
        return [*self._path(m - k, lo + k, hi), self.hash(lo, lo + k)]

    def range_proof(self, start: int, end: int) -> list[bytes]:
        """The hashes of the subtrees outside leaves [start, end) that the root needs, in
        the order `root_from_range` consumes them: about 2·log n hashes for any number of
        adjacent leaves (a subject's listings and its two neighbours share one proof)."""
        if not 0 <= start < end <= self.size:
            raise ValueError(f"no range [{start}, {end}) in a tree of {self.size}")
        out: list[bytes] = []

        def walk(lo: int, hi: int) -> None:
            if hi <= start or lo >= end:
                out.append(self.hash(lo, hi))
            elif hi - lo > 1:
                k = _split(hi - lo)
                walk(lo, lo + k)
                walk(lo + k, hi)

        walk(0, self.size)
        return out

    def consistency(self, old: int, new: int | None = None) -> list[bytes]:
        """PROOF(old, D[0:new]) of RFC 9162 2.1.4.1; empty when old is 0 or old == new."""
        new = self.size if new is None else new
        if not 0 <= old <= new <= self.size:
            raise ValueError(f"no consistency proof from {old} to {new}")
        if old in (0, new):
            return []
        return self._subproof(old, 0, new, True)

    def _subproof(self, m: int, lo: int, hi: int, whole: bool) -> list[bytes]:
        n = hi - lo
        if m == n:
            return [] if whole else [self.hash(lo, hi)]
        k = _split(n)
        if m <= k:
            return [*self._subproof(m, lo, lo + k, whole), self.hash(lo + k, hi)]
        return [*self._subproof(m - k, lo + k, hi, False), self.hash(lo, lo + k)]


def root_of(leaves: Sequence[bytes]) -> bytes:
    return Tree(leaves).hash()


def _hashes(*values: bytes) -> None:
    if any(len(v) != HASH_SIZE for v in values):
        raise ProofError("a hash in the proof does not have 32 bytes")


def verify_inclusion(
    index: int, size: int, leaf: bytes, path: Sequence[bytes], root: bytes
) -> None:
    """RFC 9162 2.1.3.2; raises ProofError unless `leaf` is leaf `index` of `root`."""
    _hashes(leaf, *path)
    if not 0 <= index < size:
        raise ProofError(f"leaf {index} is outside a tree of {size}")
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if sn == 0:
            raise ProofError("the inclusion proof is too long")
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn:
                fn, sn = fn >> 1, sn >> 1
        else:
            r = node_hash(r, p)
        fn, sn = fn >> 1, sn >> 1
    if sn != 0:
        raise ProofError("the inclusion proof is too short")
    if r != root:
        raise ProofError("the inclusion proof does not lead to the root")


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, path: Sequence[bytes]
) -> None:
    """RFC 9162 2.1.4.2; raises ProofError unless tree `new` extends tree `old`."""
    _hashes(*path)
    if not 0 < old_size <= new_size:
        # As transparency-dev/merkle: a proof from the empty tree proves nothing, and a
        # caller that compares with nothing must say so rather than pass size 0.
        raise ProofError(f"no consistency proof from a tree of {old_size} to {new_size}")
    if old_size == new_size:
        if path:
            raise ProofError("a proof between equal sizes must be empty")
        if old_root != new_root:
            raise ProofError("two different roots for the same size")
        return
    if not path:
        raise ProofError("the consistency proof is empty")
    proof = list(path)
    if old_size & (old_size - 1) == 0:
        proof.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn, sn = fn >> 1, sn >> 1
    fr = sr = proof[0]
    for c in proof[1:]:
        if sn == 0:
            raise ProofError("the consistency proof is too long")
        if fn & 1 or fn == sn:
            fr, sr = node_hash(c, fr), node_hash(c, sr)
            while not fn & 1 and fn:
                fn, sn = fn >> 1, sn >> 1
        else:
            sr = node_hash(sr, c)
        fn, sn = fn >> 1, sn >> 1
    if sn != 0:
        raise ProofError("the consistency proof is too short")
    if fr != old_root:
        raise ProofError("the consistency proof does not lead to the old root")
    if sr != new_root:
        raise ProofError("the consistency proof does not lead to the new root")


def root_from_range(
    size: int, start: int, leaves: Sequence[bytes], proof: Sequence[bytes]
) -> bytes:
    """The root of a tree of `size` leaves whose leaves [start, start + len(leaves)) are
    given, from the `range_proof` of the others. ProofError if the proof has the wrong
    number of hashes; a wrong hash gives another root, which the caller compares."""
    end = start + len(leaves)
    if not 0 <= start < end <= size:
        raise ProofError(f"no range [{start}, {end}) in a tree of {size}")
    _hashes(*leaves, *proof)
    taken = iter(proof)

    def walk(lo: int, hi: int) -> bytes:
        if hi <= start or lo >= end:
            found = next(taken, None)
            if found is None:
                raise ProofError("the range proof is too short")
            return found
        if hi - lo == 1:
            return leaves[lo - start]
        k = _split(hi - lo)
        return node_hash(walk(lo, lo + k), walk(lo + k, hi))

    root = walk(0, size)
    if next(taken, None) is not None:
        raise ProofError("the range proof is too long")
    return root
