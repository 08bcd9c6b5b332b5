"""deploy/nginx.conf itself, run by a real nginx (Debian's package) on loopback over a site
built by the CLI: content types, cache lifetimes, security headers, the precompressed
files, `creditsite verify` over HTTP, and the Content-Security-Policy in chromium.

Only root, listen, pid, user, log and temporary paths of the shipped file are replaced.
Without nginx (or chromium, for the browser tests) these tests skip, except in CI
(CI=true), where they fail.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from email.message import Message
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from generator.cli import main
from generator.demo import write_demo_dataset
from tests.sign_fixtures import T0, write_key_folder

ROOT = Path(__file__).resolve().parent.parent
CONF = ROOT / "deploy" / "nginx.conf"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
CHROMIUM = Path("/usr/bin/chromium")
NOW = "2026-11-23T00:00:00Z"


def _require(path: str, message: str) -> None:
    if Path(path).exists():
        return
    if os.environ.get("CI") == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message, allow_module_level=True)


_require(NGINX, "nginx not found: install Debian's nginx (apt-get install nginx)")


@dataclass(frozen=True, slots=True)
class Served:
    url: str  # ends with "/"
    site: Path  # the published symlink nginx serves
    keys: Path


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    headers: Message
    body: bytes


def derive_config(text: str, *, root: Path, port: int, work: Path) -> str:
    """The shipped configuration with this machine's paths; fails if a line moved."""
    user = pwd.getpwuid(os.getuid()).pw_name
    temp = "".join(
        f"    {kind}_temp_path {work / kind};\n"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    replacements = [
        (r"(?m)^user \S+;$", f"user {user};"),
        (r"(?m)^pid \S+;$", f"pid {work / 'nginx.pid'};"),
        (r"(?m)^error_log \S+ (\w+);$", rf"error_log {work / 'error.log'} \1;"),
        (r"(?m)^    access_log \S+;$", f"    access_log {work / 'access.log'};"),
        (r"(?m)^http \{$", "http {\n" + temp),
        (r"(?m)^        listen 80;$", f"        listen 127.0.0.1:{port};"),
        (r"(?m)^        listen \[::\]:80;\n", ""),
        (r"(?m)^        root \S+;$", f"        root {root};"),
    ]
    for pattern, new in replacements:
        text, count = re.subn(pattern, new, text)  # `new`: a template (\1), paths hold no "\\"
        assert count == 1, f"deploy/nginx.conf no longer has one line matching {pattern}"
    return text


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _build(tmp: Path) -> tuple[Path, Path]:
    data = tmp / "data"
    write_demo_dataset(data, 20, 5, date(2026, 11, 22))
    keys = write_key_folder(tmp / "keys")
    site = tmp / "site"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", str(int(T0.timestamp())))
        for name in ("CREDITSITE_SIGNING_KEY", "CREDITSITE_PSEUDONYM_KEY"):
            mp.delenv(name, raising=False)
        args = ["build", str(data), "--out", str(site), "--as-of", "2026-11-22"]
        assert main([*args, "--keys", str(keys)]) == 0
    return site, keys


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    tmp = tmp_path_factory.mktemp("nginx")
    site, keys = _build(tmp)
    work = tmp / "nginx"
    work.mkdir()
    port = _free_port()
    conf = work / "nginx.conf"
    conf.write_text(
        derive_config(CONF.read_text(encoding="utf-8"), root=site, port=port, work=work),
        encoding="utf-8",
    )
    cmd = [NGINX, "-c", str(conf), "-p", str(work), "-e", str(work / "error.log")]
    check = subprocess.run([*cmd, "-t"], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stderr
    process = subprocess.Popen([*cmd, "-g", "daemon off;"], stderr=subprocess.PIPE)
    try:
        _wait_for(port, process)
        yield Served(f"http://127.0.0.1:{port}/", site, keys)
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_for(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None:
            err = process.stderr.read().decode() if process.stderr else ""
            pytest.fail(f"nginx stopped: {err}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    pytest.fail("nginx did not start listening")


def get(served: Served, path: str, encoding: str | None = None) -> Response:
    request = urllib.request.Request(served.url + path)  # noqa: S310 - loopback http
    if encoding is not None:
        request.add_header("Accept-Encoding", encoding)
    try:
        with urllib.request.urlopen(request, timeout=10) as r:  # noqa: S310 - loopback http
            return Response(r.status, r.headers, r.read())
    except urllib.error.HTTPError as exc:
        return Response(exc.code, exc.headers, exc.read())


def _first(site: Path, pattern: str) -> str:
    found = sorted(p.relative_to(site).as_posix() for p in site.glob(pattern))
    assert found, f"the built site has no {pattern}"
    return found[0]


# Path (a glob, first match) → Content-Type and Cache-Control nginx must send.
TYPES = {
    "": ("text/html; charset=utf-8", "public, max-age=300"),
    "subjects/*/": ("text/html; charset=utf-8", "public, max-age=300"),
    "lists/black/index.html": ("text/html; charset=utf-8", "public, max-age=300"),
    "feeds/all.json": ("application/feed+json; charset=utf-8", "no-cache"),
    "feeds/lists/*.json": ("application/feed+json; charset=utf-8", "no-cache"),
    "feeds/all.rss.xml": ("application/rss+xml; charset=utf-8", "no-cache"),
    "feeds/all.atom.xml": ("application/atom+xml; charset=utf-8", "no-cache"),
    "feeds/all.json.sig": ("application/json; charset=utf-8", "no-cache"),
    "feeds/changes/*.ndjson": ("application/x-ndjson; charset=utf-8", "no-cache"),
    "feeds/changes/index.json": ("application/json; charset=utf-8", "no-cache"),
    "feeds/schemas/*.json": ("application/json; charset=utf-8", "no-cache"),
    "feeds/verify_feed.py": ("text/plain; charset=utf-8", "no-cache"),
    "manifest.json": ("application/json; charset=utf-8", "no-cache"),
    "keys/delegation.json": ("application/json; charset=utf-8", "no-cache"),
    "data/snapshot.json": ("application/json; charset=utf-8", "no-cache"),
    "data/datapackage.json": ("application/json; charset=utf-8", "no-cache"),
    "data/snapshot.csv": ("text/csv; charset=utf-8", "no-cache"),
    "sitemap.xml": ("text/xml; charset=utf-8", "no-cache"),
    "robots.txt": ("text/plain; charset=utf-8", "no-cache"),
    "assets/stylesheets/main.*.min.css": (
        "text/css; charset=utf-8",
        "public, max-age=31536000, immutable",
    ),
    "assets/javascripts/bundle.*.min.js": (
        "application/javascript; charset=utf-8",
        "public, max-age=31536000, immutable",
    ),
    "assets/images/favicon.png": ("image/png", "public, max-age=86400"),
    "pagefind/pagefind-entry.json": ("application/json; charset=utf-8", "no-cache"),
    "pagefind/pagefind.js": ("application/javascript; charset=utf-8", "no-cache"),
    "pagefind/fragment/*": ("application/octet-stream", "public, max-age=31536000, immutable"),
    "pagefind/*.pf_meta": ("application/octet-stream", "public, max-age=31536000, immutable"),
}


@pytest.mark.parametrize("pattern", sorted(TYPES))
def test_content_type_and_cache_lifetime(served: Served, pattern: str) -> None:
    path = _first(served.site, pattern) if "*" in pattern else pattern
    if path and (served.site / path).is_dir():
        path = path.rstrip("/") + "/"  # a page by its folder address, as links give it
    r = get(served, path)
    content_type, cache = TYPES[pattern]
    assert r.status == 200
    assert r.headers["Content-Type"] == content_type
    assert r.headers["Cache-Control"] == cache
    assert r.headers.get("Content-Encoding") is None
    target = served.site / (path + "index.html" if path.endswith("/") or not path else path)
    assert target.is_file()
    assert r.body == target.read_bytes()


@pytest.mark.parametrize("path", ["", "feeds/all.json", "no/such/page/"])
def test_security_headers_on_every_response(served: Served, path: str) -> None:
    r = get(served, path)
    csp = r.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "http" not in csp
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["Referrer-Policy"] == "same-origin"
    assert r.headers["X-Frame-Options"] == "DENY"
    assert r.headers.get("Server") == "nginx"  # no version number


def test_open_data_may_be_read_from_any_page_but_pages_may_not(served: Served) -> None:
    assert get(served, "feeds/all.json").headers["Access-Control-Allow-Origin"] == "*"
    assert get(served, "manifest.json").headers["Access-Control-Allow-Origin"] == "*"
    assert get(served, "").headers.get("Access-Control-Allow-Origin") is None


def test_unknown_path_gives_the_site_404_page(served: Served) -> None:
    r = get(served, "no/such/page/")
    assert r.status == 404
    assert r.body == (served.site / "404.html").read_bytes()
    assert r.headers["Content-Type"] == "text/html; charset=utf-8"


@pytest.mark.parametrize("path", ["index.html", "feeds/all.json", "feeds/changes/000001.ndjson"])
@pytest.mark.parametrize(("encoding", "suffix"), [("gzip", ".gz"), ("br", ".br")])
def test_precompressed_files_are_served_as_they_are(
    served: Served, path: str, encoding: str, suffix: str
) -> None:
    original = get(served, path)
    r = get(served, path, f"{encoding}, deflate")
    assert r.status == 200
    assert r.headers["Content-Encoding"] == encoding
    assert r.headers["Content-Type"] == original.headers["Content-Type"]
    assert "Accept-Encoding" in r.headers["Vary"]
    # The signed sibling's bytes, not a compression nginx made on the fly.
    assert r.body == (served.site / (path + suffix)).read_bytes()
    assert r.headers["Cache-Control"] == original.headers["Cache-Control"]


def test_the_manifest_is_compressed_on_the_fly(served: Served) -> None:
    """Written after the compress stage, so it has no .gz of its own."""
    import gzip

    r = get(served, "manifest.json", "gzip")
    assert r.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(r.body) == (served.site / "manifest.json").read_bytes()


def test_subject_pages_are_compressed_on_the_fly(served: Served) -> None:
    """Hundreds of thousands of small pages are not precompressed (generator/compress.py)."""
    import gzip

    subject_id, _ = _organisation(served.site)
    page = served.site / "subjects" / subject_id / "index.html"
    assert not page.with_name("index.html.gz").exists()
    r = get(served, f"subjects/{subject_id}/", "gzip")
    assert r.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(r.body) == page.read_bytes()


def test_creditsite_verify_over_http(served: Served) -> None:
    cmd = [sys.executable, "-m", "generator", "verify", served.url]
    cmd += ["--root-key", str(served.keys / "root.pub"), "--now", NOW]
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    # Built for its default address, served here on 127.0.0.1: another site, as far as the
    # URL shows; named with --site, as a bank names the site it verifies through a mirror.
    assert result.returncode == 11, result.stdout + result.stderr
    assert "signed for the site https://credit.example.gov.cn/" in result.stderr
    cmd += ["--site", "https://credit.example.gov.cn/"]
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith(f"OK: {served.url} manifest version 1")


def test_a_publication_swap_is_served_at_once(served: Served, tmp_path: Path) -> None:
    """nginx follows the published symlink on every request: no stale release."""
    target = served.site.resolve()
    other = tmp_path / "other"
    other.mkdir()
    (other / "index.html").write_text("<p>other release</p>\n", encoding="utf-8")
    link = served.site.with_name("swap.tmp")
    link.symlink_to(other)
    link.replace(served.site)
    try:
        assert get(served, "").body == b"<p>other release</p>\n"
    finally:
        link.symlink_to(target)
        link.replace(served.site)
    assert get(served, "").body == (target / "index.html").read_bytes()


# ---- the Content-Security-Policy in a real browser ----------------------------------

# Registered before any page script runs (init scripts are not subject to the page's CSP).
_RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(e.violatedDirective + " " + e.blockedURI);
});
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    _require(str(CHROMIUM), f"{CHROMIUM} not found: install Debian's chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM))
        yield b
        b.close()


def _open(browser: Browser, url: str, width: int = 1280) -> tuple[Page, list[str]]:
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.add_init_script(_RECORD_VIOLATIONS)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    return page, errors


def _organisation(site: Path) -> tuple[str, str]:
    """An organisation's subject id (its USCC) and name, read from the built pages."""
    for folder in sorted((site / "subjects").iterdir()):
        html = (folder / "index.html").read_text(encoding="utf-8")
        name = re.search(r"<h1[^>]*>([^<]+)</h1>", html)
        if len(folder.name) == 18 and name and "公司" in name.group(1):
            return folder.name, name.group(1).strip()
    pytest.fail("the built site has no organisation page")


def _violations(page: Page) -> list[str]:
    return list(page.evaluate("window.__csp"))


@pytest.mark.parametrize("path", ["subjects/{id}/", "", "stats/"])
@pytest.mark.parametrize("width", [1280, 375])  # a phone shows the theme's drawer and icons
def test_pages_satisfy_the_csp(served: Served, browser: Browser, path: str, width: int) -> None:
    subject_id, name = _organisation(served.site)
    page, errors = _open(browser, served.url + path.format(id=subject_id), width)
    expect(page.locator("header.md-header")).to_be_visible()
    if width < 600:
        page.locator("label.md-header__button[for=__drawer]").click()
    if "{id}" in path:
        expect(page.locator("h1")).to_have_text(name)
    page.wait_for_load_state("networkidle")
    assert _violations(page) == []
    assert errors == []
    page.close()


def test_search_page_satisfies_the_csp_and_finds_the_subject(
    served: Served, browser: Browser
) -> None:
    subject_id, name = _organisation(served.site)
    page, errors = _open(browser, f"{served.url}search/?q={urllib.parse.quote(name)}")
    link = page.locator("#search-results a", has_text=name).first
    expect(link).to_be_visible(timeout=15_000)
    page.wait_for_load_state("networkidle")
    assert _violations(page) == []
    link.click()
    page.wait_for_url(f"**/subjects/{subject_id}/")
    assert _violations(page) == []
    assert errors == []
    page.close()
