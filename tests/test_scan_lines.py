"""The gate's per-line views: memoised over pages that repeat their navigation, they are the
whole-text views exactly, so a value is found wherever it sits (inside the repeated
block of one page alone, across its edge, split by tags or newlines, encoded)."""

from __future__ import annotations

import base64
import random
import unicodedata
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.redact.config import redaction_rules
from generator.redact.known import PERSON_NAME, KnownValues, Needle
from generator.redact.normalise import (
    _COMBINING,
    _SEPARATOR,
    _lower,
    compact_name,
    compact_value,
    delete_separators,
    normalise_text,
)
from generator.scan import LeakScanner, scan_tree
from generator.scan.lines import LineViews, whole_views
from generator.scan.scanner import Shield
from tests.make_adversarial import PERSON_ID
from tests.redact_support import ADVERSARIAL, redacted

AS_OF = date(2025, 12, 1)
NAME = "李明明"

# Chrome-like lines: tags, navigation text, scripts with escapes, class names (base64-ish).
CHROME = [
    '<nav class="md-nav md-nav--primary" aria-label="导航栏" data-md-level="0">',
    '<li class="md-nav__item"><a href="../../lists/red/" class="md-nav__link">',
    "<span>红名单</span>",
    "</a></li>",
    '<script>{"search": "\\u5df2\\u590d\\u5236", "x": "a%20b"}</script>',
    '<p>示例市信用&amp;红黑名单</p><div class="md-sidebar__scrollwrap">',
    "<td>2025</td></tr><tr><td>一二</td>",
    "</nav>",
]
_PIECES = st.sampled_from(
    ["李", "明", "明明", "陸", "六", "1", "0", "o", "l", "*", "＊", " ", "\n", "\n\n", "<", ">",
     "<b>", "</td>", "<br>", "<\n", "/p>", "&#26446;", "&#x", "&amp;", "%E6%9D%8E", "%0A",
     "\\u674e", "&#10;", "\u200b", "\u202e", "\u202c", "e\u0301", "\u3099", "，", "（", "Σ",
     "İ", "ᄀ", "ᅡ", "《", "》", "一", "二", "4", "2", PERSON_ID[:9], PERSON_ID[9:],
     base64.b64encode(NAME.encode()).decode(), "0123456789abcdef" * 2]
)  # fmt: skip
_TEXT = st.lists(_PIECES, max_size=25).map("".join)


def _scanner() -> LeakScanner:
    rules = redaction_rules(redacted(ADVERSARIAL, AS_OF)[0].rules)
    sensitive = {
        compact_name(n): Needle(PERSON_NAME, n, ("T-1",)) for n in (NAME, "邓丽红", "李明")
    }
    sensitive[compact_value(PERSON_ID)] = Needle("resident_id", PERSON_ID, ("T-2",))
    return LeakScanner(
        KnownValues(sensitive, frozenset({"示例市李明建材有限公司"}), frozenset()), rules
    )


def _page(lines: list[str], inserts: list[tuple[int, str]]) -> str:
    """The chrome lines with texts spliced in at character offsets (anywhere: mid-line,
    mid-tag, across the edge of a line)."""
    text = "\n".join(lines)
    for at, piece in sorted(inserts, reverse=True):
        at %= len(text) + 1
        text = text[:at] + piece + text[at:]
    return text


@given(st.lists(st.lists(st.tuples(st.integers(0, 10_000), _TEXT), max_size=4), min_size=1,
                max_size=6))  # fmt: skip
@settings(max_examples=120, deadline=None)
def test_memoised_views_are_the_whole_text_views(pages: list[list[tuple[int, str]]]) -> None:
    # One cache over a run of pages, as in a worker: lines met before are reused.
    lines = LineViews(limit=12)  # small: lines are dropped and made again
    for inserts in pages:
        text = _page(CHROME * 3, inserts)
        assert lines.views(text) == whole_views(text)
        assert lines.views(text) == whole_views(text)  # and again, every line known


@given(st.lists(st.tuples(st.integers(0, 10_000), _TEXT), max_size=5))
@settings(max_examples=120, deadline=None)
def test_the_gate_decides_as_a_whole_text_scan(inserts: list[tuple[int, str]]) -> None:
    scanner = _scanner()
    for _ in range(2):  # the chrome becomes known lines
        assert scanner.is_clean(_page(CHROME * 3, []))
    text = _page(CHROME * 3, inserts)
    assert scanner.is_clean(text) == scanner.views_clean(whole_views(text))


def test_a_name_in_the_navigation_of_one_page_alone_is_found(tmp_path: Path) -> None:
    checked = redacted(ADVERSARIAL, AS_OF)[0]
    chrome = "\n".join(CHROME * 4)
    for i in range(260):  # more than one pool batch, and forked workers
        page = tmp_path / "subjects" / f"{i:04}" / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(f"<title>page {i}</title>\n{chrome}\n<article>{i}</article>")
    leaky = chrome.replace("<span>红名单</span>", f"<span>红名单{NAME[0]}</span>\n<b>{NAME[1:]}")
    (tmp_path / "subjects" / "0200" / "index.html").write_text(f"<title>x</title>\n{leaky}\n")
    (tmp_path / "subjects" / "0201" / "index.html").write_text(
        chrome.replace("一二", "&#26446;&#26126;&#26126;")
    )
    for workers in (1, 2):
        leaks = scan_tree(tmp_path, checked.dataset, checked.rules, workers=workers)
        assert sorted((x.file, x.form) for x in leaks) == [
            ("subjects/0200/index.html", "plain"),
            ("subjects/0201/index.html", "entity-encoded"),
        ]


def test_a_line_that_nfkc_changes_never_occurs_in_a_normalised_text() -> None:
    # Point 1 of generator/scan/lines.py: without combining marks, a line's normal form
    # does not depend on whether the rest of the page is normalised. Forcing the page to
    # be unnormalised (a fullwidth comma on a line of its own) leaves every line as it is
    # alone.
    rng = random.Random(7)
    chars = [chr(c) for c in range(0x30000) if not 0xD800 <= c <= 0xDFFF]
    changing = [c for c in chars if unicodedata.normalize("NFKC", c) != c]
    for c in changing + rng.sample(chars, 3000):
        for line in (c, "a" + c, "中" + c, c + "b", "ᄀ" + c, "か" + c):
            if not unicodedata.is_normalized("NFKC", line):
                continue
            if _COMBINING.search(line):
                continue  # LineViews reads such a text whole
            assert normalise_text(line + "\n，")[:-2] == normalise_text(line), repr(line)


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=12),
       st.integers(0, 40), st.integers(1, 10))  # fmt: skip
def test_the_shield_is_the_linear_definition(
    spans: list[tuple[int, int]], start: int, width: int
) -> None:
    end = start + width
    linear = any(s <= start and end <= e and e - s > end - start for s, e in spans)
    assert Shield(spans).covers(start, end) == linear


def test_a_name_inside_a_public_value_is_shielded_in_a_long_text() -> None:
    scanner = _scanner()
    shielded = "示例市李明建材有限公司，" * 3000
    assert scanner.is_clean(shielded)
    assert not scanner.is_clean(shielded + f"\n{NAME}")


@given(_TEXT, st.integers(1, 12))
@settings(max_examples=300)
def test_long_texts_are_compacted_by_pieces_as_whole(text: str, chunk: int) -> None:
    """A feed of 10⁸ characters loses its separators and is lower-cased a piece at a time
    (bounded memory): the same text as in one pass, whatever the cut, Σ and İ included."""
    normalised = normalise_text(text)
    assert delete_separators(normalised, chunk) == _SEPARATOR.sub("", normalised)
    assert _lower(normalised, chunk) == normalised.lower()


def test_a_long_text_is_cut_only_after_a_newline() -> None:
    # A cut 6 characters in would split the tag <b>, which would then survive.
    text = "李" * 5 + "<b>" + "明\n" + "<i>x</i>\n" * 3
    assert delete_separators(text, 6) == _SEPARATOR.sub("", text) == "李李李李李明xxx"
    # Σ is ς only at the end of a word: cut after it, it would look final.
    assert _lower("ΑΣΑ", 2) == "ασα"
