"""Page renderers: each turns public records plus the build's shared context into HTML.

`render_subject_page` is the hot path (one call per subject, 10⁵–10⁶ per build): a pure
function of (subject, shared context) so that partitions of subjects can be rendered in
worker processes; it reads nothing else and writes nothing.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jinja2 import Environment
from markupsafe import Markup, escape

from generator.errors import RedactionError
from generator.model import SubjectType
from generator.redact.public import PublicSubject
from generator.render.chrome import Chrome, fill
from generator.render.env import make_environment
from generator.render.views import Labels, Links, NoticeSubject

PAGE_SIZE = 50
# Path segments made from data: a subject id, record id or case slug becomes a folder name.
_SEGMENT = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$")
_NOINDEX = Markup('<meta name="robots" content="noindex">')


@dataclass(frozen=True, slots=True)
class Shared:
    """What every data page needs besides its own records; built once, picklable."""

    chrome: Chrome
    labels: Labels
    links: Links
    site_url: str


@lru_cache(maxsize=1)
def environment() -> Environment:
    """One environment per process: templates compile once, then stay cached."""
    return make_environment()


def segment(text: str) -> str:
    """A data value used as a folder name, refused unless plainly URL- and path-safe."""
    if not _SEGMENT.fullmatch(text) or ".." in text:
        raise RedactionError(f"not usable in a URL: {text[:4]}… ({len(text)} characters)")
    return text


def render_page(
    shared: Shared,
    template: str,
    where: str,
    title: str,
    context: Mapping[str, Any],
    *,
    head: str = "",
) -> str:
    """`where` is the page's folder relative to the root ("" for the home page, else
    ending in "/"); it fixes the relative links and the canonical URL."""
    depth = where.count("/")
    root = "../" * depth
    body = environment().get_template(template).render(root=root, labels=shared.labels, **context)
    return fill(
        shared.chrome.frame(depth),
        title=str(escape(title)),
        head=head,
        content=body,
        canonical=shared.site_url + where,
    )


def render_subject_page(subject: PublicSubject | NoticeSubject, shared: Shared) -> bytes:
    if not isinstance(subject, PublicSubject | NoticeSubject):
        raise TypeError(f"a subject page needs a PublicSubject, not a {type(subject).__name__}")
    where = f"subjects/{segment(subject.id)}/"
    # Pages of persons stay out of search engines (site_src/guide/privacy.md says so).
    head = _NOINDEX if subject.subject_type is SubjectType.PERSON else ""
    links = shared.links
    html = render_page(
        shared,
        "subject.html",
        where,
        subject.name,
        {
            "subject": subject,
            "current": [x for x in subject.listings if x.active],
            "past": [x for x in subject.listings if not x.active and x.exit is not None],
            "withdrawn": links.withdrawn.get(subject.id, ()),
            "amendments": {
                x.record_id: links.amendments[x.record_id]
                for x in subject.listings
                if x.active and x.record_id in links.amendments
            },
            "cases": links.cases_by_subject.get(subject.id, ()),
        },
        head=head,
    )
    return html.encode()


def subject_inputs(subject: PublicSubject | NoticeSubject, links: Links) -> tuple[object, ...]:
    """Everything a subject page shows besides the shared context (its reuse digest)."""
    return (
        subject,
        links.cases_by_subject.get(subject.id, ()),
        links.withdrawn.get(subject.id, ()),
        tuple(links.amendments.get(x.record_id, ()) for x in subject.listings),
    )


def paginate(rows: list[Any], size: int = PAGE_SIZE) -> Iterator[tuple[int, int, list[Any]]]:
    """(page number, page count, rows); one empty page when there are no rows."""
    pages = max(1, -(-len(rows) // size))
    for n in range(1, pages + 1):
        yield n, pages, rows[(n - 1) * size : n * size]


def page_folder(first: str, n: int) -> str:
    return first if n == 1 else f"{first}page/{n}/"


class Output:
    """Writes pages into the staging tree and counts them; keeps the sitemap's URLs."""

    def __init__(self, root: str) -> None:
        self.root = root
        self.pages = 0
        self.bytes = 0
        self.sitemap: list[str] = []
        self._made: set[str] = set()

    def write(self, where: str, data: bytes | str, *, name: str = "index.html",
              sitemap: bool = True) -> None:  # fmt: skip
        # os.path on plain strings: pathlib objects cost ~5 µs a page at 10⁶ pages.
        folder = os.path.join(self.root, where)  # noqa: PTH118
        if folder not in self._made:
            os.makedirs(folder, exist_ok=True)  # noqa: PTH103
            self._made.add(folder)
        raw = data.encode() if isinstance(data, str) else data
        with open(os.path.join(folder, name), "wb") as f:  # noqa: PTH118, PTH123
            f.write(raw)
        self._count(where, name, len(raw), sitemap)

    def carried(self, where: str, *, name: str = "index.html", sitemap: bool = True) -> None:
        """Count a page linked from the previous release (`reuse.PageDigests`) as written."""
        size = os.stat(os.path.join(self.root, where, name)).st_size  # noqa: PTH116, PTH118
        self._count(where, name, size, sitemap)

    def _count(self, where: str, name: str, size: int, sitemap: bool) -> None:
        self.bytes += size
        if name.endswith(".html"):
            self.pages += 1
            if sitemap:
                self.sitemap.append(where)
