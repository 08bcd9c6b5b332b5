"""What keeps the site renderer fit for national scale without changing what it writes:
partitions in worker processes give the same bytes as one process, the search records say
only what the subject's page says, and the pager stays short on a long list."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.render.pages import Shared, environment
from generator.render.search import subject_record
from generator.render.subjects import write_subjects
from tests.site_fixture import Fixture, build_site, make_fixture

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def fx(tmp_path_factory: pytest.TempPathFactory) -> Fixture:
    return make_fixture(tmp_path_factory.mktemp("fixture"))


@pytest.fixture(scope="module")
def site(fx: Fixture, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    build_site(fx, out)
    return out


@pytest.fixture(scope="module")
def shared(fx: Fixture, tmp_path_factory: pytest.TempPathFactory) -> Shared:
    from generator.render.chrome import build_editorial
    from generator.render.views import make_labels, make_links
    from tests.site_fixture import SITE_URL

    editorial = build_editorial(
        tmp_path_factory.mktemp("chrome"), site_name="示例", site_url=SITE_URL
    )
    return Shared(editorial.chrome, make_labels(fx.rules, "示例"), make_links(fx.public), SITE_URL)


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_worker_processes_write_what_one_process_writes(fx: Fixture, shared: Shared, tmp_path: Path) -> None:  # fmt: skip
    serial, pooled = tmp_path / "serial", tmp_path / "pooled"
    done: list[int] = []
    one = write_subjects(fx.public.subjects, shared, str(serial), workers=1, report=done.append, partition=3)  # fmt: skip
    two = write_subjects(fx.public.subjects, shared, str(pooled), workers=2, report=done.append, partition=3)  # fmt: skip
    assert one == two and one.pages == len(fx.public.subjects)
    assert _files(serial) == _files(pooled)
    assert len(_files(serial)) == len(fx.public.subjects)
    assert sum(len(b) for b in _files(serial).values()) == one.bytes
    assert max(done) == len(fx.public.subjects)


def test_the_site_tree_does_not_depend_on_the_worker_count(fx: Fixture, site: Path, tmp_path: Path) -> None:  # fmt: skip
    from generator.render.site import render_site
    from tests.site_fixture import BUILT_AT, SITE_URL

    render_site(fx.public, fx.rules, tmp_path, built_at=BUILT_AT, site_url=SITE_URL,
                locality="示例市", workers=1)  # fmt: skip
    assert _files(tmp_path) == _files(site)


def test_a_search_record_says_only_what_the_page_shows(fx: Fixture, site: Path, shared: Shared) -> None:  # fmt: skip
    for subject in fx.public.subjects:
        record = subject_record(subject, shared.labels)
        page = (site / "subjects" / subject.id / "index.html").read_text(encoding="utf-8")
        assert record.url == f"/subjects/{subject.id}/" and record.title == subject.name
        for word in record.content.split(" "):
            assert word in page, (subject.id, word)
        if subject.uscc:
            assert subject.uscc in record.content.split(" ")
        words = record.content.split(" ")
        for x in subject.listings:  # an exited listing's list and domain leave the index
            if not x.active and not any(
                y.active and y.domain == x.domain for y in subject.listings
            ):
                assert shared.labels.domains[x.domain].name not in words, (subject.id, x.domain)


def test_the_index_finds_subjects_by_their_records(fx: Fixture, site: Path) -> None:
    entry = (site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8")
    pages = int(re.search(r'"page_count":(\d+)', entry).group(1))  # type: ignore[union-attr]
    editorial = [
        p
        for d in ("domains", "cases", "guide", "data")
        for p in (site / d).rglob("*.html")
        if "data-pagefind-body" in p.read_text(encoding="utf-8")
    ]
    assert pages == len(fx.public.subjects) + len(editorial)
    # Subject pages carry no pagefind markup any more: the records stand in for them.
    page = next((site / "subjects").glob("*/index.html")).read_text(encoding="utf-8")
    assert "data-pagefind" not in page


def _pager(page: int, pages: int) -> str:
    template = environment().from_string(
        '{% import "_macros.html" as m %}{{ m.pager(page, pages, "./", "") }}'
    )
    return template.render(page=page, pages=pages)


@given(st.integers(1, 5000), st.data())
def test_the_pager_is_a_window_that_reaches_every_page(pages: int, data: st.DataObject) -> None:
    page = data.draw(st.integers(1, pages))
    html = _pager(page, pages)
    linked = {int(n) for n in re.findall(r'href="\./page/(\d+)/"', html)}
    linked |= {1} if 'href="./"' in html else set()
    current = re.findall(r'aria-current="page">(\d+)<', html)
    if pages == 1:
        assert html.strip() == ""
        return
    assert current == [str(page)] and page not in linked
    assert len(linked) <= 8  # first, last and three either side, whatever the length
    # From any page one can walk to every other: the neighbours and both ends are linked.
    expected = {1, pages} | set(range(max(1, page - 3), min(pages, page + 3) + 1))
    assert linked == expected - {page}
