#!/usr/bin/env python3
"""Verify a creditsite publication: one file to copy, Python >= 3.11 and `cryptography`.

    python verify_feed.py SITE_DIR_OR_URL --root-key root.pub [--state FILE] [--now TIME] \
        [--site https://credit.example.gov.cn/] [--allow-cross-origin-redirects]
    python verify_feed.py SITE_DIR_OR_URL --root-key root.pub --file feeds/all.json \
        [--output all.json] [--state FILE]

The first form checks the whole site: root key -> keys/delegation.json -> manifest.json ->
every listed file (and, for a folder, that no unlisted file is present). The second form
checks the chain, freshness and rollback the same way but fetches only one file and its
detached signature; with --output the file is written only once it is verified.

Exit codes: 0 verified; 11 bad signature or unknown key; 12 a file differs from the
manifest (hash, size, missing, unlisted); 13 manifest expired (stale or frozen copy);
14 rollback (older than seen before, or same version with other content); 15 pieces of
different builds mixed; 16 signing key revoked or not delegated at that time; 17 site or
file unreachable (retry later); 18 malformed manifest, delegation, signature or state file;
20 the log forked (another log of the same size than seen before); 21 the log was rewritten
(it does not extend the one seen before, or its tiles do not hash to its checkpoint); 22
leaves were dropped; 23 the checkpoint is not signed by the delegated key; 24 a proof of
another day or subject; 25 a proof that does not lead to the signed root; 64 bad command
line or unusable root key.

    python verify_feed.py verify-proof PROOF --root-key root.pub [--subject KEY] [--on DAY]

checks a proof written by `creditsite prove`, offline.

This is the standalone twin of generator/verify.py in the creditsite repository; the
format is described in feeds/SIGNING.md. Signed data holds no floats, so the RFC 8785
canonical form needs only the small canonicaliser below.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import functools
import hashlib
import http.client
import io
import json
import os
import re
import socket
import stat
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

MANIFEST = "manifest.json"
DELEGATION = "keys/delegation.json"
FEEDS = "feeds/"
SIG = ".sig"
SPEC_VERSION = "1.0"
MAX_MANIFEST = 256 * 1024 * 1024  # ~140 bytes per listed file: room for ~1.8 million files
MAX_SMALL = 64 * 1024
MAX_STATE = 64 * 1024 * 1024  # the state file: per-segment memory of the change log
TIMEOUT = 30.0
MIN_RATE = 16 * 1024  # bytes per second; slower is treated as a slow-retrieval attack
MAX_SAFE_INT = 2**53 - 1
EXIT_USAGE = 64
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\Z")
_HEX64 = re.compile(r"[0-9a-f]{64}\Z")


class Failure(Exception):
    code = 10


class BadSignature(Failure):
    code = 11


class FileMismatch(Failure):
    code = 12


class Expired(Failure):
    code = 13


class Rollback(Failure):
    code = 14


class MixAndMatch(Failure):
    code = 15


class NotDelegated(Failure):
    code = 16


class Unreachable(Failure):
    code = 17


class Malformed(Failure):
    code = 18


class Missing(Exception):
    pass


# --- RFC 8785 for the float-free subset --------------------------------------------------


def canonical(value: object) -> bytes:
    """RFC 8785 bytes. Strings are written as ECMAScript's JSON.stringify writes them, which
    is what json.dumps(ensure_ascii=False) does for well-formed text; object keys are sorted
    by UTF-16 code units; integers must be I-JSON safe; floats are refused."""
    return _canon(value).encode("utf-8")


def _canon(value: object) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        if abs(value) > MAX_SAFE_INT:
            raise Malformed("integer outside the safe range")
        return str(value)
    if isinstance(value, str):
        if any(0xD800 <= ord(ch) <= 0xDFFF for ch in value):
            raise Malformed("lone surrogate in a string")
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ",".join(_canon(v) for v in value) + "]"
    if isinstance(value, dict):
        items = sorted(
            value.items(), key=lambda kv: str(kv[0]).encode("utf-16-be", "surrogatepass")
        )
        if any(not isinstance(k, str) for k, _ in items):
            raise Malformed("non-string object key")
        return "{" + ",".join(_canon(k) + ":" + _canon(v) for k, v in items) + "}"
    raise Malformed(f"{type(value).__name__} cannot appear in signed data")


def _no_dupes(pairs: list[tuple[str, object]]) -> dict[str, object]:
    out: dict[str, object] = {}
    for k, v in pairs:
        if k in out:
            raise ValueError("duplicate key")
        out[k] = v
    return out


def _refuse(text: str) -> object:
    raise ValueError("floats and NaN are not allowed")


# --- limits on what is read before any signature (SIGNING.md 5) -------------------------
# json.loads builds the whole document before anything can look at it, so the raw bytes are
# scanned first with bytes methods that run in C: strings cut out, brackets and commas
# counted, nesting measured by removing innermost bracket pairs once per allowed level.

MAX_DEPTH = 16  # the manifest needs 4: envelope > signed > files > entry
MAX_ITEMS = 6_000_000  # commas and opening brackets, also in strings: ~2 million files
_STRUCTURE = bytes(sorted(set(range(256)) - set(b'"[]{},')))
_STRING = re.compile(rb'"[^"]*(?:"|\Z)')
_BRACKETS = bytes.maketrans(b"[{]}", b"(())")
_NOT_BRACKET = bytes(sorted(set(range(256)) - set(b"[]{}")))
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89abcdefABCDEF]")


def check_bounds(data: bytes, what: str) -> None:
    if b"\\" in data:
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    structure = data.translate(None, _STRUCTURE)
    items = sum(structure.count(c) for c in (b"[", b"{", b","))  # also inside strings
    if items > MAX_ITEMS:
        raise Malformed(f"{what} holds more than {MAX_ITEMS} commas and brackets")
    if structure.count(b'"') > 4 * (items + 1):  # at most a key and a value per item
        raise Malformed(f"{what} is not valid JSON (more strings than values)")
    brackets = _STRING.sub(b"", structure).translate(_BRACKETS, _NOT_BRACKET)
    for _ in range(MAX_DEPTH):
        if not brackets:
            return
        brackets = brackets.replace(b"()", b"")
    if brackets:
        raise Malformed(f"{what} nests deeper than {MAX_DEPTH} levels or its brackets do not match")


def printable(text: str) -> str:
    """One line as written: controls, line separators and lone surrogates escaped."""
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


def load_json(data: bytes, what: str) -> object:
    check_bounds(data, what)
    try:
        value: object = json.loads(
            data.decode("utf-8"),
            object_pairs_hook=_no_dupes,
            parse_float=_refuse,
            parse_constant=_refuse,
        )
        if _SURROGATE_ESCAPE.search(data):
            json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise Malformed(f"{what} holds a lone surrogate (not well-formed Unicode)") from exc
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise Malformed(f"{what} is not valid JSON: {exc}") from exc
    canonical(value)  # refuses big integers now, not mid-check
    return value


@dataclass(frozen=True)
class Delegation:
    version: int
    online: bytes
    valid_from: datetime
    valid_until: datetime
    revoked: frozenset[str]


@dataclass(frozen=True)
class Manifest:
    version: int
    issued: datetime
    expires: datetime
    previous: str | None
    key_id: str
    delegation_version: int
    files: dict[str, tuple[str, int]]  # path -> (sha256, length)
    site: str | None = None  # the site's address; None in manifests made before it was named


@dataclass(frozen=True)
class State:
    version: int
    manifest_sha256: str
    delegation_version: int
    key_id: str  # the online key the version memory was recorded with
    revoked: frozenset[str] = field(default_factory=frozenset)
    # change-log segment -> what was seen of it (see check_history)
    changes: dict[str, dict[str, object]] = field(default_factory=dict)
    log: dict[str, object] | None = None  # the transparency log's checkpoint seen last


# --- reading documents -------------------------------------------------------------------


def fields(obj: object, names: set[str], what: str) -> dict[str, object]:
    if not isinstance(obj, dict) or set(obj) != names:
        raise Malformed(f"{what} must have exactly the fields {', '.join(sorted(names))}")
    return obj


def b64(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise Malformed(f"{what} is not base64 text")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise Malformed(f"{what} is not base64") from exc


def hex64(value: object, what: str) -> str:
    if not isinstance(value, str) or not _HEX64.match(value):
        raise Malformed(f"{what} must be 64 lowercase hex digits")
    return value


def integer(value: object, what: str, minimum: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise Malformed(f"{what} must be an integer >= {minimum}")
    return value


def moment(value: object, what: str) -> datetime:
    if not isinstance(value, str) or not _TIME.match(value):
        raise Malformed(f"{what} is not a time like 2026-11-22T08:00:00Z")
    try:
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError as exc:
        raise Malformed(f"{what} is not a valid time") from exc


def show(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def safe_path(path: object) -> str:
    if (
        not isinstance(path, str)
        or not path
        or path.startswith("/")
        or "\\" in path
        or any(seg in {"", ".", ".."} for seg in path.split("/"))
        or any(ord(ch) < 0x20 for ch in path)
        or path == MANIFEST
    ):
        raise Malformed(f"unsafe path in the manifest: {str(path)[:80]!r}")
    return path


def key_id(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def ed25519_ok(raw_public: bytes, sig: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(raw_public).verify(sig, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def envelope(
    data: bytes, kind: str, what: str
) -> tuple[dict[str, object], list[tuple[str, bytes]]]:
    obj = fields(load_json(data, what), {"signed", "signatures"}, what)
    signed, sigs = obj["signed"], obj["signatures"]
    if not isinstance(signed, dict) or signed.get("type") != kind:
        raise Malformed(f"{what} is not a {kind}")
    if signed.get("spec_version") != SPEC_VERSION:
        raise Malformed(f"{what} has an unsupported spec_version")
    if not isinstance(sigs, list):
        raise Malformed(f"{what} signatures must be a list")
    out = []
    for s in sigs:
        f = fields(s, {"keyid", "sig"}, f"{what} signature")
        out.append((hex64(f["keyid"], f"{what} keyid"), b64(f["sig"], f"{what} sig")))
    return signed, out


def signed_by(signed: object, sigs: list[tuple[str, bytes]], raw: bytes) -> bool:
    return signature_by(signed, sigs, raw) is not None


def signature_by(signed: object, sigs: list[tuple[str, bytes]], raw: bytes) -> bytes | None:
    """The first signature by the key `raw` that verifies over `signed`, if any."""
    message, kid = canonical(signed), key_id(raw)
    return next((s for k, s in sigs if k == kid and ed25519_ok(raw, s, message)), None)


def read_delegation(data: bytes, root: bytes) -> Delegation:
    signed, sigs = envelope(data, "delegation", DELEGATION)
    names = {"type", "spec_version", "version", "root_key_id", "online_key"}
    d = fields(signed, names | {"valid_from", "valid_until", "revoked"}, DELEGATION)
    online = fields(d["online_key"], {"keyid", "scheme", "public"}, "online_key")
    raw = b64(online["public"], "online key")
    if online["scheme"] != "ed25519" or len(raw) != 32 or key_id(raw) != online["keyid"]:
        raise Malformed("the delegation's online key does not match its key id")
    revoked = d["revoked"]
    if not isinstance(revoked, list):
        raise Malformed("delegation revoked must be a list")
    out = Delegation(
        version=integer(d["version"], "delegation version", 1),
        online=raw,
        valid_from=moment(d["valid_from"], "valid_from"),
        valid_until=moment(d["valid_until"], "valid_until"),
        revoked=frozenset(hex64(k, "revoked key id") for k in revoked),
    )
    if hex64(d["root_key_id"], "root_key_id") != key_id(root) or not signed_by(signed, sigs, root):
        raise BadSignature("the delegation is not signed by the pinned root key")
    return out


_SITE = re.compile(r"https?://[^/\x00-\x20\x7f?#@\\]+/(?:[^\x00-\x20\x7f?#\\]*/)?\Z")


def site_address(value: object, what: str) -> str:
    if not isinstance(value, str) or len(value) > 2048 or not _SITE.match(value):
        raise Malformed(f"{what} is not a site address like https://credit.example.gov.cn/")
    return value


def read_manifest(data: bytes) -> tuple[dict[str, object], list[tuple[str, bytes]], Manifest]:
    signed, sigs = envelope(data, "manifest", MANIFEST)
    names = {"type", "spec_version", "version", "issued", "expires", "previous"}
    names |= {"key_id", "delegation_version", "files"}
    named = "site" in signed  # optional: older manifests do not name their site
    m = fields(signed, names | {"site"} if named else names, MANIFEST)
    if not isinstance(m["files"], dict):
        raise Malformed("manifest files must be an object")
    files: dict[str, tuple[str, int]] = {}
    for path, entry in m["files"].items():
        e = fields(entry, {"sha256", "length"}, "manifest entry")
        files[safe_path(path)] = (hex64(e["sha256"], "sha256"), integer(e["length"], "length", 0))
    prev = m["previous"]
    out = Manifest(
        version=integer(m["version"], "manifest version", 1),
        issued=moment(m["issued"], "issued"),
        expires=moment(m["expires"], "expires"),
        previous=None if prev is None else hex64(prev, "previous"),
        key_id=hex64(m["key_id"], "key_id"),
        delegation_version=integer(m["delegation_version"], "delegation_version", 1),
        files=files,
        site=site_address(m["site"], "manifest site") if named else None,
    )
    return signed, sigs, out


def publisher_sha256(signed: dict[str, object], keyid: str, sig: bytes) -> str:
    """SHA-256 of the manifest as creditsite writes it (generator/sign/envelope.layout): a
    re-formatted copy of the same signed manifest is remembered as the same one, and the
    next version's `previous` names exactly these bytes."""
    line = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode
    head = line([{"keyid": keyid, "sig": base64.b64encode(sig).decode()}])
    members = []
    for name, value in sorted(signed.items()):
        if isinstance(value, dict) and value:
            body = ",\n".join(f"{line(k)}:{_entry(v, line)}" for k, v in sorted(value.items()))
            members.append(f"{line(name)}:{{\n{body}\n}}")
        else:
            members.append(f"{line(name)}:{line(value)}")
    text = ",\n".join(members)
    data = f'{{"signatures":{head},\n"signed":{{\n{text}\n}}}}\n'.encode()
    return hashlib.sha256(data).hexdigest()


def _entry(value: object, line: Callable[[object], str]) -> str:
    """line(value) for a manifest entry, formatted directly (300k encoder set-ups are slow)."""
    if type(value) is dict and set(value) == {"length", "sha256"}:
        length, sha = value["length"], value["sha256"]
        if type(length) is int and type(sha) is str:
            return f'{{"length":{length},"sha256":{line(sha)}}}'
    return line(value)


def read_detached(data: bytes, what: str) -> tuple[str, bytes]:
    f = fields(load_json(data, what), {"keyid", "sig"}, what)
    return hex64(f["keyid"], f"{what} keyid"), b64(f["sig"], what)


# --- sources, hardened against the copy they read (SIGNING.md 5) -----------------------
# A folder yields only regular files (no symlink, FIFO or device: lstat, then fstat on the
# open descriptor). An http(s) request has one deadline for connecting, headers and body
# (a socket timeout alone restarts with each byte a server drips) and follows no redirect
# to another origin unless --allow-cross-origin-redirects. Files are read in chunks, so a
# file is hashed without being held.

MAX_REDIRECTS = 5
CHUNK = 1024 * 1024
_OPEN = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
_OPEN |= getattr(os, "O_BINARY", 0)


class NotRegular(Exception):
    pass


def open_regular(path: str) -> int:
    before = os.lstat(path)
    if not stat.S_ISREG(before.st_mode):
        raise NotRegular(path)
    try:
        fd = os.open(path, _OPEN)
    except OSError as exc:
        if stat.S_ISLNK(os.lstat(path).st_mode):
            raise NotRegular(path) from exc
        raise
    after = os.fstat(fd)
    if not stat.S_ISREG(after.st_mode) or (after.st_dev, after.st_ino) != (
        before.st_dev,
        before.st_ino,
    ):
        os.close(fd)
        raise NotRegular(path)
    return fd


class _Budget:
    """30 s plus the time the bytes received so far take at MIN_RATE, and never more than
    the allowed size needs: a server dripping one byte at a time runs out after ~30 s."""

    def __init__(self, limit: int) -> None:
        self.start = time.monotonic()
        self.cap = TIMEOUT + limit / MIN_RATE
        self.received = 0

    def remaining(self) -> float:
        allowed = min(self.cap, TIMEOUT + self.received / MIN_RATE)
        left = self.start + allowed - time.monotonic()
        if left <= 0:
            raise TimeoutError("the server sends too slowly (deadline passed)")
        return min(left, TIMEOUT)


class _DeadlineReader(io.RawIOBase):
    def __init__(self, sock: socket.socket, budget: _Budget) -> None:
        super().__init__()
        self._sock = sock
        self._raw = sock.makefile("rb", buffering=0)
        self._budget = budget

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        self._sock.settimeout(self._budget.remaining())
        n = self._raw.readinto(buffer)
        self._budget.received += n or 0
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


class _DeadlineResponse(http.client.HTTPResponse):
    def __init__(self, sock: socket.socket, *args: Any, budget: _Budget, **kwargs: Any) -> None:
        super().__init__(sock, *args, **kwargs)
        plain = self.fp
        self.fp = io.BufferedReader(_DeadlineReader(sock, budget))
        plain.close()


class _HTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, budget: _Budget, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.response_class = functools.partial(_DeadlineResponse, budget=budget)  # type: ignore[assignment]


class _HTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args: Any, budget: _Budget, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.response_class = functools.partial(_DeadlineResponse, budget=budget)  # type: ignore[assignment]


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, budget: _Budget) -> None:
        super().__init__()
        self._budget = budget

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(functools.partial(_HTTPConnection, budget=self._budget), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, budget: _Budget) -> None:
        super().__init__()
        self._budget = budget

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection = functools.partial(_HTTPSConnection, budget=self._budget)
        return self.do_open(connection, req, context=self._context)  # type: ignore[attr-defined]


def origin(url: str) -> tuple[str, str, int | None]:
    parts = urllib.parse.urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or {"http": 80, "https": 443}.get(scheme)
    return scheme, (parts.hostname or "").lower(), port


def site_key(url: str) -> tuple[str, str, int | None, str]:
    path = urllib.parse.urlsplit(url).path or "/"
    return (*origin(url), path if path.endswith("/") else path + "/")


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def __init__(self, base: str, other_origins: bool) -> None:
        super().__init__()
        self._origin = origin(base)
        self._other_origins = other_origins

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        target = origin(newurl)
        if target[0] not in ("http", "https") or (
            not self._other_origins and target != self._origin
        ):
            raise Unreachable(
                f"redirected to another origin ({printable(newurl)[:120]}); "
                "pass --allow-cross-origin-redirects to follow it"
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class Source:
    def __init__(self, location: str, other_origins: bool = False) -> None:
        scheme = urllib.parse.urlsplit(location).scheme.lower()
        self.url: str | None = None
        self.root: Path | None = None
        self.other_origins = other_origins
        if scheme in ("http", "https"):
            self.url = location if location.endswith("/") else location + "/"
        elif "://" in location:
            raise Malformed(f"only http(s) URLs or folders can be verified, not {scheme}:")
        elif Path(location).is_dir():
            self.root = Path(location)
        else:
            raise Unreachable(f"{printable(location)} is not a folder")

    def fetch(self, path: str, limit: int) -> bytes:
        """At most limit + 1 bytes: one more shows a file longer than allowed."""
        chunks: list[bytes] = []
        self.digest(path, limit, chunks.append)
        return b"".join(chunks)

    def digest(self, path: str, limit: int, sink: Callable[[bytes], None]) -> int:
        """Feed at most limit + 1 bytes of `path` to `sink` in chunks; the bytes read."""
        if self.root is not None:
            return self._read_file(path, limit, sink)
        assert self.url is not None
        url = urllib.parse.urljoin(self.url, urllib.parse.quote(path))
        budget = _Budget(limit)
        opener = urllib.request.build_opener(
            _HTTPHandler(budget), _HTTPSHandler(budget), _Redirects(self.url, self.other_origins)
        )
        size = 0
        try:
            with opener.open(url, timeout=budget.remaining()) as response:
                while size <= limit:
                    chunk = response.read(min(CHUNK, limit + 1 - size))
                    if not chunk:
                        if response.length:  # http.client returns a short body silently
                            raise Unreachable(f"{printable(path)}: the connection closed early")
                        break
                    sink(chunk)
                    size += len(chunk)
        except urllib.error.HTTPError as exc:
            if exc.code in (404, 410):
                raise Missing(path) from exc
            raise Unreachable(f"{printable(path)}: HTTP {exc.code}") from exc
        except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
            raise Unreachable(f"cannot fetch {printable(path)}: {exc}") from exc
        return size

    def _read_file(self, path: str, limit: int, sink: Callable[[bytes], None]) -> int:
        assert self.root is not None
        try:
            fd = open_regular(str(self.root / path))
        except (FileNotFoundError, NotADirectoryError) as exc:
            raise Missing(path) from exc
        except OSError as exc:
            raise Unreachable(f"cannot read {printable(path)}: {exc.strerror}") from exc
        size = 0
        try:
            with os.fdopen(fd, "rb", buffering=0) as handle:
                while size <= limit:
                    chunk = handle.read(min(CHUNK, limit + 1 - size))
                    if not chunk:
                        break
                    sink(chunk)
                    size += len(chunk)
        except OSError as exc:
            raise Unreachable(f"cannot read {printable(path)}: {exc.strerror}") from exc
        return size

    def listing(self) -> set[str] | None:
        """Every regular file of a folder; FileMismatch at any other kind of entry."""
        if self.root is None:
            return None
        found: set[str] = set()
        stack = [("", str(self.root))]
        try:
            while stack:
                prefix, folder = stack.pop()
                with os.scandir(folder) as entries:
                    for entry in entries:
                        name = prefix + entry.name
                        if entry.is_dir(follow_symlinks=False):
                            stack.append((name + "/", entry.path))
                        elif entry.is_file(follow_symlinks=False):
                            found.add(name)
                        else:
                            raise FileMismatch(
                                f"{printable(name)[:120]} is not a regular file "
                                "(a symlink, FIFO or device)"
                            )
        except OSError as exc:
            raise Unreachable(f"cannot list the folder: {exc.strerror}") from exc
        return found

    def check_folders(self, path: str) -> None:
        """For --file on a folder: no folder on the way to `path` is a symlink (a whole-site
        check finds those in the listing)."""
        if self.root is None:
            return
        parts = path.split("/")[:-1]
        for i in range(len(parts)):
            folder = self.root.joinpath(*parts[: i + 1])
            try:
                if not stat.S_ISDIR(os.lstat(folder).st_mode):
                    raise FileMismatch(f"{printable(path)} is not a regular file in the site")
            except FileNotFoundError:
                return  # reported as missing by the read
            except OSError as exc:
                raise Unreachable(f"cannot read {printable(path)}: {exc.strerror}") from exc


def required(src: Source, path: str, limit: int) -> bytes:
    try:
        data = src.fetch(path, limit)
    except Missing as exc:
        raise Unreachable(f"{path} not found") from exc
    except NotRegular as exc:
        raise Malformed(f"{path} is not a regular file (a symlink, FIFO or device)") from exc
    if len(data) > limit:
        raise Malformed(f"{path} is larger than {limit} bytes")
    return data


def held_size(path: str, entry: tuple[str, int], limit: int) -> None:
    """A file checked in memory (a feed, a signature) is not listed longer than its limit."""
    if entry[1] > limit:
        raise Malformed(f"{path} is listed at {entry[1]} bytes, over the {limit} limit")


def hashed(src: Source, path: str, entry: tuple[str, int]) -> int:
    """Hash `path` as it streams in, never holding it; its length."""
    digest = hashlib.sha256()
    try:
        size = src.digest(path, entry[1], digest.update)
    except Missing as exc:
        raise FileMismatch(f"{path} is listed in the manifest but missing") from exc
    except NotRegular as exc:
        raise FileMismatch(f"{path} is not a regular file (a symlink, FIFO or device)") from exc
    if size != entry[1] or digest.hexdigest() != entry[0]:
        raise FileMismatch(f"{path} differs from the manifest (hash or size)")
    return size


def listed(src: Source, path: str, entry: tuple[str, int]) -> bytes:
    try:
        data = src.fetch(path, entry[1])
    except Missing as exc:
        raise FileMismatch(f"{path} is listed in the manifest but missing") from exc
    except NotRegular as exc:
        raise FileMismatch(f"{path} is not a regular file (a symlink, FIFO or device)") from exc
    if len(data) != entry[1] or hashlib.sha256(data).hexdigest() != entry[0]:
        raise FileMismatch(f"{path} differs from the manifest (hash or size)")
    return data


# --- the checks --------------------------------------------------------------------------


def read_local(path: Path, limit: int, what: str) -> bytes | None:
    """A small local file: None when absent; Malformed when not a regular file or too long."""
    try:
        fd = open_regular(str(path))
    except FileNotFoundError:
        return None
    except (NotRegular, OSError) as exc:
        raise Malformed(f"{what} is not a readable regular file") from exc
    with os.fdopen(fd, "rb", buffering=0) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise Malformed(f"{what} is larger than {limit} bytes")
    return data


def read_state(path: Path | None) -> State | None:
    if path is None:
        return None
    data = read_local(path, MAX_STATE, f"state file {printable(path.name)}")
    if data is None:
        return None
    try:
        s = load_json(data, "state file")
        if not isinstance(s, dict):
            raise TypeError
        return State(
            int(s["version"]),
            str(s["manifest_sha256"]),
            int(s["delegation_version"]),
            str(s["key_id"]),
            frozenset(str(k) for k in s["revoked"]),
            read_memory(s.get("changes", {})),
            s.get("log"),
        )
    except (OSError, KeyError, TypeError, ValueError, Malformed) as exc:
        raise Malformed(f"state file {printable(path.name)} is unreadable") from exc


def check_site(named: str | None, option: str | None, url: str | None) -> None:
    """The site the manifest names against --site, or else the URL verified. A manifest
    that names no site (made before sites were named) passes, unless --site asks for one."""
    if named is None:
        if option is not None:
            raise BadSignature(
                f"the manifest names no site, so it cannot be checked against {printable(option)}"
            )
        return
    expected = option if option is not None else url
    if expected is not None and site_key(named) != site_key(expected):
        raise BadSignature(
            f"the manifest is signed for the site {printable(named)}, not {printable(expected)}"
        )


def uncovered(d: Delegation, now: datetime) -> str:
    if now < d.valid_from:
        return f"the delegation of the signing key is not valid yet: from {show(d.valid_from)}"
    return f"the delegation of the signing key is valid only until {show(d.valid_until)}"


def read_memory(value: object) -> dict[str, dict[str, object]]:
    if not isinstance(value, dict):
        raise TypeError
    out: dict[str, dict[str, object]] = {}
    for path, seen in value.items():
        f = fields(seen, {"sha256", "count", "skeleton", "withdrawn"}, "state file")
        hex64(f["sha256"], "state file")
        hex64(f["skeleton"], "state file")
        integer(f["count"], "state file", 1)
        b64(f["withdrawn"], "state file")
        out[str(path)] = f
    return out


# --- the change log: content may be withdrawn, nothing else of a past event may change ----

CHANGES = "feeds/changes/"
COMMITMENT_CONTEXT = b"creditsite/event-commitment/v1\x00"


def check_history(
    src: Source, m: Manifest, seen: dict[str, dict[str, object]]
) -> dict[str, dict[str, object]]:
    """The change-log rules of feeds/SPEC.md: a line that publishes content and salt matches
    its commitment; a line that was seen before keeps every byte before its `,"salt":`, and
    once withdrawn (it ends `,"salt":null,"record":null}`) stays withdrawn. `seen` is what the state file remembers
    of each segment; a segment whose hash is unchanged is not read again. Returns the memory
    to save."""
    index_path = CHANGES + "index.json"
    if index_path not in m.files:
        return dict(seen)
    index = load_json(listed(src, index_path, m.files[index_path]), index_path)
    if not isinstance(index, dict) or index.get("version") != LOG_VERSION:
        return dict(seen)  # a log without commitments (before version 3): nothing to check
    if not isinstance(index.get("segments"), list):
        raise Malformed(f"{index_path} has no segment list")
    memory: dict[str, dict[str, object]] = {}
    held: dict[str, bytes] = {}  # record id -> RFC 8785 of its latest carried record
    for seg in index["segments"]:
        name = str(seg["path"]) if isinstance(seg, dict) else ""
        path = CHANGES + name
        if path not in m.files:
            raise FileMismatch(f"{path} is in the change-log index but not in the manifest")
        old = seen.get(name)
        if old is not None and old["sha256"] == m.files[path][0]:
            memory[name] = old
            held.clear()  # not read: a later null record cannot be resolved from before it
            continue
        memory[name] = _check_segment(listed(src, path, m.files[path]), path, old, held)
        memory[name]["sha256"] = m.files[path][0]
    gone = sorted(set(seen) - set(memory))
    if gone:
        raise Rollback(f"{CHANGES}{gone[0]} was seen before and is no longer published")
    return memory


def _check_segment(
    data: bytes, path: str, old: dict[str, object] | None, held: dict[str, bytes]
) -> dict[str, object]:
    """Only lines carrying a record are parsed whole: most lines of a long log are withdrawn
    or `"record":null`."""
    try:
        lines = data.decode("utf-8").split("\n")
    except UnicodeDecodeError as exc:
        raise Malformed(f"{path} is not UTF-8") from exc
    if lines.pop() != "":
        raise Malformed(f"{path} does not end with a line break")
    count = int(str(old["count"])) if old is not None else 0
    before = base64.b64decode(str(old["withdrawn"])) if old is not None else b""
    bits = bytearray((len(lines) + 7) // 8)
    skeleton = hashlib.sha256()
    prefix: str | None = None
    for i, line in enumerate(lines):
        where = f"{path} line {i + 1}"
        cut = line.find(SALT_KEY)
        if cut < 0:
            raise Malformed(f"{where} has no salt")
        skeleton.update(line[:cut].encode("utf-8") + b"\n")
        if i + 1 == count:
            prefix = skeleton.hexdigest()
        if line.endswith(WITHDRAWN_TAIL) and len(line) - cut == len(WITHDRAWN_TAIL):
            bits[i // 8] |= 1 << (i % 8)
            continue
        if i < count and before[i // 8] >> (i % 8) & 1:
            raise Rollback(f"{where}: withdrawn content is published again")
        # The head is read by position: the commitment is its last field, and only the
        # record id is decoded; a record is canonicalised once, where a line carries it.
        commitment = line[cut - 65 : cut - 1]
        found = RECORD_ID.search(line, 0, cut)
        if line[cut - 80 : cut - 65] != ',"commitment":"' or found is None:
            raise Malformed(f"{where} is not a change-log event")
        hex64(commitment, where)
        rid = str(json.loads(found.group(1)))
        try:
            tail = json.loads(f"{{{line[cut + 1 :]}", parse_float=_refuse, parse_constant=_refuse)
        except (ValueError, RecursionError) as exc:
            raise Malformed(f"{where} is not valid JSON: {exc}") from exc
        if not isinstance(tail, dict) or set(tail) != {"salt", "record"}:
            raise Malformed(f"{where} is not a change-log event")
        salt = hex64(tail["salt"], where)
        if tail["record"] is not None:
            try:
                held[rid] = FAST_CANONICAL.encode(tail["record"]).encode("utf-8")
            except UnicodeEncodeError as exc:
                raise Malformed(f"{where}: a lone surrogate in the record") from exc
        content = held.get(rid)
        if content is not None:  # else it stands for a line in a segment not read this time
            digest = hashlib.sha256(COMMITMENT_CONTEXT + bytes.fromhex(salt) + content)
            if digest.hexdigest() != commitment:
                raise FileMismatch(f"{where}: the content does not match its commitment")
    if old is not None and prefix != old["skeleton"]:
        raise Rollback(
            f"{path}: an event seen before was changed; only the withdrawal of its content "
            "and salt is allowed"
        )
    return {
        "count": len(lines),
        "skeleton": skeleton.hexdigest(),
        "withdrawn": base64.b64encode(bytes(bits)).decode("ascii"),
    }


# canonical() without its checks, for records parsed with floats refused: some 10x faster,
# which a log of 10^5 listings needs. Outside the signed subset (a huge integer, a key beyond
# the BMP) the bytes may differ from RFC 8785, which can only fail a line, never pass one.
FAST_CANONICAL = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False
)
SALT_KEY = ',"salt":'
RECORD_ID = re.compile(r'"record_id":("(?:[^"\\]|\\.)*")')
WITHDRAWN_TAIL = ',"salt":null,"record":null}'
LOG_VERSION = 3


def check_trust(
    src: Source,
    root: bytes,
    now: datetime,
    state: State | None,
    site: str | None = None,
    record: bool = False,
) -> tuple[Manifest, Delegation, str]:
    """Chain, site, delegation period, rollback and freshness, in TUF's order; with
    `record`, also the hash the state file remembers the manifest by."""
    manifest_bytes = required(src, MANIFEST, MAX_MANIFEST)
    delegation_bytes = required(src, DELEGATION, MAX_SMALL)
    d = read_delegation(delegation_bytes, root)
    signed, sigs, m = read_manifest(manifest_bytes)
    if m.key_id in d.revoked or (state is not None and m.key_id in state.revoked):
        raise NotDelegated(f"the manifest is signed by revoked key {m.key_id[:16]}…")
    if m.key_id != key_id(d.online):
        raise BadSignature(
            f"the manifest is signed by key {m.key_id[:16]}…, which the root has not delegated"
        )
    signature = signature_by(signed, sigs, d.online)
    if signature is None:
        raise BadSignature("the manifest signature does not verify with the delegated key")
    if m.delegation_version != d.version:
        raise MixAndMatch(
            f"the manifest was made under delegation {m.delegation_version}, "
            f"but delegation {d.version} is served with it"
        )
    check_site(m.site, site, src.url)
    if DELEGATION not in m.files:
        raise Malformed(f"the manifest does not list {DELEGATION}")
    if m.files[DELEGATION][0] != hashlib.sha256(delegation_bytes).hexdigest():
        raise MixAndMatch("the delegation served is not the one the manifest lists")
    if not d.valid_from <= m.issued < d.valid_until:
        raise NotDelegated("the signing key was not delegated when the manifest was issued")
    if not d.valid_from <= now < d.valid_until:
        raise NotDelegated(uncovered(d, now))
    sha = publisher_sha256(signed, m.key_id, signature) if record else ""
    # A newer delegation to another online key resets the version memory, so a revoked key
    # cannot have fast-forwarded this consumer past every future manifest (TUF 5.3.11).
    if state is not None and d.version < state.delegation_version:
        raise Rollback(
            f"delegation {d.version} is older than {state.delegation_version}, seen before"
        )
    rotated = (
        state is not None and d.version > state.delegation_version and m.key_id != state.key_id
    )
    if state is not None and not rotated:
        if m.version < state.version:
            raise Rollback(
                f"manifest version {m.version} is older than {state.version}, seen before"
            )
        if m.version == state.version and sha != state.manifest_sha256:
            raise Rollback(f"manifest version {m.version} was seen with other content")
        if m.version == state.version + 1 and m.previous != state.manifest_sha256:
            raise Rollback(
                f"manifest version {m.version} does not continue version {state.version}"
            )
    if now >= m.expires:
        raise Expired(f"the manifest expired at {show(m.expires)}: the copy is stale or frozen")
    return m, d, sha


def check_file(src: Source, m: Manifest, online: bytes, path: str) -> bytes:
    """The file's listed bytes; a feed file's detached signature is checked too."""
    if path not in m.files:
        raise FileMismatch(f"{path} is not listed in the manifest")
    if path.startswith(FEEDS) and path + SIG not in m.files:
        raise FileMismatch(f"{path} has no detached signature")
    held_size(path, m.files[path], MAX_MANIFEST)
    if path.startswith(FEEDS):
        held_size(path + SIG, m.files[path + SIG], MAX_SMALL)
    data = listed(src, path, m.files[path])
    if path.startswith(FEEDS):
        kid, sig = read_detached(listed(src, path + SIG, m.files[path + SIG]), path + SIG)
        if kid != m.key_id or not ed25519_ok(online, sig, data):
            raise BadSignature(f"{path + SIG} does not verify")
    return data


def check_listed(src: Source, m: Manifest, online: bytes, path: str) -> int:
    """check_file for a whole-site check: a file that is not a feed is hashed as it streams."""
    if path.startswith(FEEDS):
        return len(check_file(src, m, online, path))
    return hashed(src, path, m.files[path])


def check_one(src: Source, m: Manifest, online: bytes, path: str) -> bytes:
    try:
        return check_file(src, m, online, path)
    except FileMismatch:
        if path.startswith(FEEDS) and signed_elsewhere(src, path, online, m.files[path][1]):
            raise MixAndMatch(f"{path} is an authentic file of another build") from None
        raise


def check_all(src: Source, m: Manifest, online: bytes) -> tuple[int, int]:
    """Every file is checked before a mismatch is reported, so that a copy mixing builds is
    named as such when any mismatching feed file carries a valid signature of its own."""
    paths = []
    for path in m.files:
        if path.startswith(FEEDS) and path.endswith(SIG):
            if path[: -len(SIG)] not in m.files:
                raise FileMismatch(f"{path} signs a file the manifest does not list")
            continue
        paths.append(path)

    def task(chunk: list[str]) -> list[int | FileMismatch]:
        out: list[int | FileMismatch] = []
        for path in chunk:
            try:
                out.append(check_listed(src, m, online, path))
            except FileMismatch as exc:
                out.append(exc)
        return out

    # A web source: a few threads, which wait on the network. A folder: one, since small
    # files keep taking the GIL back and more threads only wait for it (the creditsite
    # package forks processes instead, which a copyable script avoids).
    chunks = [paths[i : i + 256] for i in range(0, len(paths), 256)]
    workers = 8 if src.url is not None else 1
    total = sigs = 0
    first: FileMismatch | None = None
    mixed: str | None = None
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for chunk, results in zip(chunks, pool.map(task, chunks), strict=True):
            for path, result in zip(chunk, results, strict=True):
                if isinstance(result, FileMismatch):
                    first = first or result
                    if (
                        mixed is None
                        and path.startswith(FEEDS)
                        and signed_elsewhere(src, path, online, m.files[path][1])
                    ):
                        mixed = path
                    continue
                total += result
                sigs += path.startswith(FEEDS)
    if mixed is not None:
        raise MixAndMatch(f"{mixed} is an authentic file of another build")
    if first is not None:
        raise first
    return total, sigs


def signed_elsewhere(src: Source, path: str, online: bytes, length: int) -> bool:
    """A mismatching feed file that carries its own valid signature comes from another build.
    Read no further than the listed length (+ 1): the manifest allows no more."""
    try:
        data = src.fetch(path, length)
        _, sig = read_detached(src.fetch(path + SIG, MAX_SMALL), path + SIG)
    except (Missing, NotRegular, Failure):
        return False
    return len(data) <= length and ed25519_ok(online, sig, data)


def verify(
    location: str,
    root: bytes,
    now: datetime,
    state_file: Path | None,
    only: str | None,
    site: str | None = None,
    other_origins: bool = False,
) -> tuple[str, bytes | None]:
    src = Source(location, other_origins)
    state = read_state(state_file)
    m, d, sha = check_trust(src, root, now, state, site, record=state_file is not None)
    data: bytes | None = None
    log = state.log if state else None  # --file checks one file: the log is not read
    if only is not None:
        src.check_folders(only)
        data = check_one(src, m, d.online, only)
        checked = f"{only} verified"
    else:
        listing = src.listing()  # first: a symlink or FIFO in the copy is refused before reading
        total, sigs = check_all(src, m, d.online)
        extra = sorted(listing - set(m.files) - {MANIFEST}) if listing is not None else []
        if extra:
            raise FileMismatch(f"{printable(extra[0])[:120]} is not listed in the manifest")
        checked = f"{len(m.files)} files and {sigs} detached signatures verified ({total} bytes)"
        memory = check_history(src, m, state.changes if state else {})
        log = check_log(src, m, d.online, state.log if state else None)
    if only is not None:  # the change log was not read: what was seen of it stays remembered
        memory = state.changes if state else {}
    if state_file is not None:
        revoked = d.revoked | (state.revoked if state else frozenset())
        new = {
            "version": m.version,
            "manifest_sha256": sha,
            "delegation_version": d.version,
            "key_id": m.key_id,
            "revoked": sorted(revoked),
            "changes": memory,
        }
        if log is not None:
            new["log"] = log
        tmp = state_file.with_name(state_file.name + ".tmp")
        try:
            tmp.write_text(json.dumps(new, indent=1, sort_keys=True) + "\n", encoding="utf-8")
            tmp.replace(state_file)
        except OSError as exc:
            raise Malformed(f"cannot write the state file: {exc.strerror}") from exc
    summary = (
        f"OK: {location} manifest version {m.version}, issued {show(m.issued)}, "
        f"expires {show(m.expires)}; {checked}; key {m.key_id[:16]}… (delegation {d.version})"
    )
    return summary, data


def _site(text: str) -> str:
    site = text if text.endswith("/") else text + "/"
    try:
        return site_address(site, "--site")
    except Malformed as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def load_root(path: Path) -> bytes:
    text = read_local(path, MAX_SMALL, "root key")
    if text is None:
        raise ValueError("no root key")
    if b"-----BEGIN" in text:
        key = serialization.load_pem_public_key(text)
        if not isinstance(key, Ed25519PublicKey):
            raise ValueError("not Ed25519")
        return key.public_bytes_raw()
    raw = base64.b64decode(text.strip(), validate=True)
    if len(raw) != 32:
        raise ValueError("not 32 bytes")
    return raw


# --- transparency log and proofs (feeds/SPEC.md, "Transparency log") ---------------------
# Kept apart from the checks above: verify() calls check_log() once every file is verified,
# and `verify-proof` uses only this section and read_delegation().


class LogFork(Failure):
    code = 20


class LogRewrite(Failure):
    code = 21


class LogTruncated(Failure):
    code = 22


class UnknownLogKey(Failure):
    code = 23


class WrongClaim(Failure):
    code = 24


class BadProof(Failure):
    code = 25


CHECKPOINT = "log/checkpoint"
TILE_WIDTH = 256
PROOF_HEADER = "c2sp.org/tlog-proof@v1"
SNAPSHOT_ENTRY = "creditsite/snapshot/v1"
BINDING_CONTEXT = b"creditsite/snapshot-binding/v1\x00"


def leaf_hash(entry: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + entry).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


class MerkleTree:
    """RFC 6962 subtree hashes over leaf hashes, every full aligned subtree kept."""

    def __init__(self, leaves: list[bytes]) -> None:
        self.levels = [list(leaves)]
        while len(self.levels[-1]) > 1:
            below = self.levels[-1]
            self.levels.append(
                [node_hash(below[i], below[i + 1]) for i in range(0, len(below) - 1, 2)]
            )

    def hash(self, lo: int, hi: int) -> bytes:
        n = hi - lo
        if n == 0:
            return hashlib.sha256(b"").digest()
        k = n.bit_length() - 1
        if n == 1 << k and lo % n == 0:
            return self.levels[k][lo >> k]
        split = 1 << ((n - 1).bit_length() - 1)
        return node_hash(self.hash(lo, lo + split), self.hash(lo + split, hi))

    def consistency(self, m: int, lo: int, hi: int, whole: bool = True) -> list[bytes]:
        n = hi - lo
        if m == n:
            return [] if whole else [self.hash(lo, hi)]
        k = 1 << ((n - 1).bit_length() - 1)
        if m <= k:
            return [*self.consistency(m, lo, lo + k, whole), self.hash(lo + k, hi)]
        return [*self.consistency(m - k, lo + k, hi, False), self.hash(lo, lo + k)]


def verify_inclusion(index: int, size: int, leaf: bytes, path: list[bytes], root: bytes) -> bool:
    """RFC 9162 2.1.3.2."""
    if not 0 <= index < size or any(len(p) != 32 for p in path):
        return False
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn:
                fn, sn = fn >> 1, sn >> 1
        else:
            r = node_hash(r, p)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and r == root


def verify_consistency(m: int, n: int, old: bytes, new: bytes, path: list[bytes]) -> bool:
    """RFC 9162 2.1.4.2, for 0 < m <= n."""
    if not 0 < m <= n:
        return False
    if m == n:
        return not path and old == new
    if not path:
        return False
    proof = [old, *path] if m & (m - 1) == 0 else list(path)
    fn, sn = m - 1, n - 1
    while fn & 1:
        fn, sn = fn >> 1, sn >> 1
    fr = sr = proof[0]
    for c in proof[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr, sr = node_hash(c, fr), node_hash(c, sr)
            while not fn & 1 and fn:
                fn, sn = fn >> 1, sn >> 1
        else:
            sr = node_hash(sr, c)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and fr == old and sr == new


def read_checkpoint(data: bytes, online: bytes) -> tuple[str, int, bytes]:
    """(origin, size, root) of a c2sp.org/tlog-checkpoint signed note by the online key,
    whose key name is the origin; other signatures are ignored, as signed-note requires."""
    try:
        note = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Malformed("the checkpoint is not UTF-8") from exc
    cut = note.rfind("\n\n")
    if cut < 0 or not note.endswith("\n") or any(ord(c) < 32 and c != "\n" for c in note):
        raise Malformed("the checkpoint is not a signed note")
    text, sig_lines = note[: cut + 1], note[cut + 2 :].splitlines()
    lines = text.split("\n")
    if len(lines) < 4 or any(not x for x in lines[:-1]) or not 1 <= len(sig_lines) <= 16:
        raise Malformed("the checkpoint has no origin, size, root or signature")
    origin, size, root64 = lines[0], lines[1], lines[2]
    if not size.isascii() or not size.isdigit() or (size != "0" and size[0] == "0"):
        raise Malformed("the checkpoint's tree size is not a number")
    root = b64(root64, "checkpoint root")
    wanted = hashlib.sha256(origin.encode() + b"\n\x01" + online).digest()[:4]
    ours = []
    for line in sig_lines:
        name, _, sig64 = line.removeprefix("\u2014 ").partition(" ")
        sig = b64(sig64, "checkpoint signature")
        if not line.startswith("\u2014 ") or len(sig) < 5:
            raise Malformed("a malformed checkpoint signature line")
        if name == origin and sig[:4] == wanted:
            ours.append(sig[4:])
    if not ours:
        raise UnknownLogKey("the checkpoint is not signed by the delegated online key")
    if not all(ed25519_ok(online, sig, text.encode()) for sig in ours):
        raise BadSignature("the checkpoint signature does not verify")
    if len(root) != 32:
        raise Malformed("the checkpoint root does not have 32 bytes")
    return origin, int(size), root


def tile_path(level: object, index: int, width: int) -> str:
    digits = f"{index:03d}"
    digits = "0" * (-len(digits) % 3) + digits
    groups = [digits[i : i + 3] for i in range(0, len(digits), 3)]
    name = "/".join([*(f"x{g}" for g in groups[:-1]), groups[-1]])
    return f"log/tile/{level}/{name}" + ("" if width == TILE_WIDTH else f".p/{width}")


def log_leaves(src: Source, m: Manifest, size: int) -> list[bytes]:
    hashes: list[bytes] = []
    for start in range(0, size, TILE_WIDTH):
        width, n = min(TILE_WIDTH, size - start), start // TILE_WIDTH
        tile_p, bundle_p = tile_path(0, n, width), tile_path("entries", n, width)
        if tile_p not in m.files or bundle_p not in m.files:
            raise LogTruncated(f"{tile_p} is missing: the log lost leaves")
        tile, bundle = (
            listed(src, tile_p, m.files[tile_p]),
            listed(src, bundle_p, m.files[bundle_p]),
        )
        pos, entries = 0, []
        while pos < len(bundle):
            length = int.from_bytes(bundle[pos : pos + 2], "big")
            entries.append(bundle[pos + 2 : pos + 2 + length])
            pos += 2 + length
        if pos != len(bundle) or len(tile) != 32 * width or len(entries) != width:
            raise LogTruncated(f"{tile_p} does not hold {width} leaves")
        for i, entry in enumerate(entries):
            if leaf_hash(entry) != tile[32 * i : 32 * i + 32]:
                raise LogRewrite(f"entry {start + i} does not hash to its leaf")
            hashes.append(tile[32 * i : 32 * i + 32])
    return hashes


def check_log(
    src: Source, m: Manifest, online: bytes, seen: dict[str, object] | None
) -> dict[str, object] | None:
    """The log's state once its tiles hash to its checkpoint and it extends `seen`."""
    if CHECKPOINT not in m.files:
        if seen is not None:
            raise LogTruncated("the site no longer publishes the log this consumer saw")
        return None
    origin, size, root = read_checkpoint(listed(src, CHECKPOINT, m.files[CHECKPOINT]), online)
    tree = MerkleTree(log_leaves(src, m, size))
    if tree.hash(0, size) != root:
        raise LogRewrite("the log's tiles do not hash to its signed checkpoint")
    state: dict[str, object] = {
        "origin": origin,
        "size": size,
        "root": base64.b64encode(root).decode(),
    }
    if seen is None:
        return state
    old_size, old_root = seen.get("size"), seen.get("root")
    if set(seen) != {"origin", "size", "root"} or not isinstance(old_size, int):
        raise Malformed("the state file's log entry is not {origin, size, root}")
    if seen["origin"] != origin:
        raise LogFork(f"the log is now {origin!r}, this consumer saw {seen['origin']!r}")
    if size < old_size:
        raise LogTruncated(f"the log has {size} leaves; this consumer saw {old_size}")
    if size == old_size and state["root"] != old_root:
        raise LogFork(f"two different logs of {size} leaves: this consumer was shown another")
    if 0 < old_size < size:
        proof = tree.consistency(old_size, 0, size)
        if not verify_consistency(old_size, size, b64(old_root, "state log root"), root, proof):
            raise LogRewrite(f"the log does not extend the {old_size} leaves seen before")
    return state


def root_from_range(size: int, start: int, leaves: list[bytes], proof: list[bytes]) -> bytes | None:
    """The root of a tree of `size` leaves given leaves [start, start + len) and the hashes
    of every subtree outside them, in the order a left-to-right walk needs them."""
    end, taken = start + len(leaves), iter(proof)
    if not 0 <= start < end <= size:
        return None

    def walk(lo: int, hi: int) -> bytes | None:
        if hi <= start or lo >= end:
            return next(taken, None)
        if hi - lo == 1:
            return leaves[lo - start]
        k = 1 << ((hi - lo - 1).bit_length() - 1)
        left, right = walk(lo, lo + k), walk(lo + k, hi)
        return None if left is None or right is None else node_hash(left, right)

    root = walk(0, size)
    return root if next(taken, None) is None else None


def read_claim(data: bytes) -> dict[str, object]:
    """The proof's `extra`: the binary layout of feeds/SPEC.md ("Proofs")."""
    pos = 0

    def take(n: int) -> bytes:
        nonlocal pos
        if pos + n > len(data):
            raise Malformed("the proof's extra data is truncated")
        pos += n
        return data[pos - n : pos]

    def text() -> str:
        try:
            return take(take(1)[0]).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise Malformed("a text in the proof is not UTF-8") from exc

    if take(4) != b"csp1":
        raise Malformed("the proof's extra data is not a creditsite claim (csp1)")
    c: dict[str, object] = {"subject": text(), "day": take(10).decode("ascii", "replace")}
    c["entry"], c["tag"] = take(take(1)[0]), take(32)
    start, run_count, flags = (
        int.from_bytes(take(4), "big"),
        int.from_bytes(take(2), "big"),
        take(1)[0],
    )
    if flags & ~3:
        raise Malformed("unknown flags in the proof's extra data")
    c["start"], c["salt"] = start, take(32) if run_count else None
    c["before"] = take(64) if flags & 1 else None
    c["run"] = [(take(32), text()) for _ in range(run_count)]
    c["after"] = take(64) if flags & 2 else None
    c["proof"] = [take(32) for _ in range(take(1)[0])]
    c["delegation"] = take(int.from_bytes(take(2), "big"))
    if pos != len(data):
        raise Malformed("the proof's extra data has trailing bytes")
    return c


def verify_proof(data: bytes, root_key: bytes, subject: str | None, on: str | None) -> str:
    """Check a `creditsite prove` file offline; the sentence it proves."""
    head, sep, checkpoint = data.partition(b"\n\n")
    lines = head.decode("ascii", "replace").split("\n")
    if not sep or len(lines) < 3 or lines[0] != PROOF_HEADER or not lines[1].startswith("extra "):
        raise Malformed(f"not a {PROOF_HEADER} proof with creditsite's extra data")
    if not lines[2].startswith("index ") or not lines[2][6:].isdigit():
        raise Malformed("the proof has no index line")
    index, path = int(lines[2][6:]), [b64(x, "inclusion path") for x in lines[3:]]
    c = read_claim(b64(lines[1][6:], "extra"))
    online = read_delegation(c["delegation"], root_key).online  # type: ignore[arg-type]
    origin, size, log_root = read_checkpoint(checkpoint, online)
    entry = c["entry"]
    assert isinstance(entry, bytes)
    parts = entry.decode("ascii", "replace").split(" ")
    if len(parts) != 4 or parts[0] != SNAPSHOT_ENTRY or not parts[2].isdigit():
        raise Malformed("the proof's entry is not a snapshot")
    if not verify_inclusion(index, size, leaf_hash(entry), path, log_root):
        raise BadProof("the snapshot leaf is not in the signed log")
    day, count, snap_root = parts[1], int(parts[2]), b64(parts[3], "snapshot root")
    if c["day"] != day:
        raise WrongClaim(f"the proof claims {c['day']}, its snapshot is of {day}")
    if on is not None and on != day:
        raise WrongClaim(f"the proof is for {day}, not {on}")
    who, tag, salt, start = str(c["subject"]), c["tag"], c["salt"], c["start"]
    assert isinstance(tag, bytes) and isinstance(start, int)
    if subject is not None and subject != who:
        raise WrongClaim("the proof is for another subject")
    before, after, run = c["before"], c["after"], c["run"]
    assert isinstance(run, list)
    leaves = []
    if isinstance(before, bytes):
        if not before[:32] < tag:
            raise BadProof("the leaf before the subject's does not bracket it")
        leaves.append(before)
    elif start != 0:
        raise BadProof("the proof leaves out listings before the subject's")
    for bound, rid in run:
        body = canonical({"record_id": rid, "subject": who})
        if (
            not isinstance(salt, bytes)
            or bound != hashlib.sha256(BINDING_CONTEXT + salt + body).digest()
        ):
            raise BadProof("a listing in the proof does not belong to this subject")
        leaves.append(tag + bound)
    if isinstance(after, bytes):
        if not after[:32] > tag:
            raise BadProof("the leaf after the subject's does not bracket it")
        leaves.append(after)
    elif start + len(leaves) != count:
        raise BadProof("the proof leaves out listings after the subject's")
    proof = c["proof"]
    assert isinstance(proof, list)
    if leaves:
        got = root_from_range(count, start, [leaf_hash(x) for x in leaves], proof)
        if got != snap_root:
            raise BadProof("the opened leaves are not in that day's snapshot")
    elif count or proof:
        raise BadProof("the proof opens no leaf of a non-empty snapshot")
    where = f"log {origin}, leaf {index} of {size}"
    records = [rid for _, rid in run]
    if not records:
        return f"PROVEN: {who} had no active listing on {day} ({where})"
    return f"PROVEN: {who} had {len(records)} active listing(s) on {day}: {', '.join(records)} ({where})"


def proof_main(argv: list[str]) -> int:
    parser = _Parser(prog="verify_feed.py verify-proof", description="check a proof offline")
    parser.add_argument("proof", type=Path, help="a file written by creditsite prove")
    parser.add_argument("--root-key", type=Path, required=True, help="the pinned root.pub")
    parser.add_argument("--subject", default=None, help="require the proof to be about this")
    parser.add_argument("--on", default=None, help="require it to be of this day (YYYY-MM-DD)")
    args = parser.parse_args(argv)
    try:
        root = load_root(args.root_key)
    except (OSError, ValueError, binascii.Error):
        print(f"error: the root key {args.root_key} is unusable", file=sys.stderr)
        return EXIT_USAGE
    try:
        try:
            data = args.proof.read_bytes()
        except OSError as exc:
            raise Malformed(f"cannot read the proof {args.proof}: {exc.strerror}") from exc
        print(verify_proof(data, root, args.subject, args.on))
    except Failure as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.code
    return 0


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _now(text: str) -> datetime:
    try:
        t = datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a time: {text!r}") from exc
    if t.tzinfo is None:
        raise argparse.ArgumentTypeError("the time needs a zone, e.g. 2026-11-22T08:00:00Z")
    return t


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["verify-proof"]:
        return proof_main(argv[1:])
    parser = _Parser(
        prog="verify_feed.py", description=__doc__.splitlines()[0] if __doc__ else None
    )
    parser.add_argument("source", help="site folder or http(s) URL")
    parser.add_argument("--root-key", type=Path, required=True, help="the pinned root.pub")
    parser.add_argument("--state", type=Path, default=None, help="remembers the last version")
    parser.add_argument("--now", type=_now, default=None, help="check as of this time")
    parser.add_argument("--file", default=None, help="verify only this file, e.g. feeds/all.json")
    parser.add_argument("--output", type=Path, default=None, help="with --file: write it here")
    parser.add_argument(
        "--site", type=_site, default=None, help="the site address the manifest must name"
    )
    parser.add_argument(
        "--allow-cross-origin-redirects",
        action="store_true",
        help="follow redirects to another http(s) host",
    )
    args = parser.parse_args(argv)
    if args.output is not None and args.file is None:
        parser.error("--output needs --file")
    try:
        root = load_root(args.root_key)
    except (OSError, ValueError, binascii.Error, Malformed):
        print(f"error: the root key {printable(str(args.root_key))} is unusable", file=sys.stderr)
        return EXIT_USAGE
    try:
        only = None if args.file is None else safe_path(args.file)
        summary, data = verify(
            args.source,
            root,
            args.now or datetime.now(UTC),
            args.state,
            only,
            args.site,
            args.allow_cross_origin_redirects,
        )
    except Failure as exc:
        print(f"error: {printable(str(exc))}", file=sys.stderr)
        return exc.code
    if args.output is not None and data is not None:
        args.output.write_bytes(data)
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
