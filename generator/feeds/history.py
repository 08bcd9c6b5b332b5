"""Events across builds: what the previous site published, and what this build adds to it.

The change log is the history. A build reads the previous site's change log and snapshot,
keeps every event it published, and appends the events that are new: lifecycle events whose
stable id was never published, and the events that reconcile the previous snapshot with
this build's (`amended`, a listing back on the list, and `exited` with reason `withdrawn`
for a listing that vanished from the data).

Publication lasts as long as the listing's validity (seed 004 三(二)), in the log too: each
line carries a salted commitment to its content (`commitment.py`), and its content and salt
only while the listing is active and the line stands for its current record. When that ends
the line loses both and keeps the rest byte for byte (`withdrawn_line`); an exit keeps its
announcement. Nothing else of a published line ever changes.

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
from generator.feeds.commitment import commitment_of_canonical, event_salt
from generator.feeds.record import (
    Record,
    announcement,
    changed_fields,
    dumps,
    public_record,
    withdrawn_record,
)
from generator.lifecycle import EventKind
from generator.redact.public import PublicEvent, PublicListing
from generator.sign.canonical import canonical_bytes

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
    # As the previous index listed them (0/"" for a segment this build starts): a segment
    # copied unchanged keeps them, so it is neither read again nor hashed again.
    bytes: int = 0
    sha256: str = ""
    withdrawn: int = 0  # events of the segment whose content is no longer published


@dataclass(frozen=True, slots=True)
class History:
    """What the previous build published, as far as this build needs it."""

    root: Path | None  # the previous site, or None on a first build
    segment_size: int
    segments: tuple[Segment, ...]
    last_sequence: int
    ids: frozenset[str]
    snapshot: Mapping[str, Record]  # active records by record id
    # record id -> sequences of its lines that still publish a record's content (exit
    # announcements aside: those stay), and the sequence of its last line carrying a record.
    content: Mapping[str, tuple[int, ...]]
    last_carry: Mapping[str, int]
    # feed key -> its latest lines as (sequence, sequence of the line whose record a
    # `"record":null` line stands for, or None), oldest first
    tails: Mapping[str, tuple[tuple[int, int | None], ...]]


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
    record_text: str  # the content's JSON, also when the line carries `"record":null`
    published: bool  # False: only the commitment is published (the listing is not active)

    @property
    def keys(self) -> tuple[str, ...]:
        return feed_keys(self.kind, self.list_type, self.domain)

    @property
    def item_line(self) -> str:
        """The line with its record filled in, as a feed item shows it."""
        if self.published and self.line.endswith(_NULL_TAIL):
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


def withdrawn_line(line: str) -> str:
    """The line with its content and salt removed: what stays of an event once its listing
    is no longer public. Everything before the salt (sequence, id, kind, dates, record id,
    commitment) is kept byte for byte, so the rewrite is checkable (feeds/SPEC.md)."""
    cut = line.find(_SALT_KEY)
    if cut < 0:
        raise ValueError("a change-log line without a salt")
    return f"{line[:cut]}{_WITHDRAWN_TAIL}"


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
        return History(None, segment_size, (), 0, frozenset(), {}, {}, {}, {})
    try:
        return _read(previous, warning)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(
            f"previous site {previous}: unreadable change log or snapshot: {exc}"
        ) from exc


def _read(root: Path, warning: frozenset[str]) -> History:
    changes = root / "feeds" / "changes"
    index = json.loads((changes / "index.json").read_text(encoding="utf-8"))
    if index["version"] != LOG_VERSION:
        raise ValueError(
            f"change log version {index['version']}, this program continues versions "
            f"up to {LOG_VERSION} only"
        )
    size = int(index["segment_size"])
    segments = tuple(
        Segment(
            s["path"], int(s["first"]), int(s["last"]), int(s["bytes"]), s["sha256"],
            int(s["withdrawn"]),
        )
        for s in index["segments"]
    )  # fmt: skip
    ids: set[str] = set()
    tails: dict[str, deque[tuple[int, int | None]]] = {}
    content: dict[str, list[int]] = {}
    full_at: dict[str, int] = {}
    last = 0
    for seg in segments:
        if seg.first != last + 1 or (seg.first - 1) % size or seg.last - seg.first >= size:
            raise ValueError(f"segment {seg.path} breaks the numbering")
        for line in segment_lines(changes / seg.path):
            data = _head(line)
            if data["sequence"] != last + 1:
                raise ValueError(f"sequence {last + 1} missing in {seg.path}")
            last += 1
            ids.add(data["id"])
            rid = data["record_id"]
            kind = data["kind"]
            source: int | None = None
            if not line.endswith(_WITHDRAWN_TAIL):
                if line.endswith(_NULL_TAIL):
                    source = full_at[rid]  # KeyError: nothing to stand for
                else:
                    full_at[rid] = last
                if kind != EXITED:
                    content.setdefault(rid, []).append(last)
            keys = feed_keys(kind, data["list_type"], data["domain"])
            if warning_feed(str(data.get("subject_id")), data["list_type"], warning):
                keys = (*keys, WARNING_KEY)
            for key in keys:
                tails.setdefault(key, deque(maxlen=FEED_ITEMS)).append((last, source))
        if last != seg.last:
            raise ValueError(f"segment {seg.path} ends at {last}, the index says {seg.last}")
    snapshot = json.loads((root / "data" / "snapshot.json").read_text(encoding="utf-8"))
    records = {r["record_id"]: r for r in snapshot["records"]}
    return History(
        root=root,
        segment_size=size,
        segments=segments,
        last_sequence=last,
        ids=frozenset(ids),
        snapshot=records,
        content={rid: tuple(seqs) for rid, seqs in content.items()},
        last_carry=full_at,
        tails={k: tuple(v) for k, v in tails.items()},
    )


def tail_lines(history: History, withdrawn: frozenset[int]) -> dict[str, tuple[str, ...]]:
    """The feeds' latest lines from the previous log, oldest first, as this build publishes
    them: withdrawn where their content leaves now, the record filled in where it stays."""
    if history.root is None:
        return {}
    wanted = {seq for tail in history.tails.values() for seq, _ in tail}
    wanted |= {src for tail in history.tails.values() for _, src in tail if src is not None}
    found: dict[int, str] = {}
    changes = history.root / "feeds" / "changes"
    size = history.segment_size
    for number in sorted({(seq - 1) // size for seq in wanted}):
        seg = history.segments[number]
        for seq, line in enumerate(segment_lines(changes / seg.path), start=seg.first):
            if seq in wanted:
                found[seq] = line

    def shown(seq: int, source: int | None) -> str:
        line = found[seq]
        # A line standing for a withdrawn one is withdrawn with it (`_withdrawals` keeps
        # them together); checked here too, since a slip would put the content in a feed.
        if seq in withdrawn or (source is not None and source in withdrawn):
            return withdrawn_line(line)
        if source is None:
            return line
        event = json.loads(line)
        event["record"] = json.loads(found[source])["record"]
        return dumps(event)

    return {k: tuple(shown(seq, src) for seq, src in v) for k, v in history.tails.items()}


_RECORD_KEY = ',"record":'
_SALT_KEY = ',"salt":'
# 3: every line carries a salted commitment; content and salt leave when the listing does.
LOG_VERSION = 3


def _head(line: str) -> dict[str, Any]:
    """The line's event fields without its salt and record. We write those last, and the
    text `,"salt":` cannot occur inside a JSON string (its quotes would be escaped), so the
    head parses alone: reading a long history is then a fraction of parsing every record."""
    cut = line.find(_SALT_KEY)
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
_WITHDRAWN_TAIL = ',"salt":null,"record":null}'


def segment_lines(path: Path) -> Iterator[str]:
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
    changed: tuple[str, ...] | None = None  # amended: the fields that changed

    def order(self) -> tuple[date, str, int, str]:
        return (self.on, self.record_id, _KIND_ORDER[self.kind], self.id)


@dataclass(frozen=True, slots=True)
class Plan:
    events: list[FeedEvent]  # numbered, in sequence order
    # The new snapshot, by record id: the active records and the JSON of each.
    active: list[Record]
    active_json: list[str]
    # Sequences of published lines whose content (and salt) leave the change log now.
    withdrawn: frozenset[int]


def plan_events(
    listings: Iterable[PublicListing],
    events: Iterable[PublicEvent],
    history: History,
    as_of: date,
    published_at: str,
    key: bytes,
) -> Plan:
    """The events this build appends, numbered and committed to with `key` (the salts'
    secret), the active records (the new snapshot) and the previous lines to withdraw."""
    records = {x.record_id: public_record(x) for x in listings}
    known = set(history.ids)
    pending: list[_Pending] = []

    def add(
        on: date, rid: str, kind: str, eid: str, record: Record,
        changed: tuple[str, ...] | None = None,
    ) -> None:  # fmt: skip
        # Derived events get a suffix if a build on the same day already used their id.
        n, base = 1, eid
        while eid in known:
            n += 1
            eid = f"{base}~{n}"
        known.add(eid)
        pending.append(_Pending(on, rid, kind, eid, record, changed))

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
            if before is not None:
                changed = tuple(changed_fields(before, now))
                add(as_of, rid, AMENDED, event_id(rid, AMENDED, as_of), now, changed)
            else:
                add(as_of, rid, LISTED, event_id(rid, "relisted", as_of), now)
            continue
        if before is None:  # unreachable: rid is in one of the two; narrows the type
            continue
        record = records.get(rid)
        if record is None:
            # Deleted from the data with no exit row: a correction notice (撤销公告) through
            # the exits' channels, never a silent removal.
            withdrawn = withdrawn_record(before, as_of)
            add(as_of, rid, EXITED, event_id(rid, "withdrawn", as_of), withdrawn)
        else:  # ended under an exit id published before (reinstated, then ended the same way)
            add(as_of, rid, EXITED, event_id(rid, "re-exited", as_of), record)

    pending.sort(key=_Pending.order)
    # Each listing's JSON and canonical form (and the part of the line that depends on it
    # alone) are made once, however many events it has: the hot loop of a first build.
    texts: dict[str, _Parts] = {}
    stamp = _q(published_at)

    def parts(p: _Pending, content: Record) -> _Parts:
        if content is not records.get(p.record_id):
            return _record_parts(p.record, content)
        found = texts.get(p.record_id)
        if found is None:
            found = texts[p.record_id] = _record_parts(p.record, content)
        return found

    # A line carries the record only when it differs from the record the listing's previous
    # published line stood for (the previous snapshot's, for a listing active there);
    # otherwise `"record":null`. On a first build that drops the record from every event but
    # a listing's first: the change log of 100k subjects shrinks by a third.
    latest: dict[str, Record] = {}
    renewed: set[str] = set()  # listings whose previous lines stand for an older record

    def carries(p: _Pending, content: Record) -> bool:
        before = latest.get(p.record_id) or history.snapshot.get(p.record_id)
        latest[p.record_id] = content
        carry = before is None or (before is not content and before != content)
        if carry and p.kind != EXITED:
            renewed.add(p.record_id)
        return carry

    numbered: list[FeedEvent] = []
    for n, p in enumerate(pending, start=history.last_sequence + 1):
        content, published = _content(p)
        numbered.append(
            _numbered(
                n, p, parts(p, content), stamp, published and carries(p, content), published, key
            )
        )
    order = sorted(active)
    return Plan(
        numbered,
        [active[rid] for rid in order],
        [texts[rid].json if rid in texts else dumps(active[rid]) for rid in order],
        _withdrawals(history, active, renewed),
    )


def _content(p: _Pending) -> tuple[Record, bool]:
    """What an event commits to, and whether it is published: an exit keeps its
    announcement; any other event its record, published only while the listing is active."""
    if p.kind == EXITED and not p.record["active"]:
        return announcement(p.record), True
    return p.record, bool(p.record["active"])


def _withdrawals(
    history: History, active: Mapping[str, Record], renewed: set[str]
) -> frozenset[int]:
    """The previous lines whose content leaves now: every line of a listing no longer active,
    and, of an active one, the lines standing for a record it no longer has (an amendment's
    old values). Exit announcements stay. A line standing for the record that is still
    current is kept, so a `"record":null` line always finds the line it stands for."""
    out: list[int] = []
    for rid, seqs in history.content.items():
        if rid not in active or rid in renewed:
            out.extend(seqs)
        else:
            keep_from = history.last_carry[rid]
            out.extend(s for s in seqs if s < keep_from)
    return frozenset(out)


class _Parts(NamedTuple):
    middle: str  # the line's fields that come from the record
    json: str  # the content's JSON
    canonical: bytes  # the content's RFC 8785 bytes, what the commitment hashes


def _record_parts(record: Record, content: Record) -> _Parts:
    subject_id, list_type, domain = (str(record[k]) for k in ("subject_id", "list_type", "domain"))
    middle = (
        f'"record_id":{_q(str(record["record_id"]))},"subject_id":{_q(subject_id)},'
        f'"list_type":{_q(list_type)},"domain":{_q(domain)},'
    )
    return _Parts(middle, dumps(content), canonical_bytes(content))


def _numbered(
    sequence: int, p: _Pending, parts: _Parts, stamp: str, carry: bool, published: bool,
    key: bytes,
) -> FeedEvent:  # fmt: skip
    record = p.record
    exit_ = record.get("exit")
    reason = str(exit_["reason"]) if p.kind == EXITED and isinstance(exit_, Mapping) else None
    on = p.on.isoformat()
    salt = event_salt(key, p.id)
    commitment = commitment_of_canonical(salt, parts.canonical)
    changed = "null" if p.changed is None else dumps(list(p.changed))
    if not published:
        tail = _WITHDRAWN_TAIL
    else:
        tail = f'{_SALT_KEY}"{salt.hex()}"{_RECORD_KEY}{parts.json if carry else "null"}}}'
    # Written field by field rather than with json.dumps, every string through json's own (C)
    # string encoder, so the line is exactly what json.dumps would write.
    line = (
        f'{{"sequence":{sequence},"id":{_q(p.id)},"kind":"{p.kind}","date":"{on}",'
        f'{parts.middle}"reason":{"null" if reason is None else _q(reason)},'
        f'"changed":{changed},"published_at":{stamp},"commitment":"{commitment}"{tail}'
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
        parts.json if published else "",
        published,
    )


_q = json.encoder.encode_basestring
