"""Redaction stage: the only way from the lifecycle's state to what may be published.

`redact_state` turns a `ListState` into a `PublicState` (the types in `public.py`, which
only this package can make): names masked, listed persons' IDs shown masked, every other
certificate and internal column dropped, free text cleaned by the text engine (normalise →
detect → mask), natural persons keyed by an HMAC pseudonym. The `RedactionReport` says per
record what was removed or masked, never the values; it is written outside the output.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections import Counter, defaultdict
from collections.abc import Iterable

from generator.errors import RedactionError
from generator.lifecycle import ExitNotice, ListingState, ListState
from generator.model import Case, Listing
from generator.redact.config import RedactionRules, redaction_rules
from generator.redact.detect import Detector
from generator.redact.known import gather_known, operator_named, rule_texts, with_names
from generator.redact.mask import mask_certificate, mask_name
from generator.redact.public import (
    MINT,
    PublicCase,
    PublicEvent,
    PublicExit,
    PublicListing,
    PublicObjection,
    PublicState,
    PublicSubject,
)
from generator.redact.report import RedactionReport, ReportEntry, write_redaction_report
from generator.redact.text import TextRedactor
from generator.rules import Rules

__all__ = ["RedactionReport", "ReportEntry", "pseudonym", "redact_state", "write_redaction_report"]

MIN_KEY_BYTES = 16
_INTERNAL = ("contact", "attachments", "trade_secret", "notes")


def redact_state(state: ListState, rules: Rules, key: bytes) -> tuple[PublicState, RedactionReport]:
    """The publishable state and the internal report of what was removed or masked."""
    if len(key) < MIN_KEY_BYTES:
        raise RedactionError(
            f"the pseudonym key must be at least {MIN_KEY_BYTES} bytes of secret random data"
        )
    stage = _Stage(state, rules, key)
    return stage.run()


def pseudonym(key: bytes, subject_key: str) -> str:
    """A natural person's stable public id: keyed, so an ID number cannot be tried against it."""
    digest = hmac.new(key, subject_key.encode("utf-8"), hashlib.sha256).digest()
    return "p-" + base64.b32encode(digest[:10]).decode("ascii").lower()


class _Stage:
    def __init__(self, state: ListState, rules: Rules, key: bytes) -> None:
        self.state, self.rules, self.key = state, rules, key
        self.policy: RedactionRules = redaction_rules(rules)
        departments = [n.department for n in state.exits]
        known = gather_known(
            (s.listing for s in state.listings), [*departments, *rule_texts(rules)]
        )
        # Two passes: names found only in prose anywhere are then masked everywhere, also
        # where they stand without a cue or in a disguise the segmenter cannot read.
        first = Detector(known, self.policy)
        self.known = with_names(known, self._guessed(first))
        self.text = TextRedactor(Detector(self.known, self.policy), self.policy)
        self.entries: Counter[tuple[str, str, str]] = Counter()
        self.subject_ids: dict[str, str] = {}

    def run(self) -> tuple[PublicState, RedactionReport]:
        for item in self.state.listings:
            self.subject_ids.setdefault(item.listing.subject_key, self.subject_id(item.listing))
        listings = tuple(self.listing(item) for item in self.state.listings)
        by_subject: dict[str, list[PublicListing]] = defaultdict(list)
        newest: dict[str, Listing] = {}
        for item, public in zip(self.state.listings, listings, strict=True):
            sid = public.subject_id
            by_subject[sid].append(public)
            if sid not in newest or item.listing.decided_on >= newest[sid].decided_on:
                newest[sid] = item.listing
        warning = tuple(
            sorted(self.subject_ids[k] for k in self.state.warning if k in self.subject_ids)
        )
        subjects = tuple(
            self.subject(sid, newest[sid], by_subject[sid], sid in warning)
            for sid in sorted(by_subject)
        )
        by_record = {x.record_id: x for x in listings}
        exits = tuple(e for n in self.state.exits if (e := by_record[n.record_id].exit) is not None)
        events = tuple(
            PublicEvent(
                e.on, e.record_id, e.kind.value, by_record[e.record_id].subject_id, mint=MINT
            )
            for e in self.state.events
            if e.record_id in by_record
        )
        cases = tuple(
            self.case(c, by_record)
            for c in sorted(self.state.cases, key=lambda c: (c.date, c.slug), reverse=True)
        )
        result = PublicState(
            as_of=self.state.as_of,
            subjects=subjects,
            listings=listings,
            exits=exits,
            events=events,
            cases=cases,
            warning=warning,
            mint=MINT,
        )
        report = RedactionReport(
            as_of=self.state.as_of,
            entries=tuple(
                ReportEntry(rid, field, kind, n)
                for (rid, field, kind), n in sorted(self.entries.items())
            ),
        )
        return result, report

    def _guessed(self, detector: Detector) -> Iterable[tuple[str, str]]:
        seen: set[str] = set()
        for rid, text in self._free_texts():
            if text in seen:
                continue
            seen.add(text)
            for name in detector.guess_names(text):
                yield name, rid

    def _free_texts(self) -> Iterable[tuple[str, str]]:
        for item in self.state.listings:
            x = item.listing
            yield from ((x.record_id, t) for t in (x.behavior, x.measures, x.basis))
            if x.subject_type.value == "individual_business":
                yield x.record_id, x.name
        for n in self.state.exits:
            yield n.record_id, n.basis
        for c in self.state.cases:
            yield from ((f"case:{c.slug}", t) for t in (c.title, c.body, c.outcome, *c.measures))

    def subject_id(self, x: Listing) -> str:
        if x.subject_type.is_person:
            return pseudonym(self.key, x.subject_key)
        return x.uscc or x.reg_no_old or pseudonym(self.key, x.subject_key)

    def note(self, rid: str, field: str, counts: Iterable[tuple[str, int]]) -> None:
        for kind, n in counts:
            self.entries[rid, field, kind] += n

    def clean(self, rid: str, field: str, value: str, *, guess: bool = True) -> str:
        out, counts = self.text.redact(value, guess=guess)
        self.note(rid, field, counts.items())
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
        subject_id = self.subject_ids[x.subject_key]
        name = self.name(x)
        exit_ = None if item.exit is None else self.exit(item.exit, x, subject_id, name)
        return PublicListing(
            record_id=rid,
            list_type=x.list_type,
            list_name=self.clean(rid, "list_name", x.list_name, guess=False),
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
            else self.clean(rid, "decision_no", x.decision_no, guess=False),
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
            list_name=self.clean(rid, "list_name", x.list_name, guess=False),
            domain=x.domain,
            reason=n.reason,
            exited_on=n.exited_on,
            department=self.clean(rid, "exit.department", n.department),
            basis=self.clean(rid, "exit.basis", n.basis),
            clarification=n.clarification,
            caused_by=n.caused_by,
            mint=MINT,
        )

    def subject(
        self, sid: str, x: Listing, listings: list[PublicListing], warning: bool
    ) -> PublicSubject:
        newest = max(listings, key=lambda p: (p.decided_on, p.record_id))
        return PublicSubject(
            id=sid,
            subject_type=x.subject_type,
            name=newest.subject_name,
            uscc=x.uscc,
            reg_no_old=x.reg_no_old,
            legal_rep=newest.legal_rep,
            id_type=newest.id_type,
            id_number=newest.id_number,
            listings=tuple(
                sorted(listings, key=lambda p: (p.decided_on, p.record_id), reverse=True)
            ),
            warning=warning,
            mint=MINT,
        )

    def case(self, c: Case, by_record: dict[str, PublicListing]) -> PublicCase:
        where = f"case:{c.slug}"
        records = tuple(r for r in c.record_ids if r in by_record)
        subjects = tuple(dict.fromkeys(by_record[r].subject_id for r in records))
        return PublicCase(
            slug=c.slug,
            title=self.clean(where, "title", c.title),
            date=c.date,
            domain=self.clean(where, "domain", c.domain, guess=False),
            record_ids=records,
            subject_ids=subjects,
            measures=tuple(self.clean(where, "measures", m) for m in c.measures),
            outcome=self.clean(where, "outcome", c.outcome),
            body=self.clean(where, "body", c.body),
            mint=MINT,
        )
