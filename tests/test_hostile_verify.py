"""Issue 23's attacks on the verifiers: both must end with the same documented exit code,
one error line, no traceback, within a time limit (tests/hostile/ holds the corpus)."""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest

from generator import verify_io
from generator.sign import MANIFEST_PATH, sign_tree
from generator.sign.envelope import parse_envelope
from tests.hostile_support import Patched, both, same_code, standalone
from tests.sign_fixtures import (
    DELEGATION_FROM,
    T0,
    QuietServer,
    copy_site,
    delegation,
    fixture_key,
    serve,
    signed_site,
    write_site,
)

CORPUS = Path(__file__).parent / "hostile" / "json"
NOW = T0 + timedelta(hours=1)
SITE = "https://credit.example.gov.cn/"
OK, SIGNATURE, MISMATCH, ROLLBACK, REVOKED, UNREACHABLE, MALFORMED = 0, 11, 12, 14, 16, 17, 18


@pytest.fixture(scope="module")
def root_pub(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("keys") / "root.pub"
    path.write_bytes(fixture_key("root").public.pem())
    return path


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return signed_site(tmp_path_factory.mktemp("pristine") / "site", 1, site=SITE)


def _copy(pristine: Path, tmp_path: Path) -> Path:
    return copy_site(pristine, tmp_path / "site")


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.iterdir()))
@pytest.mark.parametrize("where", [MANIFEST_PATH, "keys/delegation.json", "state"])
def test_the_json_corpus_is_malformed_in_both(
    pristine: Path, root_pub: Path, tmp_path: Path, name: str, where: str
) -> None:
    site = _copy(pristine, tmp_path)
    state: list[str] = []
    if where == "state":
        shutil.copy(CORPUS / name, tmp_path / "state.json")
        state = ["--state", str(tmp_path / "state.json")]
    else:
        shutil.copy(CORPUS / name, site / where)
    assert same_code(site, root_pub, NOW, *state, seconds=10) == MALFORMED


def _resign(site: Path, edit: dict[str, object], *, key: str = "online") -> None:
    """Re-sign the site's manifest with `edit` applied to its signed part (a publisher
    holding the key, or the demo site's public throw-away key, can sign anything)."""
    from generator.sign.envelope import seal

    signed = dict(parse_envelope((site / MANIFEST_PATH).read_bytes(), "manifest", "m").signed)
    signed.update(edit)
    (site / MANIFEST_PATH).write_bytes(seal(signed, fixture_key(key)))


def _files(site: Path) -> dict[str, object]:
    signed = parse_envelope((site / MANIFEST_PATH).read_bytes(), "manifest", "m").signed
    files = signed["files"]
    assert isinstance(files, dict)
    return dict(files)


@pytest.mark.parametrize(
    ("path", "code"),
    [("index.html", MISMATCH), ("feeds/all.json", MALFORMED), ("feeds/all.json.sig", MALFORMED)],
)
def test_a_signed_claim_of_a_huge_file_is_a_clean_error(
    pristine: Path, root_pub: Path, tmp_path: Path, path: str, code: int
) -> None:
    site = _copy(pristine, tmp_path)
    files = _files(site)
    files[path] = {"sha256": "0" * 64, "length": 2**53 - 1}
    _resign(site, {"files": files})
    assert same_code(site, root_pub, NOW, seconds=10) == code


@pytest.mark.parametrize("where", ["index.html", MANIFEST_PATH, "keys/delegation.json"])
def test_a_fifo_in_the_copy_never_blocks(
    pristine: Path, root_pub: Path, tmp_path: Path, where: str
) -> None:
    site = _copy(pristine, tmp_path)
    (site / where).unlink()
    os.mkfifo(site / where)
    expected = MISMATCH if where == "index.html" else MALFORMED
    assert same_code(site, root_pub, NOW, seconds=10) == expected


def test_symlinks_are_refused_by_both(pristine: Path, root_pub: Path, tmp_path: Path) -> None:
    unlisted = _copy(pristine, tmp_path / "a")
    (unlisted / "assets").mkdir()
    (unlisted / "assets" / "etc").symlink_to("/etc")
    assert same_code(unlisted, root_pub, NOW) == MISMATCH
    listed = _copy(pristine, tmp_path / "b")
    target = tmp_path / "outside.txt"
    shutil.move(listed / "robots.txt", target)
    (listed / "robots.txt").symlink_to(target)  # same bytes, but a link
    assert same_code(listed, root_pub, NOW) == MISMATCH
    out = standalone().main(  # one file through a symlinked folder
        [str(listed), "--root-key", str(root_pub), "--now", NOW.isoformat(), "--file", "robots.txt"]
    )
    assert out == MISMATCH


def test_file_names_are_escaped_when_printed(
    pristine: Path, root_pub: Path, tmp_path: Path
) -> None:
    site = _copy(pristine, tmp_path)
    (site / "evil\n\x1b[31mOK: verified\u2028.html").write_text("x")
    cli_out, alone = both(site, root_pub, NOW)
    assert cli_out.code == alone.code == MISMATCH
    for outcome in (cli_out, alone):
        assert "\x1b" not in outcome.stderr and "\u2028" not in outcome.stderr
        assert "evil\\n\\x1b[31mOK" in outcome.stderr


def test_a_delegation_not_yet_valid_says_so(pristine: Path, root_pub: Path, tmp_path: Path) -> None:
    cli_out, alone = both(pristine, root_pub, DELEGATION_FROM - timedelta(days=1))
    assert cli_out.code == alone.code == REVOKED
    for outcome in (cli_out, alone):
        assert "not valid yet: from 2026-11-01T00:00:00Z" in outcome.stderr


def test_a_reformatted_manifest_is_no_false_rollback(
    pristine: Path, root_pub: Path, tmp_path: Path
) -> None:
    v1 = _copy(pristine, tmp_path / "v1")
    reformatted = copy_site(v1, tmp_path / "re")
    doc = json.loads((v1 / MANIFEST_PATH).read_bytes())
    (reformatted / MANIFEST_PATH).write_text(json.dumps(doc, indent=3, ensure_ascii=True))
    v2 = signed_site(
        tmp_path / "v2",
        2,
        issued=T0 + timedelta(minutes=5),
        previous=(v1 / MANIFEST_PATH).read_bytes(),
        site=SITE,
    )
    state = ["--state", str(tmp_path / "state.json")]  # both verifiers share its story
    assert same_code(reformatted, root_pub, NOW, *state) == OK  # seen once, re-formatted
    assert same_code(v1, root_pub, NOW, *state) == OK  # the authentic copy is no "rollback"
    (tmp_path / "state.json").unlink()
    assert same_code(reformatted, root_pub, NOW, *state) == OK
    assert same_code(v2, root_pub, NOW, *state) == OK  # v2 continues the copy seen
    assert same_code(v1, root_pub, NOW, *state) == ROLLBACK


def test_the_manifest_names_its_site_and_verify_checks_it(
    pristine: Path, root_pub: Path, tmp_path: Path
) -> None:
    assert same_code(pristine, root_pub, NOW, "--site", SITE) == OK
    assert same_code(pristine, root_pub, NOW, "--site", "https://other.example.gov.cn") == (
        SIGNATURE
    )
    old = signed_site(tmp_path / "old", 1)  # made before manifests named their site
    assert same_code(old, root_pub, NOW) == OK
    assert same_code(old, root_pub, NOW, "--site", SITE) == SIGNATURE
    www = tmp_path / "www"
    copy_site(pristine, www / "site")
    signed_site(www / "local", 1, site="http://127.0.0.1/local/")  # port 80, not the server's
    with serve(www) as url:
        assert same_code(f"{url}site/", root_pub, NOW) == SIGNATURE  # the URL is not the site
        assert same_code(f"{url}site/", root_pub, NOW, "--site", SITE) == OK  # a mirror
        assert same_code(f"{url}local/", root_pub, NOW) == SIGNATURE


def test_a_bad_site_option_is_a_usage_error(pristine: Path, root_pub: Path) -> None:
    assert same_code(pristine, root_pub, NOW, "--site", "ftp://x/") == 64


# --- HTTP: a local server only --------------------------------------------------------


class _Drip(http.server.BaseHTTPRequestHandler):
    delay = 0.05

    def do_GET(self) -> None:
        try:
            if self.path.endswith("headers"):
                for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello":
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(self.delay)
                return
            self.send_response(200)
            self.send_header("Content-Length", "601")
            self.end_headers()
            for _ in range(601):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(self.delay)
        except OSError:
            pass  # the client gave up, as it should

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def _server(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    server = QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("what", ["manifest.json", "headers/manifest.json"])
def test_a_dripping_server_is_cut_at_the_deadline(root_pub: Path, what: str) -> None:
    # The deadline is 30 s + bytes/16 KiB/s in production; scaled down here to 0.5 s.
    with _server(_Drip) as url, Patched(TIMEOUT_SECONDS=0.5):
        base = url + what.removesuffix("manifest.json")
        start = time.monotonic()
        assert same_code(base, root_pub, NOW, seconds=10) == UNREACHABLE
        assert time.monotonic() - start < 4  # two verifiers, each well before the drip ends


def _redirecting(target: str) -> type[http.server.BaseHTTPRequestHandler]:
    class Redirect(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(302)
            self.send_header("Location", target + self.path.lstrip("/"))
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Redirect


def test_redirects_to_another_origin_are_refused_unless_allowed(
    pristine: Path, root_pub: Path, tmp_path: Path
) -> None:
    www = tmp_path / "www"
    copy_site(pristine, www / "site")
    with serve(www) as real, _server(_redirecting(real)) as mirror:
        assert same_code(f"{mirror}site/", root_pub, NOW, "--site", SITE) == UNREACHABLE
        allowed = ["--site", SITE, "--allow-cross-origin-redirects"]
        assert same_code(f"{mirror}site/", root_pub, NOW, *allowed) == OK
    with _server(_redirecting("file:///etc/")) as mirror:
        allowed = ["--site", SITE, "--allow-cross-origin-redirects"]
        assert same_code(f"{mirror}site/", root_pub, NOW, *allowed) == UNREACHABLE


def test_a_mismatching_feed_is_read_no_further_than_listed(
    pristine: Path, root_pub: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    www = tmp_path / "www"
    site = copy_site(pristine, www / "site")
    listed = (site / "feeds/all.json").stat().st_size
    (site / "feeds/all.json").write_bytes(b"x" * (4 << 20))  # 4 MiB where ~90 bytes are listed
    limits: list[int] = []
    alone = standalone()
    real_module, real_alone = verify_io.HttpSource.digest, alone.Source.digest

    def spy_module(self: object, path: str, limit: int, sink: object) -> int:
        limits.append(limit) if path == "feeds/all.json" else None
        return real_module(self, path, limit, sink)  # type: ignore[arg-type]

    def spy_alone(self: object, path: str, limit: int, sink: object) -> int:
        limits.append(limit) if path == "feeds/all.json" else None
        return real_alone(self, path, limit, sink)  # type: ignore[no-any-return]

    monkeypatch.setattr(verify_io.HttpSource, "digest", spy_module)
    monkeypatch.setattr(alone.Source, "digest", spy_alone)
    with serve(www) as url:
        assert same_code(f"{url}site/", root_pub, NOW, "--site", SITE) == MISMATCH
    assert limits and max(limits) == listed


def test_state_file_and_root_key_that_are_fifos_do_not_block(
    pristine: Path, root_pub: Path, tmp_path: Path
) -> None:
    os.mkfifo(tmp_path / "state.json")
    assert same_code(pristine, root_pub, NOW, "--state", str(tmp_path / "state.json")) == (
        MALFORMED
    )
    os.mkfifo(tmp_path / "root.pub")
    assert same_code(pristine, tmp_path / "root.pub", NOW) == 64


def test_sign_tree_writes_the_site_and_the_state_hash_is_the_files(
    root_pub: Path, tmp_path: Path
) -> None:
    site = write_site(tmp_path / "s", 3)
    sign_tree(
        site,
        fixture_key("online"),
        delegation(),
        issued=T0,
        expires=T0 + timedelta(hours=48),
        previous_manifest=None,
        site=SITE,
    )
    data = (site / MANIFEST_PATH).read_bytes()
    assert json.loads(data)["signed"]["site"] == SITE
    state = tmp_path / "state.json"
    assert same_code(site, root_pub, NOW, "--state", str(state)) == OK
    assert json.loads(state.read_text())["manifest_sha256"] == hashlib.sha256(data).hexdigest()
