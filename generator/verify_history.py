"""The consumer's change-log check: content may be withdrawn, nothing else of a past event
may change (feeds/SPEC.md, "Withdrawal").

A line that publishes its content and salt must match its commitment; a line this consumer
saw before must keep every field but `salt` and `record`, and once withdrawn (both null)
stays withdrawn. What was seen is remembered per segment in the state file: the number of
lines, a digest of their skeletons (each line without `salt` and `record`, in RFC 8785
form) and which were withdrawn. A segment whose hash is unchanged is not read again, so a
daily poll reads the last segment and any segment rewritten since. feeds/verify_feed.py
has the same rules (`check_history`); tests run both against the same rewrites.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from generator.errors import FileMismatchError, MalformedError, RollbackError
from generator.feeds.commitment import commitment_of_canonical
from generator.sign.canonical import canonical_bytes, loads_strict

CHANGES = "feeds/changes/"
INDEX = CHANGES + "index.json"
_HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True, slots=True)
class SeenSegment:
    sha256: str
    count: int
    skeleton: str  # hex SHA-256 over the skeletons of the first `count` lines
    withdrawn: bytes  # bit i: line i had no content and salt

    def to_json(self) -> dict[str, object]:
        return {
            "sha256": self.sha256,
            "count": self.count,
            "skeleton": self.skeleton,
            "withdrawn": base64.b64encode(self.withdrawn).decode("ascii"),
        }


def read_seen(value: object) -> dict[str, SeenSegment]:
    """The state file's `changes` member (absent in state files of older versions)."""
    if not isinstance(value, Mapping):
        raise TypeError("changes is not an object")
    out: dict[str, SeenSegment] = {}
    for path, seen in value.items():
        if not isinstance(seen, Mapping) or set(seen) != {
            "sha256",
            "count",
            "skeleton",
            "withdrawn",
        }:
            raise TypeError("a remembered segment has other fields")
        count = seen["count"]
        if (
            not isinstance(count, int)
            or count < 1
            or not _hex64(seen["sha256"])
            or not _hex64(seen["skeleton"])
        ):
            raise TypeError("a remembered segment is malformed")
        try:
            bits = base64.b64decode(str(seen["withdrawn"]), validate=True)
        except binascii.Error as exc:
            raise TypeError("a remembered segment is malformed") from exc
        if len(bits) != (count + 7) // 8:
            raise TypeError("a remembered segment is malformed")
        out[str(path)] = SeenSegment(str(seen["sha256"]), count, str(seen["skeleton"]), bits)
    return out


def _hex64(value: object) -> bool:
    return isinstance(value, str) and len(value) == 64 and set(value) <= _HEX


def check_history(
    fetch: Callable[[str], bytes], files: Mapping[str, str], seen: Mapping[str, SeenSegment]
) -> dict[str, SeenSegment]:
    """`fetch` gives a listed file's verified bytes, `files` each path's listed SHA-256.
    Returns the memory to save; raises MalformedError, FileMismatchError or RollbackError."""
    if INDEX not in files:
        return dict(seen)
    index = loads_strict(fetch(INDEX), INDEX)
    segments = index.get("segments") if isinstance(index, dict) else None
    if not isinstance(segments, list):
        raise MalformedError(f"{INDEX} has no segment list")
    memory: dict[str, SeenSegment] = {}
    held: dict[str, object] = {}  # record id -> the record its latest carrying line published
    for seg in segments:
        name = str(seg.get("path")) if isinstance(seg, dict) else ""
        path = CHANGES + name
        if path not in files:
            raise FileMismatchError(f"{path} is in the change-log index but not in the manifest")
        old = seen.get(name)
        if old is not None and old.sha256 == files[path]:
            memory[name] = old
            held.clear()  # not read: a later null record cannot be resolved from before it
            continue
        memory[name] = _check_segment(fetch(path), path, files[path], old, held)
    gone = sorted(set(seen) - set(memory))
    if gone:
        raise RollbackError(f"{CHANGES}{gone[0]} was seen before and is no longer published")
    return memory


def _check_segment(
    data: bytes, path: str, sha: str, old: SeenSegment | None, held: dict[str, object]
) -> SeenSegment:
    try:
        lines = data.decode("utf-8").split("\n")
    except UnicodeDecodeError as exc:
        raise MalformedError(f"{path} is not UTF-8") from exc
    if lines.pop() != "":
        raise MalformedError(f"{path} does not end with a line break")
    count = old.count if old is not None else 0
    bits = bytearray((len(lines) + 7) // 8)
    skeleton = hashlib.sha256()
    prefix: str | None = None
    for i, line in enumerate(lines):
        event = loads_strict(line.encode("utf-8"), f"{path} line {i + 1}")
        if not isinstance(event, dict) or not event.keys() >= _EVENT_KEYS:
            raise MalformedError(f"{path} line {i + 1} is not a change-log event")
        rid, salt, record = str(event["record_id"]), event["salt"], event["record"]
        if salt is None:
            if record is not None:
                raise MalformedError(f"{path} line {i + 1} publishes a record without its salt")
            bits[i // 8] |= 1 << (i % 8)
            held.pop(rid, None)
        else:
            if not _hex64(salt):
                raise MalformedError(f"{path} line {i + 1}: the salt is not 64 hex digits")
            if record is not None:
                held[rid] = record
            content = held.get(rid)
            if (
                content is not None
                and commitment_of_canonical(bytes.fromhex(str(salt)), canonical_bytes(content))
                != event["commitment"]
            ):
                raise FileMismatchError(
                    f"{path} sequence {event['sequence']}: the content does not match its "
                    "commitment"
                )
            if old is not None and i < count and old.withdrawn[i // 8] >> (i % 8) & 1:
                raise RollbackError(
                    f"{path} sequence {event['sequence']}: withdrawn content is published again"
                )
        rest = {k: v for k, v in event.items() if k not in ("salt", "record")}
        skeleton.update(canonical_bytes(rest) + b"\n")
        if i + 1 == count:
            prefix = skeleton.hexdigest()
    if old is not None and prefix != old.skeleton:
        raise RollbackError(
            f"{path}: an event seen before was changed; only the withdrawal of its content "
            "and salt is allowed"
        )
    return SeenSegment(sha, len(lines), skeleton.hexdigest(), bytes(bits))


_EVENT_KEYS = frozenset(("sequence", "record_id", "commitment", "salt", "record"))
