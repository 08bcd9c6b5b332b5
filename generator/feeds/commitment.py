"""Salted commitments to feed events: history stays provable after its content is withdrawn.

A listing's content is public only while the listing is (seed 004 三(二)); afterwards the
change log keeps, for each of its events, only a commitment

    salt       = HMAC-SHA256(secret key, "creditsite/event-salt/v1\\x00" + event id)
    commitment = SHA-256("creditsite/event-commitment/v1\\x00" + salt + RFC 8785(content))

The salt is derived, not random, so the same dataset and keys give byte-identical builds; it
comes from a secret key, so nobody can test a guessed content against a published
commitment. While the listing is public the salt is published beside the content, so a bank
that stored both can later prove what it received (recompute the commitment, find it in the
log), while a reader who never saw them learns nothing from the commitment alone.

The transparency log (issue 19) takes these commitments as its leaves; this module is the
one definition both use, and `feeds/SPEC.md` documents it for verifiers.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import NamedTuple

from generator.sign.canonical import canonical_bytes

SALT_CONTEXT = b"creditsite/event-salt/v1\x00"
COMMITMENT_CONTEXT = b"creditsite/event-commitment/v1\x00"


class Commitment(NamedTuple):
    salt: str  # lower-case hex, 64 characters
    value: str  # lower-case hex, 64 characters


def event_salt(key: bytes, event_id: str) -> bytes:
    """The event's salt: a keyed function of its id alone, so it never changes."""
    # hmac.digest: the same HMAC as hmac.new(...).digest(), in one C call (10⁵ events).
    return hmac.digest(key, SALT_CONTEXT + event_id.encode("utf-8"), "sha256")


def commitment_of(salt: bytes, content: object) -> str:
    """What a verifier recomputes from a published (or kept) salt and content."""
    return commitment_of_canonical(salt, canonical_bytes(content))


def commitment_of_canonical(salt: bytes, canonical: bytes) -> str:
    """The same, for a caller that already holds the content's RFC 8785 bytes (the log
    assembles them from parts it has serialised once per record)."""
    return hashlib.sha256(COMMITMENT_CONTEXT + salt + canonical).hexdigest()


def commit_event(key: bytes, event_id: str, content: object) -> Commitment:
    salt = event_salt(key, event_id)
    return Commitment(salt.hex(), commitment_of(salt, content))
