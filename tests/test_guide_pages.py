"""Every editorial page (site_src: the guides, the data page, the home page's intro) as the
build renders it: Markdown that Python-Markdown misreads shows up as a list number left in
a paragraph ("…退出。 4. **只取…") or a code block turned into inline <code> holding its
line breaks. Both are looked for in the HTML the site publishes, not in the Markdown.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.site_fixture import build_site, make_fixture

SITE_SRC = Path(__file__).resolve().parent.parent / "site_src"
# A list number ("4." or "4、") at the start of a line of a paragraph's text.
_STRAY_NUMBER = re.compile(r"(?:^|\n)\s*\d{1,2}[.、]\s")


class _Reader(HTMLParser):
    """The article's paragraphs, list items' own text and inline code, as text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.paragraphs: list[str] = []
        self.inline_code: list[str] = []
        self.blocks = 0  # <pre> blocks

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)
        if tag == "p":
            self.paragraphs.append("")
        elif tag == "code" and "pre" not in self.stack[:-1]:
            self.inline_code.append("")
        elif tag == "pre":
            self.blocks += 1

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop() == tag:
                break

    def handle_data(self, data: str) -> None:
        if "p" in self.stack:
            self.paragraphs[-1] += data
        if "code" in self.stack and "pre" not in self.stack:
            self.inline_code[-1] += data


def _editorial_pages() -> list[str]:
    """Site paths of the pages made from site_src's Markdown."""
    pages = []
    for md in sorted(SITE_SRC.rglob("*.md")):
        rel = md.relative_to(SITE_SRC).with_suffix("")
        if rel.name.startswith("_"):
            continue
        folder = rel.parent if rel.name == "index" else rel
        pages.append("" if str(folder) == "." else f"{folder.as_posix()}/")
    return pages


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("guide-pages")
    build_site(make_fixture(tmp), tmp / "site")
    return tmp / "site"


def _article(site: Path, path: str) -> _Reader:
    html = (site / path / "index.html").read_text(encoding="utf-8")
    start = html.index("<article")
    reader = _Reader()
    reader.feed(html[start : html.index("</article>", start)])
    return reader


def test_every_guide_page_is_checked() -> None:
    pages = _editorial_pages()
    assert {"guide/feeds/", "guide/objection/", "data/", ""} <= set(pages), pages


@pytest.mark.parametrize("path", _editorial_pages())
def test_no_stray_list_number_or_inline_code_with_line_breaks(site: Path, path: str) -> None:
    page = _article(site, path)
    assert page.paragraphs, f"{path}: no paragraph found: the check would prove nothing"
    stray = [p for p in page.paragraphs if _STRAY_NUMBER.search(p)]
    assert stray == [], f"{path}: a list number left in a paragraph: {stray}"
    broken = [c for c in page.inline_code if "\n" in c]
    assert broken == [], f"{path}: inline <code> holding line breaks: {broken}"


def test_the_bank_guide_shows_its_commands_as_blocks_and_links_the_verifier(site: Path) -> None:
    page = _article(site, "guide/feeds/")
    assert page.blocks >= 3  # two verify commands and the cursor example
    html = (site / "guide/feeds/index.html").read_text(encoding="utf-8")
    assert 'href="../../feeds/verify_feed.py"' in html


def test_the_checks_catch_what_they_look_for() -> None:
    """The broken rendering issue 22 saw, fed to the same reader."""
    broken = _Reader()
    broken.feed(
        "<ol><li>校验</li></ol><p><code>sh\npython verify_feed.py</code></p>"
        "<p>全部通过才以 0 退出。\n4. <strong>只取一个文件时</strong></p>"
    )
    assert any(_STRAY_NUMBER.search(p) for p in broken.paragraphs)
    assert any("\n" in c for c in broken.inline_code)
