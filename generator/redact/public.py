"""The public record types: the only things templates, feeds and downloads accept.

Only the redaction stage can make them. Each constructor takes a `mint` token that lives in
this module and is handed to `generator.redact` alone, so a raw `Listing` cannot be turned
into something publishable by accident: building a `PublicListing` anywhere else raises
`RedactionError` (tests/test_public_chain.py proves it). Every field here is safe to publish
as it stands: names are already masked, free text already redacted, internal columns absent.
"""

from __future__ import annotations

from dataclasses import InitVar, dataclass
from datetime import date

from generator.errors import RedactionError
from generator.model import ExitReason, ListType, ObjectionState, SubjectType


class _Mint:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<redaction mint>"


MINT = _Mint()  # imported by generator.redact only; see the module docstring


def _check(token: object, what: str) -> None:
    if token is not MINT:
        raise RedactionError(f"{what} can only be made by the redaction stage")


@dataclass(frozen=True, slots=True)
class PublicObjection:
    opened_on: date
    state: ObjectionState
    decided_on: date | None
    mint: InitVar[object]

    def __post_init__(self, mint: object) -> None:
        _check(mint, "PublicObjection")


@dataclass(frozen=True, slots=True)
class PublicExit:
    """An exit announcement (退出公告)."""

    record_id: str
    subject_id: str
    subject_name: str
    list_type: ListType
    list_name: str
    domain: str
    reason: ExitReason
    exited_on: date
    department: str
    basis: str
    clarification: bool  # 澄清: the listing was wrong and the subject's reputation is restored
    caused_by: str | None  # record id of the listing that ended this one (cross-check)
    mint: InitVar[object]

    def __post_init__(self, mint: object) -> None:
        _check(mint, "PublicExit")


@dataclass(frozen=True, slots=True)
class PublicListing:
    record_id: str
    list_type: ListType
    list_name: str
    subject_id: str  # the subject page's key: USCC (or old reg. no.) or a keyed pseudonym
    subject_type: SubjectType
    subject_name: str  # organisations as written; persons and operator-named shops masked
    uscc: str | None
    reg_no_old: str | None
    legal_rep: str | None  # masked
    id_type: str | None  # certificate type name (e.g. 居民身份证), only for listed persons
    id_number: str | None  # masked per policy, or None where the policy removes it
    domain: str  # domain code
    behavior: str  # redacted free text
    measures: str  # redacted free text (处罚结果 / 获得奖励)
    department: str
    basis: str
    decision_no: str | None
    decided_on: date
    valid_until: date  # end of publication (inclusive), suspension days included
    active: bool
    under_objection: bool  # 存在异议
    suspended: bool  # punishment not applied while the objection is checked
    objection: PublicObjection | None
    exit: PublicExit | None
    mint: InitVar[object]

    def __post_init__(self, mint: object) -> None:
        _check(mint, "PublicListing")


@dataclass(frozen=True, slots=True)
class PublicSubject:
    id: str
    subject_type: SubjectType
    name: str
    uscc: str | None
    reg_no_old: str | None
    legal_rep: str | None
    id_type: str | None
    id_number: str | None
    listings: tuple[PublicListing, ...]  # newest decision first
    warning: bool  # on the big-data warning list
    mint: InitVar[object]

    def __post_init__(self, mint: object) -> None:
        _check(mint, "PublicSubject")

    @property
    def active(self) -> tuple[PublicListing, ...]:
        return tuple(x for x in self.listings if x.active)


@dataclass(frozen=True, slots=True)
class PublicEvent:
    on: date
    record_id: str
    kind: str  # generator.lifecycle.EventKind value
    subject_id: str
    mint: InitVar[object]

    def __post_init__(self, mint: object) -> None:
        _check(mint, "PublicEvent")


@dataclass(frozen=True, slots=True)
class PublicCase:
    """A typical case (典型案例), its body redacted like every other free text."""

    slug: str
    title: str
    date: date
    domain: str
    record_ids: tuple[str, ...]
    subject_ids: tuple[str, ...]
    measures: tuple[str, ...]
    outcome: str
    body: str  # Markdown source, redacted; rendered with raw HTML disabled
    mint: InitVar[object]

    def __post_init__(self, mint: object) -> None:
        _check(mint, "PublicCase")


@dataclass(frozen=True, slots=True)
class PublicState:
    as_of: date
    subjects: tuple[PublicSubject, ...]  # by id
    listings: tuple[PublicListing, ...]  # by record id
    exits: tuple[PublicExit, ...]  # by date, then record id
    events: tuple[PublicEvent, ...]  # by date, record id, kind
    cases: tuple[PublicCase, ...]  # by date, newest first
    warning: tuple[str, ...]  # subject ids on the big-data warning list
    mint: InitVar[object]

    def __post_init__(self, mint: object) -> None:
        _check(mint, "PublicState")
