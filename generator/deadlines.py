"""Deadline clocks: which listing or objection kept its deadline, as of a date.

The seeds set deadlines in working days (publication within 7 or 10, notice within 3,
objections checked within 15 or 20). `assess_deadlines` starts one clock per item and rule
(`data/rules/deadlines.yaml`: rules are data), stops it on the date the data records, and
says whether the item was on time, late, is open and overdue, or is still open. It reads
only the validated dataset, the calendar and, for a listing whose data has no publication
date, the day the published site's change log first carried it. Nothing here is
published: the report (generator/compliance.py) is for the credit office.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field

from generator.errors import ConfigError
from generator.model import Dataset, Listing, ListType
from generator.redact.config import redaction_rules
from generator.redact.mask import mask_name
from generator.rules import CLOCK_COLUMNS, Rules, read_rule_file
from generator.workdays import CalendarUnknownError, WorkCalendar

# The site's change log stamps events in UTC; a Chinese office's "published on" is local.
_LOCAL = ZoneInfo("Asia/Shanghai")
_LIST_DATES = ("decided_on", *CLOCK_COLUMNS)
_OBJECTION_DATES = ("opened_on", "accepted_on", "decided_on")


class DeadlineRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str
    clock: str
    table: Literal["lists", "objections"]
    from_: list[str] = Field(alias="from", min_length=1)
    to: str
    days: int = Field(ge=0, le=3650)
    unit: Literal["working", "calendar"]
    list_types: list[ListType] = []
    domains: list[str] = []
    source: str

    def applies(self, list_type: ListType, domain: str) -> bool:
        return (not self.list_types or list_type in self.list_types) and (
            not self.domains or domain in self.domains
        )


class DeadlinesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    deadlines: list[DeadlineRule]


class Status(StrEnum):
    ON_TIME = "on_time"
    LATE = "late"
    OVERDUE = "overdue"  # still open, past its deadline
    DUE_SOON = "due_soon"  # still open, due within the report's window
    OPEN = "open"
    UNKNOWN = "unknown"  # the deadline falls in a year the calendar does not know
    NOT_RECORDED = "not_recorded"  # the data has no column for the clock's end


@dataclass(frozen=True, slots=True)
class Item:
    rule: str
    clock: str
    record_id: str
    list_type: str
    domain: str
    department: str
    subject: str  # masked as the public site masks it
    start: date
    due: date | None
    done: date | None
    done_from: str  # "data", "site" (the change log) or ""
    status: Status
    # Working (or calendar) days past the deadline when late or overdue, else left before it.
    days_late: int | None
    days_left: int | None
    note: str = ""


@dataclass(frozen=True, slots=True)
class DeadlineReport:
    as_of: date
    due_within: int
    rules: tuple[DeadlineRule, ...]
    items: tuple[Item, ...]
    unknown_years: tuple[int, ...]
    calendar: str  # where the calendar's additions came from

    def count(self, status: Status) -> int:
        return sum(1 for i in self.items if i.status is status)


def load_deadline_rules(rules: Rules, override_dir: Path | None = None) -> tuple[DeadlineRule, ...]:
    """`deadlines.yaml` (the dataset's if it has one), checked against the other rules."""
    parsed, path = read_rule_file("deadlines", DeadlinesFile, override_dir)
    problems = _check(parsed.deadlines, {d.code for d in rules.domains})
    if problems:
        raise ConfigError("invalid rules:\n" + "\n".join(f"{path}: {p}" for p in problems))
    return tuple(parsed.deadlines)


def _check(deadlines: Sequence[DeadlineRule], domains: set[str]) -> list[str]:
    problems: list[str] = []
    seen: set[str] = set()
    for n, rule in enumerate(deadlines):
        where = f"deadlines.{n} ({rule.id})"
        if rule.id in seen:
            problems.append(f"{where}: id used twice")
        seen.add(rule.id)
        columns = _LIST_DATES if rule.table == "lists" else _OBJECTION_DATES
        for column in (*rule.from_, rule.to):
            if column not in columns:
                problems.append(f"{where}: {column!r} is not a date of {rule.table}: {columns}")
        for code in rule.domains:
            if code not in domains:
                problems.append(f"{where}: unknown domain code {code!r}")
        for other in deadlines[:n]:
            if other.clock == rule.clock and _overlap(other, rule):
                problems.append(
                    f"{where}: times the same clock as {other.id} for the same items "
                    "(give one of them other list types or domains)"
                )
    return problems


def _overlap(a: DeadlineRule, b: DeadlineRule) -> bool:
    if bool(a.domains) != bool(b.domains):
        return False  # the one that names domains wins where both apply
    types = not a.list_types or not b.list_types or set(a.list_types) & set(b.list_types)
    return bool(types) and (not a.domains or bool(set(a.domains) & set(b.domains)))


def first_published(site: Path | None) -> dict[str, date]:
    """record id -> the local day the site's change log first carried it (empty: no site)."""
    found: dict[str, date] = {}
    folder = site / "feeds" / "changes" if site is not None else None
    if folder is None or not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.ndjson")):
        with path.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, start=1):
                try:
                    event = json.loads(line)
                    rid, stamp = event["record_id"], event["published_at"]
                    day = datetime.fromisoformat(stamp).astimezone(_LOCAL).date()
                except (ValueError, KeyError, TypeError) as exc:
                    raise ConfigError(
                        f"{path}: line {number}: not a change-log event with record_id and "
                        f"published_at ({type(exc).__name__})"
                    ) from exc
                if rid not in found or day < found[rid]:
                    found[rid] = day
    return found


def assess_deadlines(
    dataset: Dataset,
    rules: Rules,
    deadlines: Sequence[DeadlineRule],
    calendar: WorkCalendar,
    as_of: date,
    published: Mapping[str, date] | None = None,
    due_within: int = 5,
) -> DeadlineReport:
    """Every clock of every item as of `as_of`; clocks that start later are left out."""
    mask = redaction_rules(rules)
    listings = {x.record_id: x for x in dataset.listings}
    published = published or {}
    items: list[Item] = []
    unknown: set[int] = set()

    def subject(x: Listing) -> str:
        masked = x.subject_type.is_person or x.subject_type.value == "individual_business"
        return mask_name(x.name, mask) if masked else x.name

    def run(rule: DeadlineRule, x: Listing, dates: Mapping[str, tuple[bool, date | None]]) -> None:
        start = next((d for c in rule.from_ if (d := dates.get(c, (False, None))[1])), None)
        if start is None or start > as_of:
            return
        recorded, done = dates.get(rule.to, (False, None))
        done_from = "data" if done else ""
        if done is None and rule.to == "published_on" and x.record_id in published:
            recorded, done, done_from = True, published[x.record_id], "site"
        if done is not None and done > as_of:
            done, done_from = None, ""  # the report is as of a date: later news is unknown
        try:
            due, status, late, left = _clock(
                rule, start, done, recorded, as_of, calendar, due_within
            )
            note = ""
        except CalendarUnknownError as exc:
            unknown.add(exc.year)
            due, status, late, left = None, Status.UNKNOWN, None, None
            note = f"no holiday calendar for {exc.year} (data/rules/calendar.yaml)"
        items.append(
            Item(
                rule=rule.id,
                clock=rule.clock,
                record_id=x.record_id,
                list_type=x.list_type.value,
                domain=x.domain,
                department=x.department,
                subject=subject(x),
                start=start,
                due=due,
                done=done,
                done_from=done_from,
                status=status,
                days_late=late,
                days_left=left,
                note=note,
            )
        )

    list_rules = [r for r in deadlines if r.table == "lists"]
    for x in dataset.listings:
        dates: dict[str, tuple[bool, date | None]] = {"decided_on": (True, x.decided_on)}
        dates.update({c: (True, d) for c, d in x.clocks})
        for rule in _chosen(list_rules, x):
            run(rule, x, dates)
    objection_rules = [r for r in deadlines if r.table == "objections"]
    for o in dataset.objections:
        about = listings.get(o.record_id)
        if about is None:
            continue  # validation refuses objections to unknown records
        odates: dict[str, tuple[bool, date | None]] = {
            "opened_on": (True, o.opened_on),
            "accepted_on": (True, o.accepted_on),
            "decided_on": (True, o.decided_on),
        }
        for rule in _chosen(objection_rules, about):
            run(rule, about, odates)
    items.sort(key=lambda i: (i.due or date.max, i.rule, i.record_id))
    return DeadlineReport(
        as_of, due_within, tuple(deadlines), tuple(items), tuple(sorted(unknown)), calendar.source
    )


def _chosen(rules: Iterable[DeadlineRule], x: Listing) -> list[DeadlineRule]:
    """Per clock, the rule for the item's domain if one names it, else the general one."""
    best: dict[str, DeadlineRule] = {}
    for rule in rules:
        if not rule.applies(x.list_type, x.domain):
            continue
        if rule.clock not in best or (rule.domains and not best[rule.clock].domains):
            best[rule.clock] = rule
    return list(best.values())


def _clock(
    rule: DeadlineRule,
    start: date,
    done: date | None,
    recorded: bool,
    as_of: date,
    calendar: WorkCalendar,
    due_within: int,
) -> tuple[date, Status, int | None, int | None]:
    """(due date, status, days late, days left); CalendarUnknownError when a working day it
    needs falls in a year the calendar does not know."""
    working = rule.unit == "working"
    if working:
        due = calendar.add_working_days(start, rule.days)
    else:
        due = date.fromordinal(start.toordinal() + rule.days)

    def between(a: date, b: date) -> int:
        return calendar.working_days_between(a, b) if working else max(0, (b - a).days)

    if done is not None:
        if done <= due:
            return due, Status.ON_TIME, None, None
        return due, Status.LATE, between(due, done), None
    if not recorded:
        return due, Status.NOT_RECORDED, None, None
    if as_of > due:
        return due, Status.OVERDUE, between(due, as_of), None
    left = between(as_of, due)
    return due, Status.DUE_SOON if left <= due_within else Status.OPEN, None, left
