"""Signing the published tree: canonical JSON, Ed25519 keys, delegation, the manifest.

See feeds/SIGNING.md for the format and the threat model.
"""

from generator.sign.canonical import canonical_bytes, loads_strict
from generator.sign.delegation import (
    SignedDelegation,
    check_manifest_key,
    delegate_key,
    read_delegation,
)
from generator.sign.envelope import (
    DELEGATION_PATH,
    MANIFEST_PATH,
    SIG_SUFFIX,
    Delegation,
    FileEntry,
    Manifest,
)
from generator.sign.keys import (
    KeyFiles,
    PublicKey,
    SigningKey,
    generate_keypair,
    load_public_key,
    load_signing_key,
    read_key_text,
)
from generator.sign.manifest import (
    read_published,
    read_published_manifest,
    refresh_manifest,
    sign_changes,
    sign_tree,
)

__all__ = [
    "DELEGATION_PATH",
    "MANIFEST_PATH",
    "SIG_SUFFIX",
    "Delegation",
    "FileEntry",
    "KeyFiles",
    "Manifest",
    "PublicKey",
    "SignedDelegation",
    "SigningKey",
    "canonical_bytes",
    "check_manifest_key",
    "delegate_key",
    "generate_keypair",
    "load_public_key",
    "load_signing_key",
    "loads_strict",
    "read_delegation",
    "read_key_text",
    "read_published",
    "read_published_manifest",
    "refresh_manifest",
    "sign_changes",
    "sign_tree",
]
