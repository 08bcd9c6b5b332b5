"""The built site in a real browser (Debian's chromium driven by playwright): search by
Chinese name and by USCC, follow subject → domain → typical case, no console errors, and
the pages work with JavaScript disabled. The test server sends deploy/nginx.conf's
Content-Security-Policy, so a script the CSP would block fails here too.

Without /usr/bin/chromium these tests skip, except in CI (CI=true), where they fail.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import threading
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.model import SubjectType
from tests.site_fixture import Fixture, build_site, make_fixture

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    message = f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium)"
    if os.environ.get("CI") == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message, allow_module_level=True)

from playwright.sync_api import Browser, Dialog, Page, expect, sync_playwright  # noqa: E402

NGINX_CONF = Path(__file__).resolve().parent.parent / "deploy" / "nginx.conf"
_CSP = re.search(r'\$creditsite_csp \{\s*default "([^"]+)"', NGINX_CONF.read_text("utf-8"))
assert _CSP, "deploy/nginx.conf no longer sets $creditsite_csp"
CSP = _CSP.group(1)
PAGE = 10  # search.js shows this many results at once

# Registered before any page script runs (init scripts are not subject to the page's CSP).
_RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(e.violatedDirective + " " + e.blockedURI);
});
"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", CSP)
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Fixture, Path]:
    tmp = tmp_path_factory.mktemp("browser")
    fx = make_fixture(tmp)
    build_site(fx, tmp / "site")
    return fx, tmp / "site"


def _serve(folder: Path) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def base_url(built: tuple[Fixture, Path]) -> Iterator[str]:
    yield from _serve(built[1])


@pytest.fixture(scope="module")
def sub_path_url(built: tuple[Fixture, Path]) -> Iterator[str]:
    """The same site served under a sub-path (/site/), as a city portal may host it."""
    for root in _serve(built[1].parent):
        yield root + built[1].name + "/"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM))
        yield b
        b.close()


def _watch(page: Page) -> list[str]:
    """Console errors, failed requests and CSP violations (read at the end by _problems)."""
    errors: list[str] = []
    page.add_init_script(_RECORD_VIOLATIONS)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    # A navigation cancels requests still in flight (the favicon): aborted is not failed.
    page.on(
        "requestfailed",
        lambda r: (
            None
            if "ABORTED" in (r.failure or "")
            else errors.append(f"failed: {r.url} {r.failure}")
        ),
    )
    return errors


def _organisation_in_a_case(fx: Fixture):  # type: ignore[no-untyped-def]
    subjects = {s.id: s for s in fx.public.subjects}
    for case in fx.public.cases:
        for sid in case.subject_ids:
            s = subjects.get(sid)
            if s is not None and s.subject_type is not SubjectType.PERSON and s.uscc:
                return s, case
    pytest.fail("the fixture has no organisation in a typical case")


def _search(page: Page, base_url: str, query: str) -> None:
    page.goto(base_url)
    page.fill("#q", query)
    page.click("form[role=search] button")
    page.wait_for_url("**/search/?q=*")
    expect(page.locator("#search-results a").first).to_be_visible(timeout=10_000)


def _problems(page: Page, errors: list[str], base_url: str, requests: list[str]) -> list[str]:
    """Everything that went wrong on `page`: console errors, failed requests, CSP violations
    and requests to any other origin (the site is read in mainland China: no CDN, no font)."""
    away = [u for u in requests if not u.startswith((base_url, "data:"))]
    return errors + [f"csp: {v}" for v in page.evaluate("window.__csp")] + away


def test_search_by_chinese_name_then_follow_domain_and_case(built, base_url, browser) -> None:  # type: ignore[no-untyped-def]
    fx, _ = built
    subject, case = _organisation_in_a_case(fx)
    page = browser.new_page()
    errors = _watch(page)
    _search(page, base_url, subject.name)
    page.locator("#search-results a", has_text=subject.name).first.click()
    page.wait_for_url(f"**/subjects/{subject.id}/")
    expect(page.locator("h1")).to_have_text(subject.name)
    domain = subject.listings[0].domain
    page.locator(f'a[href$="domains/{domain}/"]').first.click()
    page.wait_for_url(f"**/domains/{domain}/")
    expect(page.locator("h1")).to_have_text(fx.rules.domain(domain).name)
    page.go_back()
    page.locator(f'a[href$="cases/{case.slug}/"]').first.click()
    page.wait_for_url(f"**/cases/{case.slug}/")
    expect(page.locator("h1")).to_have_text(case.title)
    expect(page.locator(f'a[href$="subjects/{subject.id}/"]').first).to_be_visible()
    assert errors == []
    page.close()


def test_search_by_uscc(built, base_url, browser) -> None:  # type: ignore[no-untyped-def]
    fx, _ = built
    subject, _ = _organisation_in_a_case(fx)
    page = browser.new_page()
    errors = _watch(page)
    _search(page, base_url, subject.uscc)
    page.locator("#search-results a").first.click()
    page.wait_for_url(f"**/subjects/{subject.id}/")
    assert errors == []
    page.close()


def test_pages_work_without_javascript(built, base_url, browser) -> None:  # type: ignore[no-untyped-def]
    fx, _ = built
    subject, case = _organisation_in_a_case(fx)
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    errors = _watch(page)
    page.goto(base_url + "lists/red/")
    expect(page.locator("table")).to_be_visible()
    page.goto(base_url + f"subjects/{subject.id}/")
    expect(page.locator("h1")).to_have_text(subject.name)
    page.locator(f'a[href$="cases/{case.slug}/"]').first.click()
    expect(page.locator("h1")).to_have_text(case.title)
    page.goto(base_url + "stats/")
    expect(page.locator("svg.cs-chart").first).to_be_visible()
    page.goto(base_url + "search/")
    expect(page.locator("article")).to_contain_text("搜索需要启用 JavaScript")
    # The form on the home page reaches the search page without a script.
    page.goto(base_url)
    page.fill("#q", "test")
    page.click("form[role=search] button")
    page.wait_for_url("**/search/?q=test")
    assert errors == []
    context.close()


def test_every_page_family_loads_without_errors(built, base_url, browser) -> None:  # type: ignore[no-untyped-def]
    fx, _ = built
    page = browser.new_page()
    errors = _watch(page)
    paths = ["", "lists/black/", "lists/warning/", "domains/", "exits/", "cases/", "stats/",
             "data/", "guide/objection/", "guide/privacy/", "search/", "404.html"]  # fmt: skip
    paths += [f"exits/{fx.public.exits[0].record_id}/"] if fx.public.exits else []
    for path in paths:
        page.goto(base_url + path)
        expect(page.locator("header.md-header")).to_be_visible()
    assert errors == []
    page.close()


def _open_search(browser: Browser, base_url: str, query: str) -> tuple[Page, list[str], list[str]]:
    page = browser.new_page(viewport={"width": 375, "height": 800})  # a phone
    errors = _watch(page)
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{base_url}search/?q={urllib.parse.quote(query)}")
    return page, errors, requests


def _count(page: Page, query: str) -> int:
    status = page.locator("#search-status")
    expect(status).to_contain_text("相关的结果", timeout=10_000)
    found = re.fullmatch(f"找到 (\\d+) 条与“{re.escape(query)}”相关的结果。", status.inner_text())
    assert found, status.inner_text()
    return int(found.group(1))


def test_search_from_the_address_shows_the_link_count_and_excerpt(built, base_url, browser) -> None:  # type: ignore[no-untyped-def]
    fx, _ = built
    subject, _ = _organisation_in_a_case(fx)
    page, errors, requests = _open_search(browser, base_url, subject.name)
    link = page.locator("#search-results a", has_text=subject.name).first
    expect(link).to_be_visible(timeout=10_000)
    assert (link.get_attribute("href") or "").endswith(f"/subjects/{subject.id}/")
    shown = page.locator("#search-results > li").count()
    assert 1 <= shown == min(_count(page, subject.name), PAGE)
    expect(page.locator("#search-results mark").first).to_be_visible()  # pagefind's highlight
    expect(page.get_by_label("搜索内容")).to_have_value(subject.name)
    expect(page.locator("#search-status")).to_have_attribute("aria-live", "polite")
    expect(page.locator("#search-nojs")).to_be_hidden()
    page.wait_for_load_state("networkidle")
    assert _problems(page, errors, base_url, requests) == []
    page.close()


def test_typing_nonsense_says_nothing_was_found(built, base_url, browser) -> None:  # type: ignore[no-untyped-def]
    fx, _ = built
    subject, _ = _organisation_in_a_case(fx)
    page, errors, requests = _open_search(browser, base_url, subject.name)
    expect(page.locator("#search-results a").first).to_be_visible(timeout=10_000)
    page.get_by_label("搜索内容").fill("qzxjvwk")
    expect(page.locator("#search-status")).to_contain_text(
        "没有找到与“qzxjvwk”相关的结果", timeout=10_000
    )
    expect(page.locator("#search-results > li")).to_have_count(0)
    expect(page.locator("#search-more")).to_be_hidden()
    assert page.url.endswith("search/?q=qzxjvwk")  # reload and back show the same search
    assert _problems(page, errors, base_url, requests) == []
    page.close()


def test_load_more_shows_the_next_results_until_none_is_left(base_url, browser) -> None:  # type: ignore[no-untyped-def]
    page, errors, requests = _open_search(browser, base_url, "示例市")  # in most names
    total = _count(page, "示例市")
    assert total > PAGE, "the fixture needs more results than one page shows"
    items, more = page.locator("#search-results > li"), page.locator("#search-more")
    expect(items).to_have_count(PAGE)
    while total > items.count():
        expect(more).to_be_visible()
        before = items.count()
        more.click()
        expect(items).to_have_count(min(total, before + PAGE))
        # Keyboard users land on the first new result, not on the vanished button.
        assert page.evaluate("document.activeElement.closest('li') !== null")
    expect(more).to_be_hidden()
    links = items.locator("a").evaluate_all("links => links.map(a => a.href)")
    assert len(set(links)) == total  # every result once
    # Only the fragments of results shown were fetched: one per result.
    assert sum("/fragment/" in u for u in requests) == total
    assert _problems(page, errors, base_url, requests) == []
    page.close()


def test_search_under_a_sub_path(built, sub_path_url, browser) -> None:  # type: ignore[no-untyped-def]
    fx, _ = built
    subject, _ = _organisation_in_a_case(fx)
    page, errors, requests = _open_search(browser, sub_path_url, subject.uscc)
    link = page.locator("#search-results a").first
    expect(link).to_be_visible(timeout=10_000)
    assert link.get_attribute("href") == f"/site/subjects/{subject.id}/"
    expect(page.locator("#search-more")).to_be_hidden()  # one result: nothing more to load
    link.click()
    page.wait_for_url(f"**/site/subjects/{subject.id}/")
    assert _problems(page, errors, sub_path_url, requests) == []
    page.close()


# Runs after the item HTML is in the DOM: anything a payload could have made live.
_LIVE_FROM_DATA = """() => {
  const box = document.getElementById("item");
  const elements = [...box.querySelectorAll("*")];
  return {
    tags: elements.map((e) => e.tagName.toLowerCase()),
    attrs: elements.flatMap((e) => [...e.attributes].map((a) => a.name + "=" + a.value)),
    text: box.textContent,
    pwned: window.__pwned === undefined ? null : String(window.__pwned),
  };
}"""


def test_feed_item_html_from_hostile_data_renders_as_text(tmp_path, browser) -> None:  # type: ignore[no-untyped-def]
    """Issue 17: each item's HTML, as a JSON Feed or (via feedparser, unsanitized) an RSS or
    Atom reader hands it over, rendered by Chromium: no element or attribute from the data,
    no script run, no dialog, the payloads visible as text."""
    from tests.test_feed_html import CASE_TAGS, feeds, item_html

    out = feeds(tmp_path)
    page = browser.new_page()
    errors = _watch(page)
    dialogs: list[str] = []

    def dialog(d: Dialog) -> None:  # an alert() from a payload
        dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    rendered = 0
    for name, reader, html in item_html(out):
        if reader.endswith("sanitize=True"):
            continue  # the unsanitized form is the harder case
        page.set_content(f'<!doctype html><meta charset="utf-8"><div id="item">{html}</div>')
        page.wait_for_timeout(50)  # an onerror or onload would have fired by now
        live = page.evaluate(_LIVE_FROM_DATA)
        allowed = CASE_TAGS if name.startswith("cases.") else {"p"}
        assert set(live["tags"]) <= allowed, (name, reader, live["tags"])
        assert all(a.startswith("href=") and "javascript" not in a for a in live["attrs"]), (
            name,
            reader,
            live["attrs"],
        )
        assert live["pwned"] is None, (name, reader)
        if not name.startswith("cases."):
            assert "<img src=x onerror=alert(1)>" in live["text"] or "onerror" not in html
        rendered += 1
    assert rendered >= 15
    assert dialogs == [] and errors == []
    page.close()


AXE = Path(__file__).resolve().parent / "axe" / "axe.min.js"
AXE_VERSION = "4.14.1"  # tests/axe/README.md: where the file came from, its licence
AXE_SHA256 = "29348999450cdf2849a8e70b7912fc2da85a849da39c0d0d5394f51d4a9ed95c"
_AXE_RUN = """async () => {
  const result = await axe.run(document, { resultTypes: ["violations"] });
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ") + ": " + n.failureSummary),
  }));
}"""


def _family_sample(fx: Fixture) -> list[str]:
    """One page of every page family (issue 22): home, list, domain, a legal and a natural
    person's subject page, case, exits, data, guide, search (with results), stats, 404."""
    subjects = {s.subject_type is SubjectType.PERSON: s for s in fx.public.subjects}
    assert set(subjects) == {True, False}, "the fixture needs a person and an organisation"
    organisation, _ = _organisation_in_a_case(fx)
    case = fx.public.cases[0]
    paths = ["", "lists/black/", "lists/warning/", f"domains/{case.domain}/", "domains/",
             f"subjects/{organisation.id}/", f"subjects/{subjects[True].id}/",
             f"cases/{case.slug}/", "cases/", "exits/", "data/", "guide/feeds/",
             "guide/objection/", f"search/?q={urllib.parse.quote(organisation.name)}",
             "stats/", "404.html"]  # fmt: skip
    return paths + ([f"exits/{fx.public.exits[0].record_id}/"] if fx.public.exits else [])


def test_no_serious_or_critical_accessibility_violation(built, base_url, browser) -> None:  # type: ignore[no-untyped-def]
    """axe-core (vendored, tests/axe/) in Chromium on a sample of every page family."""
    import hashlib

    source = AXE.read_bytes()
    assert hashlib.sha256(source).hexdigest() == AXE_SHA256, "tests/axe/axe.min.js was changed"
    assert source.startswith(f"/*! axe v{AXE_VERSION}".encode())
    fx, _ = built
    context = browser.new_context()
    context.add_init_script(script=source.decode("utf-8"))  # init scripts pass the CSP
    page = context.new_page()
    found: list[str] = []
    for path in _family_sample(fx):
        page.goto(base_url + path)
        if path.startswith("search/"):
            expect(page.locator("#search-results a").first).to_be_visible(timeout=10_000)
        for v in page.evaluate(_AXE_RUN):
            if v["impact"] in ("serious", "critical"):
                found.append(f"/{path} {v['id']} ({v['impact']}): " + " | ".join(v["nodes"]))
    context.close()
    assert found == [], "\n".join(found)


_MISRENDERED = """() => {
  const article = document.querySelector("article");
  const inline = [...article.querySelectorAll("code")].filter((c) => !c.closest("pre"));
  return {
    paragraphs: [...article.querySelectorAll("p")].map((p) => p.innerText),
    inline: inline.map((c) => c.textContent),
    blocks: article.querySelectorAll("pre code").length,
  };
}"""


def test_guide_pages_render_steps_and_code_blocks_as_meant(base_url, browser) -> None:  # type: ignore[no-untyped-def]
    """Every editorial page in Chromium (tests/test_guide_pages.py reads the same HTML
    statically): no list number left in a paragraph, no inline code holding line breaks."""
    from tests.test_guide_pages import _STRAY_NUMBER, _editorial_pages

    page = browser.new_page()
    errors = _watch(page)
    for path in _editorial_pages():
        page.goto(base_url + path)
        seen = page.evaluate(_MISRENDERED)
        assert seen["paragraphs"], path
        assert [p for p in seen["paragraphs"] if _STRAY_NUMBER.search(p)] == [], path
        assert [c for c in seen["inline"] if "\n" in c] == [], path
        if path == "guide/feeds/":
            assert seen["blocks"] >= 3
            link = page.locator('a[href$="feeds/verify_feed.py"]')
            expect(link).to_be_visible()
    assert errors == []
    page.close()
