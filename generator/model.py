"""Typed records passed between stages.

`SourceRow` is exactly what was read; `Listing`, `Exit`, `Objection` and `Case` are what
validation makes of it. The public record types are made by the redaction stage only.
Records are frozen, slotted dataclasses: they are created by the hundred thousand and
pydantic's per-instance validation would buy nothing that `validate` does not already do.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class ListType(StrEnum):
    RED = "red"
    BLACK = "black"
    FOCUS = "focus"


class SubjectType(StrEnum):
    PERSON = "person"
    LEGAL_ENTITY = "legal_entity"
    OTHER_ORG = "other_org"
    INDIVIDUAL_BUSINESS = "individual_business"

    @property
    def is_person(self) -> bool:
        return self is SubjectType.PERSON


class ExitReason(StrEnum):
    OBJECTION_UPHELD = "objection_upheld"
    CREDIT_REPAIR = "credit_repair"
    CRITERIA_CHANGED = "criteria_changed"
    MOVED_TO_BLACK = "moved_to_black"
    MOVED_TO_FOCUS = (
        "moved_to_focus"  # 004 五(一)2: a red listing ends on a key-attention listing too
    )
    COURT_REVOKED = "court_revoked"
    OTHER = "other"
    # Derived by the lifecycle and feeds stages, never accepted from an exits table: expiry
    # follows from the validity, and a withdrawal is a listing that vanished from the data.
    EXPIRY = "expiry"
    WITHDRAWN = "withdrawn"

    @property
    def is_derived(self) -> bool:
        return self in (ExitReason.EXPIRY, ExitReason.WITHDRAWN)


class ObjectionState(StrEnum):
    OPEN = "open"
    UPHELD = "upheld"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a record came from: dataset-relative file and row (header = row 1)."""

    file: str
    row: int


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One data row exactly as read; `cells` is keyed by canonical column name."""

    ref: SourceRef
    cells: Mapping[str, str]
    # Values implied by the headers used (e.g. the 黑名单类型 header implies a black list).
    implied: Mapping[str, str] = field(default_factory=dict)
    # Columns whose cell could not be read faithfully; already reported by the load stage.
    unreadable: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class SourceTable:
    """A table as read: which file, in which encoding, and which header means what."""

    kind: str  # "lists", "exits" or "objections"
    file: str
    encoding: str  # "UTF-8", "UTF-8 with BOM", "GB18030" or "XLSX"
    headers: Mapping[str, str]  # canonical column -> header as written in the file
    rows: tuple[SourceRow, ...]


@dataclass(frozen=True, slots=True)
class SourceCase:
    file: str
    front_matter: Mapping[str, object]
    body: str


@dataclass(frozen=True, slots=True)
class RawDataset:
    root: str
    tables: tuple[SourceTable, ...]
    cases: tuple[SourceCase, ...]


@dataclass(frozen=True, slots=True)
class Certificate:
    """An identity document: `type` is an id-type code from the rules, `number` normalised."""

    type: str
    number: str


@dataclass(frozen=True, slots=True)
class Listing:
    record_id: str
    list_type: ListType
    list_name: str
    subject_type: SubjectType
    name: str
    uscc: str | None
    reg_no_old: str | None
    legal_rep: str | None
    legal_rep_id: Certificate | None
    id: Certificate | None
    domain: str  # domain code from the rules
    behavior: str
    measures: str  # 处罚结果 / 获得奖励
    department: str
    basis: str
    decision_no: str | None
    decided_on: date
    valid_until: date  # last day of validity, inclusive
    # Internal columns: they steer redaction and are never published.
    contact: str = ""
    attachments: tuple[str, ...] = ()
    trade_secrets: tuple[str, ...] = ()
    notes: str = ""
    # Internal: the dates the deadline clocks read (generator/deadlines.py), only for the
    # columns the table has; None where the table has the column but the cell is empty.
    clocks: tuple[tuple[str, date | None], ...] = ()
    source: SourceRef = SourceRef("", 0)

    def clock(self, column: str) -> tuple[bool, date | None]:
        """(whether the table records this date at all, the date)."""
        for name, day in self.clocks:
            if name == column:
                return True, day
        return False, None

    @property
    def subject_key(self) -> str:
        """Identity of the subject: USCC (or old reg. no.) for organisations, certificate for persons."""
        if self.id is not None and self.subject_type.is_person:
            return f"{self.id.type}:{self.id.number}"
        return self.uscc or f"reg:{self.reg_no_old}"


@dataclass(frozen=True, slots=True)
class Exit:
    record_id: str
    reason: ExitReason
    exited_on: date
    department: str
    basis: str
    notes: str = ""
    source: SourceRef = SourceRef("", 0)


@dataclass(frozen=True, slots=True)
class Objection:
    record_id: str
    opened_on: date
    state: ObjectionState
    decided_on: date | None
    notes: str = ""
    accepted_on: date | None = None  # 受理日期: the objection clock starts here
    source: SourceRef = SourceRef("", 0)


@dataclass(frozen=True, slots=True)
class Case:
    slug: str
    title: str
    date: date
    domain: str
    record_ids: tuple[str, ...]
    measures: tuple[str, ...]
    outcome: str
    body: str
    source: str = ""


@dataclass(frozen=True, slots=True)
class TableSummary:
    file: str
    encoding: str
    rows: int


@dataclass(frozen=True, slots=True)
class Dataset:
    listings: tuple[Listing, ...]
    exits: tuple[Exit, ...]
    objections: tuple[Objection, ...]
    cases: tuple[Case, ...]
    tables: tuple[TableSummary, ...] = ()
