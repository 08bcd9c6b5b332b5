"""Feed item HTML from hostile data (issue 17): RSS <description>, Atom content type="html"
and JSON Feed content_html are HTML a reader renders after decoding the XML or JSON, so a
payload in any text column must come out of a standard reader as text: no element and no
attribute from the data, before and after feedparser's sanitizer. The browser half of the
check (Chromium renders each item's HTML) is in tests/test_browser.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import pytest

from generator.build import check_dataset
from generator.feeds import render_feeds
from generator.lifecycle import apply_lifecycle
from generator.redact import redact_state
from tests.helpers import ENGLISH_HEADER, csv_text, org_row, uscc, write_dataset

AS_OF = date(2026, 11, 22)
SITE = "https://credit.example.gov.cn/"
# One payload per column (its tag names the column), each a way data has become markup:
# an element with an event handler, a script, a broken-out attribute, a javascript: link,
# markup pre-escaped once (a reader that decodes twice would run it) and a CDATA end.
PAYLOADS = {
    "name": "示例市<img src=x onerror=alert(1)>有限公司",
    "behavior": "未按规定检查<script>window.__pwned='behavior'</script>",
    "penalty": '限制参与"><svg onload=alert(2)>政府采购',
    "department": '示例市<a href="javascript:alert(3)">应急管理局</a>',
    "basis": "《安全生产法》&lt;iframe src=javascript:alert(4)&gt;",
    "decision_no": "示应急罚〔2025〕12号<b onmouseover=alert(5)>]]>",
    "list_name": "黑名单<iframe srcdoc=x onload=alert(12)></iframe>",
    "legal_rep": "<u onclick=alert(13)>张三",
}
EXIT_BASIS = "《信用修复办法》<details open ontoggle=alert(6)>"
CASE = """---
title: 典型案例<img src=x onerror=alert(7)>
date: '2026-10-01'
domain: 安全生产
record_ids: [X2]
measures: ['<script>alert(8)</script>']
outcome: 已整改<svg onload=alert(9)>
---

示例市<script>window.__pwned='case'</script>某公司的案例，
[链接](javascript:alert(10)) 与 <img src=x onerror=alert(11)>，
见[领域页面](../../domains/safety/)。
"""
# What the site's Markdown renderer may itself produce from a case body: never from data.
CASE_TAGS = {"p", "a", "em", "strong", "code", "ul", "ol", "li", "blockquote", "h2", "h3"}


@cache
def feeds(root: Path) -> Path:
    # X1 stays listed (an exited listing's conduct leaves the feeds, issue 18); X3 carries the
    # same payloads into an exit announcement.
    rows = [
        org_row("X1", **PAYLOADS),
        org_row("X2", name="示例市和顺商贸有限公司", uscc=uscc("91410100MA0000002")),
        org_row("X3", **{**PAYLOADS, "uscc": uscc("91410100MA0000003")}),
    ]
    exits = "record_id,退出原因,退出日期,决定部门,退出依据\r\n"
    exits += f"X3,信用修复,2026-11-01,示例市<marquee onstart=alert(14)>局,{EXIT_BASIS}\r\n"
    write_dataset(
        root / "dataset",
        {"black.csv": csv_text((*ENGLISH_HEADER, "list_name", "legal_rep"), rows)},
        exits=exits,
        cases={"case-x.md": CASE},
    )
    checked = check_dataset(root / "dataset")
    public, _ = redact_state(
        apply_lifecycle(checked.dataset, AS_OF), checked.rules, b"TEST-ONLY pseudonym key"
    )
    out = root / "out"
    render_feeds(
        public,
        checked.rules,
        out,
        built_at=datetime(2026, 11, 22, 8, 0, tzinfo=UTC),
        site_url=SITE,
        previous=None,
        key=b"TEST-ONLY pseudonym key",
    )
    return out


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return feeds(tmp_path_factory.mktemp("feed-html"))


class _Markup(HTMLParser):
    """Every element and attribute an HTML parser finds in a fragment, and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def markup(fragment: str) -> _Markup:
    parser = _Markup()
    parser.feed(fragment)
    parser.close()
    return parser


def item_html(out: Path) -> Iterator[tuple[str, str, str]]:
    """(feed file, reader, item HTML) for every item of every feed, as readers decode it."""
    for path in sorted((out / "feeds").rglob("*.json")):
        if "changes" in path.parts or "schemas" in path.parts:
            continue
        for item in json.loads(path.read_text(encoding="utf-8"))["items"]:
            yield path.name, "json", item["content_html"]
    for path in sorted((out / "feeds").rglob("*.xml")):
        for sanitize in (True, False):
            parsed = feedparser.parse(path.read_bytes(), sanitize_html=sanitize)
            for entry in parsed.entries:
                html = entry.content[0].value if "content" in entry else entry.summary
                yield path.name, f"feedparser sanitize={sanitize}", html


def test_every_payload_reaches_the_feeds(out: Path) -> None:
    """The test would prove nothing if redaction or validation dropped the payloads. (The
    legal representative and the exit's department are in the item's record, JSON data,
    not in its HTML: their payloads must simply never become markup anywhere.)"""
    text = "".join(h for _, _, h in item_html(out))
    for needle in ("onerror=alert(1)", "window.__pwned", "onload=alert(2)", "javascript:alert(3)",
                   "&lt;iframe", "onmouseover=alert(5)", "ontoggle=alert(6)",
                   "onload=alert(12)"):  # fmt: skip
        assert needle in text or needle.replace("&", "&amp;") in text, needle


def test_event_item_html_has_no_element_or_attribute_from_the_data(out: Path) -> None:
    seen = 0
    for name, reader, html in item_html(out):
        if name.startswith("cases."):
            continue
        found = markup(html)
        assert set(found.tags) <= {"p"}, (name, reader, found.tags)
        assert found.attrs == [], (name, reader, found.attrs)
        shown = "".join(found.text)
        assert "<img src=x onerror=alert(1)>" in shown or "onerror" not in html, (name, reader)
        seen += 1
    assert seen >= 3 * 4  # all, lists/black, domains/…, exits, in three formats


def test_case_item_html_is_the_rendered_case_with_nothing_from_the_data(out: Path) -> None:
    seen = 0
    for name, reader, html in item_html(out):
        if not name.startswith("cases."):
            continue
        found = markup(html)
        assert set(found.tags) <= CASE_TAGS, (reader, found.tags)
        assert "p" in found.tags  # rendered, not the Markdown source
        assert all(k == "href" and v and not v.startswith("javascript:") for k, v in found.attrs)
        assert "window.__pwned='case'" in "".join(found.text)  # shown as text
        # Relative to the case page, not to the feed a reader resolves it against.
        assert ("href", f"{SITE}domains/safety/") in found.attrs, (reader, found.attrs)
        seen += 1
    assert seen == 5  # JSON, and RSS and Atom each read sanitized and not


def test_titles_are_plain_text(out: Path) -> None:
    feed = json.loads((out / "feeds/all.json").read_text(encoding="utf-8"))
    assert any("<img src=x onerror=alert(1)>" in i["title"] for i in feed["items"])
    atom = (out / "feeds/all.atom.xml").read_text(encoding="utf-8")
    assert "<title type=" not in atom  # Atom's default: text
    for path in sorted((out / "feeds").glob("*.xml")):
        for entry in feedparser.parse(path.read_bytes()).entries:
            assert entry.title_detail.type == "text/plain", (path.name, entry.title_detail)


def test_the_standalone_verifier_is_published_beside_the_feeds(out: Path) -> None:
    """The bank guide links feeds/verify_feed.py: the site publishes the repository's copy
    (signing then puts it in the manifest like every file of the release)."""
    source = Path(__file__).resolve().parent.parent / "feeds" / "verify_feed.py"
    assert (out / "feeds" / "verify_feed.py").read_bytes() == source.read_bytes()
