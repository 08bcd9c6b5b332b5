"""The `extra` data of a creditsite proof: what it claims about a day's snapshot, in a
compact binary form (a proof must stay a few KB at 10⁵ subjects, and tlog-proof base64s
`extra`, so JSON inside would be encoded twice). All integers big-endian:

    "csp1"                                       magic and version
    u8 n, subject key (UTF-8, n bytes)
    the day, 10 ASCII bytes (YYYY-MM-DD)
    u8 n, the snapshot entry (ASCII, n bytes)
    tag (32)
    u32 start, u16 run, u8 flags (1: a leaf before, 2: a leaf after)
    salt (32), only if run > 0
    [before: tag (32), binding (32)]
    run × (binding (32), u8 n, record id (UTF-8, n bytes))   the run's tag is `tag`
    [after: tag (32), binding (32)]
    u8 k, k × hash (32)                           the range proof of the opened leaves
    u16 n, keys/delegation.json (n bytes)

`start` is the index of the first opened leaf (the one before, if any). Nothing may follow.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from generator.errors import MalformedError

MAGIC = b"csp1"
_BEFORE, _AFTER = 1, 2


@dataclass(frozen=True, slots=True)
class Claim:
    subject: str
    day: str
    entry: bytes
    tag: bytes
    start: int
    salt: bytes | None  # present when the subject has listings that day
    before: tuple[bytes, bytes] | None  # (tag, binding)
    run: tuple[tuple[bytes, str], ...]  # (binding, record id)
    after: tuple[bytes, bytes] | None
    proof: tuple[bytes, ...]
    delegation: bytes


def _str8(text: str | bytes) -> bytes:
    raw = text.encode("utf-8") if isinstance(text, str) else text
    if len(raw) > 255:
        raise ValueError("a proof field is longer than 255 bytes")
    return bytes([len(raw)]) + raw


def encode(c: Claim) -> bytes:
    flags = (_BEFORE if c.before else 0) | (_AFTER if c.after else 0)
    parts = [MAGIC, _str8(c.subject), c.day.encode("ascii"), _str8(c.entry), c.tag]
    parts.append(struct.pack(">IHB", c.start, len(c.run), flags))
    if c.run:
        if c.salt is None:
            raise ValueError("a run needs the subject's salt")
        parts.append(c.salt)
    if c.before:
        parts += c.before
    for binding, record_id in c.run:
        parts += [binding, _str8(record_id)]
    if c.after:
        parts += c.after
    parts += [bytes([len(c.proof)]), *c.proof, struct.pack(">H", len(c.delegation)), c.delegation]
    return b"".join(parts)


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise MalformedError("the proof's extra data is truncated")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def str8(self) -> bytes:
        return self.take(self.take(1)[0])

    def text(self) -> str:
        try:
            return self.str8().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise MalformedError("a text in the proof is not UTF-8") from exc


def decode(data: bytes) -> Claim:
    r = _Reader(data)
    if r.take(4) != MAGIC:
        raise MalformedError("the proof's extra data is not a creditsite claim (csp1)")
    subject = r.text()
    day = r.take(10).decode("ascii", "replace")
    entry = r.str8()
    tag = r.take(32)
    start, run_count, flags = struct.unpack(">IHB", r.take(7))
    if flags & ~(_BEFORE | _AFTER):
        raise MalformedError("unknown flags in the proof's extra data")
    salt = r.take(32) if run_count else None
    before = (r.take(32), r.take(32)) if flags & _BEFORE else None
    run = tuple((r.take(32), r.text()) for _ in range(run_count))
    after = (r.take(32), r.take(32)) if flags & _AFTER else None
    proof = tuple(r.take(32) for _ in range(r.take(1)[0]))
    (n,) = struct.unpack(">H", r.take(2))
    delegation = r.take(n)
    if r.pos != len(data):
        raise MalformedError("the proof's extra data has trailing bytes")
    return Claim(subject, day, entry, tag, start, salt, before, run, after, proof, delegation)
