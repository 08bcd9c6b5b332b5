"""Public texts of the site's own making, for the gate: its editorial pages and templates.

A short name can be a piece of an ordinary phrase: at 10⁵ subjects the demo has a person
named 段永, and the feeds guide says 已写满的分段永不改变. Those pages are written by the office
and hold no data, so every run of Chinese characters in them is a public value to the gate:
a name inside a longer such run is no leak there, as a name inside a domain's name is not
(`redact.known.rule_texts`). The runs come from the program's own sources, never from the
tree being checked, so nothing a build writes can make itself a shield.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import material

from generator.render.chrome import MKDOCS_YML, PROJECT
from generator.render.env import TEMPLATES

# Three characters at least: only a longer run shields a name, and names have two or more.
_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{3,}")
_SUFFIXES = frozenset({".md", ".html", ".yml", ".yaml", ".txt"})
# mkdocs-material's own words on every page (搜索, 跳转至, …), in the site's language.
_THEME_WORDS = Path(material.__file__).parent / "templates" / "partials" / "languages" / "zh.html"


@lru_cache(maxsize=1)
def editorial_texts() -> tuple[str, ...]:
    """Every run of three or more Chinese characters in the site's editorial sources."""
    found: set[str] = set()
    for path in _sources():
        try:
            found.update(_RUN.findall(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError):
            continue  # not text of ours: it shields nothing, which only makes the gate stricter
    return tuple(sorted(found))


def _sources() -> Iterator[Path]:
    yield MKDOCS_YML
    yield _THEME_WORDS
    for root in (PROJECT / "site_src", TEMPLATES):
        yield from sorted(p for p in root.rglob("*") if p.suffix in _SUFFIXES and p.is_file())
