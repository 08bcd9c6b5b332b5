"""The commitment scheme the change log and the transparency log share (feeds/SPEC.md)."""

from __future__ import annotations

import hashlib
import hmac

from hypothesis import given
from hypothesis import strategies as st

from generator.feeds.commitment import commit_event, commitment_of, event_salt

KEY = b"TEST-ONLY pseudonym key"


def test_commitment_is_recomputable_from_salt_and_content() -> None:
    content = {"record_id": "XY-1", "behavior": "逾期未履行", "n": 3}
    c = commit_event(KEY, "evt:XY-1:listed:2026-01-02", content)
    assert commitment_of(bytes.fromhex(c.salt), content) == c.value
    # Independent of the module: the documented formula, spelled out.
    salt = hmac.new(
        KEY, b"creditsite/event-salt/v1\x00evt:XY-1:listed:2026-01-02", hashlib.sha256
    ).digest()
    canonical = '{"behavior":"逾期未履行","n":3,"record_id":"XY-1"}'.encode()
    expected = hashlib.sha256(b"creditsite/event-commitment/v1\x00" + salt + canonical)
    assert c == (salt.hex(), expected.hexdigest())


@given(st.text(), st.text(), st.text())
def test_salt_depends_on_key_and_event(event: str, other: str, text: str) -> None:
    assert event_salt(KEY, event) != event_salt(KEY + b"x", event)
    if event != other:
        assert event_salt(KEY, event) != event_salt(KEY, other)
    content = {"t": text.encode("utf-8", "replace").decode("utf-8")}
    assert commit_event(KEY, event, content) == commit_event(KEY, event, content)


@given(st.dictionaries(st.text(max_size=5), st.text(max_size=20), max_size=4))
def test_commitment_of_canonical_is_the_same_formula(content: dict[str, str]) -> None:
    from generator.feeds.commitment import commitment_of_canonical
    from generator.sign.canonical import canonical_bytes

    salt = event_salt(KEY, "evt")
    clean = {k.encode("utf-8", "replace").decode(): v.encode("utf-8", "replace").decode()
             for k, v in content.items()}  # fmt: skip
    assert commitment_of_canonical(salt, canonical_bytes(clean)) == commitment_of(salt, clean)
