"""Throw-away keys for `make demo` and for trying the software: never for a real site.

A real office makes its root key offline (`creditsite keygen` with a passphrase), delegates
to an online key (`creditsite delegate`) and keeps a random pseudonym key; this writes the
same four files unencrypted, named and headed as demo keys, so that one command shows the
whole chain, signature included.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from pathlib import Path

from generator.errors import ConfigError, SigningError
from generator.settings import KeyPaths
from generator.sign import delegate_key, generate_keypair, load_public_key, load_signing_key
from generator.sign.keys import DEMO_SUFFIX

ROOT_PUBLIC = "root.pub"
ONLINE_KEY = f"online{DEMO_SUFFIX}"
DELEGATION = "delegation.json"
PSEUDONYM_KEY = "pseudonym.key"
_NOTICE = (
    "DEMO, THROW-AWAY KEYS made by `creditsite demo-keys`. Unencrypted: never use them for\n"
    "a real publication. See feeds/SIGNING.md for making real keys.\n"
)


def write_demo_keys(folder: Path, now: datetime) -> bool:
    """Make the demo key set in `folder` unless a complete one is there; True if made."""
    names = (ROOT_PUBLIC, ONLINE_KEY, DELEGATION, PSEUDONYM_KEY)
    if all((folder / n).is_file() for n in names):
        return False
    if folder.exists() and any(folder.iterdir()):
        raise SigningError(f"{folder} holds an incomplete key set; remove it to make a new one")
    folder.mkdir(parents=True, exist_ok=True)
    root = generate_keypair(folder, "root", None, demo=True)
    online = generate_keypair(folder, "online", None, demo=True)
    root_key = load_signing_key(root.private_path.read_bytes(), None)
    signed = delegate_key(
        root_key,
        load_public_key(online.public_path),
        version=1,
        valid_from=now - timedelta(days=1),
        valid_until=now + timedelta(days=365),
    )
    (folder / DELEGATION).write_bytes(signed.data)
    (folder / PSEUDONYM_KEY).write_text(secrets.token_hex(32) + "\n", encoding="ascii")
    (folder / "README.txt").write_text(_NOTICE, encoding="utf-8")
    return True


def key_paths(
    folder: Path | None,
    *,
    root: Path | None = None,
    signing: Path | None = None,
    delegation: Path | None = None,
    pseudonym: Path | None = None,
) -> KeyPaths:
    """Where each key is: given on its own, else in `folder` under the names this module
    writes (a real office's online key may be named online-2.key after a rotation)."""

    def pick(given: Path | None, name: str) -> Path | None:
        if given is not None:
            return given
        return folder / name if folder is not None else None

    root_path, delegation_path = pick(root, ROOT_PUBLIC), pick(delegation, DELEGATION)
    if root_path is None or delegation_path is None:
        raise ConfigError("give --keys DIR, or --root-key and --delegation")
    signing_path = pick(signing, ONLINE_KEY)
    if signing_path is not None and not signing_path.exists() and folder is not None:
        signing_path = next(iter(sorted(folder.glob("online*.key"))), None)
    return KeyPaths(root_path, signing_path, delegation_path, pick(pseudonym, PSEUDONYM_KEY))
