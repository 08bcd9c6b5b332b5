"""Shared by the signing tests: the TEST-ONLY keys, a small invented site, an HTTP server.

The keys in tests/keys/TEST-ONLY-*.pem are public knowledge (they are in the repository)
and unencrypted on purpose: they exist so that signed golden output is reproducible.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from generator.sign import SignedDelegation, SigningKey, delegate_key, load_signing_key, sign_tree

KEYS = Path(__file__).parent / "keys"
T0 = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)
DELEGATION_FROM = datetime(2026, 11, 1, tzinfo=UTC)
DELEGATION_UNTIL = datetime(2027, 2, 1, tzinfo=UTC)


def fixture_key(name: str) -> SigningKey:
    return load_signing_key((KEYS / f"TEST-ONLY-{name}.pem").read_bytes(), None)


def delegation(
    online: str = "online",
    version: int = 1,
    revoked: tuple[str, ...] = (),
    until: datetime = DELEGATION_UNTIL,
) -> SignedDelegation:
    return delegate_key(
        fixture_key("root"),
        fixture_key(online).public,
        version=version,
        valid_from=DELEGATION_FROM,
        valid_until=until,
        revoked=revoked,
    )


# One file of every kind the site publishes (invented content; no real person or company).
SITE_FILES = {
    "index.html": "<!doctype html><title>信用信息公示</title><p>红黑名单 {n}</p>\n",
    "subjects/91410100MA0000001X/index.html": "<h1>示例市恒达建材有限公司</h1><p>build {n}</p>\n",
    "sitemap.xml": '<?xml version="1.0"?><urlset><url><loc>/</loc></url><!-- {n} --></urlset>\n',
    "robots.txt": "User-agent: *\nAllow: /\n# {n}\n",
    "feeds/all.json": '{{"version":"https://jsonfeed.org/version/1.1","title":"全部","items":[{n}]}}\n',
    "feeds/all.rss.xml": '<?xml version="1.0"?><rss version="2.0"><channel><title>{n}</title></channel></rss>\n',
    "feeds/all.atom.xml": '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{n}</title></feed>\n',
    "feeds/changes/000001.ndjson": '{{"seq":1,"event":"listed","build":{n}}}\n',
    "data/snapshot.csv": "record_id,list_type\nR{n},black\n",
    "data/snapshot.json": '{{"listings":[{{"record_id":"R{n}"}}]}}\n',
    "data/datapackage.json": '{{"name":"creditsite","build":{n}}}\n',
    "stats/chart.svg": '<svg xmlns="http://www.w3.org/2000/svg"><text>{n}</text></svg>\n',
}


def write_site(root: Path, build: int) -> Path:
    for path, text in SITE_FILES.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text.format(n=build), encoding="utf-8")
    return root


def signed_site(
    root: Path,
    build: int,
    *,
    key: str = "online",
    signed_delegation: SignedDelegation | None = None,
    issued: datetime = T0,
    expires: datetime | None = None,
    previous: bytes | None = None,
    site: str | None = None,
) -> Path:
    write_site(root, build)
    sign_tree(
        root,
        fixture_key(key),
        signed_delegation or delegation(),
        issued=issued,
        expires=expires or issued + timedelta(hours=48),
        previous_manifest=previous,
        site=site,
    )
    return root


def copy_site(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a verifier closing a response it has read enough of is not an error


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve `directory` on 127.0.0.1 (ephemeral port) in a thread; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def write_key_folder(folder: Path, pseudonym: bytes = b"TEST-ONLY pseudonym key") -> Path:
    """A `--keys` folder of the TEST-ONLY keys, as `creditsite demo-keys` lays one out."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "root.pub").write_bytes(fixture_key("root").public.pem())
    shutil.copy(KEYS / "TEST-ONLY-online.pem", folder / "online.key")
    (folder / "delegation.json").write_bytes(delegation().data)
    (folder / "pseudonym.key").write_bytes(pseudonym + b"\n")
    return folder
