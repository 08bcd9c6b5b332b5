"""Issue 17's pattern classes: values with a shape but no check character, each written in
several spellings (not only the issue's), and the public text around them kept."""

from __future__ import annotations

import csv
import re
import shutil
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import ids
from generator.build import check_dataset
from generator.lifecycle import apply_lifecycle
from generator.redact import redact_state
from generator.redact.config import pattern_tables, redaction_rules
from generator.redact.detect import Detector
from generator.redact.known import (
    PERSON_NAME,
    TRADE_SECRET,
    KnownValues,
    Needle,
    _contact_parts,
    gather_known,
)
from generator.redact.normalise import compact_name, compact_value
from generator.redact.patterns import parse_number
from generator.redact.text import TextRedactor
from generator.rules import RedactionFile
from generator.scan import scan_tree
from tests.redact_support import ADVERSARIAL, KEY, redacted, serialise

SECRETS = [
    "1234567元",
    "年产量891吨",
    "额定功率3750千瓦",
    "毛利率17.5%",
    "焊缝熔深12.6毫米",
    "不良率0.4%",
    "配方22-6-11",
    "批号QT-2031-5507",
    "年用电量2047000度",
    "底价94.2万元",
]
NAMES = ["闫振川"]
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MARK = "〔已隐去〕"


@lru_cache(maxsize=1)
def engine() -> TextRedactor:
    rules = redaction_rules(redacted(ADVERSARIAL, date(2025, 12, 1))[0].rules)
    sensitive = {compact_value(v): Needle(TRADE_SECRET, v, ("T-1",)) for v in SECRETS}
    sensitive |= {compact_name(n): Needle(PERSON_NAME, n, ("T-1",)) for n in NAMES}
    public = frozenset({compact_value("示例市应急管理局"), compact_name("示例市应急管理局")})
    return TextRedactor(Detector(KnownValues(sensitive, public, frozenset(NAMES)), rules), rules)


def redact(text: str) -> str:
    return engine().redact(text)[0]


def digits(text: str) -> str:
    return re.sub(r"[^0-9]", "", text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # 1. declared trade secrets in any width, separators, units and numerals
        ("合同金额１，２３４，５６７元。", "合同金额"),
        ("合同金额123.4567万元。", "合同金额"),
        ("合同金额一百二十三万四千五百六十七元。", "合同金额"),
        ("合同金额123万4567元。", "合同金额"),
        ("合同金额1 234 567 元。", "合同金额"),
        ("年产量八百九十一吨。", "年产量"),
        ("年产量0.0891万吨。", "年产量"),
        ("额定功率三千七百五十千瓦。", "额定功率"),
        ("额定功率3.75兆瓦。", "额定功率"),
        ("毛利率百分之十七点五。", "毛利率"),
        ("熔深12.6mm。", "熔深"),
        # 2/12. IM accounts after cues, homophones and abbreviations
        ("微信号：wx_zhang123。", "微信号"),
        ("薇信 zhang-san88。", "薇信"),
        ("加V：zs_2024abc。", "加V"),
        ("客服V：ahmt_tx2026。", "客服V"),
        ("QQ号 8765 4321。", "QQ号"),
        ("扣扣：一二三四五六七八。", "扣扣"),
        ("企鹅号是55667788。", "企鹅号"),
        ("抖音号：dy_99887766。", "抖音号"),
        ("邮箱 zhangsan艾特163点com。", "邮箱"),
        ("邮箱 li.si at qq dot com。", "邮箱"),
        ("邮箱 wang(at)sina(dot)cn。", "邮箱"),
        ("内部邮箱 mxt.lab@示例科睿内部邮箱。", "内部邮箱"),
        # 3/12. plates, with a middle dot, spaces, 8-character new-energy plates
        ("车牌鲁B·12345。", "车牌"),
        ("车牌 豫 A 8K 3 21。", "车牌"),
        ("新能源车牌粤B D12345。", "新能源车牌"),
        ("车辆苏E-12345D。", "车辆"),
        ("车辆京AF·12345。", "车辆"),
        # 6. certificate and badge numbers after their cue
        ("执法证号41010012345678、41010012345679。", "执法证号"),
        ("执法证：豫食药监 0117。", "执法证"),
        ("工号 GH-33017。", "工号"),
        ("警号０２８７６５。", "警号"),
        ("出示导游证D-4101-033761。", "导游证"),
        ("律师执业证号14101201811234567。", "律师执业证号"),
        # 7. landlines in every common spelling, with extensions
        ("住宅电话（0371）6789-1234。", "住宅电话"),
        ("办公电话0371-67891234转8021。", "办公电话"),
        ("座机：0371 - 6655 7788。", "座机"),
        ("宅电 6789 1234。", "宅电"),
        ("电话：010 8888 6666 分机 12。", "电话"),
        ("联系电话(021)5555-0199。", "联系电话"),
        # 11. spoken digits, mobiles in pieces, numeral addresses
        ("联系方式：幺三八 洞三拐幺 两两六四。", "联系方式"),
        ("手机号码幺五幺-三七幺洞-拐拐勾两。", "手机号码"),
        ("一五九 三七一零 六二八四。", "。"),
        ("手机前三位138，中间四位1234，尾号5678。", "前三位"),
        ("身份证前六位四一〇一八四，后面是二〇〇〇〇二二九一二一。", "后面是"),
        ("家住示例市幸福小区三栋二单元五〇一室。", "幸福小区"),
        ("住文化路一百零八号二号楼三单元七〇一。", "文化路"),
        ("住建设路〔已隐去〕1203室。", "建设路"),
        # house numbers after a village, its group, society or team
        ("家住白沙县河口镇东风组118号。", "东风组"),
        ("住柳塘村四社一百零二号。", "柳塘村"),
        ("〈宅基地说明（青石乡大河队306号）〉", "大河队"),
        ("户籍地前进村二组215号。", "户籍地"),
        # accounts in brackets or quotes, homophone cues, # for @
        ("联系微信号「qm-fox-778」。", "微信号"),
        ("微信【tq_ren_309】。", "微信"),
        ("卫星：yk_warm_529。", "卫星"),
        ("V芯 tz_lmn_633。", "V芯"),
        ("威芯号“hx-2020-q”。", "威芯号"),
        ("Mail: zhb#njust.edu.cn。", "Mail"),
        # declared secrets in other spellings: percentage points, capital numerals, codes
        ("不良率零点四个百分点。", "不良率"),
        ("不良率0.4个百分点。", "不良率"),
        ("其不良率为０．４％。", "不良率为"),
        ("其配方为 22 - 6 - 11 型。", "配方为"),
        ("采用配方是22/6/11。", "配方是"),
        ("抽检批号为 QT 2031 5507。", "批号为"),
        ("该批号即qt20315507。", "批号即"),
        ("年用电量二百零四万七千度。", "年用电量"),
        ("年用电量贰佰零肆万柒仟度。", "年用电量"),
        ("底价玖拾肆万贰仟元。", "底价"),
        ("底价九十四点二万元。", "底价"),
        # a person's income after its cue, declared or not
        ("户主月收入八千五百元。", "户主"),
        ("家庭年收入约12.6万元。", "家庭年收入"),
        ("年薪 三十八万元。", "年薪"),
    ],
)
def test_each_class_is_removed_in_its_spellings(text: str, kept: str) -> None:
    out = redact(text)
    assert MARK in out
    assert kept in out
    # No run of three or more digits, spelled or not, is left of the value.
    assert not re.search(r"[0-9０-９一二三四五六七八九〇零幺洞两拐勾]{3,}", out.replace(kept, ""))


def test_the_cue_word_is_not_a_name() -> None:
    for cue in ("微信号", "微信", "企鹅号", "薇信号"):
        out = redact(f"当事人{cue}：abc123456，拒不改正。")
        assert cue in out and "＊" not in out


def test_numbers_inside_angle_brackets_are_checked() -> None:
    out = redact("《关于某公司（手机13812345678，住人民路88号3栋501室）的处理决定》")
    assert "13812345678" not in out and "501" not in out
    assert out.startswith("《关于某公司") and out.endswith("的处理决定》")
    law = "依据《中华人民共和国安全生产法》第九十四条"
    assert redact(law) == law


def test_a_known_name_in_a_title_is_masked() -> None:
    assert "闫振川" not in redact("使用伪造的《闫振川离婚协议书》重复登记")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("身份证号1101011990****1234。", "110101＊＊＊＊＊＊＊＊1234"),
        ("身份证号11010119900307＊＊34。", "110101＊＊＊＊＊＊＊＊＊＊34"),
        ("其父身份证41010319520XXXXX2X。", "410103＊＊＊＊＊＊＊＊＊＊2＊"),
        ("证件号110101 1990 ×××× 1234。", "110101＊＊＊＊＊＊＊＊1234"),
    ],
)
def test_a_premasked_id_is_masked_to_the_policy(text: str, shown: str) -> None:
    out = redact(text)
    assert shown in out
    assert "1990" not in out and "19520" not in out
    assert redact(out) == out  # already within policy: left as it is


def test_a_premasked_mobile_is_removed() -> None:
    for text in ("手机是1３６３７１＊＊＊＊８。", "电话1893721xxxx。", "手机138****5678。"):
        assert MARK in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "罚款人民币2万元，限制高消费3年。",
        "依据《中华人民共和国安全生产法》第九十四条第一款，责令限期改正。",
        "2025年3月12日，示例市应急管理局作出示应急罚〔2025〕12号决定。",
        "统一社会信用代码91410100MA9ADW001E。",
        "该公司共有员工123人，年营业额5000万元。",
        "卫星遥感监测发现违法占地，拖欠农民工工资86万元。",
        "配方22-7-11、22-6-110不是声明的秘密。",
        "示例市新村组织开展诚信宣传。",
    ],
)
def test_public_text_is_kept(text: str) -> None:
    assert redact(text) == text


def test_undeclared_amounts_are_kept() -> None:
    text = "合同金额1,234,568元，年产量892吨。"
    assert redact(text) == text


def test_markup_in_a_contact_cell_makes_no_name() -> None:
    assert list(_contact_parts('<script>alert("contact")</script>')) == []
    assert ("Anna Keller", "") in list(_contact_parts("Anna Keller +49 30 1234567"))
    assert ("赵小刚", "") in list(_contact_parts("联系人：赵小刚 13712345678"))


def test_a_dataset_file_without_the_tables_keeps_the_project_tables() -> None:
    # A dataset's own redaction.yaml that leaves the tables out must not switch detectors off.
    tables = pattern_tables(RedactionFile(surnames="王", context_cues=[]))
    assert "豫" in tables.plate_first and dict(tables.im_cues)["wechat"]
    assert "执法证" in tables.certificate_cues


def test_numbers_in_words_parse() -> None:
    assert parse_number("一百二十三万四千五百六十七") == 1234567
    assert parse_number("123万4567") == 1234567
    assert parse_number("1,234,567") == 1234567
    assert parse_number("1.2亿") == 120000000
    assert parse_number("一二三") == 123
    assert parse_number("十二") == 12


# --- properties ---------------------------------------------------------------------------

WIDE = str.maketrans("0123456789", "０１２３４５６７８９")
CN = str.maketrans("0123456789", "〇一二三四五六七八九")
SPOKEN = str.maketrans("0123456789", "洞幺两三四五六拐八勾")
SEPARATORS = st.sampled_from(["", " ", "-", "·", "－", "—", " - ", "\u200b", "．"])


@st.composite
def spelled(draw: st.DrawFn, number: str) -> str:
    """`number` in random groups, separators and digit forms."""
    form = draw(st.sampled_from(["ascii", "wide", "cn", "spoken", "mixed"]))
    if form == "wide":
        number = number.translate(WIDE)
    elif form == "cn":
        number = number.translate(CN)
    elif form == "spoken":
        number = number.translate(SPOKEN)
    elif form == "mixed":
        number = "".join(
            ch.translate(draw(st.sampled_from([WIDE, CN, SPOKEN, {}]))) for ch in number
        )
    out, i = "", 0
    while i < len(number):
        n = draw(st.integers(2, 4))
        out += number[i : i + n] + (draw(SEPARATORS) if i + n < len(number) else "")
        i += n
    return out


mobiles = st.builds(
    lambda p, n: f"1{p}{n:09d}", st.sampled_from("3456789"), st.integers(0, 10**9 - 1)
)
cues = st.sampled_from(["手机", "联系电话", "电话：", "手机号码为", "tel:", "联系方式 "])


@SETTINGS
@given(st.data(), mobiles, cues)
def test_any_spelled_mobile_after_a_cue_is_removed(
    data: st.DataObject, mobile: str, cue: str
) -> None:
    text = f"经查，当事人{cue}{data.draw(spelled(mobile))}，拒不改正。"
    out = redact(text)
    assert mobile not in digits(
        out.translate(WIDE).translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    )
    assert mobile[3:7] not in re.sub(r"\s|-|·", "", out)
    assert "拒不改正" in out


@SETTINGS
@given(
    st.sampled_from("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"),
    st.sampled_from("ABCDEFGHJKLMNPQRSTUVWXY"),
    st.text("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", min_size=5, max_size=6).filter(
        lambda t: sum(c.isdigit() for c in t) >= 3 and "I" not in t and "O" not in t
    ),
    SEPARATORS,
    st.sampled_from(["车牌", "车辆", "驾驶的", "号牌为"]),
)
def test_any_plate_is_removed(province: str, letter: str, tail: str, sep: str, cue: str) -> None:
    plate = f"{province}{letter}{sep}{tail}"
    out = redact(f"当事人{cue}{plate}违规停放。")
    assert tail not in out.replace(" ", "") and "违规停放" in out


@SETTINGS
@given(
    st.sampled_from(["010", "021", "0371", "0755", "0512"]),
    st.integers(2_000_000, 89_999_999),
    st.sampled_from(["({a}){n}", "（{a}）{n}", "{a}-{n}", "{a} {n}", "{a}{n}", "{a}—{n}"]),
    st.sampled_from(["住宅电话", "座机：", "办公电话", "固话", "联系电话"]),
)
def test_any_landline_after_a_cue_is_removed(area: str, number: int, shape: str, cue: str) -> None:
    n = str(number)
    written = shape.format(a=area, n=f"{n[:4]}-{n[4:]}")
    out = redact(f"其{cue}{written}，已核实。")
    assert n not in digits(out) and n[-4:] not in out


@SETTINGS
@given(st.integers(10**5, 10**9), st.sampled_from(["plain", "commas", "wan", "wide", "cn"]))
def test_a_declared_amount_is_removed_in_any_form(value: int, form: str) -> None:
    declared = f"{value}元"
    rules = redaction_rules(redacted(ADVERSARIAL, date(2025, 12, 1))[0].rules)
    known = KnownValues(
        {compact_value(declared): Needle(TRADE_SECRET, declared, ("T-1",))},
        frozenset(),
        frozenset(),
    )
    text_engine = TextRedactor(Detector(known, rules), rules)
    written = {
        "plain": f"{value}元",
        "commas": f"{value:,}元",
        # Exact (a float's :g rounds 169796900 to 16979.7万, another amount).
        "wan": f"{Decimal(value) / 10_000:f}万元" if value % 100 == 0 else f"{value:,}元",
        "wide": f"{value:,}元".translate(WIDE).replace(",", "，"),
        "cn": _cn_number(value) + "元",
    }[form]
    out = text_engine.redact(f"合同金额{written}，按期履行。")[0]
    assert out == f"合同金额{MARK}，按期履行。"


def _cn_number(value: int) -> str:
    """Positional Chinese numerals (一亿二千三百万零四十五)."""
    digits_cn = "零一二三四五六七八九"

    def below(n: int) -> str:
        out, zero = "", False
        for unit, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
            d, n = divmod(n, size)
            if d:
                out += ("零" if zero and out else "") + digits_cn[d] + unit
                zero = False
            else:
                zero = True
        return out or "零"

    parts = []
    for unit, size in (("亿", 10**8), ("万", 10**4), ("", 1)):
        d, value = divmod(value, size)
        if d:
            parts.append(below(d) + unit)
        elif parts:
            parts.append("零")
    return "".join(parts).replace("零零", "零").rstrip("零")


@SETTINGS
@given(st.dates(date(1940, 1, 1), date(2005, 12, 31)), st.integers(0, 999), st.integers(1, 8))
def test_any_premasked_id_shows_no_more_than_the_policy(born: date, seq: int, hidden: int) -> None:
    body = f"410105{born:%Y%m%d}{seq:03d}"
    number = body + ids.resident_id_check_char(body)
    start = 6 + (8 - hidden) // 2
    written = number[:start] + "*" * hidden + number[start + hidden :]
    out = redact(f"身份证号{written}。")
    shown = re.search(r"[0-9X＊*]{18}", out)
    assert shown is not None
    assert not any(ch.isdigit() for ch in shown.group()[6:14])


# --- through the stage and the gate --------------------------------------------------------


def _dataset_with(tmp: Path, **cells: str) -> Path:
    """The adversarial corpus with cells of record ADV-2 replaced."""
    root = tmp / "ds"
    shutil.copytree(ADVERSARIAL, root)
    table = root / "lists" / "black.csv"
    rows = list(csv.DictReader(table.open(encoding="utf-8", newline="")))
    for row in rows:
        if row["record_id"] == "ADV-2":
            row.update(cells)
    with table.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return root


def test_public_columns_are_redacted_like_free_text(tmp_path: Path) -> None:
    root = _dataset_with(
        tmp_path,
        department="示例市应急管理局（经办人王芳，13912345678，微信 wf_2024abc）",
        decision_no="示应急罚〔2025〕13号（当事人车牌豫A·D12345）",
        contact='<script>alert("contact")</script>',
    )
    checked = check_dataset(root)
    state = apply_lifecycle(checked.dataset, date(2025, 12, 1))
    public, _ = redact_state(state, checked.rules, KEY)
    adv2 = next(x for x in public.listings if x.record_id == "ADV-2")
    assert adv2.department.startswith("示例市应急管理局（经办人王＊，")
    for value in ("13912345678", "wf_2024abc", "D12345", "王芳"):
        assert value not in serialise(public)
    assert adv2.decision_no is not None and adv2.decision_no.startswith("示应急罚〔2025〕13号")
    # Markup in the contact cell makes no needle: the site's own script and style are clean.
    known = gather_known(checked.dataset.listings)
    assert not {"script", "alert", "contact"} & {n.value.lower() for n in known.sensitive.values()}
    site = tmp_path / "site"
    site.mkdir()
    (site / "state.json").write_text(serialise(public), encoding="utf-8")
    (site / "app.js").write_text('<script>alert("contact")</script>', encoding="utf-8")
    assert scan_tree(site, checked.dataset, checked.rules) == []
