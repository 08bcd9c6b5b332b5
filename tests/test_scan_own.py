"""The gate's own detectors: a personal value nobody declared and redaction missed still
stops the build (file and kind named, never the value); the site's own kinds of text
(hashes, signatures, dates, table cells of numbers) never do."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import ids
from generator.errors import LeakError
from generator.redact.normalise import compact_names, normalise
from generator.scan import check_tree, scan_tree
from tests.redact_support import ADVERSARIAL, redacted

AS_OF = date(2025, 12, 1)


def _id(body: str) -> str:
    return body + ids.resident_id_check_char(body)


UNKNOWN = {
    "mobile": ["<p>联系人电话 159 3710 6284</p>", '{"t": "手机１５９３７１０６２８４"}'],
    "resident_id": [f"<td>{_id('32058419881230746')}</td>", f"证件号 {_id('43010219880404105')}"],
    "vehicle_plate": [
        "<p>车牌豫A·K6673</p>",
        "<li>粤BD12345 违停</li>",
        "<p>驾驶豫A D 6 0 3 1 2</p>",
    ],
    "email": ["<p>联系 wanglx2020@qq.com</p>", "mail: zhang.san@example.cn"],
    "qq": ["<p>QQ：556677889</p>", "<p>企鹅号 55667788</p>"],
    "wechat": ["<p>微信号：haibo_tong1987</p>", "<p>薇信 shejg_bbq</p>"],
    "landline": ["<p>住宅电话（0371）6789-1234</p>", "<p>座机 0371 6655 7788</p>"],
}
CASES = [(kind, text) for kind, texts in UNKNOWN.items() for text in texts]


@pytest.mark.parametrize(("kind", "text"), CASES)
def test_an_unknown_value_is_found_by_shape(kind: str, text: str, tmp_path: Path) -> None:
    checked = redacted(ADVERSARIAL, AS_OF)[0]
    (tmp_path / "page.html").write_text(f"<html><body>{text}</body></html>", encoding="utf-8")
    leaks = scan_tree(tmp_path, checked.dataset, checked.rules)
    assert [(x.file, x.kind, x.record_id) for x in leaks] == [("page.html", kind, "?")]
    assert leaks[0].form.startswith("detected")
    with pytest.raises(LeakError) as caught:
        check_tree(tmp_path, checked.dataset, checked.rules)
    assert caught.value.exit_code == 5
    report = caught.value.report()
    for token in text.replace("<", " ").replace(">", " ").split():
        if sum(ch.isdigit() for ch in token) >= 5:
            assert token not in report


def test_the_sites_own_kinds_of_text_are_clean(tmp_path: Path) -> None:
    checked = redacted(ADVERSARIAL, AS_OF)[0]
    digest = hashlib.sha256(b"x").hexdigest()
    page = (
        "<table><tr><td>1</td><td>3812345678</td><td>13</td><td>800138000</td></tr></table>"
        "<p>2025-06-01 13:45:12，第 1 2 3 4 5 6 7 8 9 10 页</p>"
        '<nav><a href="/1/">1</a> <span>…</span> <a href="/4/">4</a> <a href="/5/">5</a>'
        ' <a href="/6/">6</a> <a>7</a> <a>8</a> <a>9</a> <a>10</a> <span>…</span> <a>16</a></nav>'
        "<td>20260713</td><td>20270712</td><td>重点关注名单</td>"
        "<p>统一社会信用代码91410100MA9ADW001E，示应急罚〔2025〕12号</p>"
        "<p>p-sjc4wxthepz4s7xs p-13812345678abcdefgh</p>"
        "<p>已隐去：〔已隐去〕，110101＊＊＊＊＊＊＊＊1234，138＊＊＊＊5678</p>"
        "<p>京ICP备12345678号 @media screen and (max-width:1px){a{b:c}}</p>"
    )
    manifest = {
        "files": {
            f"subjects/{i}/index.html": {"sha256": digest, "size": 13800 + i} for i in range(50)
        },
        "signature": base64.b64encode(bytes(range(64))).decode(),
        "expires": "2026-12-05T08:13:00Z",
        "built": 1733212800,
    }
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert scan_tree(tmp_path, checked.dataset, checked.rules) == []


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(min_size=32, max_size=32))
def test_hashes_and_signatures_never_look_like_a_phone(raw: bytes) -> None:
    from generator.redact.config import redaction_rules
    from generator.scan.detectors import OwnDetectors

    own = OwnDetectors(redaction_rules(redacted(ADVERSARIAL, AS_OF)[0].rules))
    b64 = base64.b64encode(raw + hashlib.sha512(raw).digest()).decode()
    for text in (raw.hex(), b64, hashlib.sha256(raw).hexdigest(), json.dumps({"sig": b64})):
        # As the gate reads them: the name view (lower case, `/` and quotes dropped).
        view = compact_names(normalise(text))[0].text
        assert list(own.find(view)) == []


def test_an_account_cue_inside_a_signature_is_no_account() -> None:
    from generator.redact.config import redaction_rules
    from generator.scan.detectors import OwnDetectors

    own = OwnDetectors(redaction_rules(redacted(ADVERSARIAL, AS_OF)[0].rules))
    sig = "BWaSpQmhyBJroxSI6agD9SSwrqEU5HCmVNf33p1+wxabcdef/Xeodwesel38dBw=="
    assert list(own.find(compact_names(normalise(sig))[0].text)) == []
    assert [k for *_, k in own.find("微信号:wxabcdef")] == ["wechat"]


@pytest.mark.parametrize("text", ["微信号「qm-fox-77」", "vx【tq_ren_09】", "微信“sxm-1988-b”"])
def test_an_account_in_brackets_after_its_cue_is_found(text: str) -> None:
    from generator.redact.config import redaction_rules
    from generator.scan.detectors import OwnDetectors

    own = OwnDetectors(redaction_rules(redacted(ADVERSARIAL, AS_OF)[0].rules))
    view = compact_names(normalise(text))[0].text
    assert [k for *_, k in own.find(view)] == ["wechat"]
