"""The site renderer: guards against unredacted data and markup, self-contained pages,
relative links that resolve, the page semantics of the lifecycle, sitemap and statistics."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import RedactionError
from generator.lifecycle import apply_lifecycle
from generator.model import ListType, SubjectType

# Hostile public records are minted here on purpose: these tests are about what the renderer
# does with any public value, not about redaction (tests/test_public_chain.py covers that).
from generator.redact.public import MINT, PublicState, PublicSubject
from generator.render.chrome import build_editorial
from generator.render.pages import environment, paginate, render_subject_page
from generator.render.site import render_site
from tests.site_fixture import AS_OF, BUILT_AT, SITE_URL, Fixture, build_site, make_fixture

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
OTHERS = ("feeds/", "data/snapshot", "data/datapackage.json", "manifest.json", "keys/")
_ATTR = re.compile(r'\s(href|src)="([^"]*)"')
_SCRIPT_URL = re.compile(
    r"""(?:href|src|action)\s*=\s*["']?\s*(?:javascript|vbscript|data):""", re.I
)


@pytest.fixture(scope="module")
def fx(tmp_path_factory: pytest.TempPathFactory) -> Fixture:
    return make_fixture(tmp_path_factory.mktemp("fixture"))


@pytest.fixture(scope="module")
def site(fx: Fixture, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    build_site(fx, out)
    return out


@pytest.fixture(scope="module")
def shared(fx: Fixture, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from generator.render.pages import Shared
    from generator.render.views import make_labels, make_links

    editorial = build_editorial(
        tmp_path_factory.mktemp("chrome"), site_name="示例", site_url=SITE_URL
    )
    return Shared(editorial.chrome, make_labels(fx.rules, "示例"), make_links(fx.public), SITE_URL)


def _html(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "pagefind" not in p.parts)


T = TypeVar("T")


def _replace(obj: T, **changes: object) -> T:
    return dataclasses.replace(obj, mint=MINT, **changes)  # type: ignore[type-var]


# --- type guards -------------------------------------------------------------------------


def test_render_site_refuses_anything_but_a_public_state(fx: Fixture, tmp_path: Path) -> None:
    raw = apply_lifecycle(fx.dataset, AS_OF)
    with pytest.raises(TypeError, match="PublicState"):
        render_site(raw, fx.rules, tmp_path, built_at=BUILT_AT, site_url=SITE_URL)  # type: ignore[arg-type]
    assert not any(tmp_path.iterdir())


def test_templates_refuse_raw_model_objects(fx: Fixture) -> None:
    env = environment()
    raw = fx.dataset.listings[0]
    with pytest.raises(TypeError, match="Listing"):
        env.from_string("{{ x.name }}").render(x=raw)
    with pytest.raises(TypeError, match="Listing"):
        env.from_string("{{ x }}").render(x=raw)
    with pytest.raises(TypeError, match="Listing"):
        env.from_string("{{ x['name'] }}").render(x=raw)
    public = fx.public.listings[0]
    assert env.from_string("{{ x.record_id }}").render(x=public) == public.record_id
    with pytest.raises(TypeError):  # printing a whole record would print its repr
        env.from_string("{{ x }}").render(x=public)


def test_subject_page_refuses_a_raw_listing(fx: Fixture, shared) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError, match="PublicSubject"):
        render_subject_page(fx.dataset.listings[0], shared)  # type: ignore[arg-type]


def test_a_subject_id_unfit_for_a_path_is_refused(fx: Fixture, shared) -> None:  # type: ignore[no-untyped-def]
    subject = _replace(fx.public.subjects[0], id="../../etc")
    with pytest.raises(RedactionError):
        render_subject_page(subject, shared)


# --- markup from data ----------------------------------------------------------------------

HOSTILE = (
    '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>'
)


def test_markup_in_data_is_shown_as_text(fx: Fixture, tmp_path: Path) -> None:
    pub = fx.public
    subject = pub.subjects[0]
    listing = _replace(subject.listings[0], subject_name=HOSTILE, behavior=HOSTILE, basis=HOSTILE)
    subjects = (_replace(subject, name=HOSTILE, listings=(listing, *subject.listings[1:])),
                *pub.subjects[1:])  # fmt: skip
    listings = tuple(listing if x.record_id == listing.record_id else x for x in pub.listings)
    body = (
        HOSTILE
        + "\n\n[click](javascript:alert(4)) [ok](https://example.org/) \n\n<div onclick=x>raw</div>\n"
    )
    cases = tuple(_replace(c, title=HOSTILE, body=body, outcome=HOSTILE) for c in pub.cases)
    hostile = _replace(pub, subjects=subjects, listings=listings, cases=cases)
    render_site(hostile, fx.rules, tmp_path, built_at=BUILT_AT, site_url=SITE_URL)
    for page in _html(tmp_path):
        text = page.read_text(encoding="utf-8")
        assert "<script>alert" not in text, page
        assert not re.search(r"<[^>]+\son[a-z]+=", text), page
        assert not _SCRIPT_URL.search(text), page
    case_page = (tmp_path / "cases" / pub.cases[0].slug / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in case_page
    assert '<a href="https://example.org/">ok</a>' in case_page


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(st.characters(codec="utf-8"), min_size=1, max_size=40))
def test_any_name_is_escaped_on_the_subject_page(fx: Fixture, shared, text: str) -> None:  # type: ignore[no-untyped-def]
    subject = _replace(fx.public.subjects[0], name=text + "<b>")
    page = render_subject_page(subject, shared).decode()
    assert "<b>" not in page.split("<article", 1)[1]
    assert "&lt;b&gt;" in page


# --- self-contained pages -----------------------------------------------------------------


def test_no_resource_from_another_origin(site: Path) -> None:
    external = re.compile(r"""(?:\ssrc=|<link[^>]*\shref=|url\(|@import\s)["']?(?:https?:)?//""")
    for path in [*_html(site), *site.glob("assets/**/*.css")]:
        text = path.read_text(encoding="utf-8")
        for m in external.finditer(text):
            rest = text[m.end() :]
            assert rest.startswith(SITE_URL.split("//", 1)[1]), (
                f"{path}: {text[m.start() : m.end() + 60]}"
            )
    assert "fonts.googleapis" not in "".join(p.read_text(encoding="utf-8") for p in _html(site))


def test_no_inline_script_or_handler(site: Path) -> None:
    for path in _html(site):
        text = path.read_text(encoding="utf-8")
        for tag in re.findall(r"<script\b[^>]*>", text):
            assert " src=" in tag or 'type="application/json"' in tag or "ld+json" in tag, (
                path,
                tag,
            )
        assert not re.search(r"<[^>]+\son[a-z]+=", text), path
        assert not _SCRIPT_URL.search(text), path


def test_every_link_is_relative_and_resolves(site: Path) -> None:
    checked = 0
    for path in _html(site):
        if path.name == "404.html":
            continue
        for _, url in _ATTR.findall(path.read_text(encoding="utf-8")):
            if url.startswith(("#", "https://", "http://", "mailto:")):
                continue
            assert not url.startswith("/"), f"{path}: {url}"
            target = (path.parent / url.split("#")[0]).resolve()
            rel = target.relative_to(site.resolve()).as_posix() if target != site.resolve() else ""
            if rel.startswith(OTHERS):
                continue  # made by the feeds and signing stages
            assert target.exists(), f"{path.relative_to(site)} links to missing {url}"
            if target.is_dir():
                assert (target / "index.html").is_file(), f"{path}: {url}"
            checked += 1
    assert checked > 500


def test_pages_are_zh_cn_with_landmarks(site: Path) -> None:
    for path in _html(site):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("<!doctype html>") and '<html lang="zh-CN"' in text, path
        for landmark in ("<header", "<main", "<footer", "<nav"):
            assert landmark in text, (path, landmark)
        assert text.count("<h1") == 1 or path.name == "404.html" or "guide" in path.parts, path


def test_subject_pages_are_light_and_outside_the_navigation(site: Path) -> None:
    pages = list((site / "subjects").glob("*/index.html"))
    assert pages
    assert max(p.stat().st_size for p in pages) < 15_000
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'class="md-nav__link" href="subjects/' not in home
    assert "subjects/" not in home.split("<main", 1)[1].split("<article", 1)[0]


# --- what the pages say ----------------------------------------------------------------------


def _subject_page(site: Path, subject_id: str) -> str:
    return (site / "subjects" / subject_id / "index.html").read_text(encoding="utf-8")


def test_exited_subject_shows_the_exit_not_an_active_listing(fx: Fixture, site: Path) -> None:
    gone = [s for s in fx.public.subjects if not s.active]
    assert gone
    for s in gone:
        page = _subject_page(site, s.id)
        assert 'id="current"' not in page
        assert "该主体目前不在任何信用名单中" in page
        assert "退出原因" in page and "exits/" in page
        # 004 三(二): after the exit only the announcement is published.
        for x in s.listings:
            assert x.behavior not in page and x.measures not in page
        assert "失信行为" not in page and "惩戒措施" not in page and "法定代表人" not in page


def test_objection_and_clarification_are_marked(fx: Fixture, shared) -> None:  # type: ignore[no-untyped-def]
    subject = fx.public.subjects[0]
    first = _replace(subject.listings[0], active=True, exit=None, under_objection=True,
                     suspended=True, list_type=ListType.BLACK)  # fmt: skip
    page = render_subject_page(_replace(subject, listings=(first,)), shared).decode()
    assert "存在异议" in page and "惩戒措施暂停执行" in page
    exited = next(x for x in fx.public.listings if x.exit is not None)
    cleared = _replace(exited, exit=_replace(exited.exit, clarification=True))
    page = render_subject_page(_replace(subject, listings=(cleared,)), shared).decode()
    assert "澄清" in page and "退出原因" in page
    assert cleared.behavior not in page


def test_an_individual_business_names_its_operator(fx: Fixture, shared) -> None:  # type: ignore[no-untyped-def]
    subject = next(s for s in fx.public.subjects if s.active and not s.subject_type.is_person)
    shop = _replace(subject, subject_type=SubjectType.INDIVIDUAL_BUSINESS, legal_rep="梁＊＊")
    page = render_subject_page(shop, shared).decode()
    assert "<dt>经营者</dt><dd>梁＊＊</dd>" in page and "法定代表人" not in page
    company = _replace(subject, subject_type=SubjectType.LEGAL_ENTITY, legal_rep="梁＊＊")
    assert "<dt>法定代表人</dt>" in render_subject_page(company, shared).decode()


def test_lists_hold_exactly_the_active_listings(fx: Fixture, site: Path) -> None:
    for t in ListType:
        active = [x for x in fx.public.listings if x.active and x.list_type is t]
        page = (site / "lists" / t.value / "index.html").read_text(encoding="utf-8")
        assert f"共 {len(active)} 条" in page
        for x in active:
            assert f"subjects/{x.subject_id}/" in page
    warning = (site / "lists" / "warning" / "index.html").read_text(encoding="utf-8")
    assert f"共 {len(fx.public.warning)} 条" in warning


def test_paginate() -> None:
    assert [(n, p, len(r)) for n, p, r in paginate(list(range(101)), 50)] == [
        (1, 3, 50), (2, 3, 50), (3, 3, 1)]  # fmt: skip
    assert [(n, p, r) for n, p, r in paginate([], 50)] == [(1, 1, [])]


def test_domain_and_case_pages_link_both_ways(fx: Fixture, site: Path) -> None:
    case = fx.public.cases[0]
    page = (site / "cases" / case.slug / "index.html").read_text(encoding="utf-8")
    assert f"domains/{case.domain}/" in page
    domain = (site / "domains" / case.domain / "index.html").read_text(encoding="utf-8")
    assert f"cases/{case.slug}/" in domain
    for subject_id in case.subject_ids:
        assert f"subjects/{subject_id}/" in page
        assert f"cases/{case.slug}/" in _subject_page(site, subject_id)
    for measure in case.measures:
        assert measure in page
    memo = fx.rules.domain(case.domain).memoranda
    if memo:
        assert memo[0].doc_no in domain


def test_every_exit_has_an_announcement(fx: Fixture, site: Path) -> None:
    index = (site / "exits" / "index.html").read_text(encoding="utf-8")
    for e in fx.public.exits:
        assert (site / "exits" / e.record_id / "index.html").is_file()
        assert f"exits/{e.record_id}/" in index


def test_sitemap_robots_and_person_pages(fx: Fixture, site: Path) -> None:
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    locs = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert locs == sorted(locs) and all(u.startswith(SITE_URL) for u in locs)
    assert SITE_URL + "guide/objection/" in locs and SITE_URL + "stats/" in locs
    for s in fx.public.subjects:
        listed = f"{SITE_URL}subjects/{s.id}/" in locs
        noindex = 'name="robots" content="noindex"' in _subject_page(site, s.id)
        assert listed is not (s.subject_type is SubjectType.PERSON) and noindex is not listed
    assert f"Sitemap: {SITE_URL}sitemap.xml" in (site / "robots.txt").read_text(encoding="utf-8")
    assert (site / "404.html").is_file()


def test_stats_json_agrees_with_the_state(fx: Fixture, site: Path) -> None:
    stats = json.loads((site / "stats" / "stats.json").read_text(encoding="utf-8"))
    assert sum(m["entries"] for m in stats["months"]) == len(fx.public.listings)
    assert sum(m["exits"] for m in stats["months"]) == len(fx.public.exits)
    assert sum(b["count"] for b in stats["time_on_list"]) == len(fx.public.exits)
    page = (site / "stats" / "index.html").read_text(encoding="utf-8")
    assert page.count("<svg") >= 2 and "<table>" in page and 'role="img"' in page


def test_search_index_and_data_page(site: Path) -> None:
    pagefind = site / "pagefind"
    for name in ("pagefind.js", "pagefind-worker.js", "pagefind-entry.json"):
        assert (pagefind / name).is_file(), name
    assert list(pagefind.glob("*.pf_meta")) and list(pagefind.glob("wasm.*.pagefind"))
    # The search page is our own script over pagefind.js: pagefind's UIs are not published.
    assert [
        p.name for p in pagefind.iterdir() if re.search(r"ui\.(js|css)$|highlight", p.name)
    ] == []
    search = (site / "search" / "index.html").read_text(encoding="utf-8")
    assert 'data-root="../"' in search and "pagefind-ui" not in search
    assert 'placeholder="输入企业名称、统一社会信用代码或关键词"' in search
    data = (site / "data" / "index.html").read_text(encoding="utf-8")
    assert '"@type": "Dataset"' in data
    assert not list((site / "assets" / "javascripts").glob("lunr"))


def test_two_builds_are_byte_identical(fx: Fixture, site: Path, tmp_path: Path) -> None:
    build_site(fx, tmp_path)
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    second = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


def test_public_state_type_is_what_the_site_uses() -> None:
    assert PublicSubject.__module__ == PublicState.__module__ == "generator.redact.public"
