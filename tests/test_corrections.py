"""The corrections stage against a hand-made previous site: withdrawals and amendments are
found, carried from build to build through the ledger, and dropped when the record is back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.corrections import LEDGER, SNAPSHOT, reconcile_corrections
from generator.errors import ConfigError
from generator.feeds.record import public_record
from tests.site_fixture import AS_OF, Fixture, make_fixture


@pytest.fixture(scope="module")
def fx(tmp_path_factory: pytest.TempPathFactory) -> Fixture:
    return make_fixture(tmp_path_factory.mktemp("fixture"))


def _previous(root: Path, records: list[dict[str, object]], ledger: str | None = None) -> Path:
    (root / "data").mkdir(parents=True)
    (root / SNAPSHOT).write_text(json.dumps({"records": records}), encoding="utf-8")
    if ledger is not None:
        (root / LEDGER).write_text(ledger, encoding="utf-8")
    return root


def test_a_first_build_has_nothing_to_correct(fx: Fixture) -> None:
    c = reconcile_corrections(fx.public, None)
    assert c.withdrawals == () and c.amendments == ()


def test_withdrawals_and_amendments_are_found_and_carried(fx: Fixture, tmp_path: Path) -> None:
    active = [public_record(x) for x in fx.public.listings if x.active]
    gone = {**active[0], "record_id": "GONE-1"}
    edited = {**active[1], "behavior": "更正前的行为描述", "department": "原认定部门"}
    records = [gone, edited, *active[2:], active[0]]
    first = reconcile_corrections(fx.public, _previous(tmp_path / "a", records))
    assert [(w.record_id, w.exited_on) for w in first.withdrawals] == [("GONE-1", AS_OF)]
    w = first.withdrawals[0]
    assert (w.subject_id, w.subject_name, w.domain) == (
        gone["subject_id"],
        gone["subject_name"],
        gone["domain"],
    )
    assert [(a.record_id, a.fields) for a in first.amendments] == [
        (edited["record_id"], ("behavior", "department"))
    ]
    # The ledger holds field names and dates, never the values before the correction.
    assert "更正前的行为描述" not in first.to_json() and "原认定部门" not in first.to_json()
    # A later build, on a site whose snapshot agrees with the data: both notices stay.
    later = reconcile_corrections(
        fx.public, _previous(tmp_path / "b", active, ledger=first.to_json())
    )
    assert later == first


def test_a_record_back_in_the_data_leaves_the_ledger(fx: Fixture, tmp_path: Path) -> None:
    active = [public_record(x) for x in fx.public.listings if x.active]
    back = active[0]["record_id"]
    ledger = {
        "version": 1,
        "amendments": [],
        "withdrawals": [
            {"record_id": back, "subject_id": "x", "subject_type": "legal_entity",
             "subject_name": "某公司", "uscc": None, "reg_no_old": None, "list_type": "black",
             "list_name": "黑名单", "domain": "tax", "department": "某局",
             "exited_on": "2026-01-01"},
        ],
    }  # fmt: skip
    c = reconcile_corrections(
        fx.public, _previous(tmp_path / "c", active, ledger=json.dumps(ledger))
    )
    assert c.withdrawals == ()


def test_an_unreadable_ledger_stops_the_build(fx: Fixture, tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        reconcile_corrections(fx.public, _previous(tmp_path / "d", [], ledger="{"))
    with pytest.raises(ConfigError):
        reconcile_corrections(fx.public, _previous(tmp_path / "e", [], ledger='{"version": 9}'))
