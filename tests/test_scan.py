"""The leak gate: a value slipped into a staging tree after redaction is found in every
form; a clean redacted tree has no finding; findings never carry the value."""

from __future__ import annotations

import base64
import dataclasses
import gzip
import hashlib
import json
import os
import struct
import subprocess
import sys
import urllib.parse
import zlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

import brotli
import cbor2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.errors import LeakError
from generator.redact.config import redaction_rules
from generator.redact.known import PERSON_NAME, KnownValues, Needle, gather_known, rule_texts
from generator.redact.normalise import (
    compact,
    compact_name,
    compact_names,
    compact_texts,
    normalise,
    normalise_text,
)
from generator.scan import LeakScanner, check_tree, scan_tree, tree
from tests.make_adversarial import PERSON_ID
from tests.redact_support import ADVERSARIAL, ROOT, redacted, serialise

AS_OF = date(2025, 12, 1)
NAME = "李明明"

FORMS: dict[str, tuple[str, Callable[[], str | bytes]]] = {
    "plain": ("a.html", lambda: f"<p>{NAME}</p>"),
    "spaced": ("b.html", lambda: f"<p>{NAME[0]} <b>{NAME[1]}</b>·{NAME[2]}</p>"),
    "percent-encoded": ("c.xml", lambda: urllib.parse.quote(NAME)),
    "entity-encoded": ("d.html", lambda: "".join(f"&#x{ord(c):x};" for c in NAME)),
    "escaped": ("e.json", lambda: json.dumps({"n": NAME})),
    "base64": ("f.js", lambda: "var x='" + base64.b64encode(NAME.encode()).decode() + "';"),
    "md5": ("g.txt", lambda: hashlib.md5(NAME.encode()).hexdigest()),  # noqa: S324
    "sha1": ("h.txt", lambda: hashlib.sha1(PERSON_ID.encode()).hexdigest()),  # noqa: S324
    "sha256": ("i.txt", lambda: hashlib.sha256(PERSON_ID.encode()).hexdigest()),
    "masked-name": ("j.html", lambda: "李明＊"),
    "masked-id": ("k.csv", lambda: PERSON_ID[:10] + "＊＊＊＊" + PERSON_ID[-4:]),
    "id-with-separators": ("l.html", lambda: "-".join(PERSON_ID)),
    "gzip": (
        "pagefind/fragment/x.pf_fragment",
        lambda: gzip.compress(json.dumps({"c": PERSON_ID}).encode()),
    ),
    "brotli": ("n.html.br", lambda: brotli.compress(f"<p>{NAME}</p>".encode())),
    "gzip-sibling": ("o.json.gz", lambda: gzip.compress(json.dumps({"n": NAME}).encode())),
    "fullwidth": (
        "m.html",
        lambda: PERSON_ID.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    ),
}


@pytest.fixture(scope="module")
def clean_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("staging")
    (root / "state.json").write_text(serialise(redacted(ADVERSARIAL, AS_OF)[1]), encoding="utf-8")
    return root


def test_a_clean_redacted_tree_has_no_finding(clean_tree: Path) -> None:
    checked = redacted(ADVERSARIAL, AS_OF)[0]
    assert scan_tree(clean_tree, checked.dataset, checked.rules) == []


@pytest.mark.parametrize("form", sorted(FORMS))
def test_an_injected_leak_is_found(form: str, tmp_path: Path) -> None:
    checked = redacted(ADVERSARIAL, AS_OF)[0]
    file, make = FORMS[form]
    path = tmp_path / file
    path.parent.mkdir(parents=True, exist_ok=True)
    content = make()
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    leaks = scan_tree(tmp_path, checked.dataset, checked.rules)
    assert [leak.file for leak in leaks] == [file]
    assert {leak.record_id for leak in leaks} <= {"ADV-2", "case:case-adv"}
    with pytest.raises(LeakError) as caught:
        check_tree(tmp_path, checked.dataset, checked.rules)
    report = caught.value.report()
    assert NAME not in report and PERSON_ID not in report


def test_a_compressed_copy_of_a_clean_file_is_clean_and_a_broken_one_is_flagged(
    tmp_path: Path,
) -> None:
    checked = redacted(ADVERSARIAL, AS_OF)[0]
    page = "<p>示例市某某有限公司</p>".encode()
    (tmp_path / "p.html").write_bytes(page)
    (tmp_path / "p.html.gz").write_bytes(gzip.compress(page, mtime=0))
    (tmp_path / "p.html.br").write_bytes(brotli.compress(page))
    assert scan_tree(tmp_path, checked.dataset, checked.rules) == []
    # A name in the gzip header's file-name field is text outside the compressed stream.
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = deflate.compress(page) + deflate.flush()
    header = b"\x1f\x8b\x08\x08" + bytes(6) + NAME.encode() + b"\x00"  # FNAME set
    trailer = struct.pack("<II", zlib.crc32(page), len(page))
    (tmp_path / "q.html.gz").write_bytes(header + body + trailer)
    assert gzip.decompress(header + body + trailer) == page
    (tmp_path / "r.html.br").write_bytes(b"not brotli at all")
    leaks = scan_tree(tmp_path, checked.dataset, checked.rules)
    assert [(x.file, x.kind) for x in leaks] == [
        ("q.html.gz", "person_name"),
        ("r.html.br", "undecodable"),
    ]


def test_a_file_name_is_scanned(tmp_path: Path) -> None:
    checked = redacted(ADVERSARIAL, AS_OF)[0]
    (tmp_path / f"subjects-{NAME}.html").write_text("ok", encoding="utf-8")
    assert [leak.kind for leak in scan_tree(tmp_path, checked.dataset, checked.rules)] == [
        "person_name"
    ]


def test_the_allowed_masks_are_not_flagged(tmp_path: Path) -> None:
    checked = redacted(ADVERSARIAL, AS_OF)[0]
    (tmp_path / "a.html").write_text(
        f"李＊＊ {PERSON_ID[:6]}＊＊＊＊＊＊＊＊{PERSON_ID[-4:]} 示例市李明建材有限公司",
        encoding="utf-8",
    )
    assert scan_tree(tmp_path, checked.dataset, checked.rules) == []


def test_the_scan_command(clean_tree: Path, tmp_path: Path) -> None:
    def run(root: Path) -> subprocess.CompletedProcess[str]:
        code = (
            "import argparse, sys; from generator import cli_scan; from generator.errors import LeakError\n"
            "p = argparse.ArgumentParser(); cli_scan.register(p.add_subparsers())\n"
            "try: sys.exit(cli_scan.run(p.parse_args(sys.argv[1:])))\n"
            "except LeakError as e: print(e.report(), file=sys.stderr); sys.exit(e.exit_code)\n"
        )
        return subprocess.run(
            [sys.executable, "-c", code, "scan", str(root), "--dataset", str(ADVERSARIAL)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip

    assert run(clean_tree).returncode == 0
    (tmp_path / "leak.html").write_text(PERSON_ID, encoding="utf-8")
    result = run(tmp_path)
    assert result.returncode == 5
    assert "leak.html: resident_id of record ADV-2 (plain)" in result.stderr
    assert PERSON_ID not in result.stderr + result.stdout


def _scanner(*names: str) -> LeakScanner:
    rules = redaction_rules(redacted(ADVERSARIAL, AS_OF)[0].rules)
    known = KnownValues(
        {compact_name(n): Needle(PERSON_NAME, n, ("T-1",)) for n in names},
        frozenset(),
        frozenset(names),
    )
    return LeakScanner(known, rules)


def _forms(scanner: LeakScanner, text: str) -> list[str]:
    return [leak.form for leak in scanner.scan_text("x.html", text)]


def test_a_number_before_a_numeral_surname_is_no_name() -> None:
    # 陆 is a surname, not 6: `16` then 超限超载 is not the name 陆超.
    scanner = _scanner("陆超")
    assert _forms(scanner, '<td>16</td></tr><tr><td><a href="/d/x">超限超载</a></td>') == []
    assert _forms(scanner, "<td>16</td><td>陆超</td>") == ["plain"]
    assert _forms(scanner, "共16陆超") == ["plain"]


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ('<a href="/s/1">邓＊</a></td><td>红名单</td>', []),
        ("<li>邓＊</li><li>红名单</li>", []),
        ("邓＊<br>红名单", []),
        ("邓＊红", ["masked"]),
        ("<p>邓＊<b>红</b></p>", ["masked"]),
        ("<p>邓<b>丽</b>红</p>", ["plain"]),
        ("邓 丽 红", ["plain"]),
        ("邓\n丽红", ["plain"]),
    ],
)
def test_names_never_join_across_table_cells_or_paragraphs(text: str, forms: list[str]) -> None:
    assert _forms(_scanner("邓丽红"), text) == forms


def test_a_name_inside_a_rule_text_is_no_leak() -> None:
    # The legal representative 程建 is not leaked by the domain name 交通运输工程建设.
    checked = redacted(ADVERSARIAL, AS_OF)[0]
    public = gather_known([], rule_texts(checked.rules)).public
    known = KnownValues(
        {compact_name("程建"): Needle(PERSON_NAME, "程建", ("T-1",))}, public, frozenset()
    )
    scanner = LeakScanner(known, redaction_rules(checked.rules))
    assert _forms(scanner, "<td>交通运输工程建设</td>") == []
    assert _forms(scanner, "<td>程建</td>") == ["plain"]


# --- The fast path sees what the mapped path sees -------------------------------------

_PIECES = st.sampled_from(
    ["李", "明", "陸", "六", "陆", "1", "0", "o", "l", "Ｌ", "１", "＊", "*", " ", "-", "·", "\n",
     "<b>", "</td>", "<br>", "&#26446;", "&amp;", "&#x", "%E6%9D%8E", "%", "\\u674e", "\\",
     "\u200b", "\u202e", "\u202c", "e\u0301", "\u3099", "，", "（", "ｱ", "ﾞ", "ㄱ", "ㅏ", "x"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=30).map("".join))
@settings(max_examples=200, deadline=None)
def test_the_unmapped_views_are_the_mapped_views(text: str) -> None:
    view = normalise(text)
    assert normalise_text(text) == view.text
    number, name = compact_texts(view.text)
    assert number == compact(view).text
    assert name == compact_names(view)[0].text


@given(st.lists(st.one_of(_PIECES, st.sampled_from(["明明", "李明明", "邓丽红", "邓＊红"])),
                max_size=20).map("".join))  # fmt: skip
@settings(max_examples=150, deadline=None)
def test_the_fast_check_agrees_with_the_full_scan(text: str) -> None:
    scanner = _scanner("李明明", "邓丽红")
    full = list(scanner.scan_text("x.html", text))
    assert scanner.is_clean(text) == (full == [])


# --- pagefind's index is read as words -------------------------------------------------


def _index(*words: str) -> bytes:
    entries = [[w, [[0, [-25, 3], []]], []] for w in words]
    return gzip.compress(b"pagefind_dcd" + cbor2.dumps([entries, []]))


def _index_leaks(scanner: LeakScanner, tmp_path: Path, data: bytes) -> list[str]:
    path = tmp_path / "pagefind" / "index" / "zh-cn_1.pf_index"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    found = tree._scan_batch(scanner, [("pagefind/index/zh-cn_1.pf_index", path)])
    leaks = found.leaks | set(tree._word_leaks(scanner, found.words))
    return sorted(leak.form for leak in leaks)


def _shielded_scanner() -> LeakScanner:
    rules = redaction_rules(redacted(ADVERSARIAL, AS_OF)[0].rules)
    public = gather_known(
        [], ["示例市金德化工有限公司", "示例市金德投资合伙企业（有限合伙）"]
    ).public
    known = KnownValues(
        {compact_name("金德"): Needle(PERSON_NAME, "金德", ("T-1",)),
         compact_name("范雨雨"): Needle(PERSON_NAME, "范雨雨", ("T-2",))},
        public, frozenset({"金德", "范雨雨"}),
    )  # fmt: skip
    return LeakScanner(known, rules)


def test_an_index_word_cut_from_a_public_name_is_no_leak(tmp_path: Path) -> None:
    scanner = _shielded_scanner()
    assert _index_leaks(scanner, tmp_path, _index("示例市", "金德", "化工", "有限公司")) == []
    # Pagefind also indexes a whole token with its punctuation dropped.
    assert _index_leaks(scanner, tmp_path, _index("示例市金德投资合伙企业有限合伙")) == []


def test_a_name_as_an_index_word_is_a_leak(tmp_path: Path) -> None:
    scanner = _shielded_scanner()
    assert _index_leaks(scanner, tmp_path, _index("化工", "范雨雨")) == ["plain"]
    # Inside a longer word that no public value holds, too.
    assert _index_leaks(scanner, tmp_path, _index("金德公司")) == ["plain"]


def test_words_never_join_in_the_index(tmp_path: Path) -> None:
    assert _index_leaks(_shielded_scanner(), tmp_path, _index("范", "雨雨")) == []


def test_a_member_that_is_not_cbor_is_read_raw(tmp_path: Path) -> None:
    data = gzip.compress(b"pagefind_dcd" + cbor2.dumps(["x"]) + "<p>范雨雨</p>".encode())
    assert _index_leaks(_shielded_scanner(), tmp_path, data) == ["plain"]


def test_a_pagefind_fragment_is_read_whole(tmp_path: Path) -> None:
    # The fragment holds page text with its context: read like HTML, not word by word.
    # 金德 with no public name around it is a leak there, as on a page.
    text = json.dumps({"content": "金德化工 范雨雨"}, ensure_ascii=False)
    data = gzip.compress(b"pagefind_dcd" + text.encode())
    assert _index_leaks(_shielded_scanner(), tmp_path, data) == ["plain", "plain"]


def _fragment(content: str) -> bytes:
    text = json.dumps({"url": "/subjects/x/", "content": content}, ensure_ascii=False)
    return gzip.compress(b"pagefind_dcd" + text.encode())


def test_words_apart_in_a_fragment_never_join(tmp_path: Path) -> None:
    # Found at 10^5 subjects: a search record's words 财政性资金 and 文化市场, written apart,
    # read 金文 across the gap, and the demo had a person of that name.
    scanner = _scanner("金文", "范雨雨")
    gap = " \u200b"
    words = gap.join(
        ["示例\u200b市\u200b恒德\u200b医药", "法人", "财政\u200b性\u200b资金", "文化\u200b市场"]
    )
    assert _index_leaks(scanner, tmp_path, _fragment(words)) == []
    # Inside one word, or written apart only inside a word (pagefind's own cuts), it is read.
    assert _index_leaks(scanner, tmp_path, _fragment("财政性资金文化市场")) == ["plain"]
    assert _index_leaks(scanner, tmp_path, _fragment("资\u200b金\u200b文\u200b化")) == ["plain"]
    assert _index_leaks(scanner, tmp_path, _fragment(f"法人{gap}范\u200b雨雨")) == ["plain"]
    # Latin words and digits still join across a space: only a gap beside Chinese parts them.
    latin = _scanner("John Smith")
    assert _index_leaks(latin, tmp_path, _fragment(f"法人{gap}John{gap}Smith")) == ["plain"]


def test_a_number_split_by_a_fragment_gap_is_still_found(tmp_path: Path) -> None:
    checked = redacted(ADVERSARIAL, AS_OF)[0]
    page = tmp_path / "pagefind" / "fragment" / "zh-cn_1.pf_fragment"
    page.parent.mkdir(parents=True)
    # The second half in Chinese numerals: the gap stands beside a Chinese character.
    numerals = PERSON_ID[9:].translate(str.maketrans("0123456789", "〇一二三四五六七八九"))
    page.write_bytes(_fragment(f"证件 \u200b{PERSON_ID[:9]} \u200b{numerals}"))
    leaks = scan_tree(tmp_path, checked.dataset, checked.rules, workers=1)
    assert [(leak.kind, leak.form) for leak in leaks] == [("resident_id", "plain")]


def test_a_name_inside_the_sites_own_text_is_no_leak(tmp_path: Path) -> None:
    # Found at 10^5 subjects: the feeds guide's text held 分段永不改变 and a listed person was
    # named 段永. The editorial pages' text shields such a name; the name alone is a leak.
    # (The guide now says 按序号分段存放, and 段存 stands for such a person.)
    checked = redacted(ADVERSARIAL, AS_OF)[0]
    person = next(x for x in checked.dataset.listings if x.subject_type.is_person)
    named = dataclasses.replace(person, name="段存")
    dataset = dataclasses.replace(checked.dataset, listings=(*checked.dataset.listings, named))
    guide = (ROOT / "site_src" / "guide" / "feeds.md").read_text(encoding="utf-8")
    assert "按序号分段存放" in guide
    (tmp_path / "guide.html").write_text(
        "<p>按序号<strong>分段存放</strong>：</p>", encoding="utf-8"
    )
    assert scan_tree(tmp_path, dataset, checked.rules, workers=1) == []
    (tmp_path / "page.html").write_text("<td>段存</td>", encoding="utf-8")
    leaks = scan_tree(tmp_path, dataset, checked.rules, workers=1)
    assert [(leak.file, leak.kind) for leak in leaks] == [("page.html", "person_name")]


# --- the tree: workers and incremental scans -------------------------------------------


def test_workers_do_not_change_the_findings(tmp_path: Path) -> None:
    checked = redacted(ADVERSARIAL, AS_OF)[0]
    for i in range(tree._INLINE + 10):
        (tmp_path / f"p{i:03}.html").write_text(f"<p>page {i}</p>", encoding="utf-8")
    (tmp_path / "p077.html").write_text(f"<p>{NAME}</p>", encoding="utf-8")
    (tmp_path / "p199.html").write_text(f"<p>{NAME}</p>", encoding="utf-8")  # same bytes
    one = scan_tree(tmp_path, checked.dataset, checked.rules, workers=1)
    two = scan_tree(tmp_path, checked.dataset, checked.rules, workers=2)
    assert one == two
    assert [leak.file for leak in one] == ["p077.html", "p199.html"]


def test_huge_files_are_read_by_the_build_process_with_the_same_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked = redacted(ADVERSARIAL, AS_OF)[0]
    for i in range(tree._INLINE + 10):
        (tmp_path / f"p{i:03}.html").write_text(f"<p>page {i}</p>", encoding="utf-8")
    (tmp_path / "p042.html").write_text(f"<p>{NAME}</p>", encoding="utf-8")
    huge = "\n".join(f'{{"n": {i}, "name": "示例市某某公司"}}' for i in range(400))
    (tmp_path / "snapshot.json").write_text(huge + f'\n{{"name": "{NAME}"}}\n', encoding="utf-8")
    monkeypatch.setattr(tree, "_BIG", 1000)
    monkeypatch.setattr(tree, "_HUGE", 10_000)
    here, scan_batch = os.getpid(), tree._scan_batch

    def only_here_for_huge(scanner: LeakScanner, batch: list[tuple[str, Path]]) -> object:
        if any(rel == "snapshot.json" for rel, _ in batch):
            assert os.getpid() == here, "a worker read the huge file"
        return scan_batch(scanner, batch)

    monkeypatch.setattr(tree, "_scan_batch", only_here_for_huge)
    one = scan_tree(tmp_path, checked.dataset, checked.rules, workers=1)
    two = scan_tree(tmp_path, checked.dataset, checked.rules, workers=2)
    assert one == two
    assert [leak.file for leak in one] == ["p042.html", "snapshot.json"]


def test_an_incremental_scan_reads_the_named_files_and_the_manifest(tmp_path: Path) -> None:
    checked = redacted(ADVERSARIAL, AS_OF)[0]
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "old.html").write_text(NAME, encoding="utf-8")
    (tmp_path / "sub" / "new.html").write_text("ok", encoding="utf-8")
    (tmp_path / "manifest.json").write_text(PERSON_ID, encoding="utf-8")
    leaks = scan_tree(tmp_path, checked.dataset, checked.rules, only=["sub/new.html"])
    assert [leak.file for leak in leaks] == ["manifest.json"]
