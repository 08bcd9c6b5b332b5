"""Redacting one partition of records: listings (with their exits) and typical cases.

`redact_part` is a plain function over a list of records, with everything it needs (the
detectors, the policy, the subjects' public ids) in a `RecordRedactor` built once per build,
so the stage can run it on any number of processes, or on Dask, and get the same output.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from generator.lifecycle import ExitNotice, ListingState
from generator.model import Case, Listing
from generator.redact.config import RedactionRules
from generator.redact.known import operator_named
from generator.redact.mask import mask_certificate, mask_name
from generator.redact.public import (
    MINT,
    PublicCase,
    PublicExit,
    PublicListing,
    PublicObjection,
)
from generator.redact.text import TextRedactor
from generator.rules import Rules

_INTERNAL = ("contact", "attachments", "trade_secret", "notes")
Entry = tuple[tuple[str, str, str], int]  # ((record id, field, kind), count)


@dataclass(frozen=True, slots=True)
class Part:
    """What one partition gives back: its public records in input order, and the report
    entries (record id, field, kind) -> count, sorted."""

    listings: tuple[PublicListing, ...]
    cases: tuple[PublicCase, ...]
    entries: tuple[Entry, ...]


def case_ref(slug: str) -> str:
    """What the report and the memo call a typical case (a listing goes by its record id)."""
    return f"case:{slug}"


def redact_part(redactor: RecordRedactor, records: list[ListingState | Case]) -> Part:
    """The public form of every record of one partition (the stage's partition function)."""
    return redactor.part(records)


class RecordRedactor:
    def __init__(
        self,
        text: TextRedactor,
        policy: RedactionRules,
        rules: Rules,
        subject_ids: Mapping[str, str],
    ) -> None:
        """`subject_ids` maps a listing's record id to its subject's public id."""
        self.text, self.policy, self.rules = text, policy, rules
        self.subject_ids = subject_ids
        self.entries: Counter[tuple[str, str, str]] = Counter()

    def part(self, records: list[ListingState | Case]) -> Part:
        self.entries = Counter()
        listings: list[PublicListing] = []
        cases: list[PublicCase] = []
        for record in records:
            if isinstance(record, Case):
                cases.append(self.case(record))
            else:
                listings.append(self.listing(record))
        return Part(tuple(listings), tuple(cases), tuple(sorted(self.entries.items())))

    def note(self, rid: str, field: str, counts: Iterable[tuple[str, int]]) -> None:
        for kind, n in counts:
            self.entries[rid, field, kind] += n

    def clean(self, rid: str, field: str, value: str, *, guess: bool = True) -> str:
        out, counts = self.text.redact_counts(value, guess=guess)
        self.note(rid, field, counts)
        return out

    def name(self, x: Listing) -> str:
        rid = x.record_id
        if x.subject_type.is_person:
            self.note(rid, "name", [("person_name", 1)])
            return mask_name(x.name, self.policy)
        # An individual business may carry its operator's (or anyone's) name: guess too.
        guess = operator_named(x) or x.subject_type.value == "individual_business"
        return self.clean(rid, "name", x.name, guess=guess)

    def certificate(self, x: Listing) -> tuple[str | None, str | None]:
        if not x.subject_type.is_person or x.id is None:
            return None, None
        id_type = self.rules.id_type(x.id.type).name
        if x.id.type in self.policy.masked_certificate_types:
            self.note(x.record_id, "id_number", [("certificate_masked", 1)])
            return id_type, mask_certificate(x.id.number, self.policy)
        self.note(x.record_id, "id_number", [("certificate_removed", 1)])
        return id_type, None

    def listing(self, item: ListingState) -> PublicListing:
        x, rid = item.listing, item.listing.record_id
        id_type, id_number = self.certificate(x)
        legal_rep = None
        if x.legal_rep:
            legal_rep = mask_name(x.legal_rep, self.policy)
            self.note(rid, "legal_rep", [("person_name", 1)])
        if x.legal_rep_id is not None:
            self.note(rid, "legal_rep_id", [("certificate_removed", 1)])
        for column, value in zip(
            _INTERNAL, (x.contact, x.attachments, x.trade_secrets, x.notes), strict=True
        ):
            if value:
                self.note(rid, column, [("internal_column_dropped", 1)])
        objection = None
        if item.objection is not None:
            o = item.objection
            objection = PublicObjection(o.opened_on, o.state, o.decided_on, mint=MINT)
        subject_id = self.subject_ids[rid]
        name = self.name(x)
        exit_ = None if item.exit is None else self.exit(item.exit, x, subject_id, name)
        return PublicListing(
            record_id=rid,
            list_type=x.list_type,
            list_name=self.clean(rid, "list_name", x.list_name),
            subject_id=subject_id,
            subject_type=x.subject_type,
            subject_name=name,
            uscc=x.uscc,
            reg_no_old=x.reg_no_old,
            legal_rep=legal_rep,
            id_type=id_type,
            id_number=id_number,
            domain=x.domain,
            behavior=self.clean(rid, "behavior", x.behavior),
            measures=self.clean(rid, "penalty", x.measures),
            department=self.clean(rid, "department", x.department),
            basis=self.clean(rid, "basis", x.basis),
            decision_no=None
            if x.decision_no is None
            else self.clean(rid, "decision_no", x.decision_no),
            decided_on=x.decided_on,
            valid_until=item.ends_on,
            active=item.active,
            under_objection=item.under_objection,
            suspended=item.suspended,
            objection=objection,
            exit=exit_,
            mint=MINT,
        )

    def exit(self, n: ExitNotice, x: Listing, subject_id: str, name: str) -> PublicExit:
        rid = n.record_id
        return PublicExit(
            record_id=rid,
            subject_id=subject_id,
            subject_name=name,
            list_type=x.list_type,
            list_name=self.clean(rid, "list_name", x.list_name),
            domain=x.domain,
            reason=n.reason,
            exited_on=n.exited_on,
            department=self.clean(rid, "exit.department", n.department),
            basis=self.clean(rid, "exit.basis", n.basis),
            clarification=n.clarification,
            caused_by=n.caused_by,
            mint=MINT,
        )

    def case(self, c: Case) -> PublicCase:
        where = case_ref(c.slug)
        records = tuple(r for r in c.record_ids if r in self.subject_ids)
        subjects = tuple(dict.fromkeys(self.subject_ids[r] for r in records))
        return PublicCase(
            slug=c.slug,
            title=self.clean(where, "title", c.title),
            date=c.date,
            domain=self.clean(where, "domain", c.domain),
            record_ids=records,
            subject_ids=subjects,
            measures=tuple(self.clean(where, "measures", m) for m in c.measures),
            outcome=self.clean(where, "outcome", c.outcome),
            body=self.clean(where, "body", c.body),
            mint=MINT,
        )
