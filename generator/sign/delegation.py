"""Two-level keys: the offline root key delegates manifest signing to an online key.

Rotation is a new delegation with a higher version naming another online key; revocation
lists the old key id in `revoked`. A verifier pins only the root public key.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime

from generator.errors import (
    BadSignatureError,
    KeyNotDelegatedError,
    MixAndMatchError,
    SigningError,
)
from generator.sign.envelope import (
    DELEGATION_PATH,
    Delegation,
    Envelope,
    Manifest,
    delegation_from,
    format_time,
    parse_envelope,
    seal,
)
from generator.sign.keys import PublicKey, SigningKey


@dataclass(frozen=True, slots=True)
class SignedDelegation:
    delegation: Delegation
    data: bytes  # the exact file bytes, published as keys/delegation.json


def delegate_key(
    root: SigningKey,
    online: PublicKey,
    *,
    version: int,
    valid_from: datetime,
    valid_until: datetime,
    revoked: Iterable[str] = (),
) -> SignedDelegation:
    """The root key signs: `online` may sign manifests from `valid_from` until `valid_until`."""
    if version < 1:
        raise SigningError("a delegation version starts at 1")
    if valid_until <= valid_from:
        raise SigningError("the delegation ends before it starts")
    revoked_ids = tuple(sorted(set(revoked)))
    if online.key_id in revoked_ids:
        raise SigningError("the online key cannot be delegated and revoked at once")
    if root.key_id == online.key_id:
        raise SigningError("the online key must not be the root key")
    format_time(valid_from)  # refuses naive times before anything is signed
    delegation = Delegation(
        version=version,
        root_key_id=root.key_id,
        online_key=online,
        valid_from=valid_from,
        valid_until=valid_until,
        revoked=revoked_ids,
    )
    return SignedDelegation(delegation, seal(delegation.to_dict(), root))


def read_delegation(data: bytes, root: PublicKey) -> SignedDelegation:
    """Parse keys/delegation.json and check the root's signature (BadSignatureError if not)."""
    envelope = parse_envelope(data, "delegation", DELEGATION_PATH)
    delegation = delegation_from(envelope)
    if delegation.root_key_id != root.key_id or not envelope.signed_by(root):
        raise BadSignatureError("the delegation is not signed by the pinned root key")
    return SignedDelegation(delegation, data)


def check_manifest_key(
    envelope: Envelope,
    manifest: Manifest,
    delegation: Delegation,
    revoked_seen: Collection[str] = (),
) -> None:
    """The manifest is signed by the key `delegation` delegates, and that key is not revoked.

    `revoked_seen` are key ids revoked by any delegation this consumer saw before, so an
    older delegation served again cannot bring a revoked key back.
    """
    if manifest.key_id in delegation.revoked or manifest.key_id in revoked_seen:
        raise KeyNotDelegatedError(f"the manifest is signed by revoked key {manifest.key_id[:16]}…")
    online = delegation.online_key
    if manifest.key_id != online.key_id:
        raise BadSignatureError(
            f"the manifest is signed by key {manifest.key_id[:16]}…, which the root has not delegated"
        )
    if not envelope.signed_by(online):
        raise BadSignatureError("the manifest signature does not verify with the delegated key")
    if manifest.delegation_version != delegation.version:
        raise MixAndMatchError(
            f"the manifest was made under delegation {manifest.delegation_version}, "
            f"but delegation {delegation.version} is served with it"
        )
