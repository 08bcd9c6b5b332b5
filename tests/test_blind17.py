"""Issue 17, measured blind: an invented corpus that hides personal data and trade secrets in
the ways clerks and attackers write them (tests/blind17/), built with the real CLI and
searched by an independent scanner (tests/blind17/measure.py) written without reading the
redactor or the leak gate.

The corpus itself and the scanner are checked first, so that the final measurement cannot
pass by measuring nothing.
"""

from __future__ import annotations

import gzip
import json
import urllib.parse
from datetime import date
from pathlib import Path

import brotli
import pytest

from generator.build import check_dataset
from generator.cli import main
from generator.lifecycle import apply_lifecycle
from tests.blind17 import make_corpus_a
from tests.blind17.build_pregate import build_with_copy
from tests.blind17.measure import measure, numeric_view
from tests.helpers import tree
from tests.sign_fixtures import T0, write_key_folder

HERE = Path(__file__).parent / "blind17"
CORPUS = HERE / "corpus_a"
SECRETS: list[dict[str, object]] = json.loads(
    (HERE / "corpus_a.secrets.json").read_text(encoding="utf-8")
)
PUBLIC: list[dict[str, object]] = json.loads(
    (HERE / "corpus_a.public.json").read_text(encoding="utf-8")
)
# Every listing is decided by this date (the latest on 2026-11-10, one exit is on
# 2026-11-15), and all but the red listings the cross-check ends are active; the TEST-ONLY
# delegation covers T0.
AS_OF = "2026-11-22"
ISSUE_17_CLASSES = {
    "trade_secret", "im_account", "plate", "name_enum", "name_prose_group", "badge",
    "landline", "in_title", "in_public_column", "name_cue", "spoken_number", "im_homophone",
    "premasked", "name_word", "id_prose", "mobile_prose", "bank_card", "address",
}  # fmt: skip


def test_the_corpus_is_what_its_generator_writes(tmp_path: Path) -> None:
    make_corpus_a.write(tmp_path)
    assert tree(tmp_path / "corpus_a") == tree(CORPUS)
    for name in ("corpus_a.secrets.json", "corpus_a.public.json"):
        assert (tmp_path / name).read_bytes() == (HERE / name).read_bytes()


def test_the_corpus_meets_the_input_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(CORPUS)]) == 0
    assert "59 listings" in capsys.readouterr().out


def test_every_issue_17_class_is_present_often_enough() -> None:
    per_class: dict[str, set[str]] = {}
    for s in SECRETS:
        per_class.setdefault(str(s["class"]), set()).add(str(s["value"]))
    assert len(SECRETS) >= 150
    assert len({p["value"] for p in PUBLIC}) >= 60
    assert {c: len(v) for c, v in per_class.items() if c in ISSUE_17_CLASSES and len(v) < 8} == {}
    assert per_class.keys() >= ISSUE_17_CLASSES


def test_the_scanner_finds_every_secret_and_public_value_in_the_corpus_itself() -> None:
    result = measure(CORPUS, SECRETS, PUBLIC)
    assert [s.value for s in result.secrets if not s.hits] == []
    assert result.missing_public == []


def test_the_scanner_sees_through_compression_escapes_and_spelling(tmp_path: Path) -> None:
    secrets: list[dict[str, object]] = [
        {"value": "窦晓岚", "class": "name", "match": "text"},
        {"value": "13903712208", "class": "mobile", "match": "alnum"},
        {"value": "一千二百六十三万元", "class": "trade", "match": "numeric"},
        {"value": "wx_lan2025", "class": "im", "match": "text"},
        {"value": "陳嘉慧", "class": "name", "match": "text", "variants": ["陈嘉慧"]},
        {"value": "4101-0089", "class": "badge", "match": "alnum"},
    ]
    (tmp_path / "a.json.gz").write_bytes(gzip.compress(b'{"t":"\\u7aa6\\u6653\\u5c9a"}'))
    (tmp_path / "b.html.br").write_bytes(brotli.compress("电话１３９ ０３７１-２２０８".encode()))
    (tmp_path / "c.txt").write_text("年产值1,263万元，微信 wx&#95;lan2025", encoding="utf-8")
    (tmp_path / "d.txt").write_text(urllib.parse.quote("药师陈嘉慧"), encoding="utf-8")
    (tmp_path / "e.txt").write_text("编号24101008900 与 〔2026〕4101-0089号", encoding="utf-8")
    result = measure(tmp_path, secrets, [{"value": "澜州市"}])
    assert {s.value: bool(s.hits) for s in result.secrets} == {s["value"]: True for s in secrets}
    assert result.missing_public == ["澜州市"]
    # Short numbers glued to other digits do not count; a masked number is not its digits.
    (tmp_path / "e.txt").write_text("编号241010089000，电话139＊＊＊＊2208", encoding="utf-8")
    for name in ("a.json.gz", "b.html.br", "c.txt", "d.txt"):
        (tmp_path / name).unlink()
    assert [s.value for s in measure(tmp_path, secrets, []).secrets if s.hits] == []


def test_amounts_read_the_same_in_every_spelling() -> None:
    spellings = [
        "一千二百六十三万元",
        "1263万元",
        "1,263万元",
        "１２６３万元",
        "12630000元",
        "壹仟贰佰陆拾叁万元",
    ]
    assert {numeric_view(s) for s in spellings} == {"12630000元"}


# A project name read as a person's (锦绣华＊): over-masking, not a leak; left for the names
# detector's next round (closing note of the session that merged issue 17).
KNOWN_OVERMASKED = {"锦绣华庭"}


def test_a_built_corpus_leaks_nothing_and_keeps_every_public_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(T0.timestamp())))
    for name in ("CREDITSITE_SIGNING_KEY", "CREDITSITE_PSEUDONYM_KEY", "CREDITSITE_KEY_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    keys = write_key_folder(tmp_path / "keys")
    pregate = tmp_path / "pregate"
    code = build_with_copy(CORPUS, tmp_path / "site", keys, AS_OF, pregate)
    assert pregate.is_dir(), f"the build stopped before the leak gate (exit {code})"
    # What the redactor produced, whether or not the gate then stopped the build.
    result = measure(pregate, SECRETS, PUBLIC)
    leaked = sorted({f"{s.cls}: {s.record_id}.{s.column}" for s in result.secrets if s.hits})
    assert (code, leaked) == (0, [])
    # A listing that has left publication (here: red listings ended by the subject's black
    # listing) publishes only its exit announcement (issue 18): its public values go too.
    state = apply_lifecycle(check_dataset(CORPUS).dataset, date.fromisoformat(AS_OF))
    active = {x.listing.record_id for x in state.listings if x.active}
    gone = {str(p["value"]) for p in PUBLIC if p["record_id"] not in active}
    assert set(result.missing_public) - gone <= KNOWN_OVERMASKED
