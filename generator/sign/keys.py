"""Ed25519 keys: generation, encrypted storage, loading, key ids.

The key id is the hex sha256 of the raw 32-byte public key, so anybody can recompute it
from the public key alone (no encoding choices involved). Private keys are PKCS#8 PEM,
encrypted with a passphrase; an unencrypted key is only ever written as a throw-away demo
key whose file name and header say so.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from generator.errors import SigningError

ENV_SIGNING_KEY = "CREDITSITE_SIGNING_KEY"
ENV_PASSPHRASE = "CREDITSITE_KEY_PASSPHRASE"  # noqa: S105 - the variable name, not a secret
DEMO_SUFFIX = ".DEMO-THROWAWAY.key"
DEMO_HEADER = (
    b"# DEMO, THROW-AWAY KEY. Unencrypted, made with --insecure-demo-key.\n"
    b"# Anything signed with it proves nothing. Never publish a real site with it.\n"
)
PEM_PRIVATE_MARKER = b"PRIVATE KEY-----"


def key_id(raw_public: bytes) -> str:
    return hashlib.sha256(raw_public).hexdigest()


@dataclass(frozen=True, slots=True)
class PublicKey:
    raw: bytes  # the 32 bytes of the Ed25519 public key

    @property
    def key_id(self) -> str:
        return key_id(self.raw)

    def b64(self) -> str:
        return base64.b64encode(self.raw).decode("ascii")

    def verify(self, signature: bytes, message: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True

    def pem(self) -> bytes:
        return Ed25519PublicKey.from_public_bytes(self.raw).public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    @classmethod
    def from_text(cls, text: bytes, what: str = "public key") -> PublicKey:
        """A PEM public key, or the base64 of the raw 32 bytes (as in a delegation)."""
        try:
            if b"-----BEGIN" in text:
                loaded = serialization.load_pem_public_key(text)
                if not isinstance(loaded, Ed25519PublicKey):
                    raise SigningError(f"{what} is not an Ed25519 key")
                return cls(loaded.public_bytes_raw())
            raw = base64.b64decode(text.strip(), validate=True)
        except (ValueError, binascii.Error, UnsupportedAlgorithm) as exc:
            raise SigningError(f"{what} is not a PEM or base64 Ed25519 public key") from exc
        if len(raw) != 32:
            raise SigningError(f"{what} is not 32 bytes long")
        return cls(raw)


@dataclass(frozen=True, slots=True)
class SigningKey:
    private: Ed25519PrivateKey = field(repr=False)

    @property
    def public(self) -> PublicKey:
        return PublicKey(self.private.public_key().public_bytes_raw())

    @property
    def key_id(self) -> str:
        return self.public.key_id

    def sign(self, message: bytes) -> bytes:
        return self.private.sign(message)

    def secret_forms(self) -> tuple[bytes, ...]:
        """The raw private bytes as they could appear in a leaked file."""
        raw = self.private.private_bytes_raw()
        return (
            raw,
            raw.hex().encode("ascii"),
            raw.hex().upper().encode("ascii"),
            base64.b64encode(raw),
            base64.urlsafe_b64encode(raw).rstrip(b"="),
        )


@dataclass(frozen=True, slots=True)
class KeyFiles:
    private_path: Path
    public_path: Path
    key_id: str


def _inside_git_work_tree(path: Path) -> bool:
    return any((parent / ".git").exists() for parent in (path, *path.parents))


def _write_new(path: Path, data: bytes, mode: int) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except FileExistsError as exc:
        raise SigningError(f"{path} exists already; a key is never overwritten") from exc
    except OSError as exc:
        raise SigningError(f"cannot write {path}: {exc.strerror}") from exc
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def generate_keypair(
    out_dir: Path, name: str, passphrase: bytes | None, *, demo: bool = False
) -> KeyFiles:
    """Write NAME.key (encrypted PKCS#8 PEM) and NAME.pub (PEM) into `out_dir`.

    `demo=True` writes an unencrypted NAME.DEMO-THROWAWAY.key instead.
    """
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise SigningError("a key name is a plain file name, without folders")
    if not demo and not passphrase:
        raise SigningError(
            f"a private key is written encrypted: set {ENV_PASSPHRASE} or type a passphrase "
            "(--insecure-demo-key writes a throw-away unencrypted key)"
        )
    out_dir = out_dir.absolute()
    if not demo and _inside_git_work_tree(out_dir):
        raise SigningError(f"{out_dir} is inside a git work tree; keep private keys elsewhere")
    out_dir.mkdir(parents=True, exist_ok=True)
    private = Ed25519PrivateKey.generate()
    if demo:
        pem = DEMO_HEADER + private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        private_path = out_dir / f"{name}{DEMO_SUFFIX}"
    else:
        assert passphrase is not None  # checked above; narrows the type
        pem = private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
        private_path = out_dir / f"{name}.key"
    key = SigningKey(private)
    public_path = out_dir / f"{name}.pub"
    _write_new(private_path, pem, 0o600)
    _write_new(public_path, key.public.pem(), 0o644)
    return KeyFiles(private_path, public_path, key.key_id)


def read_key_text(path: Path | None, env: Mapping[str, str]) -> bytes:
    """The PEM text of a private key: from `path`, else from CREDITSITE_SIGNING_KEY."""
    if path is not None:
        try:
            return path.read_bytes()
        except OSError as exc:
            raise SigningError(f"cannot read the key {path}: {exc.strerror}") from exc
    text = env.get(ENV_SIGNING_KEY, "")
    if not text.strip():
        raise SigningError(f"no private key: give its path or set {ENV_SIGNING_KEY}")
    return text.encode("utf-8")


def is_encrypted(pem: bytes) -> bool:
    return b"BEGIN ENCRYPTED PRIVATE KEY" in pem


def load_signing_key(pem: bytes, passphrase: bytes | None) -> SigningKey:
    """An Ed25519 private key from PEM text; SigningError with a plain message otherwise."""
    if is_encrypted(pem) and not passphrase:
        raise SigningError(f"the private key is encrypted: set {ENV_PASSPHRASE} or type it")
    try:
        loaded = serialization.load_pem_private_key(pem, passphrase if is_encrypted(pem) else None)
    except ValueError as exc:
        # cryptography says "Incorrect password" and "could not deserialize" both as
        # ValueError; neither message should echo any part of the key or passphrase.
        reason = "wrong passphrase" if is_encrypted(pem) else "not a PEM private key"
        raise SigningError(f"cannot load the private key: {reason}") from exc
    except (TypeError, UnsupportedAlgorithm) as exc:
        raise SigningError("cannot load the private key: unsupported format") from exc
    if not isinstance(loaded, Ed25519PrivateKey):
        raise SigningError("the private key is not an Ed25519 key")
    return SigningKey(loaded)


def load_public_key(path: Path) -> PublicKey:
    try:
        text = path.read_bytes()
    except OSError as exc:
        raise SigningError(f"cannot read the public key {path}: {exc.strerror}") from exc
    return PublicKey.from_text(text, f"public key {path.name}")
