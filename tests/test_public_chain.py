"""Only the redaction stage can make what is published."""

from __future__ import annotations

from datetime import date

import pytest

from generator.errors import RedactionError
from generator.model import ListType, SubjectType
from generator.redact.public import PublicEvent, PublicListing, PublicObjection


def _fields() -> dict[str, object]:
    return {
        "record_id": "R1", "list_type": ListType.BLACK, "list_name": "黑名单", "subject_id": "x",
        "subject_type": SubjectType.PERSON, "subject_name": "李明明", "uscc": None, "reg_no_old": None,
        "legal_rep": None, "id_type": None, "id_number": "410105198001010019", "domain": "safety-production",
        "behavior": "", "measures": "", "department": "", "basis": "", "decision_no": None,
        "decided_on": date(2025, 1, 1), "valid_until": date(2026, 1, 1), "active": True,
        "under_objection": False, "suspended": False, "objection": None, "exit": None,
    }  # fmt: skip


@pytest.mark.parametrize("token", [None, object(), "MINT"])
def test_a_public_listing_cannot_be_made_outside_redaction(token: object) -> None:
    with pytest.raises(RedactionError):
        PublicListing(**_fields(), mint=token)  # type: ignore[arg-type]


def test_other_public_types_refuse_a_forged_token() -> None:
    with pytest.raises(RedactionError):
        PublicEvent(date(2025, 1, 1), "R1", "listed", "x", mint=object())
    with pytest.raises(RedactionError):
        PublicObjection(date(2025, 1, 1), "open", None, mint=None)  # type: ignore[arg-type]


def test_the_redaction_stage_can() -> None:
    from generator.redact import MINT  # type: ignore[attr-defined]

    listing = PublicListing(**_fields(), mint=MINT)  # type: ignore[arg-type]
    assert listing.record_id == "R1"
