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
64 bad command line or unusable root key.

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
    data = read_local(path, MAX_SMALL, f"state file {printable(path.name)}")
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
    if state_file is not None:
        revoked = d.revoked | (state.revoked if state else frozenset())
        new = {
            "version": m.version,
            "manifest_sha256": sha,
            "delegation_version": d.version,
            "key_id": m.key_id,
            "revoked": sorted(revoked),
        }
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
