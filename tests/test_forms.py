"""The submission forms exactly as 营信发〔2019〕1号 附件1 prints them (tests/forms/, invented
rows): no record-id and no domain column, headers wrapped as in the seed, a title row.
They load as they are; the domain comes from the list name, the record id is derived."""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
from pathlib import Path

import openpyxl
import pytest

from generator.build import check_dataset
from generator.derive import Ambiguous, derived_record_id, domain_from_list_name
from generator.errors import DataError
from generator.model import ListType, SubjectType
from generator.rules import load_rules
from tests.helpers import resident_id, uscc

FORMS = Path(__file__).parent / "forms"
# The forms' headers as the seed prints them (004 附件1), wrapped inside the cells.
RED_HEADER = ["红名单 类型", "企业 名称", "法定代 表人", "统一社 会信用 代码", "工商注 册登记 号",
              "守信 行为", "获得 奖励", "认定 部门", "认定 依据", "认定 日期", "有效期"]  # fmt: skip
BLACK_HEADER = ["黑名单 类型", "企业 名称", "法定代 表人", "统一社 会信用 代码", "工商注 册登记 号",
                "违法失 信行为", "处罚 结果", "认定 部门", "认定 依据", "认定 日期", "处罚有 效期"]  # fmt: skip
DERIVED = re.compile(r"^[0-9A-Z]{15,18}-\d{8}-[A-Z2-7]{6}$")


def _grid(name: str) -> list[list[str]]:
    with (FORMS / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_the_fixtures_carry_exactly_the_printed_columns() -> None:
    assert _grid("red.csv")[1] == RED_HEADER
    assert _grid("black.csv")[1] == BLACK_HEADER


def _csv_dataset(root: Path) -> Path:
    (root / "lists").mkdir(parents=True)
    for name in ("red.csv", "black.csv"):
        shutil.copy(FORMS / name, root / "lists" / name)
    return root


def _xlsx_dataset(root: Path) -> Path:
    (root / "lists").mkdir(parents=True)
    for name in ("red", "black"):
        book = openpyxl.Workbook()
        sheet = book.active
        for row in _grid(f"{name}.csv"):
            sheet.append(row)
        # A department's Excel holds its dates as dates.
        sheet["J3"] = dt.datetime.fromisoformat(sheet["J3"].value)
        book.save(root / "lists" / f"{name}.xlsx")
    return root


def _summary(root: Path) -> list[tuple[str, ListType, SubjectType, str, str]]:
    dataset = check_dataset(root).dataset
    return sorted(
        (x.record_id, x.list_type, x.subject_type, x.domain, x.list_name) for x in dataset.listings
    )


def test_the_forms_load_without_extra_columns(tmp_path: Path) -> None:
    rows = _summary(_csv_dataset(tmp_path / "csv"))
    assert len(rows) == 4
    assert all(DERIVED.fullmatch(rid) for rid, *_ in rows)
    assert {(t, d, n) for _, t, _, d, n in rows} == {
        (ListType.RED, "tax", "税务领域守信联合激励对象"),
        (ListType.RED, "safety-production", "安全生产领域守信联合激励对象"),
        (ListType.BLACK, "tax", "税务领域失信联合惩戒对象"),
        (ListType.BLACK, "safety-production", "安全生产领域失信联合惩戒对象"),
    }
    assert {s for _, _, s, _, _ in rows} == {SubjectType.LEGAL_ENTITY}


def test_csv_and_xlsx_forms_give_the_same_listings_and_ids(tmp_path: Path) -> None:
    assert _summary(_csv_dataset(tmp_path / "csv")) == _summary(_xlsx_dataset(tmp_path / "x"))


def test_a_derived_id_is_stable_and_names_the_code_and_date(tmp_path: Path) -> None:
    first = _summary(_csv_dataset(tmp_path / "a"))
    assert first == _summary(_csv_dataset(tmp_path / "b"))
    red = uscc("91410100MA0000101")
    assert any(rid.startswith(f"{red}-20250401-") for rid, *_ in first)
    # The digest tells apart decisions on the same subject and day; spacing does not count.
    base = derived_record_id(red, dt.date(2025, 4, 1), "示例市税务局", "", "red", "税务领域")
    assert base == derived_record_id(
        red, dt.date(2025, 4, 1), "示例市 税务局", "", "red", "税务领域"
    )
    assert base != derived_record_id(red, dt.date(2025, 4, 1), "示例市税务局", "示税〔2025〕1号", "red", "税务领域")  # fmt: skip


def test_domain_from_the_list_name() -> None:
    terms = load_rules().domain_terms
    assert domain_from_list_name("税务领域守信联合激励对象", terms) == "tax"
    assert domain_from_list_name("重大税收违法失信案件当事人名单", terms) == "tax"
    assert domain_from_list_name("失信被执行人名单", terms) == "judgment-defaulters"
    assert domain_from_list_name("守信联合激励对象", terms) is None
    # Domain codes are for a domain column only.
    assert domain_from_list_name("tax list", terms) is None
    with pytest.raises(Ambiguous):
        domain_from_list_name("旅游会计名单", terms)


def _problems(root: Path) -> list[str]:
    with pytest.raises(DataError) as info:
        check_dataset(root)
    return [str(p) for p in info.value.problems]


def test_an_unknown_column_hides_none_of_the_row_problems(tmp_path: Path) -> None:
    root = _csv_dataset(tmp_path / "d")
    grid = _grid("black.csv")
    grid[1].append("经办人意见")
    grid[2].append("同意")
    grid[3][3] = "91410100MA00002010"  # a check character that does not match
    grid[3].append("")
    with (root / "lists" / "black.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(grid)
    problems = _problems(root)
    assert any("经办人意见" in p and "unknown column" in p for p in problems)
    assert any("row 4" in p and "统一社会信用代码" in p for p in problems)
    # The unknown column is reported once, at its header, not again in every row.
    assert sum("经办人意见" in p for p in problems) == 1


def test_what_cannot_be_derived_is_reported_with_what_to_add(tmp_path: Path) -> None:
    root = _csv_dataset(tmp_path / "e")
    grid = _grid("red.csv")
    grid[2][0] = "守信联合激励对象"  # names no domain
    grid[3][4] = grid[3][3] = ""  # no organisation code: no id either
    with (root / "lists" / "red.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(grid)
    problems = _problems(root)
    assert any("row 3" in p and "领域" in p and "no domain" in p for p in problems)
    assert any("row 4" in p and "记录编号" in p for p in problems)


def test_a_person_row_gets_no_derived_id(tmp_path: Path) -> None:
    root = tmp_path / "p"
    (root / "lists").mkdir(parents=True)
    header = ["黑名单类型", "姓名", "身份证号码", "失信行为", "处罚结果", "认定部门", "认定依据", "认定日期"]  # fmt: skip
    row = ["税务领域失信联合惩戒对象", "王某", resident_id(), "逃税", "限制出境", "示例市税务局", "《税收征收管理法》", "2025-06-01"]  # fmt: skip
    with (root / "lists" / "black.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([header, row])
    problems = _problems(root)
    assert problems and all("记录编号" in p or "record_id" in p for p in problems)
    # The ID number appears in no message, not even masked.
    assert not any(resident_id() in p for p in problems)


def test_the_same_decision_twice_is_a_duplicate(tmp_path: Path) -> None:
    root = _csv_dataset(tmp_path / "f")
    grid = _grid("red.csv")
    grid.append(grid[2])
    with (root / "lists" / "red.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(grid)
    assert any("duplicate record_id" in p and "derived" in p for p in _problems(root))


def test_messages_show_record_ids_in_full_but_not_id_numbers() -> None:
    from generator.parse import shown_id

    assert shown_id("XY20250000000001") == "XY20250000000001"
    assert shown_id(" XY2025-01 ") == "XY2025-01"
    person = resident_id("41010519800101003")
    assert shown_id(person) != person and "19800101" not in shown_id(person)
    assert "0101" not in shown_id("410105800101003")[4:]


def test_a_duplicate_record_id_is_named_in_full(tmp_path: Path) -> None:
    from tests.helpers import ENGLISH_HEADER, csv_text, org_row, write_dataset

    rows = [
        org_row("XY20250000000001"),
        org_row("XY20250000000001", uscc=uscc("91410100MA0000009")),
    ]
    root = write_dataset(tmp_path / "d", {"black.csv": csv_text(ENGLISH_HEADER, rows)})
    assert any("duplicate record_id 'XY20250000000001'" in p for p in _problems(root))
