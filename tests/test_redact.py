"""Redaction: structure, the text engine, and the adversarial corpus in tests/adversarial/."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from generator.errors import RedactionError
from generator.lifecycle import apply_lifecycle
from generator.redact import pseudonym, redact_state, write_redaction_report
from generator.redact.config import redaction_rules
from generator.redact.detect import Detector
from generator.redact.known import PERSON_NAME, KnownValues, Needle, gather_known
from generator.redact.normalise import compact, compact_name, compact_value, normalise
from generator.redact.text import TextRedactor
from generator.scan import LeakScanner, scan_tree
from tests.make_adversarial import CARD, OLD_ID15, PERMIT_ID, PERSON_ID, REP_ID
from tests.redact_support import ADVERSARIAL, DEMO, KEY, redacted, serialise

AS_OF = date(2025, 12, 1)

# Values the adversarial corpus hides in prose and disguises; none may survive in any form.
SECRETS = [
    REP_ID, PERSON_ID, PERMIT_ID, OLD_ID15, CARD, "13800138000", "13900139001", "13800139001",
    "13600136000", "15633982434", "13712345678", "zhangwei", "12345678", "87654321",
    "wxzhang123", "12345", "128号", "501室", "66号", "301室", "核心配方A-23", "年产量891吨",
    "欧阳娜娜", "程琪杰", "姜玉杰", "韩立", "李明明", "王芳", "陈建华", "王建国", "刘洋",
    "孙丽", "郑大海", "Anna Keller", "Lukas Novak", "E12345678", "赵小刚", "周正",
]  # fmt: skip
# Public values that must survive as written.
PUBLIC = [
    "示例市恒达建材有限公司", "91410100MA9ADW001E", "示应急罚〔2025〕12号", "示例市应急管理局",
    "《中华人民共和国安全生产法》", "示例市李明建材有限公司", "发改财金〔2017〕2219号",
    "=HYPERLINK", "<script>alert('x')</script>", "{{ config }}", "人民路", "建设路",
]  # fmt: skip


@pytest.fixture(scope="module")
def adversarial() -> str:
    return serialise(redacted(ADVERSARIAL, AS_OF)[1])


@pytest.mark.parametrize("secret", SECRETS)
def test_no_hidden_value_survives_in_any_disguise(adversarial: str, secret: str) -> None:
    assert compact_value(secret) not in compact(normalise(adversarial)).text


@pytest.mark.parametrize("value", PUBLIC)
def test_public_values_survive(adversarial: str, value: str) -> None:
    assert value in adversarial


def test_the_leak_gate_finds_nothing_in_the_redacted_corpus(
    adversarial: str, tmp_path: Path
) -> None:
    checked = redacted(ADVERSARIAL, AS_OF)[0]
    (tmp_path / "state.json").write_text(adversarial, encoding="utf-8")
    (tmp_path / "ascii.json").write_text(json.dumps(json.loads(adversarial)), encoding="utf-8")
    assert scan_tree(tmp_path, checked.dataset, checked.rules) == []


def test_structured_fields_follow_the_policy() -> None:
    _, public, report = redacted(ADVERSARIAL, AS_OF)
    by_id = {x.record_id: x for x in public.listings}
    assert by_id["ADV-1"].legal_rep == "欧阳＊＊"
    assert by_id["ADV-1"].id_number is None  # an organisation shows no certificate
    person = by_id["ADV-2"]
    assert person.subject_name == "李＊＊"
    assert person.id_number == PERSON_ID[:6] + "＊" * 8 + PERSON_ID[-4:]
    assert person.subject_id.startswith("p-") and PERSON_ID not in person.subject_id
    assert by_id["ADV-3"].subject_name == "示例市王＊＊百货店"
    assert by_id["ADV-4"].id_number is None  # a passport is removed
    assert by_id["ADV-4"].subject_name == "＊＊＊＊ Keller"
    kinds = {e.kind for e in report.entries}
    assert {"person_name", "resident_id", "mobile", "trade_secret", "bank_card", "email"} <= kinds


def test_the_report_never_holds_a_value(tmp_path: Path) -> None:
    _, _, report = redacted(ADVERSARIAL, AS_OF)
    out = tmp_path / "internal" / "redaction.json"
    write_redaction_report(report, out, public_root=tmp_path / "site")
    text = out.read_text(encoding="utf-8")
    for secret in SECRETS:
        assert secret not in text
    with pytest.raises(RedactionError):
        write_redaction_report(report, tmp_path / "site" / "r.json", public_root=tmp_path / "site")


def test_demo_is_clean_and_pseudonyms_are_keyed() -> None:
    checked, public, _ = redacted(DEMO, date(2026, 12, 1))
    text = serialise(public)
    scanner = LeakScanner(gather_known(checked.dataset.listings), redaction_rules(checked.rules))
    assert list(scanner.scan_text("state.json", text)) == []
    persons = [s for s in public.subjects if s.subject_type.is_person]
    assert persons and all(s.id.startswith("p-") and len(s.id) == 18 for s in persons)
    assert pseudonym(KEY, "resident_id:1") != pseudonym(b"another-key-0123456789", "resident_id:1")


def test_a_short_key_is_refused() -> None:
    checked = redacted(ADVERSARIAL, AS_OF)[0]
    with pytest.raises(RedactionError):
        redact_state(apply_lifecycle(checked.dataset, AS_OF), checked.rules, b"short")


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("明&amp;#26446;明", "&amp;#26446;"),
        ("明%E6%9D%8E明", "%E6%9D%8E"),
        ("１３８ ００１３ 8０００，", "１３８ ００１３ 8０００"),
        ("a\u200b1<b>3</b>8", "1<b>3</b>8"),
    ],
)
def test_the_offset_map_covers_the_disguise(text: str, covered: str) -> None:
    view = compact(normalise(text))
    target = compact_value(covered)
    start = view.text.index(target)
    a, b = view.origin(start, start + len(target))
    assert text[a:b] == covered


def _engine(*names: str) -> TextRedactor:
    """A text engine that knows `names` from structured fields (record T-1)."""
    rules = redaction_rules(redacted(ADVERSARIAL, AS_OF)[0].rules)
    known = KnownValues(
        {compact_name(n): Needle(PERSON_NAME, n, ("T-1",)) for n in names},
        frozenset(),
        frozenset(names),
    )
    return TextRedactor(Detector(known, rules), rules)


@pytest.mark.parametrize("known", [(), ("陆涛静",)])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("逾期9日仍未完成，举报人陆涛静提供了现场视频。", "举报人陆＊＊提供了现场视频"),
        ("经查，其妻子伍丽华知情。", "妻子伍＊＊知情"),
    ],
)
def test_a_numeral_surname_is_masked_from_the_original(
    known: tuple[str, ...], text: str, expected: str
) -> None:
    # 陆 and 伍 are surnames first: a lone one is never read as 6 or 5, and the mask shows
    # the surname as written, never a folded copy or a given-name character.
    out = _engine(*known).redact(text)[0]
    assert expected in out
    assert "6" not in out.replace("9日", "") and "5" not in out


def test_numerals_are_digits_only_in_runs() -> None:
    assert compact_value("一三八〇〇一三八〇〇〇") == "13800138000"
    assert compact_value("1三8") == "138"
    assert compact_value("陆涛静") == "陆涛静"
    assert compact(normalise("举报人陆 涛静。伍丽华")).text == "举报人陆涛静。伍丽华"
    # Written in traditional characters and unknown, the name keeps its own surname.
    assert "举报人陸＊＊提供" in _engine().redact("举报人陸濤靜提供了现场视频")[0]


def test_a_cued_name_is_masked_whole_when_a_shorter_known_name_fits() -> None:
    # 龚娟 is someone else's name; after the cue the three-character reading wins.
    out = _engine("龚娟").redact("经责令改正拒不改正，债权人龚娟晨多次催讨未果。")[0]
    assert "债权人龚＊＊多次催讨未果" in out


def test_a_tag_inside_a_name_in_the_input_is_a_disguise() -> None:
    # Input text is never markup: a `<br>` or `</td>` written inside a name hides nothing.
    engine = _engine("邓丽红")
    for text in ("经查邓<br>丽红到场", "经查邓</td><td>丽红到场"):
        assert "丽" not in engine.redact(text)[0]


@pytest.mark.parametrize(
    "decision_no",
    ["澄市监罚〔2026〕7号（鲍远舟）", "澄市监罚[2026]7号(鲍远舟)", "澄市监罚〔2026〕7号【鲍远舟】"],
)
def test_a_public_value_with_a_known_name_in_brackets_shields_nothing(decision_no: str) -> None:
    # An individual business's decision number often carries its operator's name: the
    # number stays public, the name in it is masked like anywhere else.
    rules = redaction_rules(redacted(ADVERSARIAL, AS_OF)[0].rules)
    name = "鲍远舟"
    known = KnownValues(
        {compact_name(name): Needle(PERSON_NAME, name, ("T-1",))},
        frozenset({compact_value(decision_no), compact_name(decision_no)}),
        frozenset({name}),
    )
    out = TextRedactor(Detector(known, rules), rules).redact(decision_no, guess=False)[0]
    assert "远舟" not in out and out.startswith("澄市监罚") and "7号" in out


def test_a_known_name_inside_a_longer_public_name_stays_shielded() -> None:
    # Without brackets the name is part of an organisation's name (a shop named after no one
    # listed): the public value wins, as before.
    rules = redaction_rules(redacted(ADVERSARIAL, AS_OF)[0].rules)
    value = "澄江县鲍远舟记2026号仓储有限公司"
    known = KnownValues(
        {compact_name("鲍远舟"): Needle(PERSON_NAME, "鲍远舟", ("T-1",))},
        frozenset({compact_value(value), compact_name(value)}),
        frozenset({"鲍远舟"}),
    )
    out = TextRedactor(Detector(known, rules), rules).redact(value, guess=False)[0]
    assert out == value
