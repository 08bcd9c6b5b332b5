"""Typed signed documents (delegation, manifest) and their JSON form.

Both are TUF-style envelopes: {"signed": {...}, "signatures": [{"keyid", "sig"}]}; the
signature is Ed25519 over the RFC 8785 bytes of "signed". Parsing is strict (unknown or
missing fields, wrong types, bad paths are MalformedError) because a verifier must read a
document exactly one way.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from generator.errors import MalformedError, SigningError
from generator.sign.canonical import canonical_bytes, loads_strict
from generator.sign.keys import PublicKey, SigningKey

SPEC_VERSION = "1.0"
MANIFEST_PATH = "manifest.json"
DELEGATION_PATH = "keys/delegation.json"
SIG_SUFFIX = ".sig"
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\Z")
_HEX64 = re.compile(r"[0-9a-f]{64}\Z")


def format_time(moment: datetime) -> str:
    """RFC 3339, UTC, whole seconds: one spelling per instant, so signatures are stable."""
    if moment.tzinfo is None:
        raise SigningError("times must carry a time zone")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(text: object, what: str) -> datetime:
    if not isinstance(text, str) or not _TIME.match(text):
        raise MalformedError(f"{what} is not a time like 2026-11-22T08:00:00Z")
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError as exc:
        raise MalformedError(f"{what} is not a valid time") from exc


_CONTROL = re.compile(r"[\x00-\x1f]")


def check_path(path: object) -> str:
    """A manifest path: relative POSIX, no '.', '..' or empty segments, no backslash."""
    # Runs once per listed file: segment tests on "/path/" rather than a Python loop.
    wrapped = f"/{path}/"
    if (
        not isinstance(path, str)
        or not path
        or "//" in wrapped
        or "/./" in wrapped
        or "/../" in wrapped
        or "\\" in path
        or _CONTROL.search(path)
    ):
        raise MalformedError(f"unsafe path in the manifest: {str(path)[:80]!r}")
    return path


@dataclass(frozen=True, slots=True)
class Signature:
    keyid: str
    sig: bytes


@dataclass(frozen=True, slots=True)
class Delegation:
    """The root key's statement: `online_key` may sign manifests in [valid_from, valid_until)."""

    version: int
    root_key_id: str
    online_key: PublicKey
    valid_from: datetime
    valid_until: datetime
    revoked: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "type": "delegation",
            "spec_version": SPEC_VERSION,
            "version": self.version,
            "root_key_id": self.root_key_id,
            "online_key": {
                "keyid": self.online_key.key_id,
                "scheme": "ed25519",
                "public": self.online_key.b64(),
            },
            "valid_from": format_time(self.valid_from),
            "valid_until": format_time(self.valid_until),
            "revoked": sorted(self.revoked),
        }

    def covers(self, moment: datetime) -> bool:
        return self.valid_from <= moment < self.valid_until


@dataclass(frozen=True, slots=True)
class FileEntry:
    sha256: str
    length: int


@dataclass(frozen=True, slots=True)
class Manifest:
    version: int
    issued: datetime
    expires: datetime
    previous: str | None
    key_id: str
    delegation_version: int
    files: Mapping[str, FileEntry]
    # The site's address (build --site-url), so that a copy of another site signed with the
    # same keys is refused; None in manifests written before it was signed (SIGNING.md 3.2).
    site: str | None = None

    def to_dict(self) -> dict[str, object]:
        named = {} if self.site is None else {"site": self.site}
        return named | {
            "type": "manifest",
            "spec_version": SPEC_VERSION,
            "version": self.version,
            "issued": format_time(self.issued),
            "expires": format_time(self.expires),
            "previous": self.previous,
            "key_id": self.key_id,
            "delegation_version": self.delegation_version,
            "files": {
                path: {"sha256": e.sha256, "length": e.length}
                for path, e in self.files.items()  # sorted by canonical_bytes and seal
            },
        }


@dataclass(frozen=True, slots=True)
class Envelope:
    """A parsed document: its "signed" part as read, its canonical bytes, its signatures."""

    signed: Mapping[str, object]
    message: bytes
    signatures: tuple[Signature, ...]

    def signed_by(self, key: PublicKey) -> bool:
        return self.signature_by(key) is not None

    def signature_by(self, key: PublicKey) -> Signature | None:
        """The first signature by `key` that verifies, if any."""
        for s in self.signatures:
            if s.keyid == key.key_id and key.verify(s.sig, self.message):
                return s
        return None


def seal(signed: Mapping[str, object], key: SigningKey) -> bytes:
    """The envelope's file bytes, signed over the canonical bytes of `signed`.

    The file is key-sorted JSON with one line per member of "signed" and, for a member
    that is an object (the manifest's files), one line per entry: readable and diffable,
    and written in a fraction of the time json's indent (pure Python) takes for 300k
    entries. Consumers parse it; only the canonical bytes are signed.
    """
    signature = key.sign(canonical_bytes(signed))
    return layout(signed, Signature(key.key_id, signature))


def layout(signed: Mapping[str, object], signature: Signature) -> bytes:
    """The file bytes `seal` writes for `signed` and its one signature. A verifier rebuilds
    them to remember a manifest as its publisher wrote it: a re-formatted copy of the same
    signed content is then the same manifest (no false rollback), and the next version's
    `previous` names exactly these bytes. feeds/verify_feed.py writes the same layout."""
    head = _LINE.encode(
        [{"keyid": signature.keyid, "sig": base64.b64encode(signature.sig).decode()}]
    )
    members = []
    for name, value in sorted(signed.items()):
        if isinstance(value, dict) and value:
            body = ",\n".join(f"{_q(k)}:{_flat(v)}" for k, v in sorted(value.items()))
            members.append(f"{_q(name)}:{{\n{body}\n}}")
        else:
            members.append(f"{_q(name)}:{_LINE.encode(value)}")
    signed_text = ",\n".join(members)
    return f'{{"signatures":{head},\n"signed":{{\n{signed_text}\n}}}}\n'.encode()


_LINE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)
_q = json.encoder.encode_basestring  # what _LINE writes for a string, without its set-up


def _flat(value: object) -> str:
    """_LINE.encode(value), formatted directly for an object of strings and integers (a
    manifest entry): each encode() call sets up a new C encoder, which for 300k entries
    is most of the time."""
    if type(value) is dict and all(type(k) is str for k in value):
        parts = []
        for k, v in sorted(value.items()):
            t = type(v)
            if t is str:
                parts.append(f"{_q(k)}:{_q(v)}")
            elif t is int:
                parts.append(f"{_q(k)}:{v}")
            else:
                return _LINE.encode(value)
        return "{" + ",".join(parts) + "}"
    return _LINE.encode(value)


def detached_signature(data: bytes, key: SigningKey) -> bytes:
    """`<file>.sig`: Ed25519 over the raw file bytes, with the key id, as one JSON line."""
    sig = base64.b64encode(key.sign(data)).decode("ascii")
    return (json.dumps({"keyid": key.key_id, "sig": sig}, sort_keys=True) + "\n").encode()


def _b64(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise MalformedError(f"{what} is not base64 text")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MalformedError(f"{what} is not base64 text") from exc


def _fields(obj: object, names: set[str], what: str) -> Mapping[str, object]:
    if not isinstance(obj, dict) or set(obj) != names:
        raise MalformedError(f"{what} must have exactly the fields {', '.join(sorted(names))}")
    return obj


def _int(value: object, what: str, minimum: int = 0) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise MalformedError(f"{what} must be an integer >= {minimum}")
    return value


def _hex64(value: object, what: str) -> str:
    if not isinstance(value, str) or not _HEX64.match(value):
        raise MalformedError(f"{what} must be 64 lowercase hex digits")
    return value


def parse_detached(data: bytes, what: str) -> Signature:
    obj = _fields(loads_strict(data, what), {"keyid", "sig"}, what)
    return Signature(_hex64(obj["keyid"], f"{what} keyid"), _b64(obj["sig"], what))


def parse_envelope(data: bytes, kind: str, what: str) -> Envelope:
    obj = _fields(loads_strict(data, what), {"signed", "signatures"}, what)
    signed, sigs = obj["signed"], obj["signatures"]
    if not isinstance(signed, dict) or signed.get("type") != kind:
        raise MalformedError(f"{what} is not a {kind}")
    if signed.get("spec_version") != SPEC_VERSION:
        raise MalformedError(f"{what} has an unsupported spec_version")
    if not isinstance(sigs, list):
        raise MalformedError(f"{what} signatures must be a list")
    signatures = tuple(
        Signature(_hex64(s["keyid"], f"{what} keyid"), _b64(s["sig"], f"{what} sig"))
        for s in (_fields(x, {"keyid", "sig"}, f"{what} signature") for x in sigs)
    )
    return Envelope(signed, canonical_bytes(signed), signatures)


def read_unsigned_manifest(data: bytes, what: str) -> Manifest:
    """A manifest whose signature the caller has already checked (or does not rely on):
    parsed as strictly as `parse_envelope` reads it, without canonicalising it again."""
    obj = _fields(loads_strict(data, what), {"signed", "signatures"}, what)
    signed = obj["signed"]
    if not isinstance(signed, dict) or signed.get("type") != "manifest":
        raise MalformedError(f"{what} is not a manifest")
    if signed.get("spec_version") != SPEC_VERSION:
        raise MalformedError(f"{what} has an unsupported spec_version")
    return manifest_from(Envelope(signed, b"", ()), what)


def delegation_from(envelope: Envelope, what: str = DELEGATION_PATH) -> Delegation:
    names = {"type", "spec_version", "version", "root_key_id", "online_key"}
    names |= {"valid_from", "valid_until", "revoked"}
    d = _fields(envelope.signed, names, what)
    online = _fields(d["online_key"], {"keyid", "scheme", "public"}, f"{what} online_key")
    if online["scheme"] != "ed25519":
        raise MalformedError(f"{what}: only ed25519 keys are supported")
    raw = _b64(online["public"], f"{what} public key")
    if len(raw) != 32 or PublicKey(raw).key_id != online["keyid"]:
        raise MalformedError(f"{what}: the online key does not match its key id")
    revoked = d["revoked"]
    if not isinstance(revoked, list):
        raise MalformedError(f"{what} revoked must be a list")
    return Delegation(
        version=_int(d["version"], f"{what} version", 1),
        root_key_id=_hex64(d["root_key_id"], f"{what} root_key_id"),
        online_key=PublicKey(raw),
        valid_from=parse_time(d["valid_from"], f"{what} valid_from"),
        valid_until=parse_time(d["valid_until"], f"{what} valid_until"),
        revoked=tuple(_hex64(k, f"{what} revoked key id") for k in revoked),
    )


_SITE = re.compile(r"https?://[^/\x00-\x20\x7f?#@\\]+/(?:[^\x00-\x20\x7f?#\\]*/)?\Z")


def check_site_address(value: object, what: str) -> str:
    """A site address as `build --site-url` writes it: http(s), a host, a path ending in /."""
    if not isinstance(value, str) or len(value) > 2048 or not _SITE.match(value):
        raise MalformedError(f"{what} is not a site address like https://credit.example.gov.cn/")
    return value


def manifest_from(envelope: Envelope, what: str = MANIFEST_PATH) -> Manifest:
    names = {"type", "spec_version", "version", "issued", "expires", "previous"}
    names |= {"key_id", "delegation_version", "files"}
    # `site` is optional: manifests signed before it existed stay readable (SIGNING.md 3.2).
    named = "site" in envelope.signed
    m = _fields(envelope.signed, names | {"site"} if named else names, what)
    files = m["files"]
    if not isinstance(files, dict):
        raise MalformedError(f"{what} files must be an object")
    entries: dict[str, FileEntry] = {}
    # Once per listed file (300k at national scale), so the common case is tested inline
    # and the helpers only name what is wrong.
    hex64, fields = _HEX64.match, {"sha256", "length"}
    for path, entry in files.items():
        if type(entry) is not dict or entry.keys() != fields:
            _fields(entry, fields, f"{what} entry")
        sha, length = entry["sha256"], entry["length"]
        if type(sha) is not str or not hex64(sha):
            _hex64(sha, f"{what} sha256")
        if type(length) is not int or length < 0:
            _int(length, "length")
        if check_path(path) == MANIFEST_PATH:
            raise MalformedError(f"{what} lists itself")
        entries[path] = FileEntry(sha, length)
    previous = m["previous"]
    return Manifest(
        version=_int(m["version"], f"{what} version", 1),
        issued=parse_time(m["issued"], f"{what} issued"),
        expires=parse_time(m["expires"], f"{what} expires"),
        previous=None if previous is None else _hex64(previous, f"{what} previous"),
        key_id=_hex64(m["key_id"], f"{what} key_id"),
        delegation_version=_int(m["delegation_version"], f"{what} delegation_version", 1),
        files=entries,
        site=check_site_address(m["site"], f"{what} site") if named else None,
    )
