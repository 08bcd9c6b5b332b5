"""The public record of a listing as the open data publishes it: one serialiser for the
snapshot, the feeds and the change log, so that a record means the same thing everywhere.

Only JSON strings, integers, booleans, null, lists and objects: what we publish is signed
over RFC 8785 canonical JSON, and the standalone verifier supports no floats. Dates are ISO
8601 calendar dates (`YYYY-MM-DD`). `feeds/SPEC.md` documents every field.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date

from generator.model import ExitReason
from generator.redact.public import PublicExit, PublicListing, PublicObjection

# A published record as read back from a previous build or written now.
Record = Mapping[str, object]

# The field order of `public_record`; the snapshot CSV flattens the same fields.
RECORD_FIELDS = (
    "record_id",
    "list_type",
    "list_name",
    "subject_id",
    "subject_type",
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
    "active",
    "under_objection",
    "suspended",
    "objection",
    "exit",
)


def public_record(listing: PublicListing) -> dict[str, object]:
    """The published form of one listing (see `feeds/SPEC.md`, "The public record")."""
    if not isinstance(listing, PublicListing):
        raise TypeError(f"public_record takes a PublicListing, not {type(listing).__name__}")
    return {
        "record_id": listing.record_id,
        "list_type": listing.list_type.value,
        "list_name": listing.list_name,
        "subject_id": listing.subject_id,
        "subject_type": listing.subject_type.value,
        "subject_name": listing.subject_name,
        "uscc": listing.uscc,
        "reg_no_old": listing.reg_no_old,
        "legal_rep": listing.legal_rep,
        "id_type": listing.id_type,
        "id_number": listing.id_number,
        "domain": listing.domain,
        "behavior": listing.behavior,
        "measures": listing.measures,
        "department": listing.department,
        "basis": listing.basis,
        "decision_no": listing.decision_no,
        "decided_on": listing.decided_on.isoformat(),
        "valid_until": listing.valid_until.isoformat(),
        "active": listing.active,
        "under_objection": listing.under_objection,
        "suspended": listing.suspended,
        "objection": _objection(listing.objection),
        "exit": _exit(listing.exit),
    }


def _objection(objection: PublicObjection | None) -> dict[str, object] | None:
    if objection is None:
        return None
    return {
        "opened_on": objection.opened_on.isoformat(),
        "state": objection.state.value,
        "decided_on": _iso(objection.decided_on),
    }


def _exit(exit_: PublicExit | None) -> dict[str, object] | None:
    if exit_ is None:
        return None
    return {
        "reason": exit_.reason.value,
        "exited_on": exit_.exited_on.isoformat(),
        "department": exit_.department,
        "basis": exit_.basis,
        "clarification": exit_.clarification,
        "caused_by": exit_.caused_by,
    }


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


WITHDRAWN_BASIS = "该记录已从报送数据中撤下，未附退出信息，现予撤销公告"

# What an exit announcement (退出公告) publishes once the listing has left: which listing
# ended, for whom, how and on whose decision. The conduct and measures, the basis, the
# objection and, for a person, the certificate and legal representative are the listing's
# content, public only while it was (seed 004 三(二)); an announcement needs none of them.
ANNOUNCEMENT_FIELDS = (
    "record_id",
    "list_type",
    "list_name",
    "subject_id",
    "subject_type",
    "subject_name",
    "uscc",
    "reg_no_old",
    "domain",
    "department",
    "decision_no",
    "decided_on",
    "valid_until",
    "active",
    "exit",
)


def announcement(record: Record) -> dict[str, object]:
    """The exit announcement of an ended listing: the only content an `exited` event keeps."""
    if record.get("active") or not isinstance(record.get("exit"), Mapping):
        raise ValueError(f"record {record.get('record_id')} has not exited: no announcement")
    return {k: record.get(k) for k in ANNOUNCEMENT_FIELDS}


def changed_fields(before: Record, now: Record) -> list[str]:
    """The names of the public fields an amendment changed: names only, never the values
    (an old value may be the very mistake, or the personal detail, that was corrected)."""
    return [k for k in RECORD_FIELDS if before.get(k) != now.get(k)]


def withdrawn_record(previous: Record, on: date) -> dict[str, object]:
    """A listing published before that has vanished from the data without an exit row: it is
    announced as exited (reason `withdrawn`), never removed silently."""
    record = dict(previous)
    record.update(
        active=False,
        under_objection=False,
        suspended=False,
        exit={
            "reason": ExitReason.WITHDRAWN.value,
            "exited_on": on.isoformat(),
            "department": str(previous.get("department", "")),
            "basis": WITHDRAWN_BASIS,
            "clarification": False,
            "caused_by": None,
        },
    )
    return record


# One encoder for every call: json.dumps builds a new one each time, which shows at 100k.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def dumps(value: object) -> str:
    """Compact UTF-8 JSON, key order as given: what every data file of ours is written with."""
    return _ENCODER.encode(value)


def pretty(value: object) -> str:
    """Indented JSON for the small files people read (feeds, indexes, descriptors)."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"
