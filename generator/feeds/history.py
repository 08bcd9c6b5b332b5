"""Events across builds: what the previous site published, and what this build adds to it.

The change log is the history. A build reads the previous site's change log and snapshot,
keeps every event it published (their bytes are copied, never rewritten), and appends the
events that are new: lifecycle events whose stable id was never published, and the events
that reconcile the previous snapshot with this build's (`amended`, a listing back on the
list, and `exited` with reason `withdrawn` for a listing that vanished from the data).

The invariant the tests pin: for every record id, the record of its latest event, kept if
`active`, is the snapshot; so applying the events after build k's last sequence to
snapshot k gives snapshot k+1.
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import quote

from generator.errors import ConfigError, RedactionError
from generator.feeds.record import Record, dumps, public_record, withdrawn_record
from generator.lifecycle import EventKind
from generator.redact.public import PublicEvent, PublicListing

AMENDED = "amended"
EXITED = EventKind.EXITED.value
LISTED = EventKind.LISTED.value
KINDS = (
    LISTED,
    EventKind.OBJECTION_OPENED.value,
    EventKind.OBJECTION_CLOSED.value,
    AMENDED,
    EXITED,
)
_KIND_ORDER = {k: i for i, k in enumerate(KINDS)}
ID_PREFIX = "urn:creditsite:event:"
# Events per change-log segment. A segment holds sequences ((n-1)*size, n*size], so a full
# segment never changes again; the size in force is read back from the previous index.
SEGMENT_SIZE = 10_000
# Items per feed file: the change log holds everything, the feeds the latest items.
FEED_ITEMS = 100


@dataclass(frozen=True, slots=True)
class Segment:
    path: str  # relative to feeds/changes/
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class History:
    """What the previous build published, as far as this build needs it."""

    root: Path | None  # the previous site, or None on a first build
    segment_size: int
    segments: tuple[Segment, ...]
    last_sequence: int
    ids: frozenset[str]
    snapshot: Mapping[str, Record]  # active records by record id
    tails: Mapping[str, tuple[str, ...]]  # feed key -> its latest lines, oldest first


class FeedEvent(NamedTuple):
    """One event as the change log publishes it; `line` is its NDJSON line, byte for byte.

    A NamedTuple rather than a frozen dataclass: a first build makes hundreds of thousands,
    and a frozen dataclass's __init__ costs several times as much.
    """

    sequence: int
    id: str
    kind: str
    on: str  # ISO date
    record_id: str
    subject_id: str
    list_type: str
    domain: str
    reason: str | None  # exits only
    line: str
    record_text: str  # the record's JSON, also when the line carries `"record":null`

    @property
    def keys(self) -> tuple[str, ...]:
        return feed_keys(self.kind, self.list_type, self.domain)

    @property
    def item_line(self) -> str:
        """The line with its record filled in, as a feed item shows it."""
        if self.line.endswith(_NULL_TAIL):
            return f"{self.line[: -len(_NULL_TAIL)]}{_RECORD_KEY}{self.record_text}}}"
        return self.line


def feed_keys(kind: str, list_type: str, domain: str) -> tuple[str, ...]:
    """The feed files (paths under feeds/, without extension) an event appears in."""
    keys = ("all", f"lists/{list_type}", f"domains/{domain}")
    return (*keys, "exits") if kind == EXITED else keys


WARNING_KEY = "lists/warning"


def warning_feed(subject_id: str, list_type: str, warning: frozenset[str]) -> bool:
    """Whether an event is in the big-data warning list's feed: the focus-list events of the
    subjects on the warning list as of this build (the list is derived, not submitted: a
    subject's events join the feed, all of them, the day it reaches three domains)."""
    return list_type == "focus" and subject_id in warning


def read_history(
    previous: Path | None,
    segment_size: int = SEGMENT_SIZE,
    warning: frozenset[str] = frozenset(),
) -> History:
    """The previous site's change log and snapshot; an empty history for a first build or a
    site published before it had feeds (no `feeds/` folder at all). `segment_size` applies
    to a new change log only: an existing one keeps the size its index states. `warning`:
    the subject ids on the big-data warning list now, whose focus events fill its feed."""
    if previous is None or not (previous / "feeds").exists():
        return History(None, segment_size, (), 0, frozenset(), {}, {})
    try:
        return _read(previous, warning)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(
            f"previous site {previous}: unreadable change log or snapshot: {exc}"
        ) from exc


def _read(root: Path, warning: frozenset[str]) -> History:
    changes = root / "feeds" / "changes"
    index = json.loads((changes / "index.json").read_text(encoding="utf-8"))
    size = int(index["segment_size"])
    segments = tuple(Segment(s["path"], int(s["first"]), int(s["last"])) for s in index["segments"])
    ids: set[str] = set()
    # A line with `"record":null` shows the record of its listing's previous line that
    # carried one; for the few lines the feeds show, that line is found again by position.
    tails: dict[str, deque[tuple[str, tuple[int, int] | None]]] = {}
    full_at: dict[str, tuple[int, int]] = {}
    last = 0
    for number, seg in enumerate(segments):
        if seg.first != last + 1 or (seg.first - 1) % size or seg.last - seg.first >= size:
            raise ValueError(f"segment {seg.path} breaks the numbering")
        for row, line in enumerate(_lines(changes / seg.path)):
            data = _head(line)
            if data["sequence"] != last + 1:
                raise ValueError(f"sequence {last + 1} missing in {seg.path}")
            last += 1
            ids.add(data["id"])
            rid = data["record_id"]
            if line.endswith(_NULL_TAIL):
                source: tuple[int, int] | None = full_at[rid]  # KeyError: nothing to show
            else:
                source = None
                full_at[rid] = (number, row)
            keys = feed_keys(data["kind"], data["list_type"], data["domain"])
            if warning_feed(str(data.get("subject_id")), data["list_type"], warning):
                keys = (*keys, WARNING_KEY)
            for key in keys:
                tails.setdefault(key, deque(maxlen=FEED_ITEMS)).append((line, source))
        if last != seg.last:
            raise ValueError(f"segment {seg.path} ends at {last}, the index says {seg.last}")
    wanted = {src for tail in tails.values() for _, src in tail if src is not None}
    found: dict[tuple[int, int], str] = {}
    for number in sorted({n for n, _ in wanted}):
        for row, line in enumerate(_lines(changes / segments[number].path)):
            if (number, row) in wanted:
                found[number, row] = line
    snapshot = json.loads((root / "data" / "snapshot.json").read_text(encoding="utf-8"))
    records = {r["record_id"]: r for r in snapshot["records"]}
    return History(
        root=root,
        segment_size=size,
        segments=segments,
        last_sequence=last,
        ids=frozenset(ids),
        snapshot=records,
        tails={k: tuple(_resolve(line, src, found) for line, src in v) for k, v in tails.items()},
    )


def _resolve(
    line: str, source: tuple[int, int] | None, found: Mapping[tuple[int, int], str]
) -> str:
    if source is None:
        return line
    event = json.loads(line)
    event["record"] = json.loads(found[source])["record"]
    return dumps(event)


_RECORD_KEY = ',"record":'


def _head(line: str) -> dict[str, Any]:
    """The line's event fields without its record. We write the record last, and the text
    `,"record":` cannot occur inside a JSON string (its quotes would be escaped), so the head
    parses alone: reading a long history is then a fraction of parsing every record."""
    cut = line.find(_RECORD_KEY)
    if cut > 0:
        try:
            data: dict[str, Any] = json.loads(line[:cut] + "}")
        except ValueError:
            pass
        else:
            if data.keys() >= _HEAD_KEYS:
                return data
    full: dict[str, Any] = json.loads(line)
    return full


_HEAD_KEYS = frozenset(("sequence", "id", "kind", "record_id", "list_type", "domain"))
_NULL_TAIL = ',"record":null}'


def _lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8", newline="\n") as fh:
        for line in fh:
            yield line.rstrip("\n")


def event_id(record_id: str, kind: str, on: date) -> str:
    """Stable: a function of what happened to which record on which day, nothing else."""
    rid = record_id if _PLAIN_ID.fullmatch(record_id) else quote(record_id, safe="")
    return f"{ID_PREFIX}{rid}:{kind}:{on.isoformat()}"


# Record ids are nearly always plain ASCII; quote() is slow enough to matter at 100k.
_PLAIN_ID = re.compile(r"[A-Za-z0-9._-]+")


class _Pending(NamedTuple):  # a NamedTuple for the same reason as FeedEvent
    on: date
    record_id: str
    kind: str
    id: str
    record: Record

    def order(self) -> tuple[date, str, int, str]:
        return (self.on, self.record_id, _KIND_ORDER[self.kind], self.id)


@dataclass(frozen=True, slots=True)
class Plan:
    events: list[FeedEvent]  # numbered, in sequence order
    # The new snapshot, by record id: the active records and the JSON of each.
    active: list[Record]
    active_json: list[str]


def plan_events(
    listings: Iterable[PublicListing],
    events: Iterable[PublicEvent],
    history: History,
    as_of: date,
    published_at: str,
) -> Plan:
    """The events this build appends, numbered, and the active records (the new snapshot)."""
    records = {x.record_id: public_record(x) for x in listings}
    known = set(history.ids)
    pending: list[_Pending] = []

    def add(on: date, rid: str, kind: str, eid: str, record: Record) -> None:
        # Derived events get a suffix if a build on the same day already used their id.
        n, base = 1, eid
        while eid in known:
            n += 1
            eid = f"{base}~{n}"
        known.add(eid)
        pending.append(_Pending(on, rid, kind, eid, record))

    for ev in events:
        if not isinstance(ev, PublicEvent):
            raise TypeError(f"feeds take PublicEvent, not {type(ev).__name__}")
        eid = event_id(ev.record_id, ev.kind, ev.on)
        if eid in known:
            continue
        record = records.get(ev.record_id)
        if record is None:
            raise RedactionError(
                f"the public state has events for unpublished record {ev.record_id}"
            )
        add(ev.on, ev.record_id, ev.kind, eid, record)

    touched = {p.record_id for p in pending}
    active = {rid: r for rid, r in records.items() if r["active"]}
    # Reconcile the previous snapshot with this build's for the records no new event carries:
    # a consumer that applies the events must end up with exactly `active`.
    for rid in sorted((history.snapshot.keys() | active.keys()) - touched):
        before, now = history.snapshot.get(rid), active.get(rid)
        if before == now:
            continue
        if now is not None:
            kind, tag = (AMENDED, AMENDED) if before is not None else (LISTED, "relisted")
            add(as_of, rid, kind, event_id(rid, tag, as_of), now)
            continue
        if before is None:  # unreachable: rid is in one of the two; narrows the type
            continue
        record = records.get(rid)
        if record is None:
            add(
                as_of,
                rid,
                EXITED,
                event_id(rid, "withdrawn", as_of),
                withdrawn_record(before, as_of),
            )
        else:  # ended under an exit id published before (reinstated, then ended the same way)
            add(as_of, rid, EXITED, event_id(rid, "re-exited", as_of), record)

    pending.sort(key=_Pending.order)
    # Each listing's JSON (and the part of the line that depends on it alone) is made once,
    # however many events it has: this is the hot loop of a first build of 100k subjects.
    texts: dict[str, tuple[str, str]] = {}
    stamp = _q(published_at)

    def text(p: _Pending) -> tuple[str, str]:
        if p.record is not records.get(p.record_id):
            return _record_parts(p.record)
        found = texts.get(p.record_id)
        if found is None:
            found = texts[p.record_id] = _record_parts(p.record)
        return found

    # A line carries the record only when it differs from the record the listing's previous
    # event left (the previous snapshot's, for a listing active there); otherwise
    # `"record":null`. On a first build that drops the record from every event but a
    # listing's first: the change log of 100k subjects shrinks by a third.
    latest: dict[str, Record] = {}

    def carries(p: _Pending) -> bool:
        before = latest.get(p.record_id) or history.snapshot.get(p.record_id)
        latest[p.record_id] = p.record
        return before is None or (before is not p.record and before != p.record)

    numbered = [
        _numbered(n, p, *text(p), stamp, carries(p))
        for n, p in enumerate(pending, start=history.last_sequence + 1)
    ]
    order = sorted(active)
    return Plan(
        numbered,
        [active[rid] for rid in order],
        [texts[rid][1] if rid in texts else dumps(active[rid]) for rid in order],
    )


def _record_parts(record: Record) -> tuple[str, str]:
    """The line's fields that come from the record, and the record's JSON."""
    subject_id, list_type, domain = (str(record[k]) for k in ("subject_id", "list_type", "domain"))
    middle = (
        f'"record_id":{_q(str(record["record_id"]))},"subject_id":{_q(subject_id)},'
        f'"list_type":{_q(list_type)},"domain":{_q(domain)},'
    )
    return middle, dumps(record)


def _numbered(
    sequence: int, p: _Pending, middle: str, record_json: str, stamp: str, carry: bool
) -> FeedEvent:
    record = p.record
    exit_ = record.get("exit")
    reason = str(exit_["reason"]) if p.kind == EXITED and isinstance(exit_, Mapping) else None
    on = p.on.isoformat()
    # Written field by field rather than with json.dumps, every string through json's own (C)
    # string encoder, so the line is exactly what json.dumps would write.
    line = (
        f'{{"sequence":{sequence},"id":{_q(p.id)},"kind":"{p.kind}","date":"{on}",{middle}'
        f'"reason":{"null" if reason is None else _q(reason)},'
        f'"published_at":{stamp},"record":{record_json if carry else "null"}}}'
    )
    return FeedEvent(
        sequence,
        p.id,
        p.kind,
        on,
        p.record_id,
        str(record["subject_id"]),
        str(record["list_type"]),
        str(record["domain"]),
        reason,
        line,
        record_json,
    )


_q = json.encoder.encode_basestring
