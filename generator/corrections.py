"""Corrections stage: what the site must announce about listings the data changed under it.

A listing the previous site published that is gone from the data without an exit row was
withdrawn: it gets a correction notice (更正公告：撤销发布) through the channels of an exit
(the exit announcements, the subject's page), never a silent 404. A listing whose published
fields changed was amended: its page says which fields changed and when, never the old
values (they may be personal data the correction took back).

Only what the previous site itself published is read: its snapshot (the active records as
public records) and its correction ledger (`data/corrections.json`), both checked against
its signed manifest by the build first. The ledger carries every notice forward, so a
withdrawal stays announced in every later build; a record that comes back into the data
leaves the ledger (its own lifecycle speaks for it again).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from generator.errors import ConfigError
from generator.model import ExitReason, ListType, SubjectType
from generator.redact.public import PublicListing, PublicState

LEDGER = "data/corrections.json"
SNAPSHOT = "data/snapshot.json"
LEDGER_VERSION = 1
# The public fields an amendment is reported for; the lifecycle's own fields (active,
# objection, exit) change without anyone correcting the data.
AMENDABLE = (
    "list_name",
    "subject_name",
    "uscc",
    "reg_no_old",
    "legal_rep",
    "id_type",
    "id_number",
    "domain",
    "behavior",
    "measures",
    "department",
    "basis",
    "decision_no",
    "decided_on",
    "valid_until",
)


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """A correction notice for a withdrawn listing; field names match `PublicExit`'s, so
    the exit announcement tables list both."""

    record_id: str
    subject_id: str
    subject_type: SubjectType
    subject_name: str  # as the previous site published it (persons masked)
    uscc: str | None
    reg_no_old: str | None
    list_type: ListType
    list_name: str
    domain: str
    department: str
    exited_on: date  # the build that first saw it gone

    @property
    def reason(self) -> ExitReason:
        return ExitReason.WITHDRAWN

    @property
    def clarification(self) -> bool:
        return False


@dataclass(frozen=True, slots=True)
class Amendment:
    record_id: str
    amended_on: date
    fields: tuple[str, ...]  # names from AMENDABLE, never values


@dataclass(frozen=True, slots=True)
class Corrections:
    withdrawals: tuple[Withdrawal, ...]  # by date, then record id
    amendments: tuple[Amendment, ...]  # by record id, then date

    def to_json(self) -> str:
        doc = {
            "version": LEDGER_VERSION,
            "withdrawals": [
                {**asdict(w), "exited_on": w.exited_on.isoformat()} for w in self.withdrawals
            ],
            "amendments": [
                {**asdict(a), "amended_on": a.amended_on.isoformat(), "fields": list(a.fields)}
                for a in self.amendments
            ],
        }
        return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


NONE = Corrections((), ())


def reconcile_corrections(public: PublicState, previous: Path | None) -> Corrections:
    """The correction notices this build publishes: the previous site's, less those of
    records back in the data, plus what changed since it. `previous`: the published site
    the build continues (already checked against its manifest), or None."""
    if previous is None:
        return NONE
    try:
        before = _read_snapshot(previous / SNAPSHOT)
        ledger = _read_ledger(previous / LEDGER)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"previous site {previous}: unreadable {exc}") from exc
    now = {x.record_id: x for x in public.listings}
    withdrawals = {w.record_id: w for w in ledger.withdrawals if w.record_id not in now}
    for rid, record in before.items():
        if rid not in now and rid not in withdrawals:
            withdrawals[rid] = _withdrawal(record, public.as_of)
    amendments = [a for a in ledger.amendments if a.record_id in now]
    for rid, record in before.items():
        x = now.get(rid)
        if x is None or not x.active:
            continue
        changed = _changed(record, x)
        if changed and (rid, public.as_of) not in {(a.record_id, a.amended_on) for a in amendments}:
            amendments.append(Amendment(rid, public.as_of, changed))
    return Corrections(
        tuple(sorted(withdrawals.values(), key=lambda w: (w.exited_on, w.record_id))),
        tuple(sorted(amendments, key=lambda a: (a.record_id, a.amended_on))),
    )


def _changed(record: Mapping[str, object], x: PublicListing) -> tuple[str, ...]:
    out = []
    for name in AMENDABLE:
        value = getattr(x, name)
        value = value.isoformat() if isinstance(value, date) else value
        if name == "valid_until" and (record.get("objection") is not None or x.objection):
            # An objection moves the end of publication by the days it was open.
            continue
        if record.get(name) != value:
            out.append(name)
    return tuple(out)


def _withdrawal(record: Mapping[str, object], on: date) -> Withdrawal:
    def text(key: str) -> str:
        return str(record.get(key) or "")

    return Withdrawal(
        record_id=text("record_id"),
        subject_id=text("subject_id"),
        subject_type=SubjectType(text("subject_type")),
        subject_name=text("subject_name"),
        uscc=text("uscc") or None,
        reg_no_old=text("reg_no_old") or None,
        list_type=ListType(text("list_type")),
        list_name=text("list_name"),
        domain=text("domain"),
        department=text("department"),
        exited_on=on,
    )


def _read_snapshot(path: Path) -> dict[str, Mapping[str, object]]:
    if not path.exists():
        return {}
    doc = json.loads(path.read_text(encoding="utf-8"))
    return {str(r["record_id"]): r for r in doc["records"]}


def _read_ledger(path: Path) -> Corrections:
    if not path.exists():  # a site published before corrections were announced
        return NONE
    doc = json.loads(path.read_text(encoding="utf-8"))
    if doc.get("version") != LEDGER_VERSION:
        raise ValueError(f"{LEDGER}: version {doc.get('version')!r}, expected {LEDGER_VERSION}")
    withdrawals = (
        Withdrawal(
            **{
                **w,
                "subject_type": SubjectType(w["subject_type"]),
                "list_type": ListType(w["list_type"]),
                "exited_on": date.fromisoformat(w["exited_on"]),
            }
        )
        for w in doc["withdrawals"]
    )
    amendments = (
        Amendment(a["record_id"], date.fromisoformat(a["amended_on"]), tuple(a["fields"]))
        for a in doc["amendments"]
    )
    return Corrections(tuple(withdrawals), tuple(amendments))


def by_record(amendments: Iterable[Amendment]) -> dict[str, tuple[Amendment, ...]]:
    out: dict[str, list[Amendment]] = {}
    for a in amendments:
        out.setdefault(a.record_id, []).append(a)
    return {k: tuple(v) for k, v in out.items()}
