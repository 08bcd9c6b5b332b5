#!/usr/bin/env python3
"""Verify a creditsite publication: one file to copy, Python >= 3.11 and `cryptography`.

    python verify_feed.py SITE_DIR_OR_URL --root-key root.pub [--state FILE] [--now TIME]
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
import hashlib
import json
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import NoReturn

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
        items = sorted(value.items(), key=lambda kv: str(kv[0]).encode("utf-16-be"))
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


def load_json(data: bytes, what: str) -> object:
    try:
        value: object = json.loads(
            data.decode("utf-8"),
            object_pairs_hook=_no_dupes,
            parse_float=_refuse,
            parse_constant=_refuse,
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise Malformed(f"{what} is not valid JSON: {exc}") from exc
    canonical(value)  # refuses big integers and lone surrogates now, not mid-check
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
    sha256: str = ""  # of the manifest.json bytes


@dataclass(frozen=True)
class State:
    version: int
    manifest_sha256: str
    delegation_version: int
    key_id: str  # the online key the version memory was recorded with
    revoked: frozenset[str] = field(default_factory=frozenset)
    # change-log segment -> what was seen of it (see check_history)
    changes: dict[str, dict[str, object]] = field(default_factory=dict)


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
    message, kid = canonical(signed), key_id(raw)
    return any(k == kid and ed25519_ok(raw, s, message) for k, s in sigs)


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


def read_manifest(data: bytes) -> tuple[dict[str, object], list[tuple[str, bytes]], Manifest]:
    signed, sigs = envelope(data, "manifest", MANIFEST)
    names = {"type", "spec_version", "version", "issued", "expires", "previous"}
    m = fields(signed, names | {"key_id", "delegation_version", "files"}, MANIFEST)
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
        sha256=hashlib.sha256(data).hexdigest(),
    )
    return signed, sigs, out


def read_detached(data: bytes, what: str) -> tuple[str, bytes]:
    f = fields(load_json(data, what), {"keyid", "sig"}, what)
    return hex64(f["keyid"], f"{what} keyid"), b64(f["sig"], what)


# --- sources -----------------------------------------------------------------------------


class Source:
    def __init__(self, location: str) -> None:
        scheme = urllib.parse.urlsplit(location).scheme.lower()
        self.url: str | None = None
        self.root: Path | None = None
        if scheme in ("http", "https"):
            self.url = location if location.endswith("/") else location + "/"
        elif "://" in location:
            raise Malformed(f"only http(s) URLs or folders can be verified, not {scheme}:")
        elif Path(location).is_dir():
            self.root = Path(location)
        else:
            raise Unreachable(f"{location} is not a folder")

    def fetch(self, path: str, limit: int) -> bytes:
        """At most limit + 1 bytes: one more shows a file longer than allowed."""
        if self.root is not None:
            try:
                with (self.root / path).open("rb") as handle:
                    return handle.read(limit + 1)
            except (FileNotFoundError, NotADirectoryError, IsADirectoryError) as exc:
                raise Missing(path) from exc
            except OSError as exc:
                raise Unreachable(f"cannot read {path}: {exc.strerror}") from exc
        assert self.url is not None
        url = urllib.parse.urljoin(self.url, urllib.parse.quote(path))
        deadline = time.monotonic() + TIMEOUT + limit / MIN_RATE
        try:
            with urllib.request.urlopen(url, timeout=TIMEOUT) as response:  # noqa: S310 - http(s) only
                chunks, size = [], 0
                while size <= limit:
                    chunk = response.read(min(65536, limit + 1 - size))
                    if not chunk:
                        break
                    chunks.append(chunk)
                    size += len(chunk)
                    if time.monotonic() > deadline:
                        raise Unreachable(f"{path} arrives too slowly")
                return b"".join(chunks)
        except urllib.error.HTTPError as exc:
            if exc.code in (404, 410):
                raise Missing(path) from exc
            raise Unreachable(f"{path}: HTTP {exc.code}") from exc
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise Unreachable(f"cannot fetch {path}: {exc}") from exc

    def listing(self) -> set[str] | None:
        if self.root is None:
            return None
        return {
            (Path(d) / f).relative_to(self.root).as_posix()
            for d, _, names in os.walk(self.root)
            for f in names
        }


def required(src: Source, path: str, limit: int) -> bytes:
    try:
        data = src.fetch(path, limit)
    except Missing as exc:
        raise Unreachable(f"{path} not found") from exc
    if len(data) > limit:
        raise Malformed(f"{path} is larger than {limit} bytes")
    return data


def listed(src: Source, path: str, entry: tuple[str, int]) -> bytes:
    try:
        data = src.fetch(path, entry[1])
    except Missing as exc:
        raise FileMismatch(f"{path} is listed in the manifest but missing") from exc
    if len(data) != entry[1] or hashlib.sha256(data).hexdigest() != entry[0]:
        raise FileMismatch(f"{path} differs from the manifest (hash or size)")
    return data


# --- the checks --------------------------------------------------------------------------


def read_state(path: Path | None) -> State | None:
    if path is None or not path.exists():
        return None
    try:
        s = load_json(path.read_bytes(), "state file")
        if not isinstance(s, dict):
            raise TypeError
        return State(
            int(s["version"]),
            str(s["manifest_sha256"]),
            int(s["delegation_version"]),
            str(s["key_id"]),
            frozenset(str(k) for k in s["revoked"]),
            read_memory(s.get("changes", {})),
        )
    except (OSError, KeyError, TypeError, ValueError, Malformed) as exc:
        raise Malformed(f"state file {path.name} is unreadable") from exc


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
    src: Source, root: bytes, now: datetime, state: State | None
) -> tuple[Manifest, Delegation]:
    """Chain, delegation period, rollback and freshness, in TUF's order."""
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
    if not signed_by(signed, sigs, d.online):
        raise BadSignature("the manifest signature does not verify with the delegated key")
    if m.delegation_version != d.version:
        raise MixAndMatch(
            f"the manifest was made under delegation {m.delegation_version}, "
            f"but delegation {d.version} is served with it"
        )
    if DELEGATION not in m.files:
        raise Malformed(f"the manifest does not list {DELEGATION}")
    if m.files[DELEGATION][0] != hashlib.sha256(delegation_bytes).hexdigest():
        raise MixAndMatch("the delegation served is not the one the manifest lists")
    if not d.valid_from <= m.issued < d.valid_until:
        raise NotDelegated("the signing key was not delegated when the manifest was issued")
    if not d.valid_from <= now < d.valid_until:
        raise NotDelegated(
            f"the delegation of the signing key is valid only until {show(d.valid_until)}"
        )
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
        if m.version == state.version and m.sha256 != state.manifest_sha256:
            raise Rollback(f"manifest version {m.version} was seen with other content")
        if m.version == state.version + 1 and m.previous != state.manifest_sha256:
            raise Rollback(
                f"manifest version {m.version} does not continue version {state.version}"
            )
    if now >= m.expires:
        raise Expired(f"the manifest expired at {show(m.expires)}: the copy is stale or frozen")
    return m, d


def check_file(src: Source, m: Manifest, online: bytes, path: str) -> bytes:
    """The file's listed bytes; a feed file's detached signature is checked too."""
    if path not in m.files:
        raise FileMismatch(f"{path} is not listed in the manifest")
    data = listed(src, path, m.files[path])
    if path.startswith(FEEDS):
        if path + SIG not in m.files:
            raise FileMismatch(f"{path} has no detached signature")
        kid, sig = read_detached(listed(src, path + SIG, m.files[path + SIG]), path + SIG)
        if kid != m.key_id or not ed25519_ok(online, sig, data):
            raise BadSignature(f"{path + SIG} does not verify")
    return data


def check_one(src: Source, m: Manifest, online: bytes, path: str) -> bytes:
    try:
        return check_file(src, m, online, path)
    except FileMismatch:
        if path.startswith(FEEDS) and signed_elsewhere(src, path, online):
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
                out.append(len(check_file(src, m, online, path)))
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
                        and signed_elsewhere(src, path, online)
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


def signed_elsewhere(src: Source, path: str, online: bytes) -> bool:
    """A mismatching feed file that carries its own valid signature comes from another build."""
    try:
        data = src.fetch(path, MAX_MANIFEST)
        _, sig = read_detached(src.fetch(path + SIG, MAX_SMALL), path + SIG)
    except (Missing, Failure):
        return False
    return ed25519_ok(online, sig, data)


def verify(
    location: str, root: bytes, now: datetime, state_file: Path | None, only: str | None
) -> tuple[str, bytes | None]:
    src = Source(location)
    state = read_state(state_file)
    m, d = check_trust(src, root, now, state)
    data: bytes | None = None
    if only is not None:
        data = check_one(src, m, d.online, only)
        checked = f"{only} verified"
    else:
        total, sigs = check_all(src, m, d.online)
        listing = src.listing()
        extra = sorted(listing - set(m.files) - {MANIFEST}) if listing is not None else []
        if extra:
            raise FileMismatch(f"{extra[0][:120]} is not listed in the manifest")
        checked = f"{len(m.files)} files and {sigs} detached signatures verified ({total} bytes)"
        memory = check_history(src, m, state.changes if state else {})
    if only is not None:  # the change log was not read: what was seen of it stays remembered
        memory = state.changes if state else {}
    if state_file is not None:
        revoked = d.revoked | (state.revoked if state else frozenset())
        new = {
            "version": m.version,
            "manifest_sha256": m.sha256,
            "delegation_version": d.version,
            "key_id": m.key_id,
            "revoked": sorted(revoked),
            "changes": memory,
        }
        tmp = state_file.with_name(state_file.name + ".tmp")
        tmp.write_text(json.dumps(new, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        tmp.replace(state_file)
    summary = (
        f"OK: {location} manifest version {m.version}, issued {show(m.issued)}, "
        f"expires {show(m.expires)}; {checked}; key {m.key_id[:16]}… (delegation {d.version})"
    )
    return summary, data


def load_root(path: Path) -> bytes:
    text = path.read_bytes()
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
    args = parser.parse_args(argv)
    if args.output is not None and args.file is None:
        parser.error("--output needs --file")
    try:
        root = load_root(args.root_key)
    except (OSError, ValueError, binascii.Error):
        print(f"error: the root key {args.root_key} is unusable", file=sys.stderr)
        return EXIT_USAGE
    try:
        only = None if args.file is None else safe_path(args.file)
        summary, data = verify(args.source, root, args.now or datetime.now(UTC), args.state, only)
    except Failure as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.code
    if args.output is not None and data is not None:
        args.output.write_bytes(data)
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
