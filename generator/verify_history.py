"""The consumer's change-log check: content may be withdrawn, nothing else of a past event
may change (feeds/SPEC.md, "Withdrawal").

A line that publishes its content and salt must match its commitment; a line this consumer
saw before must keep every byte before its `,"salt":` (sequence, id, kind, dates, record
id, commitment...), and once withdrawn (it ends `,"salt":null,"record":null}`) stays
withdrawn. What was seen is remembered per segment in the state file: the number of lines,
a digest of their skeletons (each line's bytes before `,"salt":`, then `\n`) and which
were withdrawn. A segment whose hash is unchanged is not read again, so a
daily poll reads the last segment and any segment rewritten since. feeds/verify_feed.py
has the same rules (`check_history`); tests run both against the same rewrites.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from generator.errors import FileMismatchError, MalformedError, RollbackError
from generator.feeds.commitment import commitment_of_canonical
from generator.sign.canonical import loads_strict

LOG_VERSION = 3  # generator.feeds.history.LOG_VERSION, restated: verifiers stand alone

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
    if not isinstance(index, dict) or index.get("version") != LOG_VERSION:
        return dict(seen)  # a log without commitments (before version 3): nothing to check
    segments = index.get("segments")
    if not isinstance(segments, list):
        raise MalformedError(f"{INDEX} has no segment list")
    memory: dict[str, SeenSegment] = {}
    held: dict[str, bytes] = {}  # record id -> RFC 8785 of its latest carried record
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
    data: bytes, path: str, sha: str, old: SeenSegment | None, held: dict[str, bytes]
) -> SeenSegment:
    """Only the lines that carry a record are parsed whole: at 10^5 subjects a log holds
    some 400k lines, most of them withdrawn or `"record":null`."""
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
        cut = line.find(SALT_KEY)
        if cut < 0:
            raise MalformedError(f"{path} line {i + 1} has no salt")
        skeleton.update(line[:cut].encode("utf-8") + b"\n")
        if i + 1 == count:
            prefix = skeleton.hexdigest()
        if line.endswith(WITHDRAWN_TAIL) and len(line) - cut == len(WITHDRAWN_TAIL):
            bits[i // 8] |= 1 << (i % 8)
            continue
        if old is not None and i < count and old.withdrawn[i // 8] >> (i % 8) & 1:
            raise RollbackError(f"{path} line {i + 1}: withdrawn content is published again")
        _check_commitment(line, cut, f"{path} line {i + 1}", held)
    if old is not None and prefix != old.skeleton:
        raise RollbackError(
            f"{path}: an event seen before was changed; only the withdrawal of its content "
            "and salt is allowed"
        )
    return SeenSegment(sha, len(lines), skeleton.hexdigest(), bytes(bits))


def _check_commitment(line: str, cut: int, where: str, held: dict[str, bytes]) -> None:
    """The head is read by position, not parsed: the commitment is its last field, and only
    the record id is decoded. A record is parsed and canonicalised once, where a line
    carries it; the `"record":null` lines after it hash the same bytes with their own salt."""
    commitment = line[cut - 65 : cut - 1]
    found = _RECORD_ID.search(line, 0, cut)
    if line[cut - 80 : cut - 65] != ',"commitment":"' or not _hex64(commitment) or not found:
        raise MalformedError(f"{where} is not a change-log event")
    rid = json.loads(found.group(1))
    try:
        tail = json.loads(f"{{{line[cut + 1 :]}", parse_float=_refuse, parse_constant=_refuse)
    except (ValueError, RecursionError) as exc:
        raise MalformedError(f"{where} is not valid JSON: {exc}") from exc
    if not isinstance(tail, dict) or set(tail) != {"salt", "record"} or not _hex64(tail["salt"]):
        raise MalformedError(f"{where}: no 64-hex-digit salt and record")
    if tail["record"] is not None:
        try:
            held[rid] = _CANONICAL.encode(tail["record"]).encode("utf-8")
        except UnicodeEncodeError as exc:  # a lone surrogate
            raise MalformedError(f"{where}: a lone surrogate in the record") from exc
    content = held.get(rid)
    if content is None:  # stands for a line in a segment not read this time
        return
    if commitment_of_canonical(bytes.fromhex(tail["salt"]), content) != commitment:
        raise FileMismatchError(f"{where}: the content does not match its commitment")


# RFC 8785 for a record parsed with floats refused: `canonical_bytes` without its subset walk
# (40% of this check at 10^5 lines). Outside the subset (a huge integer, a key beyond the
# BMP) the bytes may differ from RFC 8785, which can only fail a line, never pass one.
_CANONICAL = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False
)
# The head's record id: a JSON string (escapes included) after the key, which cannot occur
# inside another string (its quotes would be escaped).
_RECORD_ID = re.compile(r'"record_id":("(?:[^"\\]|\\.)*")')


def _refuse(text: str) -> object:
    raise ValueError(f"{text} is not allowed (no floats in signed data)")


SALT_KEY = ',"salt":'
WITHDRAWN_TAIL = ',"salt":null,"record":null}'
