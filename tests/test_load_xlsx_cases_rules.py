"""XLSX input, typical-case files and per-dataset rule overrides."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from generator.build import check_dataset
from generator.cli import main
from generator.errors import ConfigError, DataError
from generator.model import ListType, SubjectType
from tests.helpers import ENGLISH_HEADER, csv_text, org_row, person_row, resident_id, write_dataset


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)


def form_rows() -> list[list[object]]:
    header = [
        "红名单类型",
        "企业名称",
        "法定代表人",
        "统一社会信用代码",
        "守信行为",
        "获得奖励",
        "认定部门",
        "认定依据",
        "认定日期",
        "有效期",
        "记录编号",
        "领域",
    ]
    return [
        ["示例市“红名单”报送表（1）"],
        header,
        [
            "纳税信用A级纳税人",
            "示例市诚信商贸有限公司",
            "李雷",
            org_row()["uscc"],
            "依法纳税",
            "绿色通道",
            "示例市税务局",
            "纳税信用管理办法",
            dt.datetime(2025, 4, 1),
            "2028-03-31",
            "X1",
            "税收",
        ],
    ]


def test_xlsx_submission_form(tmp_path: Path) -> None:
    write_dataset(tmp_path, {})
    write_xlsx(tmp_path / "lists" / "red.xlsx", {"报送表": form_rows()})
    checked = check_dataset(tmp_path)
    (listing,) = checked.dataset.listings
    assert listing.list_type is ListType.RED
    assert listing.list_name == "纳税信用A级纳税人"
    assert listing.subject_type is SubjectType.LEGAL_ENTITY
    assert listing.decided_on == dt.date(2025, 4, 1)
    assert listing.valid_until == dt.date(2028, 3, 31)
    assert listing.domain == "tax"
    assert checked.dataset.tables[0].encoding == "XLSX"


def test_xlsx_identity_number_stored_as_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_dataset(tmp_path, {})
    number = resident_id("41010519800101001")
    row = [person_row()[h] for h in ENGLISH_HEADER]
    row[ENGLISH_HEADER.index("id_number")] = int(number[:17] + "0")  # what Excel does to IDs
    write_xlsx(tmp_path / "lists" / "p.xlsx", {"Sheet1": [list(ENGLISH_HEADER), row]})
    assert main(["validate", str(tmp_path)]) == 2
    assert capsys.readouterr().err.splitlines()[0] == (
        "lists/p.xlsx, row 2, column id_number: stored as a number in Excel, which loses digits; "
        "format the column as text and export again"
    )


def test_xlsx_with_two_data_sheets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_dataset(tmp_path, {})
    write_xlsx(tmp_path / "lists" / "two.xlsx", {"A": form_rows(), "B": form_rows()})
    assert main(["validate", str(tmp_path)]) == 2
    assert "lists/two.xlsx: several sheets hold data (A, B); keep one sheet per file" in (
        capsys.readouterr().err
    )


def test_corrupt_xlsx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_dataset(tmp_path, {"bad.xlsx": b"PK\x03\x04 not really a zip"})
    assert main(["validate", str(tmp_path)]) == 2
    assert "lists/bad.xlsx: cannot be read as an .xlsx workbook" in capsys.readouterr().err


CASE = """---
title: 示例市恒达建材有限公司被列入安全生产黑名单
date: 2025-05-01
domain: 安全生产
record_ids: [R1]
measures: [限制参与政府采购]
outcome: 已整改
---
正文。
"""


def test_cases_are_read(tmp_path: Path) -> None:
    write_dataset(tmp_path, cases={"case-1.md": CASE})
    (case,) = check_dataset(tmp_path).dataset.cases
    assert (case.slug, case.domain, case.record_ids, case.body) == (
        "case-1",
        "safety-production",
        ("R1",),
        "正文。\n",
    )


def test_case_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = CASE.replace("record_ids: [R1]", "record_ids: [R9]\nauthor: 某人")
    write_dataset(tmp_path, cases={"典型.md": bad, "no-front.md": "正文", "x.txt": ""})
    assert main(["validate", str(tmp_path)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "cases/no-front.md, row 1: missing front matter (a block between --- lines)",
        "cases/x.txt: unexpected file: typical cases are .md files",
        "cases/典型.md: file name must use a-z, 0-9 and - only: it becomes the case's web address",
        "cases/典型.md, column author: unknown front-matter key: expected date, domain, "
        "measures, outcome, record_ids, title",
        "cases/典型.md, column record_ids: no listing has record_id 'R9'",
        "5 problems; nothing was published.",
    ]


def test_dataset_rules_override_a_file(tmp_path: Path) -> None:
    write_dataset(tmp_path, {"a.csv": csv_text(ENGLISH_HEADER, [org_row(domain="城市管理积分")])})
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "domains.yaml").write_text(
        "domains:\n  - code: urban\n    name: 城市管理积分\n", encoding="utf-8"
    )
    assert check_dataset(tmp_path).dataset.listings[0].domain == "urban"


def test_broken_rules_are_a_config_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_dataset(tmp_path)
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "list_types.yaml").write_text(
        "list_types:\n  - code: red\n    name: 红名单\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError):
        check_dataset(tmp_path)
    assert main(["validate", str(tmp_path)]) == 3
    err = capsys.readouterr().err
    assert "list_types.0.default_validity: Field required" in err
    assert "no rule for list type(s)" not in err or "black" in err


def test_bad_dataset_yaml(tmp_path: Path) -> None:
    write_dataset(tmp_path, config="expect:\n  list: {min_rows: 1}\n")
    with pytest.raises(DataError) as exc:
        check_dataset(tmp_path)
    assert [str(p) for p in exc.value.problems] == [
        "dataset.yaml: expect.list: Extra inputs are not permitted"
    ]
