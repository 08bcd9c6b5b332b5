"""Lifecycle rules, each with a fixed as-of date (营信发〔2019〕1号 五, 发改办财金〔2018〕87号 四,
003 篇二/篇四)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from generator.lifecycle import EventKind, ListState, apply_lifecycle
from generator.model import (
    Case,
    Certificate,
    Dataset,
    Exit,
    ExitReason,
    Listing,
    ListType,
    Objection,
    ObjectionState,
    SubjectType,
)
from tests.helpers import resident_id, uscc

AS_OF = date(2026, 6, 1)
ORG = uscc("91410100MA0000001")
OTHER_ORG = uscc("91410100MA0000002")


def listing(record_id: str, list_type: ListType = ListType.BLACK, **kw: object) -> Listing:
    base = Listing(
        record_id=record_id,
        list_type=list_type,
        list_name="",
        subject_type=SubjectType.LEGAL_ENTITY,
        name="示例市恒达建材有限公司",
        uscc=ORG,
        reg_no_old=None,
        legal_rep=None,
        legal_rep_id=None,
        id=None,
        domain="safety-production",
        behavior="未按规定开展安全生产检查",
        measures="限制参与政府采购",
        department="示例市应急管理局",
        basis="《中华人民共和国安全生产法》",
        decision_no="示应急罚〔2025〕12号",
        decided_on=date(2025, 3, 1),
        valid_until=date(2028, 2, 28),
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def state(*listings: Listing, exits: tuple[Exit, ...] = (), objections: tuple[Objection, ...] = (), as_of: date = AS_OF) -> ListState:  # fmt: skip
    return apply_lifecycle(Dataset(tuple(listings), exits, objections, ()), as_of)


def one(s: ListState, record_id: str):  # type: ignore[no-untyped-def]
    return next(x for x in s.listings if x.listing.record_id == record_id)


def test_active_between_decision_and_end_of_validity() -> None:
    s = state(listing("A", valid_until=AS_OF), listing("B", decided_on=AS_OF))
    assert one(s, "A").active and one(s, "B").active
    assert s.exits == ()


def test_future_decisions_are_not_published() -> None:
    s = state(listing("A", decided_on=date(2026, 6, 2)))
    assert s.listings == () and s.events == ()


def test_expiry_ends_publication_the_day_after_the_last_valid_day() -> None:
    s = state(listing("A", valid_until=date(2026, 5, 31)))
    a = one(s, "A")
    assert not a.active
    assert a.exit.reason is ExitReason.EXPIRY
    assert a.exit.exited_on == date(2026, 6, 1)
    assert [e.kind for e in s.events] == [EventKind.LISTED, EventKind.EXITED]


def test_early_exit_row_creates_an_announcement_with_its_reason() -> None:
    exit_row = Exit(
        "A", ExitReason.CREDIT_REPAIR, date(2026, 1, 10), "示例市应急管理局", "信用修复决定"
    )
    s = state(listing("A"), exits=(exit_row,))
    a = one(s, "A")
    assert not a.active and a.exit.reason is ExitReason.CREDIT_REPAIR
    assert a.exit.exited_on == date(2026, 1, 10) and not a.exit.clarification
    assert s.exits == (a.exit,)


def test_exit_after_as_of_is_not_yet_applied() -> None:
    exit_row = Exit("A", ExitReason.CREDIT_REPAIR, date(2026, 7, 1), "示例市应急管理局", "x")
    assert one(state(listing("A"), exits=(exit_row,)), "A").active


def test_black_listing_ends_red_listing_of_same_subject() -> None:
    red = listing("R", ListType.RED, decided_on=date(2024, 1, 1), domain="tax")
    black = listing("B", ListType.BLACK, decided_on=date(2025, 3, 1))
    s = state(red, black)
    r = one(s, "R")
    assert not r.active
    assert r.exit.reason is ExitReason.MOVED_TO_BLACK
    assert r.exit.exited_on == date(2025, 3, 1) and r.exit.caused_by == "B"
    assert one(s, "B").active


def test_focus_listing_also_ends_a_red_listing() -> None:
    # 004 五(一)2: a red listing ends when the subject enters a black OR key-attention list.
    red = listing("R", ListType.RED, decided_on=date(2024, 1, 1))
    focus = listing(
        "F", ListType.FOCUS, decided_on=date(2025, 3, 1), valid_until=date(2026, 12, 31)
    )
    assert one(state(red, focus), "R").exit.reason is ExitReason.MOVED_TO_FOCUS


def test_cross_check_is_per_subject_and_ignores_finished_punishments() -> None:
    red_other = listing("R2", ListType.RED, uscc=OTHER_ORG, decided_on=date(2025, 6, 1))
    old_black = listing("B0", decided_on=date(2020, 1, 1), valid_until=date(2022, 12, 31))
    red_later = listing("R3", ListType.RED, decided_on=date(2024, 1, 1))
    s = state(red_other, old_black, listing("B", uscc=OTHER_ORG, decided_on=date(2019, 1, 1), valid_until=date(2020, 1, 1)), red_later)  # fmt: skip
    assert one(s, "R2").active
    assert one(s, "R3").active


def test_person_identity_is_the_certificate_number() -> None:
    cert = Certificate("resident_id", resident_id("11010519800101001"))
    person = {"subject_type": SubjectType.PERSON, "uscc": None, "name": "王伟", "id": cert}
    red = listing("R", ListType.RED, decided_on=date(2024, 1, 1), **person)
    namesake = listing("B", name="王伟", subject_type=SubjectType.PERSON, uscc=None,
                       id=Certificate("resident_id", resident_id("11010519900101001")))  # fmt: skip
    assert one(state(red, namesake), "R").active
    same = listing("B2", **person)
    assert not one(state(red, same), "R").active


def test_warning_list_needs_three_different_focus_domains() -> None:
    focus = [
        listing(f"F{i}", ListType.FOCUS, domain=d, valid_until=date(2027, 1, 1))
        for i, d in enumerate(("tax", "environment", "tax", "quality"))
    ]
    assert state(*focus).warning == frozenset({ORG})
    assert state(*focus[:3]).warning == frozenset()
    expired = replace(focus[3], valid_until=date(2026, 1, 1))
    assert state(*focus[:3], expired).warning == frozenset()


def test_open_objection_marks_and_suspends_punishment() -> None:
    objection = Objection("A", date(2026, 5, 1), ObjectionState.OPEN, None)
    a = one(state(listing("A"), objections=(objection,)), "A")
    assert a.active and a.under_objection and a.suspended
    red = one(
        state(listing("R", ListType.RED), objections=(replace(objection, record_id="R"),)), "R"
    )
    assert red.under_objection and not red.suspended  # nothing to suspend on a reward


def test_objection_decided_after_as_of_is_still_open_as_of() -> None:
    objection = Objection("A", date(2026, 5, 1), ObjectionState.UPHELD, date(2026, 7, 1))
    a = one(state(listing("A"), objections=(objection,)), "A")
    assert a.active and a.under_objection


def test_upheld_objection_exits_with_clarification() -> None:
    objection = Objection("A", date(2026, 3, 1), ObjectionState.UPHELD, date(2026, 3, 20))
    s = state(listing("A"), objections=(objection,))
    a = one(s, "A")
    assert not a.active and not a.under_objection
    assert a.exit.reason is ExitReason.OBJECTION_UPHELD and a.exit.clarification
    assert a.exit.exited_on == date(2026, 3, 20)
    kinds = [e.kind for e in s.events]
    assert kinds.count(EventKind.OBJECTION_OPENED) == kinds.count(EventKind.OBJECTION_CLOSED) == 1


def test_rejected_objection_removes_the_mark_and_extends_the_period() -> None:
    objection = Objection("A", date(2026, 3, 1), ObjectionState.REJECTED, date(2026, 3, 21))
    a = one(state(listing("A", valid_until=date(2026, 5, 20)), objections=(objection,)), "A")
    # 20 days under objection are added back: the punishment runs on from the rejection.
    assert a.ends_on == date(2026, 6, 9)
    assert a.active and not a.under_objection and not a.suspended


def test_credit_repair_exit_is_published_as_such() -> None:
    exit_row = Exit("A", ExitReason.CREDIT_REPAIR, date(2026, 2, 1), "示例市应急管理局", "信用修复")
    s = state(listing("A"), exits=(exit_row,))
    assert [(n.record_id, n.reason) for n in s.exits] == [("A", ExitReason.CREDIT_REPAIR)]


def test_the_earliest_reason_is_announced() -> None:
    exit_row = Exit("A", ExitReason.CRITERIA_CHANGED, date(2026, 5, 1), "示例市应急管理局", "x")
    a = one(state(listing("A", valid_until=date(2026, 3, 31)), exits=(exit_row,)), "A")
    assert a.exit.reason is ExitReason.EXPIRY


def test_pure_function_of_data_and_date() -> None:
    data = (listing("A"), listing("R", ListType.RED, decided_on=date(2024, 1, 1)))
    assert state(*data) == state(*data)
    assert state(*data, as_of=date(2024, 6, 1)) != state(*data)
    earlier = state(*data, as_of=date(2024, 6, 1))
    assert one(earlier, "R").active and [x.listing.record_id for x in earlier.listings] == ["R"]


def test_cases_dated_after_as_of_wait() -> None:
    case = Case("c1", "典型案例", date(2026, 7, 1), "tax", ("A",), (), "", "正文")
    ds = Dataset((listing("A"),), (), (), (case,))
    assert apply_lifecycle(ds, AS_OF).cases == ()
    assert apply_lifecycle(ds, date(2026, 7, 1)).cases == (case,)


def test_derived_exit_reasons_are_refused_in_an_exits_table() -> None:
    from generator.rules import fold, load_rules

    terms = load_rules().exit_reason_terms
    assert fold("expiry") not in terms and fold("withdrawn") not in terms
    assert terms[fold("信用修复")] is ExitReason.CREDIT_REPAIR


# Issue 18 point 2: the cross-check follows the black listing's own lifecycle. Every exit
# reason an exits table may carry (data/rules/vocab.yaml), against a red listing decided
# while the black listing stood (before its exit) and one decided after it ended.
_BLACK_EXIT = date(2025, 9, 1)
_VOID_REASONS = {ExitReason.OBJECTION_UPHELD, ExitReason.COURT_REVOKED}


def _reasons_of_exit_tables() -> list[ExitReason]:
    from generator.rules import load_rules

    return sorted(set(load_rules().exit_reason_terms.values()))


def _cross(reason: ExitReason) -> ListState:
    black = listing("B", decided_on=date(2025, 3, 1), valid_until=date(2028, 2, 28))
    during = listing("R1", ListType.RED, decided_on=date(2025, 1, 1), domain="tax")
    after = listing("R2", ListType.RED, decided_on=date(2025, 12, 1), domain="tax")
    row = Exit("B", reason, _BLACK_EXIT, "示例市应急管理局", "退出依据")
    return state(black, during, after, exits=(row,))


def test_every_exit_reason_of_the_vocabulary_is_tried() -> None:
    assert set(_reasons_of_exit_tables()) == {r for r in ExitReason if not r.is_derived}


def test_black_listing_that_ended_early_does_not_end_a_later_red_listing() -> None:
    for reason in _reasons_of_exit_tables():
        s = _cross(reason)
        assert one(s, "B").exit.reason is reason
        later = one(s, "R2")
        assert later.active and later.exit is None, reason


def test_black_listing_ends_a_red_listing_it_overlapped_unless_it_was_wrong() -> None:
    for reason in _reasons_of_exit_tables():
        during = one(_cross(reason), "R1")
        if reason in _VOID_REASONS:
            # Found wrong: the subject's reputation is restored, its red listing stands.
            assert during.active, reason
        else:
            assert during.exit.reason is ExitReason.MOVED_TO_BLACK, reason
            assert during.exit.exited_on == date(2025, 3, 1) and during.exit.caused_by == "B"


def test_black_listing_expired_before_the_red_one_does_not_end_it() -> None:
    black = listing("B", decided_on=date(2023, 3, 1), valid_until=date(2024, 2, 29))
    red = listing("R", ListType.RED, decided_on=date(2024, 3, 1), domain="tax")
    assert one(state(black, red), "R").active


def test_rejected_objection_extends_the_black_listing_for_the_cross_check() -> None:
    # Under objection for 60 days: the black listing stands 60 days past its stated validity.
    black = listing("B", decided_on=date(2023, 3, 1), valid_until=date(2024, 2, 29))
    red = listing("R", ListType.RED, decided_on=date(2024, 3, 15), domain="tax")
    rejected = Objection("B", date(2023, 6, 1), ObjectionState.REJECTED, date(2023, 7, 31))
    r = one(state(black, red, objections=(rejected,)), "R")
    assert r.exit.reason is ExitReason.MOVED_TO_BLACK and r.exit.caused_by == "B"


def test_black_listing_found_wrong_on_objection_ends_no_red_listing() -> None:
    black = listing("B", decided_on=date(2025, 3, 1))
    red = listing("R", ListType.RED, decided_on=date(2025, 1, 1), domain="tax")
    upheld = Objection("B", date(2025, 4, 1), ObjectionState.UPHELD, date(2025, 5, 1))
    s = state(black, red, objections=(upheld,))
    assert one(s, "B").exit.clarification
    assert one(s, "R").active


def test_black_listing_under_objection_ends_no_red_listing_until_decided() -> None:
    black = listing("B", decided_on=date(2025, 3, 1))
    red = listing("R", ListType.RED, decided_on=date(2025, 1, 1), domain="tax")
    pending = Objection("B", date(2025, 4, 1), ObjectionState.REJECTED, date(2026, 7, 1))
    assert one(state(black, red, objections=(pending,)), "R").active
    later = state(black, red, objections=(pending,), as_of=date(2026, 7, 2))
    assert one(later, "R").exit.reason is ExitReason.MOVED_TO_BLACK
