"""The input contract, pinned at the command line: exit codes and exact messages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.parse import shown
from tests.helpers import (
    ENGLISH_HEADER,
    csv_text,
    org_row,
    person_row,
    resident_id,
    uscc,
    write_dataset,
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def validate(capsys: pytest.CaptureFixture[str], root: Path) -> tuple[int, str, str]:
    return run(capsys, "validate", str(root))


def one_table(root: Path, *rows: dict[str, str], header: tuple[str, ...] = ENGLISH_HEADER) -> Path:
    return write_dataset(root, {"black.csv": csv_text(header, rows)})


def test_valid_dataset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = validate(capsys, write_dataset(tmp_path))
    assert (code, err) == (0, "")
    assert out == (
        "lists/black.csv: 2 rows (UTF-8)\n"
        "2 listings (red 0, black 2, focus 0) in 1 domains; 0 exits, 0 objections, 0 typical cases\n"
        "OK: the dataset meets the input contract.\n"
    )


@pytest.mark.parametrize(
    ("codec", "label"),
    [("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 with BOM"), ("gb18030", "GB18030")],
)
def test_csv_encodings_are_detected_and_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], codec: str, label: str
) -> None:
    text = csv_text(
        ENGLISH_HEADER, [org_row(behavior="拖欠农民工工资，涉及金额较大"), person_row()]
    )
    write_dataset(tmp_path, {"black.csv": text.encode(codec)})
    code, out, _ = validate(capsys, tmp_path)
    assert code == 0
    assert out.startswith(f"lists/black.csv: 2 rows ({label})\n")


def test_undecodable_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_dataset(tmp_path, {"black.csv": b"record_id\n\x81\xff\xfe\n"})
    code, _, err = validate(capsys, tmp_path)
    assert code == 2
    assert (
        err.splitlines()[0] == "lists/black.csv: not valid UTF-8 or GB18030 text (line 2, byte 10)"
    )


def test_utf16_is_refused_with_advice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_dataset(tmp_path, {"black.csv": csv_text(ENGLISH_HEADER, [org_row()]).encode("utf-16")})
    code, _, err = validate(capsys, tmp_path)
    assert code == 2
    assert "lists/black.csv: file is UTF-16; save it as UTF-8 or GB18030" in err


def test_submission_form_headers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The 附件1 black-list form: wrapped headers, a title row, list type implied by 黑名单类型."""
    header = [
        "黑名单 类型",
        "企业\n名称",
        "法定代 表人",
        "统一社 会信用 代码",
        "工商注 册登记 号",
        "违法失 信行为",
        "处罚 结果",
        "认定 部门",
        "认定 依据",
        "认定 日期",
        "处罚有 效期",
        "记录编号",
        "领域",
    ]
    row = [
        "安全生产严重失信",
        "示例市恒达建材有限公司",
        "张伟",
        uscc(),
        "",
        "瞒报事故",
        "市场禁入",
        "示例市应急管理局",
        "《安全生产法》",
        "2025年3月1日",
        "3年",
        "B-1",
        "安全生产",
    ]
    text = "营口市“黑名单”报送表(2),,,,,,,,,,,,\n" + csv_text(header, [row])
    write_dataset(tmp_path, {"form.csv": text})
    code, out, err = validate(capsys, tmp_path)
    assert (code, err) == (0, "")
    assert "1 listings (red 0, black 1, focus 0)" in out


def test_unknown_column_stops_the_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    header = (*ENGLISH_HEADER, "家庭住址")
    one_table(tmp_path, org_row(家庭住址="某路1号"), header=header)
    code, out, err = validate(capsys, tmp_path)
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "lists/black.csv, row 1, column 家庭住址: unknown column: not a lists column in the header "
        f"aliases ({Path('data/rules/headers.yaml').resolve()}); an unexpected column may carry "
        "personal data, so it is never ignored",
        "1 problem; nothing was published.",
    ]


def test_missing_required_value_and_duplicate_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one_table(tmp_path, org_row("R1", department=""), org_row("R1"))
    code, _, err = validate(capsys, tmp_path)
    assert code == 2
    assert err.splitlines() == [
        "lists/black.csv, row 2, column department: missing value (required)",
        "lists/black.csv, row 3, column record_id: duplicate record_id 'R1': also in lists/black.csv, row 2",
        "2 problems; nothing was published.",
    ]


def test_chinese_header_names_appear_in_messages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = (
        "记录编号",
        "名单类型",
        "主体类型",
        "主体名称",
        "统一社会信用代码",
        "领域",
        "失信行为",
        "认定部门",
        "认定依据",
        "认定日期",
    )
    bad = uscc()[:17] + ("0" if uscc()[17] != "0" else "1")
    write_dataset(
        tmp_path,
        {
            "a.csv": csv_text(
                header,
                [
                    [
                        "R1",
                        "黑名单",
                        "法人",
                        "某公司",
                        bad,
                        "安全生产",
                        "违法",
                        "某局",
                        "某法",
                        "2025-01-01",
                    ]
                ],
            )
        },
    )
    code, _, err = validate(capsys, tmp_path)
    assert code == 2
    assert err.splitlines()[0] == (
        "lists/a.csv, row 2, column 统一社会信用代码 (uscc): check character does not match "
        f"(GB 32100); got {shown(bad)!r}"
    )
    assert bad not in err  # a USCC column may hold a person's ID by mistake: never echoed whole


def test_identity_numbers_are_checked_and_masked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = resident_id("41010519800101001")
    bad = good[:17] + ("0" if good[17] != "0" else "1")
    one_table(tmp_path, person_row("P1", id_number=bad))
    code, _, err = validate(capsys, tmp_path)
    assert code == 2
    assert err.splitlines()[0] == (
        "lists/black.csv, row 2, column id_number: 居民身份证 number 4101＊＊＊＊＊＊＊＊＊＊＊＊"
        f"{bad[-2:]}: check character does not match (GB 11643 MOD 11-2)"
    )
    assert bad not in err and "19800101" not in err


@pytest.mark.parametrize(
    ("id_type", "number"),
    [
        ("居民身份证", resident_id("41010519800101001").replace("X", "x")),
        ("身份证", resident_id("41010519800101002").replace("X", "Ｘ")),
        ("", "410105800101001"),  # first generation, converted
        ("港澳居民居住证", resident_id("81000019900101123")),
        ("外国人永久居留身份证", resident_id("93015619900101123")),
        ("居民身份证", resident_id("99999919900101123")),  # unknown region: check digit decides
        ("护照", "E12345678"),
        ("回乡证", "H12345678"),
        ("台胞证", "12345678"),
    ],
)
def test_certificates_accepted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], id_type: str, number: str
) -> None:
    one_table(tmp_path, person_row(id_type=id_type, id_number=number))
    code, _, err = validate(capsys, tmp_path)
    assert (code, err) == (0, "")


def test_dates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        org_row(f"R{i}", decided_on=d)
        for i, d in enumerate(
            ["2023年9月12日", "2023/9/12", "2023.09.12", "20230912", "２０２３－０９－１２"]
        )
    ]
    rows.append(org_row("B1", decided_on="2023-02-30"))
    rows.append(org_row("B2", decided_on="上周"))
    rows.append(org_row("B3", decided_on="2024-01-01", valid_until="2023-12-31"))
    rows.append(org_row("B4", valid_until="长期"))
    one_table(tmp_path, *rows)
    code, _, err = validate(capsys, tmp_path)
    assert code == 2
    assert err.splitlines() == [
        "lists/black.csv, row 7, column decided_on: no such calendar day (2023-2-30)",
        "lists/black.csv, row 8, column decided_on: expected a date such as 2023-09-12, 2023/9/12, "
        "2023.09.12, 20230912 or 2023年9月12日, got '上周'",
        "lists/black.csv, row 9, column valid_until: ends on 2023-12-31, before the decision date 2024-01-01",
        "lists/black.csv, row 10, column valid_until: expected an end date (a date such as "
        "2023-09-12, 2023/9/12, 2023.09.12, 20230912 or 2023年9月12日), a range "
        "(2023-09-12至2026-09-11), a period from the decision date (3年, 36个月, 180天) or empty "
        "for the list type's default; got '长期'",
        "4 problems; nothing was published.",
    ]


def test_unknown_domain_and_list_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one_table(tmp_path, org_row(domain="外太空"), org_row("R2", list_type="灰名单"))
    code, _, err = validate(capsys, tmp_path)
    assert code == 2
    assert err.splitlines()[:2] == [
        "lists/black.csv, row 2, column domain: unknown value '外太空': expected a domain name, "
        "alias or code from the rules",
        "lists/black.csv, row 3, column list_type: unknown value '灰名单': expected 红名单, 黑名单 "
        "or 重点关注名单",
    ]


def test_exits_and_objections(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    exits = csv_text(
        ("记录编号", "退出原因", "退出日期", "决定部门", "退出依据"),
        [
            ["R1", "信用修复", "2025-06-01", "示例市应急管理局", "信用修复决定"],
            ["R1", "其他", "2025-07-01", "示例市应急管理局", "x"],
            ["NOPE", "搬家", "2024-01-01", "某局", "y"],
        ],
    )
    objections = csv_text(
        ("record_id", "opened_on", "state", "decided_on"),
        [
            ["P1", "2025-04-01", "处理中", "2025-04-09"],
            ["P1", "2025-04-01", "异议不成立", ""],
        ],
    )
    write_dataset(tmp_path, exits=exits, objections=objections)
    code, _, err = validate(capsys, tmp_path)
    assert code == 2
    assert err.splitlines() == [
        "exits.csv, row 3, column record_id: a second exit for 'R1' (first in row 2)",
        "exits.csv, row 4, column 退出原因 (reason): unknown value '搬家': expected 异议成立, "
        "信用修复, 认定标准变更, 列入黑名单, 法院撤销 or 其他",
        "objections.csv, row 2, column decided_on: an open objection has no decision date; leave it empty",
        "objections.csv, row 3, column decided_on: missing value: required once the objection is decided",
        "4 problems; nothing was published.",
    ]


def test_row_bounds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_dataset(tmp_path, config="expect:\n  lists: {min_rows: 10, max_rows: 20}\n")
    code, _, err = validate(capsys, tmp_path)
    assert code == 2
    assert err.splitlines()[0] == (
        "lists/: 2 rows, expected at least 10 (dataset.yaml expect.lists.min_rows): is the export truncated?"
    )


def test_every_problem_of_a_run_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one_table(
        tmp_path,
        org_row("R1", uscc="123"),
        person_row("P1", id_number="1234"),
        org_row("R3", decided_on="x"),
    )
    write_dataset(tmp_path, {"other.txt": "hello"})
    code, _, err = validate(capsys, tmp_path)
    assert code == 2
    assert err.splitlines()[-1] == "4 problems; nothing was published."


def test_usage_errors_exit_64(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["validate", str(tmp_path / "missing")])
    assert exc.value.code == 64
    assert "is not a folder" in capsys.readouterr().err


def test_console_script_has_no_traceback(tmp_path: Path) -> None:
    one_table(tmp_path, org_row(uscc="bad"))
    result = subprocess.run(
        [sys.executable, "-m", "generator.cli", "validate", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.endswith("1 problem; nothing was published.\n")


def test_old_registration_number_and_person_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one_table(
        tmp_path,
        org_row("R1", uscc="", reg_no_old="110108000000017"),
        org_row("R2", uscc="", reg_no_old=""),
        person_row("P1", uscc=uscc()),
        person_row("P2", id_number=""),
        header=(*ENGLISH_HEADER, "reg_no_old"),
    )
    code, _, err = validate(capsys, tmp_path)
    assert code == 2
    assert err.splitlines() == [
        "lists/black.csv, row 2, column reg_no_old: check digit does not match (ISO 7064 MOD "
        "11,10); got '1101＊＊＊＊＊＊＊＊＊17'",
        "lists/black.csv, row 3, column uscc: missing value: an organisation needs a USCC or an "
        "old registration number",
        "lists/black.csv, row 4, column uscc: a natural person (自然人) has no organisation code; "
        "leave it empty",
        "lists/black.csv, row 5, column id_number: missing value: required for a natural person (自然人)",
        "4 problems; nothing was published.",
    ]


def test_too_many_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_dataset(tmp_path, config="expect:\n  lists: {max_rows: 1}\n")
    code, _, err = validate(capsys, tmp_path)
    assert code == 2
    assert err.splitlines()[0] == (
        "lists/: 2 rows, expected at most 1 (dataset.yaml expect.lists.max_rows): is the export doubled?"
    )


def test_text_is_kept_exactly_as_data(tmp_path: Path) -> None:
    from generator.build import check_dataset

    behavior = "第一行\n第二行 <script>alert(1)</script> {{ config }} **粗体** ＡＢＣ１２３"
    one_table(tmp_path, org_row(behavior=behavior))
    (listing,) = check_dataset(tmp_path).dataset.listings
    assert listing.behavior == behavior


def test_internal_columns_are_parsed(tmp_path: Path) -> None:
    from generator.build import check_dataset

    header = (*ENGLISH_HEADER, "contact", "attachments", "trade_secret", "notes")
    row = org_row(contact="王某 13800000000", attachments="决定书.pdf|照片.jpg",
                  trade_secret="核心配方A-17 | 年产量3200吨", notes="内部")  # fmt: skip
    one_table(tmp_path, row, header=header)
    (listing,) = check_dataset(tmp_path).dataset.listings
    assert listing.attachments == ("决定书.pdf", "照片.jpg")
    assert listing.trade_secrets == ("核心配方A-17", "年产量3200吨")


def test_validity_forms(tmp_path: Path) -> None:
    from datetime import date

    from generator.build import check_dataset

    forms = {
        "": date(2028, 2, 29),  # black list default: 3 years
        "3年": date(2028, 2, 29),
        "三年": date(2028, 2, 29),
        "36个月": date(2028, 2, 29),
        "1年6个月": date(2026, 8, 31),
        "180天": date(2025, 8, 27),
        "2025年3月1日至2026年2月28日": date(2026, 2, 28),
        "2025.3.1-2026.2.28": date(2026, 2, 28),
        "2027/12/31": date(2027, 12, 31),
    }
    rows = [org_row(f"R{i}", valid_until=v) for i, v in enumerate(forms)]
    one_table(tmp_path, *rows)
    listings = check_dataset(tmp_path).dataset.listings
    assert [x.valid_until for x in listings] == list(forms.values())
