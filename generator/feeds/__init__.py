"""Feeds stage: the open data a bank's system polls, continuing the previous build's history.

`render_feeds` writes under a staging directory: JSON Feed 1.1 with RSS 2.0 and Atom
siblings (global, per list type, per domain, exits, typical cases), the change log
(`feeds/changes/`), the snapshot of active listings (`data/snapshot.*`) with its
Frictionless descriptor, the JSON Schemas of all of it (`feeds/schemas/`) and the standalone
verifier banks copy (`feeds/verify_feed.py`).
`feeds/SPEC.md` in the repository is the contract; signing comes after this stage.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from generator.feeds.changelog import ChangeLogSummary, write_changelog
from generator.feeds.history import (
    AMENDED,
    EXITED,
    FEED_ITEMS,
    LISTED,
    SEGMENT_SIZE,
    WARNING_KEY,
    FeedEvent,
    History,
    Plan,
    plan_events,
    read_history,
    tail_lines,
    warning_feed,
)
from generator.feeds.record import public_record
from generator.feeds.snapshot import write_snapshot
from generator.feeds.syndication import (
    CASES_SPEC,
    FeedSpec,
    case_item,
    event_item,
    feed_specs,
    write_feed,
)
from generator.feeds.upgrade import upgrade_log
from generator.model import ExitReason
from generator.opendata import DEFAULT_TERMS, OpenDataTerms
from generator.redact.public import PublicState
from generator.rules import Rules

__all__ = ["FEED_ITEMS", "SEGMENT_SIZE", "FeedsSummary", "public_record", "render_feeds"]

SCHEMAS = Path(__file__).resolve().parent.parent.parent / "feeds" / "schemas"
# The bank guide tells banks to copy the standalone verifier from the site: it is published
# beside the feeds, so it is signed and in the manifest like every other file.
VERIFIER = SCHEMAS.parent / "verify_feed.py"


@dataclass(frozen=True, slots=True)
class FeedsSummary:
    first_build: bool
    new_events: int
    first_new_sequence: int | None  # None when this build added no event
    last_sequence: int
    listed: int
    amended: int
    exited: int
    withdrawn: int
    active_records: int
    withdrawn_content: int  # previous events whose content and salt left the log now
    feeds: int  # feed files per format (JSON Feed, RSS and Atom each)
    # What the transparency log appends (generator/tlog): this build's numbered events and
    # the (subject key, record id) of every active listing, in record id order.
    events: tuple[FeedEvent, ...] = field(default=(), repr=False, compare=False)
    active: tuple[tuple[str, str], ...] = field(default=(), repr=False, compare=False)


def render_feeds(
    public: PublicState,
    rules: Rules,
    out: Path,
    *,
    built_at: datetime,
    site_url: str,
    previous: Path | None,
    key: bytes,
    segment_size: int = SEGMENT_SIZE,
    terms: OpenDataTerms = DEFAULT_TERMS,
) -> FeedsSummary:
    """Write the feeds, change log and snapshot for `public` under `out` (a staging dir).

    `previous` is the previously published site, already verified by the build, or None for
    a first build; its events are kept (their content withdrawn where the listing's
    publication has ended) and this build's are appended. `key` is the secret the events'
    salts derive from (the pseudonym key). `segment_size` (events per change-log segment)
    applies to a first build only.
    """
    if not isinstance(public, PublicState):
        raise TypeError(f"render_feeds takes a PublicState, not {type(public).__name__}")
    if not isinstance(rules, Rules):
        raise TypeError(f"render_feeds takes Rules, not {type(rules).__name__}")
    if built_at.tzinfo is None or not site_url.endswith("/"):
        raise ValueError("built_at must be timezone-aware and site_url must end with '/'")
    published_at = built_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    as_of = public.as_of.isoformat()

    warning = frozenset(public.warning)
    with tempfile.TemporaryDirectory(prefix="creditsite-log-") as scratch:
        # A log of an earlier version is read from an upgraded copy (see `upgrade`).
        source = upgrade_log(previous, key, Path(scratch)) if previous is not None else None
        history = read_history(source, segment_size, warning)
        events, plan, log, specs = _write(
            public, rules, out, history, key, built_at, site_url, published_at, as_of, terms
        )

    def count(kind: str) -> int:
        return sum(1 for e in events if e.kind == kind)

    return FeedsSummary(
        first_build=history.root is None,
        new_events=len(events),
        first_new_sequence=log.first_new,
        last_sequence=log.last_sequence,
        listed=count(LISTED),
        amended=count(AMENDED),
        exited=count(EXITED),
        withdrawn=sum(1 for e in events if e.reason == ExitReason.WITHDRAWN.value),
        active_records=len(plan.active),
        withdrawn_content=len(plan.withdrawn),
        feeds=len(specs) + 1,
        events=tuple(events),
        active=tuple((str(r["subject_id"]), str(r["record_id"])) for r in plan.active),
    )


def _write(
    public: PublicState,
    rules: Rules,
    out: Path,
    history: History,
    key: bytes,
    built_at: datetime,
    site_url: str,
    published_at: str,
    as_of: str,
    terms: OpenDataTerms,
) -> tuple[list[FeedEvent], Plan, ChangeLogSummary, list[FeedSpec]]:
    warning = frozenset(public.warning)
    plan = plan_events(public.listings, public.events, history, public.as_of, published_at, key)
    events = plan.events
    tails = tail_lines(history, plan.withdrawn)
    # Everything the feeds show is gathered before anything is written.
    fresh: dict[str, list[FeedEvent]] = defaultdict(list)
    for e in events:
        for feed in e.keys:
            fresh[feed].append(e)
        if warning_feed(e.subject_id, e.list_type, warning):
            fresh[WARNING_KEY].append(e)
    domains = sorted(
        {d.code for d in rules.domains}
        | {k[8:] for k in (*tails, *fresh) if k.startswith("domains/")}
    )
    specs = feed_specs(rules, domains)
    items = {
        s.key: [
            event_item(line, rules, site_url)
            for line in reversed(
                [
                    *tails.get(s.key, ()),
                    *(e.item_line for e in fresh.get(s.key, [])[-FEED_ITEMS:]),
                ][-FEED_ITEMS:]
            )
        ]
        for s in specs
    }
    # A typical case retells its listings' conduct and measures: it is published only while
    # every listing it cites is (seed 004 三(二)), like the listings themselves.
    active_ids = {x.record_id for x in public.listings if x.active}
    cases = [
        case_item(c, rules, site_url)
        for c in sorted(public.cases, key=lambda c: (c.date, c.slug), reverse=True)
        if all(rid in active_ids for rid in c.record_ids)
    ]

    log = write_changelog(out, history, events, plan.withdrawn, as_of, published_at)
    meta = {
        "as_of": as_of,
        "published_at": published_at,
        "last_sequence": log.last_sequence,
        "max_items": FEED_ITEMS,
        "changes": f"{site_url}feeds/changes/index.json",
        "snapshot": f"{site_url}data/snapshot.json",
        "about": f"{site_url}guide/feeds/",
    }
    for spec in specs:
        write_feed(out, spec, items[spec.key], site_url=site_url, built_at=built_at, meta=meta)
    write_feed(out, CASES_SPEC, cases[:FEED_ITEMS], site_url=site_url, built_at=built_at, meta=meta)
    write_snapshot(
        out,
        plan.active,
        plan.active_json,
        as_of=as_of,
        published_at=published_at,
        last_sequence=log.last_sequence,
        site_url=site_url,
        terms=terms,
    )
    shutil.copytree(SCHEMAS, out / "feeds" / "schemas", dirs_exist_ok=True)
    shutil.copyfile(VERIFIER, out / "feeds" / VERIFIER.name)

    return events, plan, log, specs
