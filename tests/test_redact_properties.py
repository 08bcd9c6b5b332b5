"""Invariants of the text engine, on generated text: redaction is idempotent; no generated
personal number or known name survives whatever disguise it wears; public values stay."""

from __future__ import annotations

import html
import urllib.parse
from datetime import date
from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import ids
from generator.lifecycle import apply_lifecycle
from generator.redact import _Stage
from generator.redact.normalise import compact, compact_value, normalise
from generator.redact.text import TextRedactor
from tests.redact_support import ADVERSARIAL, KEY, redacted

FILLER = st.sampled_from(["，", "。", "经查，", "该主体", "在检查中发现", "联系电话", "身份证号",
                          "其妻子", "举报人", " ", "\n", "（", "）", "违法行为", "罚款2万元"])  # fmt: skip
KNOWN_NAMES = ["欧阳娜娜", "李明明", "王建国", "孙丽"]
PUBLIC = ["示例市恒达建材有限公司", "91410100MA9ADW001E", "示应急罚〔2025〕12号",
          "示例市应急管理局", "《中华人民共和国安全生产法》"]  # fmt: skip
CN = dict(zip("0123456789", "〇一二三四五六七八九", strict=True))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@lru_cache(maxsize=1)
def engine() -> TextRedactor:
    checked = redacted(ADVERSARIAL, date(2025, 12, 1))[0]
    return _Stage(apply_lifecycle(checked.dataset, date(2025, 12, 1)), checked.rules, KEY).text


def redact(text: str) -> str:
    return engine().redact(text)[0]


@st.composite
def resident_ids(draw: st.DrawFn) -> str:
    region = draw(st.sampled_from(["410105", "110108", "440305", "810000"]))
    born = draw(st.dates(date(1930, 1, 1), date(2010, 12, 31)))
    body = f"{region}{born:%Y%m%d}{draw(st.integers(0, 999)):03d}"
    return body + ids.resident_id_check_char(body)


mobiles = st.builds(
    lambda p, n: f"1{p}{n:09d}", st.sampled_from("3456789"), st.integers(0, 10**9 - 1)
)


@st.composite
def disguised(draw: st.DrawFn, value: str) -> str:
    """One or two disguises from the issue's list, applied to the value."""
    for _ in range(draw(st.integers(1, 2))):
        how = draw(st.sampled_from(["fullwidth", "spaces", "zero-width", "entities", "percent",
                                    "numerals", "tags", "dashes", "escape"]))  # fmt: skip
        if how == "fullwidth":
            value = value.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))
        elif how == "spaces":
            value = " ".join(value)
        elif how == "zero-width":
            value = "\u200b".join(value)
        elif how == "entities":
            value = "".join(
                f"&#{ord(c)};" if draw(st.booleans()) else html.escape(c) for c in value
            )
        elif how == "percent":
            value = urllib.parse.quote(value)
        elif how == "numerals":
            value = "".join(CN.get(c, c) for c in value)
        elif how == "tags":
            value = "<i></i>".join(value)
        elif how == "dashes":
            value = "-".join([value[:3], value[3:7], value[7:]])
        else:
            value = "".join(f"\\u{ord(c):04x}" for c in value)
    return value


def _compact(text: str) -> str:
    return compact(normalise(text)).text


@SETTINGS
@given(
    st.lists(
        st.one_of(FILLER, st.sampled_from(KNOWN_NAMES + PUBLIC), mobiles, resident_ids()),
        max_size=12,
    )
)
def test_redaction_is_idempotent(parts: list[str]) -> None:
    once = redact("".join(parts))
    assert redact(once) == once


@SETTINGS
@given(st.data(), st.one_of(resident_ids(), mobiles, st.sampled_from(KNOWN_NAMES)), FILLER, FILLER)
def test_no_sensitive_value_survives_in_any_disguise(
    data: st.DataObject, value: str, before: str, after: str
) -> None:
    text = before + data.draw(disguised(value)) + after
    out = redact(text)
    assert compact_value(value) not in _compact(out)


@SETTINGS
@given(
    st.lists(st.one_of(FILLER, st.sampled_from(KNOWN_NAMES), mobiles), max_size=8),
    st.sampled_from(PUBLIC),
)
def test_public_values_are_preserved(parts: list[str], public: str) -> None:
    text = "".join(parts) + "，" + public + "。"
    assert public in redact(text)


@SETTINGS
@given(
    st.sampled_from(["陆", "伍", "龚", "李", "欧阳"]),
    st.text(alphabet="涛静晨娟兰超红丽华明", min_size=1, max_size=2),
    st.sampled_from(["举报人", "债权人", "其妻子"]),
    st.sampled_from(["提供了现场视频。", "多次催讨未果。", "，"]),
)
def test_a_cued_name_shows_its_surname_and_no_given_character(
    surname: str, given_name: str, cue: str, after: str
) -> None:
    # Whatever the surname (陆 and 伍 are numerals too) and whatever names are known, the
    # mask is the surname as written and one mask per given-name character.
    out = redact("经查，" + cue + surname + given_name + after)
    assert cue + surname + "＊" * len(given_name) + after in out
