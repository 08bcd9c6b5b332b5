"""The signing keys a publication needs, loaded and cross-checked before any work.

`build`, `refresh` and `restore` all sign; each must fail in a second when it cannot, not
after rendering a hundred thousand pages, and each with the same message.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from generator.errors import SigningError
from generator.settings import KeyPaths
from generator.sign import (
    PublicKey,
    SignedDelegation,
    SigningKey,
    load_public_key,
    load_signing_key,
    read_delegation,
    read_key_text,
)
from generator.sign.keys import ENV_PASSPHRASE

ENV_PSEUDONYM_KEY = "CREDITSITE_PSEUDONYM_KEY"


@dataclass(frozen=True, slots=True)
class PublishingKeys:
    root: PublicKey
    online: SigningKey
    delegation: SignedDelegation


def load_publishing_keys(keys: KeyPaths, env: Mapping[str, str], at: datetime) -> PublishingKeys:
    """The pinned root key, the online key and the delegation that links them, valid at `at`."""
    root_key = load_public_key(keys.root_public)
    pem = read_key_text(keys.signing_key, env)
    passphrase = env.get(ENV_PASSPHRASE, "").encode("utf-8") or None
    key = load_signing_key(pem, passphrase)
    try:
        delegation_bytes = keys.delegation.read_bytes()
    except OSError as exc:
        raise SigningError(f"cannot read the delegation {keys.delegation}: {exc.strerror}") from exc
    delegation = read_delegation(delegation_bytes, root_key)
    if delegation.delegation.online_key.key_id != key.key_id:
        raise SigningError(
            f"the delegation names key {delegation.delegation.online_key.key_id[:16]}…, "
            f"not the signing key {key.key_id[:16]}…"
        )
    if not delegation.delegation.covers(at):
        raise SigningError(
            f"the delegation does not cover the build time {at.isoformat()}: "
            "ask the root key holder for a new one"
        )
    return PublishingKeys(root_key, key, delegation)


def read_pseudonym_key(keys: KeyPaths, env: Mapping[str, str]) -> bytes:
    """The secret behind natural persons' stable page keys (a keyed HMAC, never published)."""
    if keys.pseudonym_key is not None:
        try:
            return keys.pseudonym_key.read_bytes().strip()
        except OSError as exc:
            raise SigningError(
                f"cannot read the pseudonym key {keys.pseudonym_key}: {exc.strerror}"
            ) from exc
    text = env.get(ENV_PSEUDONYM_KEY, "")
    if not text:
        raise SigningError(f"no pseudonym key: give --pseudonym-key or set {ENV_PSEUDONYM_KEY}")
    return text.encode("utf-8")
