"""Redaction stage: the only way from the lifecycle's state to what may be published.

`redact_state` turns a `ListState` into a `PublicState` (the types in `public.py`, which
only this package can make): names masked, listed persons' IDs shown masked, every other
certificate and internal column dropped, free text cleaned by the text engine (normalise →
detect → mask), natural persons keyed by an HMAC pseudonym. The `RedactionReport` says per
record what was removed or masked, never the values; it is written outside the output.

The work runs in two passes over partitions of records (`parallel.map_partitions`): names
found only in prose, then every record redacted. What must be global is gathered in this
process between them (every known name is masked in every record), so the output is the
same for any number of workers. With a `RedactionMemo` (`memo.py`) from an earlier build,
each pass takes what it did before for a text or record that is unchanged under an
unchanged context, and the memo is replaced with this build's results.
"""

from __future__ import annotations

import base64
import gc
import hashlib
import hmac
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

from generator.errors import RedactionError
from generator.lifecycle import ListingState, ListState
from generator.model import Case, Listing
from generator.parallel import C, R, T, map_partitions, workers_for
from generator.redact.config import RedactionRules, redaction_rules
from generator.redact.detect import Detector
from generator.redact.known import KnownValues, gather_known, rule_texts, with_names
from generator.redact.memo import (
    RedactionMemo,
    context_fingerprint,
    digests_part,
    entries_by_record,
    extended_fingerprint,
    text_digest,
)
from generator.redact.public import (
    MINT,
    PublicCase,
    PublicEvent,
    PublicListing,
    PublicState,
    PublicSubject,
)
from generator.redact.records import Entry, Part, RecordRedactor, case_ref, redact_part
from generator.redact.report import RedactionReport, ReportEntry, write_redaction_report
from generator.redact.text import TextRedactor
from generator.rules import Rules

__all__ = [
    "MINT",
    "RedactionMemo",
    "RedactionReport",
    "ReportEntry",
    "pseudonym",
    "redact_state",
    "write_redaction_report",
]

MIN_KEY_BYTES = 16


def redact_state(
    state: ListState,
    rules: Rules,
    key: bytes,
    *,
    workers: int | None = None,
    memo: RedactionMemo | None = None,
) -> tuple[PublicState, RedactionReport]:
    """The publishable state and the internal report of what was removed or masked.

    `workers` processes share the work (default: every core for a pass with much to do,
    else one); the result does not depend on it, nor on `memo`, which is read and then
    replaced with this build's results."""
    if len(key) < MIN_KEY_BYTES:
        raise RedactionError(
            f"the pseudonym key must be at least {MIN_KEY_BYTES} bytes of secret random data"
        )
    with _collector_paused():
        return _Stage(state, rules, key, workers=workers, memo=memo).run()


def _joined(parts: list[Part]) -> Part:
    return Part(
        tuple(x for p in parts for x in p.listings),
        tuple(c for p in parts for c in p.cases),
        tuple(e for p in parts for e in p.entries),
    )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The stage allocates millions of short-lived, acyclic tuples and strings: reference
    counting frees them, and the cyclic collector's passes over them (a third of the time
    of gathering the known values, measured) free nothing. It is resumed afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def pseudonym(key: bytes, subject_key: str) -> str:
    """A natural person's stable public id: keyed, so an ID number cannot be tried against it."""
    digest = hmac.new(key, subject_key.encode("utf-8"), hashlib.sha256).digest()
    return "p-" + base64.b32encode(digest[:10]).decode("ascii").lower()


Tags = dict[str, tuple[tuple[int, int], ...]]


def _guess_part(
    detector: Detector, texts: list[tuple[str, str]]
) -> tuple[list[tuple[str, ...]], Tags]:
    """The names that only the prose of each text reveals, and the segmenter's answers for
    them (the second pass asks the same questions)."""
    names = [tuple(detector.guess_names(text)) for _, text in texts]
    return names, detector.names.take_tags()


class _Stage:
    def __init__(
        self,
        state: ListState,
        rules: Rules,
        key: bytes,
        *,
        workers: int | None = None,
        memo: RedactionMemo | None = None,
    ) -> None:
        self.state, self.rules, self.key, self.fixed = state, rules, key, workers
        self.memo = memo
        self.under = ""  # with a memo: the fingerprint of the context the current pass runs in
        self.policy: RedactionRules = redaction_rules(rules)
        departments = [n.department for n in state.exits]
        known = gather_known(
            (s.listing for s in state.listings),
            [*departments, *rule_texts(rules)],
            workers=self.workers(len(state.listings)),
        )
        # Two passes: names found only in prose anywhere are then masked everywhere, also
        # where they stand without a cue or in a disguise the segmenter cannot read.
        texts = self._distinct_texts()
        guessed, tags = self._guess(Detector(known, self.policy), known, texts)
        pairs = zip(texts, guessed, strict=True)
        found = [(g, rid) for (rid, _), names in pairs for g in names]
        self.known = with_names(known, found)
        if memo is not None:
            # The second pass's context is the first's plus what the names added: hashing
            # only the difference spares hashing 10⁶ values again at 10⁵ subjects.
            self.under = extended_fingerprint(self.key, self.under, known, self.known)
        second = Detector(self.known, self.policy)
        for answers in tags:
            second.names.remember_tags(answers)
        self.text = TextRedactor(second, self.policy)
        self.subject_ids: dict[str, str] = {}
        for item in state.listings:
            x = item.listing
            self.subject_ids.setdefault(x.subject_key, self.subject_id(x))

    def workers(self, items: int) -> int:
        """Processes for a pass over `items` records or texts: a pool costs more than it
        saves on a few (an incremental build redoes a handful)."""
        if self.fixed is not None:
            return self.fixed
        return workers_for(items)

    def map(self, fn: Callable[[C, list[T]], R], context: C, items: Sequence[T]) -> list[R]:
        """`parallel.map_partitions` on as many processes as `items` is worth."""
        workers = self.workers(len(items))
        return map_partitions(fn, context, items, workers, error=RedactionError)

    def run(self) -> tuple[PublicState, RedactionReport]:
        by_rid = {
            s.listing.record_id: self.subject_ids[s.listing.subject_key]
            for s in self.state.listings
        }
        redactor = RecordRedactor(self.text, self.policy, self.rules, by_rid)
        redacted = self._redact(redactor, by_rid)
        listings, redacted_cases = redacted.listings, redacted.cases
        entries: Counter[tuple[str, str, str]] = Counter()
        for where, n in redacted.entries:
            entries[where] += n
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
        warned = frozenset(warning)  # a tuple here made this loop quadratic at 10⁵ subjects
        subjects = tuple(
            self.subject(sid, newest[sid], by_subject[sid], sid in warned)
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
        pairs = zip(self.state.cases, redacted_cases, strict=True)
        # A typical case retells its listings' conduct and measures: like them, it is public
        # only while every listing it cites is in force (seed 004 三(二)); pages, feeds and
        # the search index all take the cases from here.
        cases = tuple(
            public
            for _, public in sorted(pairs, key=lambda p: (p[0].date, p[0].slug), reverse=True)
            if all(rid in by_record and by_record[rid].active for rid in public.record_ids)
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
                for (rid, field, kind), n in sorted(entries.items())
            ),
        )
        return result, report

    def _guess(
        self, detector: Detector, known: KnownValues, texts: list[tuple[str, str]]
    ) -> tuple[list[tuple[str, ...]], list[Tags]]:
        """The first pass: per text, the names only its prose reveals (from the memo for a
        text seen before under the same known values), and the segmenter's answers."""
        memo = self.memo
        if memo is None:
            parts = self.map(_guess_part, detector, texts)
            return [names for p, _ in parts for names in p], [t for _, t in parts]
        under = self.under = context_fingerprint(
            memo.program, self.key, known, self.rules, self.policy
        )
        before = memo.guessed if memo.guessed_under == under else {}
        digests = [text_digest(text) for _, text in texts]
        todo = [i for i, d in enumerate(digests) if d not in before]
        parts = self.map(_guess_part, detector, [texts[i] for i in todo])
        fresh = dict(zip(todo, (names for p, _ in parts for names in p), strict=True))
        guessed = [fresh[i] if i in fresh else before[d] for i, d in enumerate(digests)]
        memo.guessed_under, memo.guessed = under, dict(zip(digests, guessed, strict=True))
        return guessed, [t for _, t in parts]

    def _redact(self, redactor: RecordRedactor, by_rid: dict[str, str]) -> Part:
        """The second pass: every listing and case in its public form (from the memo for a
        record unchanged under the same context), with the report entries of all of them."""
        records: list[ListingState | Case] = [*self.state.listings, *self.state.cases]
        memo = self.memo
        if memo is None:
            parts = self.map(redact_part, redactor, records)
            return _joined(parts)
        under = self.under
        before = memo.redacted if memo.redacted_under == under else {}
        memo.reused = 0
        # A record's public form also depends on its subjects' public ids.
        keyed = [
            (r, tuple(by_rid.get(rid) for rid in r.record_ids))
            if isinstance(r, Case)
            else (r, by_rid[r.listing.record_id])
            for r in records
        ]
        digests = [d for p in self.map(digests_part, None, keyed) for d in p]
        redo = [r for r, d in zip(records, digests, strict=True) if d not in before]
        fresh = _joined(self.map(redact_part, redactor, redo))
        new_listings, new_cases = iter(fresh.listings), iter(fresh.cases)
        noted = entries_by_record(fresh.entries)
        kept: dict[bytes, tuple[PublicListing | PublicCase, tuple[Entry, ...]]] = {}
        for record, d in zip(records, digests, strict=True):
            if d in before:
                kept[d] = before[d]
                memo.reused += 1
                continue
            public: PublicListing | PublicCase
            if isinstance(record, Case):
                public = next(new_cases)
                where = case_ref(public.slug)
            else:
                public = next(new_listings)
                where = public.record_id
            kept[d] = (public, tuple(noted.get(where, ())))
        memo.redacted_under, memo.redacted = under, kept
        done = [kept[d] for d in digests]
        return Part(
            tuple(x for x, _ in done if isinstance(x, PublicListing)),
            tuple(x for x, _ in done if isinstance(x, PublicCase)),
            tuple(e for _, own in done for e in own),
        )

    def _distinct_texts(self) -> list[tuple[str, str]]:
        """Each free text once, with the first record it appears in."""
        seen: dict[str, str] = {}
        for rid, text in self._free_texts():
            seen.setdefault(text, rid)
        return [(rid, text) for text, rid in seen.items()]

    def _free_texts(self) -> Iterable[tuple[str, str]]:
        for item in self.state.listings:
            x = item.listing
            yield from ((x.record_id, t) for t in (x.behavior, x.measures, x.basis))
            if x.subject_type.value == "individual_business":
                yield x.record_id, x.name
        for n in self.state.exits:
            yield n.record_id, n.basis
        for c in self.state.cases:
            yield from ((case_ref(c.slug), t) for t in (c.title, c.body, c.outcome, *c.measures))

    def subject_id(self, x: Listing) -> str:
        if x.subject_type.is_person:
            return pseudonym(self.key, x.subject_key)
        return x.uscc or x.reg_no_old or pseudonym(self.key, x.subject_key)

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
