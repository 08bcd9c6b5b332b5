"""Feeds stage: the open data a bank's system polls, continuing the previous build's history.

`render_feeds` writes under a staging directory: JSON Feed 1.1 with RSS 2.0 and Atom
siblings (global, per list type, per domain, exits, typical cases), the change log
(`feeds/changes/`), the snapshot of active listings (`data/snapshot.*`) with its
Frictionless descriptor, and the JSON Schemas of all of it (`feeds/schemas/`).
`feeds/SPEC.md` in the repository is the contract; signing comes after this stage.
"""

from __future__ import annotations

import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from generator.feeds.changelog import write_changelog
from generator.feeds.history import (
    AMENDED,
    EXITED,
    FEED_ITEMS,
    LISTED,
    SEGMENT_SIZE,
    FeedEvent,
    plan_events,
    read_history,
)
from generator.feeds.record import public_record
from generator.feeds.snapshot import write_snapshot
from generator.feeds.syndication import CASES_SPEC, case_item, event_item, feed_specs, write_feed
from generator.model import ExitReason
from generator.redact.public import PublicState
from generator.rules import Rules

__all__ = ["FEED_ITEMS", "SEGMENT_SIZE", "FeedsSummary", "public_record", "render_feeds"]

SCHEMAS = Path(__file__).resolve().parent.parent.parent / "feeds" / "schemas"


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
    segment_size: int = SEGMENT_SIZE,
) -> FeedsSummary:
    """Write the feeds, change log and snapshot for `public` under `out` (a staging dir).

    `previous` is the previously published site, already verified by the build, or None for
    a first build; its events are kept (byte for byte) and this build's are appended.
    `segment_size` (events per change-log segment) applies to a first build only.
    """
    if not isinstance(public, PublicState):
        raise TypeError(f"render_feeds takes a PublicState, not {type(public).__name__}")
    if not isinstance(rules, Rules):
        raise TypeError(f"render_feeds takes Rules, not {type(rules).__name__}")
    if built_at.tzinfo is None or not site_url.endswith("/"):
        raise ValueError("built_at must be timezone-aware and site_url must end with '/'")
    published_at = built_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    as_of = public.as_of.isoformat()

    history = read_history(previous, segment_size)
    plan = plan_events(public.listings, public.events, history, public.as_of, published_at)
    events = plan.events
    # Everything the feeds show is gathered before anything is written.
    fresh: dict[str, list[FeedEvent]] = defaultdict(list)
    for e in events:
        for key in e.keys:
            fresh[key].append(e)
    domains = sorted(
        {d.code for d in rules.domains}
        | {k[8:] for k in (*history.tails, *fresh) if k.startswith("domains/")}
    )
    specs = feed_specs(rules, domains)
    items = {
        s.key: [
            event_item(line, rules, site_url)
            for line in reversed(
                [
                    *history.tails.get(s.key, ()),
                    *(e.item_line for e in fresh.get(s.key, [])[-FEED_ITEMS:]),
                ][-FEED_ITEMS:]
            )
        ]
        for s in specs
    }
    cases = [
        case_item(c, rules, site_url)
        for c in sorted(public.cases, key=lambda c: (c.date, c.slug), reverse=True)
    ]

    log = write_changelog(out, history, events, as_of, published_at)
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
    )
    shutil.copytree(SCHEMAS, out / "feeds" / "schemas", dirs_exist_ok=True)

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
        feeds=len(specs) + 1,
        events=tuple(events),
        active=tuple((str(r["subject_id"]), str(r["record_id"])) for r in plan.active),
    )
