"""C2SP signed notes and tlog checkpoints, Ed25519 only.

Hand-written (some 100 lines): no maintained Python package implements c2sp.org/signed-note,
and the format is small enough that the standalone verifier carries its own copy. Pinned by
the example of golang.org/x/mod/sumdb/note in `tests/test_tlog_note.py`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass

from generator.errors import BadSignatureError, MalformedError, UnknownLogKeyError
from generator.sign.keys import PublicKey, SigningKey

ED25519 = b"\x01"
_DASH = "\u2014 "
_NAME = re.compile(r"[^\s+]+")
MAX_SIGNATURES = 16  # the spec's floor; anything above it is refused, not scanned


def key_hash(name: str, public: PublicKey) -> bytes:
    """The 4-byte key ID: SHA-256(name || 0x0A || 0x01 || public key)[:4]."""
    return hashlib.sha256(name.encode("utf-8") + b"\n" + ED25519 + public.raw).digest()[:4]


def verifier_key(name: str, public: PublicKey) -> str:
    """The vkey text (`name+hex id+base64(0x01 || key)`) other note tools accept."""
    material = base64.b64encode(ED25519 + public.raw).decode("ascii")
    return f"{name}+{key_hash(name, public).hex()}+{material}"


def sign_note(text: str, name: str, key: SigningKey) -> str:
    if not text.endswith("\n") or not _NAME.fullmatch(name):
        raise ValueError("a note's text ends in a newline and its key name has no space or +")
    signature = key_hash(name, key.public) + key.sign(text.encode("utf-8"))
    return f"{text}\n{_DASH}{name} {base64.b64encode(signature).decode('ascii')}\n"


def open_note(data: bytes, name: str, public: PublicKey, what: str) -> str:
    """The note's text once the signature by (`name`, `public`) verifies.

    Signatures by other keys are ignored (witness cosignatures, a rotated key), as the spec
    requires; if none is by ours, UnknownLogKeyError; if ours does not verify,
    BadSignatureError.
    """
    try:
        note = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedError(f"{what}: not UTF-8") from exc
    if any(ord(c) < 0x20 and c != "\n" for c in note) or not note.endswith("\n"):
        raise MalformedError(f"{what}: not a signed note")
    cut = note.rfind("\n\n")
    if cut < 0:
        raise MalformedError(f"{what}: no signature block")
    text, lines = note[: cut + 1], note[cut + 2 :].splitlines()
    if not lines or len(lines) > MAX_SIGNATURES:
        raise MalformedError(f"{what}: between 1 and {MAX_SIGNATURES} signatures expected")
    wanted = key_hash(name, public)
    ours: list[bytes] = []
    for line in lines:
        if not line.startswith(_DASH):
            raise MalformedError(f"{what}: a signature line starts with an em dash")
        signer, _, sig64 = line[len(_DASH) :].partition(" ")
        try:
            sig = base64.b64decode(sig64, validate=True)
        except binascii.Error as exc:
            raise MalformedError(f"{what}: a signature is not base64") from exc
        if not _NAME.fullmatch(signer) or len(sig) < 5:
            raise MalformedError(f"{what}: a malformed signature line")
        if signer == name and sig[:4] == wanted:
            ours.append(sig[4:])
    if not ours:
        raise UnknownLogKeyError(f"{what}: not signed by the delegated online key")
    if not all(public.verify(sig, text.encode("utf-8")) for sig in ours):
        raise BadSignatureError(f"{what}: the online key's signature does not verify")
    return text


def unverified_text(data: bytes, what: str) -> str:
    """The text of a note whose bytes are already authenticated otherwise (a file the
    previous signed manifest lists, under a key that may since have been rotated)."""
    try:
        note = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedError(f"{what}: not UTF-8") from exc
    cut = note.rfind("\n\n")
    if cut < 0:
        raise MalformedError(f"{what}: no signature block")
    return note[: cut + 1]


@dataclass(frozen=True, slots=True)
class Checkpoint:
    origin: str
    size: int
    root: bytes

    def text(self) -> str:
        """The note text of c2sp.org/tlog-checkpoint: origin, size, base64 root."""
        return f"{self.origin}\n{self.size}\n{base64.b64encode(self.root).decode('ascii')}\n"


def parse_checkpoint(text: str, origin: str, what: str) -> Checkpoint:
    lines = text.split("\n")
    if len(lines) < 4 or lines[-1] != "" or any(not line for line in lines[:-1]):
        raise MalformedError(f"{what}: a checkpoint has origin, size and root lines")
    if lines[0] != origin:
        raise UnknownLogKeyError(f"{what}: the origin is not {origin!r}")
    size, root64 = lines[1], lines[2]
    if not size.isascii() or not size.isdigit() or (size != "0" and size.startswith("0")):
        raise MalformedError(f"{what}: the tree size is not a decimal number")
    try:
        root = base64.b64decode(root64, validate=True)
    except binascii.Error as exc:
        raise MalformedError(f"{what}: the root hash is not base64") from exc
    if len(root) != 32:
        raise MalformedError(f"{what}: the root hash does not have 32 bytes")
    return Checkpoint(lines[0], int(size), root)


def sign_checkpoint(checkpoint: Checkpoint, key: SigningKey) -> str:
    return sign_note(checkpoint.text(), checkpoint.origin, key)


def read_checkpoint(data: bytes, origin: str, public: PublicKey, what: str) -> Checkpoint:
    """A signed checkpoint of the log `origin`, verified with the online key."""
    return parse_checkpoint(open_note(data, origin, public, what), origin, what)
