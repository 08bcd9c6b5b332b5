"""Every value the input marks as sensitive or public, gathered once per build.

The structured fields say who the people are (listed persons, legal representatives,
operators, contacts), which numbers are theirs and which phrases are trade secrets; any of
these is then found wherever it appears, in any record. The public values (organisation
names, USCCs, decision numbers, departments, laws) are gathered too, so that a detector
never eats into them and the leak gate never flags them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from generator.errors import RedactionError
from generator.model import Listing, SubjectType
from generator.parallel import map_partitions
from generator.redact.mask import clean_name
from generator.redact.normalise import compact_name
from generator.redact.normalise import compact_value as _compact_value
from generator.rules import Rules

# Kinds of sensitive value; the report and the leak gate speak these words.
PERSON_NAME = "person_name"
TRADE_SECRET = "trade_secret"  # noqa: S105 (a kind of value, not a password)
PHONE = "phone"
ATTACHMENT = "attachment"
_CERT_KIND = {
    "resident_id": "resident_id",
    "hk_macao_residence_permit": "residence_permit",
    "taiwan_residence_permit": "residence_permit",
    "foreign_permanent_residence": "permanent_residence_card",
    "passport": "passport",
    "hk_macao_travel_permit": "travel_permit",
    "taiwan_travel_permit": "travel_permit",
}
_PHONE_RUN = re.compile(r"\+?\d[\d\s\-－—()（）]{5,}\d")
_CONTACT_LABELS = re.compile(
    r"联系人|联系电话|联系方式|电话|手机|座机|邮箱|微信|tel|phone|mobile|contact|e-?mail",
    re.IGNORECASE,
)
# A Latin name is capitalised words (Anna Keller, O'Brien): lower-case words in a contact
# cell are markup or code (<script>alert("contact")</script>), never a person.
_NAME_PART = re.compile(
    r"[\u3400-\u9fff·]{2,6}|(?<![A-Za-z])[A-Z][A-Za-z'\-]*(?:[ .]+[A-Z][A-Za-z'\-]*)*(?![A-Za-z])"
)
_MARKUP = re.compile(r"<[^<>]*>|&[A-Za-z#0-9]+;|\{\{.*?\}\}|\{%.*?%\}")
_SPLIT_SECRETS = re.compile(r"[|\n;；]+")
MIN_NEEDLE = 2


@dataclass(frozen=True, slots=True)
class Needle:
    """A sensitive value: its kind, its readable form (never printed) and where it came from."""

    kind: str
    value: str
    record_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class KnownValues:
    sensitive: dict[str, Needle]  # compacted value -> needle
    public: frozenset[str]  # compacted public values
    names: frozenset[str]  # readable forms of every known person name


def cert_kind(type_code: str) -> str:
    return _CERT_KIND.get(type_code, "certificate")


def operator_named(listing: Listing) -> bool:
    """An individual business whose name contains its operator's name (masked like a person)."""
    if listing.subject_type is not SubjectType.INDIVIDUAL_BUSINESS or not listing.legal_rep:
        return False
    rep = compact_name(listing.legal_rep)
    return len(rep) >= MIN_NEEDLE and rep in compact_name(listing.name)


def gather_known(
    listings: Iterable[Listing], public_texts: Iterable[str] = (), *, workers: int = 1
) -> KnownValues:
    """The sensitive and public values of every listing; `public_texts` adds more public
    values (exit departments). Free text such as a basis is never a public value: it would
    shield the names inside it. `workers` processes gather partitions of the listings; the
    result does not depend on it."""
    parts = map_partitions(_gather_part, None, list(listings), workers, error=RedactionError)
    # Merged in partition order, so each value keeps the kind and form of its first record.
    total = parts[0] if parts else _Gatherer()
    for part in parts[1:]:
        total.merge(part)
    for v in public_texts:
        if v:
            total.public.update(total.public_forms(v))
    sensitive = {
        k: Needle(kind, value, tuple(sorted(rids)))
        for k, (kind, value, rids) in total.found.items()
    }
    # A value that is both (a person called like a company) stays sensitive: fail closed.
    return KnownValues(
        sensitive, frozenset(total.public - sensitive.keys()), frozenset(total.names)
    )


def _gather_part(_: None, listings: list[Listing]) -> _Gatherer:
    """The known values of one partition of the listings (the stage's partition function)."""
    gatherer = _Gatherer()
    for x in listings:
        gatherer.listing(x)
    gatherer.forget_caches()
    return gatherer


class _Gatherer:
    def __init__(self) -> None:
        self.found: dict[str, tuple[str, str, set[str]]] = {}
        self.public: set[str] = set()
        self.names: set[str] = set()
        # Departments, laws and list names repeat by the thousand: each is folded once.
        self.values: dict[str, str] = {}
        self.public_cache: dict[str, tuple[str, str]] = {}

    def forget_caches(self) -> None:
        """Drop what is only needed while gathering (it would be pickled back for nothing)."""
        self.values, self.public_cache = {}, {}

    def merge(self, other: _Gatherer) -> None:
        for key, (kind, value, rids) in other.found.items():
            if key in self.found:
                self.found[key][2].update(rids)
            else:
                self.found[key] = (kind, value, rids)
        self.public.update(other.public)
        self.names.update(other.names)

    def compact_value(self, value: str) -> str:
        key = self.values.get(value)
        if key is None:
            key = self.values[value] = _compact_value(value)
        return key

    def public_forms(self, value: str) -> tuple[str, str]:
        # Names are matched in the name view (numerals kept as characters): a public value
        # must shield a name there too, in the form that view gives it.
        forms = self.public_cache.get(value)
        if forms is None:
            forms = self.public_cache[value] = (self.compact_value(value), compact_name(value))
        return forms

    def add(self, kind: str, value: str, record_id: str) -> None:
        key = compact_name(value) if kind == PERSON_NAME else self.compact_value(value)
        if len(key) < MIN_NEEDLE:
            return
        if key in self.found:
            self.found[key][2].add(record_id)
        else:
            self.found[key] = (kind, value, {record_id})

    def add_name(self, value: str, record_id: str) -> None:
        name = clean_name(value)
        if len(name) >= MIN_NEEDLE:
            self.names.add(name)
            self.add(PERSON_NAME, name, record_id)

    def listing(self, x: Listing) -> None:
        rid = x.record_id
        if x.subject_type.is_person or operator_named(x):
            self.add_name(x.name if x.subject_type.is_person else x.legal_rep or "", rid)
        else:
            self.public.update(self.public_forms(x.name))
        if x.legal_rep:
            self.add_name(x.legal_rep, rid)
        for cert in (x.id, x.legal_rep_id):
            if cert is not None:
                for number in _certificate_forms(cert.type, cert.number):
                    self.add(cert_kind(cert.type), number, rid)
        for name, phone in _contact_parts(x.contact):
            if name:
                self.add_name(name, rid)
            if phone:
                self.add(PHONE, phone, rid)
        for secret in x.trade_secrets:
            for part in _SPLIT_SECRETS.split(secret):
                self.add(TRADE_SECRET, part.strip(), rid)
        for file_name in x.attachments:
            self.add(ATTACHMENT, file_name, rid)
        for v in (x.uscc, x.reg_no_old, x.decision_no, x.department, x.list_name):
            if v:
                self.public.update(self.public_forms(v))


def _certificate_forms(type_code: str, number: str) -> Iterable[str]:
    yield number
    # A first-generation ID was converted on input; the text may still carry the old form.
    if type_code == "resident_id" and len(number) == 18 and number[6:8] == "19":
        yield number[:6] + number[8:17]


def _contact_parts(contact: str) -> Iterable[tuple[str, str]]:
    """(name, phone) pairs of a contact cell such as `联系人：张三 138…`."""
    if not contact:
        return
    for m in _PHONE_RUN.finditer(contact):
        yield "", m.group()
    rest = _CONTACT_LABELS.sub(" ", _PHONE_RUN.sub(" ", _MARKUP.sub(" ", contact)))
    for m in _NAME_PART.finditer(rest):
        # One capital letter alone (an initial, a stray A) identifies no one and would
        # make every such letter on the site a leak.
        if len(m.group().replace(" ", "").replace(".", "")) >= MIN_NEEDLE:
            yield m.group(), ""


def with_names(known: KnownValues, names: Iterable[tuple[str, str]]) -> KnownValues:
    """`known` plus names found only in prose ((name, record id) pairs), so that a name
    guessed in one text is masked in every other, however it is written there."""
    # Only the needles that gain a record id are rebuilt; the rest are shared as they are.
    extra: dict[str, tuple[str, set[str]]] = {}
    for name, rid in names:
        key = compact_name(name)
        if len(key) < MIN_NEEDLE:
            continue
        if key in extra:
            extra[key][1].add(rid)
        else:
            extra[key] = (name, {rid})
    sensitive = dict(known.sensitive)
    readable = set(known.names)
    for key, (name, rids) in extra.items():
        old = sensitive.get(key)
        if old is None:
            sensitive[key] = Needle(PERSON_NAME, name, tuple(sorted(rids)))
            readable.add(name)
        elif not rids.issubset(old.record_ids):
            sensitive[key] = Needle(old.kind, old.value, tuple(sorted(rids.union(old.record_ids))))
    public = known.public
    if not public.isdisjoint(extra):
        public = frozenset(public - extra.keys())
    return KnownValues(sensitive, public, frozenset(readable))


def rule_texts(rules: Rules) -> Iterator[str]:
    """Public texts the site prints from the rules (domain names and aliases, lead
    departments, memoranda): a name that is part of one (程建 in 工程建设) is no leak there."""
    for d in rules.domains:
        yield d.name
        yield from d.aliases
        if d.lead_department:
            yield d.lead_department
        for m in d.memoranda:
            yield m.title
            yield m.doc_no
    for t in rules.list_types:
        yield t.name
        yield from t.aliases
