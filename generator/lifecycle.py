"""Lifecycle stage: what is on which list as of one date, and what happened until then.

A pure function of the validated dataset and a date, so that yesterday's site can be rebuilt
exactly and the daily refresh knows when an expiry changes what is published. The rules
follow 营信发〔2019〕1号 五 (exits), 发改办财金〔2018〕87号 四 (big-data warning list) and
the objection rules of 003 篇二/篇四 (a record under objection is marked and its punishment
suspended; a rejected objection lets the period run on from the rejection date).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from generator.model import (
    Case,
    Dataset,
    Exit,
    ExitReason,
    Listing,
    ListType,
    Objection,
    ObjectionState,
)

# 发改办财金〔2018〕87号 四: key-attention listings in this many different domains make a
# subject a big-data warning subject.
WARNING_DOMAINS = 3


@dataclass(frozen=True, slots=True)
class ExitNotice:
    """An exit announcement (退出公告): published through the listing's own channels."""

    record_id: str
    reason: ExitReason
    exited_on: date
    department: str
    basis: str
    # 澄清: a listing found wrong restores the subject's reputation publicly (004 六).
    clarification: bool = False
    # For a cross-check exit: the listing that caused it.
    caused_by: str | None = None


@dataclass(frozen=True, slots=True)
class ListingState:
    listing: Listing
    active: bool
    exit: ExitNotice | None
    # The objection that governs the listing as of the date (the latest one opened by then).
    objection: Objection | None
    under_objection: bool  # 存在异议: opened and not decided as of the date
    # The end of publication, after any time suspended by a rejected objection is added back.
    ends_on: date

    @property
    def suspended(self) -> bool:
        """Joint punishment is not applied while an objection is checked (003 篇四 第十三条)."""
        return self.under_objection and self.listing.list_type is not ListType.RED


class EventKind(StrEnum):
    LISTED = "listed"
    OBJECTION_OPENED = "objection_opened"
    OBJECTION_CLOSED = "objection_closed"
    EXITED = "exited"


@dataclass(frozen=True, slots=True, order=True)
class Event:
    """Something that happened to a listing on a day; the feeds number these across builds."""

    on: date
    record_id: str
    kind: EventKind


@dataclass(frozen=True, slots=True)
class ListState:
    as_of: date
    listings: tuple[ListingState, ...]  # decided on or before as_of, by record id
    exits: tuple[ExitNotice, ...]  # by date, then record id
    events: tuple[Event, ...]  # by date, then record id, then kind
    warning: frozenset[str]  # subject keys on the big-data warning list
    cases: tuple[Case, ...]

    def active(self, list_type: ListType | None = None) -> Iterable[ListingState]:
        return (
            s
            for s in self.listings
            if s.active and (list_type is None or s.listing.list_type is list_type)
        )


def apply_lifecycle(dataset: Dataset, as_of: date) -> ListState:
    """The state of every listing as of `as_of` (inclusive), with exits and a timeline."""
    known = [x for x in dataset.listings if x.decided_on <= as_of]
    objections = _latest_objections(dataset.objections, as_of)
    early = {e.record_id: e for e in dataset.exits if e.exited_on <= as_of}
    by_id: dict[str, ListingState] = {}
    punishing: dict[str, list[ListingState]] = defaultdict(list)  # by subject key
    # Punishing listings first: whether one ends a red listing depends on its own lifecycle
    # (an early exit, a listing found wrong, an objection still being checked).
    for listing in sorted(known, key=lambda x: (x.list_type is ListType.RED, x.record_id)):
        red = listing.list_type is ListType.RED
        cross = _cross_check(listing, punishing.get(listing.subject_key, ())) if red else {}
        objection = objections.get(listing.record_id)
        open_now = objection is not None and _open_on(objection, as_of)
        ends_on = listing.valid_until + _suspended_days(objection, listing, as_of)
        notice = _exit_notice(listing, early, objection, cross, ends_on, as_of)
        item = by_id[listing.record_id] = ListingState(
            listing=listing,
            active=notice is None,
            exit=notice,
            objection=objection,
            under_objection=open_now and notice is None,
            ends_on=ends_on,
        )
        if not red:
            punishing[listing.subject_key].append(item)
    states = [by_id[rid] for rid in sorted(by_id)]
    exits = sorted(
        (s.exit for s in states if s.exit is not None), key=lambda n: (n.exited_on, n.record_id)
    )
    return ListState(
        as_of=as_of,
        listings=tuple(states),
        exits=tuple(exits),
        events=tuple(sorted(_events(states, dataset.objections, as_of))),
        warning=_warning(states),
        cases=tuple(c for c in dataset.cases if c.date <= as_of),
    )


def _open_on(objection: Objection, day: date) -> bool:
    if objection.opened_on > day:
        return False
    return objection.decided_on is None or objection.decided_on > day


def _latest_objections(objections: Sequence[Objection], as_of: date) -> dict[str, Objection]:
    latest: dict[str, Objection] = {}
    for o in sorted(objections, key=lambda o: o.opened_on):
        if o.opened_on <= as_of:
            latest[o.record_id] = o
    return latest


def _suspended_days(objection: Objection | None, listing: Listing, as_of: date) -> timedelta:
    """A rejected objection on a punishment: the period runs on from the rejection date, so
    the days spent under objection are added to the end of publication (003 篇二)."""
    if (
        objection is None
        or listing.list_type is ListType.RED
        or objection.state is not ObjectionState.REJECTED
        or objection.decided_on is None
        or objection.decided_on > as_of
    ):
        return timedelta(0)
    return objection.decided_on - objection.opened_on


# A punishing listing that ended this way was never rightly made: it ends no red listing,
# whenever that was decided (004 六: the subject's reputation is restored).
_VOID = (ExitReason.OBJECTION_UPHELD, ExitReason.COURT_REVOKED)


def _cross_check(
    red: Listing, punishing: Sequence[ListingState]
) -> dict[str, tuple[date, Listing]]:
    """The black or key-attention listing of the same subject that ends `red` (004 二(二),
    五(一)2), judged by that listing's actual lifecycle, not its stated validity: it counts
    from its decision to the last day it was in force (its exit, early or on expiry), and
    not at all if it was found wrong or while an objection against it is being checked
    (its effects are suspended, 003 篇四 第十三条). `punishing`: the subject's black and
    key-attention listings. {red record id: (day, the listing)}."""
    for other in sorted(punishing, key=lambda s: (s.listing.decided_on, s.listing.record_id)):
        x = other.listing
        if other.under_objection or (other.exit is not None and other.exit.reason in _VOID):
            continue
        last_day = other.ends_on if other.exit is None else other.exit.exited_on - timedelta(days=1)
        # A punishment that was over before the red listing began does not end it.
        if red.decided_on <= last_day and x.decided_on <= red.valid_until:
            return {red.record_id: (max(x.decided_on, red.decided_on), x)}
    return {}


def _exit_notice(
    listing: Listing,
    early: dict[str, Exit],
    objection: Objection | None,
    cross: dict[str, tuple[date, Listing]],
    ends_on: date,
    as_of: date,
) -> ExitNotice | None:
    candidates: list[ExitNotice] = []
    row = early.get(listing.record_id)
    if row is not None:
        candidates.append(
            ExitNotice(
                listing.record_id,
                row.reason,
                row.exited_on,
                row.department,
                row.basis,
                clarification=row.reason is ExitReason.OBJECTION_UPHELD,
            )
        )
    if (
        objection is not None
        and objection.state is ObjectionState.UPHELD
        and objection.decided_on is not None
        and objection.decided_on <= as_of
    ):
        candidates.append(
            ExitNotice(
                listing.record_id,
                ExitReason.OBJECTION_UPHELD,
                objection.decided_on,
                listing.department,
                "异议核查认定有误",
                clarification=True,
            )
        )
    if listing.record_id in cross:
        day, other = cross[listing.record_id]
        reason = (
            ExitReason.MOVED_TO_BLACK
            if other.list_type is ListType.BLACK
            else ExitReason.MOVED_TO_FOCUS
        )
        candidates.append(
            ExitNotice(
                listing.record_id,
                reason,
                day,
                listing.department,
                f"{other.department} {other.decision_no or other.record_id}",
                caused_by=other.record_id,
            )
        )
    # Publication lasts exactly as long as the validity: the day after the last valid day.
    if ends_on < as_of:
        candidates.append(
            ExitNotice(
                listing.record_id,
                ExitReason.EXPIRY,
                ends_on + timedelta(days=1),
                listing.department,
                "有效期届满自动退出",
            )
        )
    if not candidates:
        return None
    # The first thing that ended the listing is what is announced.
    return min(candidates, key=lambda n: n.exited_on)


def _events(
    states: Sequence[ListingState], objections: Sequence[Objection], as_of: date
) -> Iterable[Event]:
    known = {s.listing.record_id for s in states}
    for s in states:
        yield Event(s.listing.decided_on, s.listing.record_id, EventKind.LISTED)
        if s.exit is not None:
            yield Event(s.exit.exited_on, s.listing.record_id, EventKind.EXITED)
    for o in objections:
        if o.record_id not in known or o.opened_on > as_of:
            continue
        yield Event(o.opened_on, o.record_id, EventKind.OBJECTION_OPENED)
        if o.decided_on is not None and o.decided_on <= as_of:
            yield Event(o.decided_on, o.record_id, EventKind.OBJECTION_CLOSED)


def _warning(states: Sequence[ListingState]) -> frozenset[str]:
    domains: dict[str, set[str]] = defaultdict(set)
    for s in states:
        if s.active and s.listing.list_type is ListType.FOCUS:
            domains[s.listing.subject_key].add(s.listing.domain)
    return frozenset(k for k, d in domains.items() if len(d) >= WARNING_DOMAINS)


def next_change(dataset: Dataset, as_of: date) -> date | None:
    """The first day after `as_of` whose state may differ from `as_of`'s (beyond the date
    itself), or None when no later day changes anything: the daily refresh rebuilds then.

    Every date `apply_lifecycle` compares its day against is a candidate, so the answer
    may name a day on which nothing visible happens, but never one later than a change.
    """
    days: set[date] = {x.exited_on for x in dataset.exits}
    days.update(c.date for c in dataset.cases)
    # A rejected objection moves the end of publication by the days it was open.
    extensions: dict[str, set[timedelta]] = defaultdict(lambda: {timedelta(0)})
    for o in dataset.objections:
        days.add(o.opened_on)
        if o.decided_on is not None:
            days.add(o.decided_on)
            extensions[o.record_id].add(o.decided_on - o.opened_on)
    one_day = timedelta(days=1)
    for x in dataset.listings:
        days.add(x.decided_on)
        days.update(x.valid_until + extra + one_day for extra in extensions[x.record_id])
    return min((d for d in days if d > as_of), default=None)
