"""What a leaf of the log is: one short ASCII line per public event, snapshot or restore.

    creditsite/event/v1 <sequence> <commitment hex>
    creditsite/snapshot/v1 <YYYY-MM-DD> <active listings> <snapshot root, base64>
    creditsite/restore/v1 <YYYY-MM-DD> <release> <sha256 hex of the restored manifest>

An event leaf carries the change log's sequence number and the event's salted commitment
(`generator/feeds/commitment.py`), never its content: once a listing has left publication,
its leaves say that something happened, and nothing a reader could test a guess against.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the feeds stage is not needed to read or extend the log
    from generator.feeds.history import FeedEvent


EVENT = "creditsite/event/v1"
SNAPSHOT = "creditsite/snapshot/v1"
RESTORE = "creditsite/restore/v1"
_HEX64 = re.compile(r"[0-9a-f]{64}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


# The change-log line's commitment is its last head field (generator/feeds/history.py).
_COMMITMENT = re.compile(r',"commitment":"([0-9a-f]{64})"')


def event_commitment(event: FeedEvent) -> str:
    """The commitment the change log published for this event: one definition of what is
    committed (generator/feeds/history.py, feeds/SPEC.md), so a bank that kept a line and
    its salt proves the same value to the log and to the change log."""
    found = _COMMITMENT.search(event.line)
    if found is None:
        raise ValueError(f"change-log event {event.sequence} carries no commitment")
    return found.group(1)


def event_entry(event: FeedEvent) -> bytes:
    """The event's leaf: its sequence number and the change log's commitment."""
    return f"{EVENT} {event.sequence} {event_commitment(event)}".encode("ascii")


_q = json.encoder.encode_basestring


def snapshot_entry(on: date, count: int, root: bytes) -> bytes:
    return f"{SNAPSHOT} {on.isoformat()} {count} {base64.b64encode(root).decode()}".encode("ascii")


def restore_entry(on: date, release: str, manifest_sha256: str) -> bytes:
    return f"{RESTORE} {on.isoformat()} {release} {manifest_sha256}".encode("ascii")


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # EVENT, SNAPSHOT or RESTORE
    fields: tuple[str, ...]

    @property
    def sequence(self) -> int:
        return int(self.fields[0]) if self.kind == EVENT else 0

    @property
    def day(self) -> str:
        return self.fields[0] if self.kind in (SNAPSHOT, RESTORE) else ""


def parse_entry(data: bytes) -> Entry:
    """One entry, strictly: ValueError unless it is exactly one of the three forms."""
    try:
        kind, *fields = data.decode("ascii").split(" ")
    except UnicodeDecodeError as exc:
        raise ValueError("an entry is ASCII") from exc
    if kind == EVENT and len(fields) == 2:
        if fields[0].isdigit() and not fields[0].startswith("0") and _HEX64.fullmatch(fields[1]):
            return Entry(kind, tuple(fields))
    elif kind == SNAPSHOT and len(fields) == 3 and _DAY.fullmatch(fields[0]):
        if fields[1].isdigit():
            try:
                root = base64.b64decode(fields[2], validate=True)
            except binascii.Error:
                root = b""
            if len(root) == 32:
                return Entry(kind, tuple(fields))
    elif (
        kind == RESTORE
        and len(fields) == 3
        and _DAY.fullmatch(fields[0])
        and _HEX64.fullmatch(fields[2])
    ):
        return Entry(kind, tuple(fields))
    raise ValueError(f"not a creditsite log entry: {data[:80]!r}")
