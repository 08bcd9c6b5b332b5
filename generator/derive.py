"""What the submission forms leave out and the rules can tell: a listing's domain and id.

The forms of 营信发〔2019〕1号 附件1 have no domain and no record-id column. The domain is
in the list's name (税务领域守信联合激励对象 → 税务): the longest domain name or alias of
data/rules/domains.yaml found in it decides. The record id is derived from what identifies
a decision (README, "Record ids the forms do not carry"): stable across exports of the same
row, so the site and the feeds keep recognising the listing.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping
from datetime import date

from generator.rules import fold

DERIVED_ID_HASH = 6  # base32 characters of the digest part: 30 bits per subject and day


class Ambiguous(ValueError):
    """The list name names two domains equally well."""


def domain_from_list_name(list_name: str, domain_terms: Mapping[str, str]) -> str | None:
    """The code of the domain whose longest name or alias occurs in `list_name`, None if
    none does; `Ambiguous` if two domains' terms of that length do. Codes (ASCII slugs)
    are matched only in a domain column, never inside a name."""
    name = fold(list_name)
    best = 0
    found: set[str] = set()
    for term, code in domain_terms.items():
        if term.isascii() or term not in name or len(term) < best:
            continue
        if len(term) > best:
            best, found = len(term), set()
        found.add(code)
    if len(found) > 1:
        raise Ambiguous(", ".join(sorted(found)))
    return next(iter(found), None)


def derived_record_id(
    subject_code: str,
    decided_on: date,
    department: str,
    decision_no: str,
    list_type: str,
    list_name: str,
) -> str:
    """`<organisation code>-<decision date>-<digest>`: the code and date let an operator
    find the row; the digest (of the department, decision number, list type and list
    name, each folded so spacing and width do not matter) tells apart two decisions on
    the same subject and day. Only organisations: a person's identifier must not be
    published, not even hashed (ID numbers are few enough to be guessed)."""
    parts = (department, decision_no, list_type, list_name)
    digest = hashlib.sha256("\x1f".join(fold(p) for p in parts).encode("utf-8")).digest()
    tail = base64.b32encode(digest).decode("ascii")[:DERIVED_ID_HASH]
    return f"{subject_code}-{decided_on:%Y%m%d}-{tail}"
