"""Signed notes and checkpoints against golang.org/x/mod/sumdb/note's published example."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from generator.errors import BadSignatureError, MalformedError, UnknownLogKeyError
from generator.sign.keys import SigningKey
from generator.tlog.note import (
    Checkpoint,
    open_note,
    read_checkpoint,
    sign_checkpoint,
    sign_note,
    verifier_key,
)

# note_test.go, TestSign (golang/mod fe2ec04f7c3c3aa6fad97631aafcff6e49e2d1db).
SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
TEXT = (
    "If you think cryptography is the answer to your problem,\n"
    "then you don't know what your problem is.\n"
)
SIGNED = (
    TEXT + "\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FF"
    "YC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
)


def _peter() -> SigningKey:
    seed = base64.b64decode(SKEY.split("+", 4)[4])[1:]
    return SigningKey(Ed25519PrivateKey.from_private_bytes(seed))


def test_sign_matches_go() -> None:
    key = _peter()
    assert verifier_key("PeterNeumann", key.public) == VKEY
    assert sign_note(TEXT, "PeterNeumann", key) == SIGNED
    assert open_note(SIGNED.encode(), "PeterNeumann", key.public, "note") == TEXT


def test_unknown_and_bad_signatures() -> None:
    key = _peter()
    other = SigningKey(Ed25519PrivateKey.from_private_bytes(b"\x07" * 32))
    with pytest.raises(UnknownLogKeyError):
        open_note(SIGNED.encode(), "PeterNeumann", other.public, "note")
    with pytest.raises(UnknownLogKeyError):
        open_note(SIGNED.encode(), "Someone", key.public, "note")
    tampered = SIGNED.replace("answer", "Answer").encode()
    with pytest.raises(BadSignatureError):
        open_note(tampered, "PeterNeumann", key.public, "note")
    # Another key's line beside ours is ignored, as the spec requires.
    both = SIGNED + sign_note(TEXT, "witness.example", other).split("\n\n", 1)[1]
    assert open_note(both.encode(), "PeterNeumann", key.public, "note") == TEXT
    for bad in (b"no blank line\n", b"text\n\nnot a signature\n", b"\xff\n\n"):
        with pytest.raises(MalformedError):
            open_note(bad, "PeterNeumann", key.public, "note")


def test_checkpoint_round_trip() -> None:
    key = _peter()
    cp = Checkpoint("example.com/log", 20852163, bytes(range(32)))
    data = sign_checkpoint(cp, key).encode()
    assert data.startswith(
        b"example.com/log\n20852163\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n\n"
    )
    assert read_checkpoint(data, "example.com/log", key.public, "checkpoint") == cp
    with pytest.raises(UnknownLogKeyError):
        read_checkpoint(data, "other.example/log", key.public, "checkpoint")
