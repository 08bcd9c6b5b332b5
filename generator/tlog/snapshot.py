"""The daily snapshot commitment: one Merkle tree over the listings active on a build's day.

Each leaf is `tag || binding` (64 bytes), sorted by tag then record id:

    tag     = HMAC-SHA256(k, "creditsite/snapshot-order/v1\\x00" + subject key)
    salt    = HMAC-SHA256(k, "creditsite/snapshot-salt/v1\\x00" + subject key)
    binding = SHA-256("creditsite/snapshot-binding/v1\\x00" + salt
                      + RFC 8785({"record_id": record id, "subject": subject key}))

k is the pseudonym key. A subject's listings are therefore adjacent, and a proof for a
subject opens its run of leaves plus the one leaf on each side: those neighbours show a tag
and a binding that nobody without k can link to a subject or a record (a keyed order, not
the subject key's plain hash, because USCCs are few enough to hash them all). The SPEC
("What a proof reveals") says what the opened leaves do disclose and why that is acceptable.
"""

from __future__ import annotations

import bisect
import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass

from generator.tlog.merkle import Tree, leaf_hash

ORDER_CONTEXT = b"creditsite/snapshot-order/v1\x00"
SALT_CONTEXT = b"creditsite/snapshot-salt/v1\x00"
BINDING_CONTEXT = b"creditsite/snapshot-binding/v1\x00"


def subject_tag(key: bytes, subject: str) -> bytes:
    return hmac.digest(key, ORDER_CONTEXT + subject.encode("utf-8"), "sha256")


def subject_salt(key: bytes, subject: str) -> bytes:
    return hmac.digest(key, SALT_CONTEXT + subject.encode("utf-8"), "sha256")


def binding(salt: bytes, subject: str, record_id: str) -> bytes:
    # RFC 8785 of {"record_id", "subject"}: two ASCII keys in order, json's string encoder
    # (what canonical_bytes writes for it; tests/test_tlog_tiles.py checks they agree).
    body = f'{{"record_id":{_q(record_id)},"subject":{_q(subject)}}}'.encode()
    return hashlib.sha256(BINDING_CONTEXT + salt + body).digest()


_q = json.encoder.encode_basestring


@dataclass(frozen=True, slots=True)
class SnapshotLeaf:
    tag: bytes
    binding: bytes
    record_id: str  # kept by the publisher (to open a run later), never in the leaf

    @property
    def entry(self) -> bytes:
        return self.tag + self.binding


@dataclass(frozen=True, slots=True)
class Snapshot:
    leaves: tuple[SnapshotLeaf, ...]
    tree: Tree

    @property
    def root(self) -> bytes:
        return self.tree.hash()

    def run(self, tag: bytes) -> tuple[int, int]:
        """[first, end) of the leaves with this tag; first == end when there are none."""
        tags = [leaf.tag for leaf in self.leaves]
        return bisect.bisect_left(tags, tag), bisect.bisect_right(tags, tag)


def build_snapshot(key: bytes, active: Iterable[tuple[str, str]]) -> Snapshot:
    """The tree over (subject key, record id) of every active listing."""
    salts: dict[str, tuple[bytes, bytes]] = {}
    leaves = []
    for subject, record_id in active:
        found = salts.get(subject)
        if found is None:
            found = salts[subject] = (subject_tag(key, subject), subject_salt(key, subject))
        leaves.append(SnapshotLeaf(found[0], binding(found[1], subject, record_id), record_id))
    leaves.sort(key=lambda leaf: (leaf.tag, leaf.record_id))
    return Snapshot(tuple(leaves), Tree([leaf_hash(x.entry) for x in leaves]))


def dump_leaves(snapshot: Snapshot) -> bytes:
    """The publisher's private copy (one line per leaf), from which `prove` opens a past
    day's snapshot: tag and binding in hex, then the record id."""
    return b"".join(
        f"{x.tag.hex()} {x.binding.hex()} {x.record_id}\n".encode() for x in snapshot.leaves
    )


def load_leaves(data: bytes) -> Snapshot:
    leaves = []
    for line in data.decode("utf-8").splitlines():
        tag, bind, record_id = line.split(" ", 2)
        leaves.append(SnapshotLeaf(bytes.fromhex(tag), bytes.fromhex(bind), record_id))
    return Snapshot(tuple(leaves), Tree([leaf_hash(x.entry) for x in leaves]))
