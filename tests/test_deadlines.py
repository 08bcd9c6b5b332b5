"""Working-day clocks and the deadline report (`creditsite report`).

The dates below are real holiday seasons: National Day 2025 (1–8 October off; Sunday
28 September and Saturday 11 October working) and Spring Festival 2026 (15–23 February
off; Saturdays 14 and 28 February working). 2027 is a year the locked chinese-calendar
does not know.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path

import pytest

from generator.cli import main
from generator.deadlines import Status
from generator.errors import ConfigError
from generator.workdays import CalendarFile, CalendarUnknownError, WorkCalendar, load_calendar
from tests.helpers import ENGLISH_HEADER, csv_text, org_row, person_row, uscc, write_dataset

CAL = WorkCalendar(CalendarFile())
D = date.fromisoformat


@pytest.mark.parametrize(
    ("start", "n", "due"),
    [
        ("2025-09-26", 1, "2025-09-28"),  # Friday + 1: the working Sunday before National Day
        ("2025-09-26", 3, "2025-09-30"),
        ("2025-09-30", 1, "2025-10-09"),  # 1–8 October are off
        ("2025-10-09", 2, "2025-10-11"),  # the working Saturday after it
        ("2025-10-09", 3, "2025-10-13"),
        ("2026-02-13", 1, "2026-02-14"),  # Friday + 1: the working Saturday before Spring Festival
        ("2026-02-14", 1, "2026-02-24"),  # 15–23 February are off
        ("2026-02-27", 1, "2026-02-28"),  # and Saturday 28 February works
        ("2026-03-06", 1, "2026-03-09"),  # an ordinary weekend
        ("2026-03-06", 0, "2026-03-06"),
    ],
)
def test_working_days_around_holidays(start: str, n: int, due: str) -> None:
    assert CAL.add_working_days(D(start), n) == D(due)


def test_working_days_between() -> None:
    assert CAL.working_days_between(D("2025-09-30"), D("2025-10-11")) == 3  # 9th, 10th, 11th
    assert CAL.working_days_between(D("2026-02-13"), D("2026-02-24")) == 2  # 14th, 24th
    assert CAL.working_days_between(D("2026-03-09"), D("2026-03-06")) == 0


def test_a_year_the_calendar_does_not_know_is_not_guessed() -> None:
    assert not CAL.knows(2027)
    with pytest.raises(CalendarUnknownError) as caught:
        CAL.add_working_days(D("2026-12-30"), 3)  # 31 Dec, then January 2027
    assert caught.value.year == 2027


def test_rules_file_adds_a_year_and_local_days(tmp_path: Path) -> None:
    (tmp_path / "calendar.yaml").write_text(
        "holidays: [2026-03-09]\n"  # a local day off on a Monday
        "years:\n"
        "  2027:\n"
        "    source: invented for the test\n"
        "    holidays: [2027-01-01]\n"
        "    workdays: [2027-01-02]\n",
        encoding="utf-8",
    )
    cal = load_calendar(tmp_path)
    assert cal.knows(2027)
    assert cal.add_working_days(D("2026-03-06"), 1) == D("2026-03-10")
    # 31 Dec 2026 (Thursday) works, 1 Jan off, Saturday 2 Jan works, then Monday 4 Jan.
    assert cal.add_working_days(D("2026-12-30"), 3) == D("2027-01-04")


def test_calendar_rules_are_checked(tmp_path: Path) -> None:
    (tmp_path / "calendar.yaml").write_text(
        "years:\n  2027:\n    holidays: [2028-01-01]\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="a day of another year"):
        load_calendar(tmp_path)
    (tmp_path / "calendar.yaml").write_text("holidays: [2026-13-01]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"month must be in 1\.\.12"):
        load_calendar(tmp_path)


CLOCK_HEADER = (*ENGLISH_HEADER, "published_on", "notified_on")
AS_OF = "2025-10-20"


def _dataset(root: Path) -> Path:
    rows = [
        # safety-production black: 10 working days → due 16 Oct; published 10 Oct.
        org_row("R1", decided_on="2025-09-26", published_on="2025-10-10"),
        # tax black: 7 working days → due 13 Oct; published 14 Oct: one day late.
        org_row("R2", domain="税务", decided_on="2025-09-26", published_on="2025-10-14",
                uscc=uscc("91410100MA0000002")),
        # tax red, decided 15 Oct: due 24 Oct, 4 working days left on the 20th.
        org_row("R3", list_type="红名单", domain="税务", decided_on="2025-10-15",
                uscc=uscc("91410100MA0000003")),
        # tax black decided 1 Sep, never published: due 10 Sep, 24 working days overdue.
        person_row("R4", domain="税务", decided_on="2025-09-01"),
        # electric power black: notice within 3 working days → due 11 Oct (a Saturday that works).
        org_row("R5", domain="电力", decided_on="2025-09-30", published_on="2025-10-09",
                notified_on="2025-10-10", uscc=uscc("91410100MA0000005")),
        # decided after the report's date: no clock has started.
        org_row("R6", domain="税务", decided_on="2025-10-21", uscc=uscc("91410100MA0000006")),
    ]  # fmt: skip
    objections = csv_text(
        ("record_id", "opened_on", "accepted_on", "state", "decided_on"),
        [
            # 20 working days from acceptance (30 Sep) → due 4 Nov: open, 11 left.
            ("R2", "2025-09-29", "2025-09-30", "处理中", ""),
            # safety production: 15 working days from the objection (no acceptance date)
            # → due 24 Oct; decided 20 Oct.
            ("R1", "2025-09-28", "", "异议不成立", "2025-10-20"),
        ],
    )
    return write_dataset(root, {"black.csv": csv_text(CLOCK_HEADER, rows)}, objections=objections)


def _report(tmp_path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    data = _dataset(tmp_path / "data")
    code = main(["report", str(data), "--as-of", AS_OF, "--out", str(tmp_path / "r"), *extra])
    out, err = capsys.readouterr()
    assert not err
    return code, out


def test_each_rule_on_a_small_dataset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _report(tmp_path, capsys)
    assert code == 0
    assert out.startswith("Deadline report: 1 overdue, 1 due soon, 1 done late, of 8 clocks (")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "r/compliance.csv").read_text("utf-8-sig"))))
    got = {(r["rule"], r["record_id"]): (r["due"], r["status"], r["days_late"], r["days_left"])
           for r in rows}  # fmt: skip
    # The safety-production domain's own rule replaces the general one for R1; R6's clocks
    # have not started on the report's date; only energy rules ask for a notice date.
    assert got == {
        ("safety-black-publish-10wd", "R1"): ("2025-10-16", "on_time", "", ""),
        ("publish-7wd", "R2"): ("2025-10-13", "late", "1", ""),
        ("publish-7wd", "R3"): ("2025-10-24", "due_soon", "", "4"),
        ("publish-7wd", "R4"): ("2025-09-10", "overdue", "24", ""),
        ("publish-7wd", "R5"): ("2025-10-16", "on_time", "", ""),
        ("energy-notice-3wd", "R5"): ("2025-10-11", "on_time", "", ""),
        ("objection-20wd", "R2"): ("2025-11-04", "open", "", "11"),
        ("safety-objection-15wd", "R1"): ("2025-10-24", "on_time", "", ""),
    }
    person = next(r for r in rows if r["record_id"] == "R4")
    assert person["subject"] == "欧阳＊＊"  # masked as the public site masks it


def test_report_csv_is_pinned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _report(tmp_path, capsys)
    raw = (tmp_path / "r/compliance.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so Excel opens the Chinese text as UTF-8
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == (
        "rule,clock,record_id,list_type,domain,department,subject,start,due,done,done_from,"
        "status,days_late,days_left,note"
    )
    # Sorted by due date: the oldest deadline first.
    assert lines[1] == (
        "publish-7wd,publication,R4,black,tax,示例市应急管理局,欧阳＊＊,2025-09-01,2025-09-10,"
        ",,overdue,24,,"
    )
    assert lines[2] == (
        "energy-notice-3wd,notice,R5,black,electric-power,示例市应急管理局,示例市恒达建材有限公司,"
        "2025-09-30,2025-10-11,2025-10-10,data,on_time,,,"
    )
    assert lines[3] == (
        "publish-7wd,publication,R2,black,tax,示例市应急管理局,示例市恒达建材有限公司,"
        "2025-09-26,2025-10-13,2025-10-14,data,late,1,,"
    )
    assert lines[-2].startswith("objection-20wd,objection,R2,black,tax,")
    assert lines[-1] == ""


def test_report_html_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _report(tmp_path, capsys)
    data = json.loads((tmp_path / "r/compliance.json").read_text("utf-8"))
    assert data["as_of"] == AS_OF
    assert data["totals"]["overdue"] == 1 and data["totals"]["late"] == 1
    tax = next(g for g in data["by_department_domain"] if g["domain"] == "tax")
    assert (tax["overdue"], tax["due_soon"], tax["late"], tax["open"]) == (1, 1, 1, 1)
    assert {m["month"] for m in data["by_month"]} == {"2025-09", "2025-10", "2025-11"}
    page = (tmp_path / "r/index.html").read_text("utf-8")
    assert "已超期未完成" in page and "<svg" in page and "R4" in page
    assert not re.search(r'(?:src|href)\s*=\s*"(?:[a-z]+:)?//', page)  # no request anywhere
    assert "欧阳娜娜" not in page and "欧阳娜娜" not in json.dumps(data, ensure_ascii=False)


def test_fail_on_overdue_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = _report(tmp_path, capsys, "--fail-on-overdue")
    assert code == 9


def test_unknown_year_is_reported_not_guessed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [org_row("R1", domain="税务", decided_on="2026-12-24")]
    data = write_dataset(tmp_path / "data", {"b.csv": csv_text(CLOCK_HEADER, rows)})
    args = ["report", str(data), "--as-of", "2026-12-28", "--out", str(tmp_path / "r")]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "no holiday calendar for 2027" in out
    row = next(csv.DictReader(io.StringIO((tmp_path / "r/compliance.csv").read_text("utf-8-sig"))))
    assert (row["status"], row["due"]) == (Status.UNKNOWN.value, "")
    assert "2027" in row["note"]
    assert "2027 年的节假日安排" in (tmp_path / "r/index.html").read_text("utf-8")
    # Once the dataset's rules give 2027, the deadline is computed.
    (data / "rules").mkdir()
    (data / "rules/calendar.yaml").write_text(
        "years:\n  2027:\n    holidays: [2027-01-01]\n", encoding="utf-8"
    )
    assert main(args) == 0
    assert "no holiday calendar" not in capsys.readouterr().out
    row = next(csv.DictReader(io.StringIO((tmp_path / "r/compliance.csv").read_text("utf-8-sig"))))
    # 25, 28, 29, 30, 31 December, (1 January off, 2nd a Saturday), 4 and 5 January.
    assert (row["status"], row["due"], row["days_left"]) == ("due_soon", "2027-01-05", "5")


def test_report_never_lands_in_a_published_site(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _dataset(tmp_path / "data")
    site = tmp_path / "site"
    site.mkdir()
    (site / "manifest.json").write_text("{}", encoding="utf-8")
    code = main(["report", str(data), "--as-of", AS_OF, "--out", str(site / "internal")])
    assert code == 3
    assert "inside a published site" in capsys.readouterr().err
    assert not (site / "internal").exists()


def test_bad_clock_date_is_a_data_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [org_row("R1", published_on="2025-02-30")]
    data = write_dataset(tmp_path / "data", {"b.csv": csv_text(CLOCK_HEADER, rows)})
    code = main(["report", str(data), "--as-of", AS_OF, "--out", str(tmp_path / "r")])
    err = capsys.readouterr().err
    assert code == 2
    assert "lists/b.csv, row 2, column published_on" in err
    assert not (tmp_path / "r").exists()


_RULE = {
    "id": "other", "name": "n", "clock": "other", "table": "lists", "from": "[decided_on]",
    "to": "published_on", "days": "3", "unit": "calendar", "source": "s",
}  # fmt: skip


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"domains": "[no-such-domain]"}, "unknown domain code 'no-such-domain'"),
        ({"to": "valid_until"}, "'valid_until' is not a date of lists"),
        ({"id": "twice"}, "id used twice"),
        ({"unit": "fortnights"}, "deadlines.1.unit: Input should be 'working' or 'calendar'"),
    ],
)
def test_deadline_rules_are_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: dict[str, str], message: str
) -> None:
    data = _dataset(tmp_path / "data")
    (data / "rules").mkdir()
    rules = [{**_RULE, "id": "twice", "clock": "first"}, {**_RULE, **change}]
    text = "deadlines:\n" + "".join(
        "  - " + "\n    ".join(f"{k}: {v}" for k, v in rule.items()) + "\n" for rule in rules
    )
    (data / "rules/deadlines.yaml").write_text(text, encoding="utf-8")
    code = main(["report", str(data), "--as-of", AS_OF, "--out", str(tmp_path / "r")])
    assert code == 3
    assert message in capsys.readouterr().err


def test_two_rules_for_the_same_clock_and_items_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _dataset(tmp_path / "data")
    (data / "rules").mkdir()
    rule = (
        "  - id: {id}\n    name: n\n    clock: publication\n    table: lists\n"
        "    from: [decided_on]\n    to: published_on\n    days: 7\n    unit: working\n"
        "    list_types: [{lt}]\n    source: s\n"
    )
    (data / "rules/deadlines.yaml").write_text(
        "deadlines:\n" + rule.format(id="a", lt="black") + rule.format(id="b", lt="black"),
        encoding="utf-8",
    )
    code = main(["report", str(data), "--as-of", AS_OF, "--out", str(tmp_path / "r")])
    assert code == 3
    assert "times the same clock as a for the same items" in capsys.readouterr().err


def test_a_decision_after_the_report_date_is_not_yet_known(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The objection decided on 20 October, seen from the 17th: still open, due on the 24th.
    code, _ = _report(tmp_path, capsys)
    assert code == 0
    data = _dataset(tmp_path / "again")
    assert main(["report", str(data), "--as-of", "2025-10-17", "--out", str(tmp_path / "r2")]) == 0
    capsys.readouterr()
    rows = csv.DictReader(io.StringIO((tmp_path / "r2/compliance.csv").read_text("utf-8-sig")))
    row = next(r for r in rows if r["rule"] == "safety-objection-15wd")
    assert (row["status"], row["done"], row["days_left"]) == ("due_soon", "", "5")
