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
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from generator.feeds.commitment import commitment_of_canonical, event_salt
from generator.feeds.history import FeedEvent
from generator.sign.canonical import canonical_bytes

EVENT = "creditsite/event/v1"
SNAPSHOT = "creditsite/snapshot/v1"
RESTORE = "creditsite/restore/v1"
_HEX64 = re.compile(r"[0-9a-f]{64}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def event_content(event: FeedEvent) -> dict[str, object]:
    """What an event's commitment is over: the change-log line's fields that describe the
    event, with its full record (also where the line itself writes `"record":null`) and
    without `sequence` and `published_at`, which say where and when it was published, not
    what happened. A bank recomputes it from a line it kept (see feeds/SPEC.md)."""
    record: object = json.loads(event.record_text)
    return {
        "id": event.id,
        "kind": event.kind,
        "date": event.on,
        "record_id": event.record_id,
        "subject_id": event.subject_id,
        "list_type": event.list_type,
        "domain": event.domain,
        "reason": event.reason,
        "record": record,
    }


def content_of_line(line: Mapping[str, object]) -> dict[str, object]:
    """The same dict from a parsed change-log line whose record is filled in."""
    return {
        k: line[k]
        for k in (
            "id",
            "kind",
            "date",
            "record_id",
            "subject_id",
            "list_type",
            "domain",
            "reason",
            "record",
        )
    }


def event_entry(key: bytes, event: FeedEvent, records: dict[str, str] | None = None) -> bytes:
    """The event's leaf. `records` caches each record's canonical JSON by its published
    JSON: a listing's events share one record, and parsing and re-serialising it for each
    was most of the log stage at 10⁵ subjects."""
    salt = event_salt(key, event.id)
    return f"{EVENT} {event.sequence} {commitment_of_canonical(salt, canonical_content(event, records))}".encode(
        "ascii"
    )


def canonical_content(event: FeedEvent, records: dict[str, str] | None = None) -> bytes:
    """RFC 8785 bytes of `event_content(event)`, assembled: its keys are fixed ASCII names,
    written here in code-point order, and every string goes through json's encoder, which
    is what `canonical_bytes` does for such objects (tests/test_tlog_tiles.py checks the
    two agree)."""
    record = records.get(event.record_text) if records is not None else None
    if record is None:
        record = canonical_bytes(json.loads(event.record_text)).decode("utf-8")
        if records is not None:
            records[event.record_text] = record
    reason = "null" if event.reason is None else _q(event.reason)
    return (
        f'{{"date":{_q(event.on)},"domain":{_q(event.domain)},"id":{_q(event.id)},'
        f'"kind":{_q(event.kind)},"list_type":{_q(event.list_type)},"reason":{reason},'
        f'"record":{record},"record_id":{_q(event.record_id)},'
        f'"subject_id":{_q(event.subject_id)}}}'
    ).encode()


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
