"""The built site in a real browser (Debian's chromium driven by playwright): search by
Chinese name and by USCC, follow subject → domain → typical case, no console errors, and
the pages work with JavaScript disabled.

Without /usr/bin/chromium these tests skip, except in CI (CI=true), where they fail.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
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

from playwright.sync_api import Browser, Page, expect, sync_playwright  # noqa: E402


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Fixture, Path]:
    tmp = tmp_path_factory.mktemp("browser")
    fx = make_fixture(tmp)
    build_site(fx, tmp / "site")
    return fx, tmp / "site"


@pytest.fixture(scope="module")
def base_url(built: tuple[Fixture, Path]) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(built[1]))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM))
        yield b
        b.close()


def _watch(page: Page) -> list[str]:
    errors: list[str] = []
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
    expect(page.locator(".pagefind-ui__result-link").first).to_be_visible(timeout=10_000)


def test_search_by_chinese_name_then_follow_domain_and_case(built, base_url, browser) -> None:  # type: ignore[no-untyped-def]
    fx, _ = built
    subject, case = _organisation_in_a_case(fx)
    page = browser.new_page()
    errors = _watch(page)
    _search(page, base_url, subject.name)
    page.locator(".pagefind-ui__result-link", has_text=subject.name).first.click()
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
    page.locator(".pagefind-ui__result-link").first.click()
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
