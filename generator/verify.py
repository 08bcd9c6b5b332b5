"""The consumer's checks: what a bank runs before trusting a copy of the site.

Order follows TUF's client workflow: trust chain first (root → delegation → manifest),
then rollback against what this consumer saw before, then freshness (freeze), and only
then the files, each read no further than the length the signed manifest allows.
feeds/verify_feed.py is the standalone twin of this module; tests run both against the
same attacks so they keep the same checks and exit codes.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol

from generator.errors import (
    BadSignatureError,
    ExpiredManifestError,
    FileMismatchError,
    KeyNotDelegatedError,
    MalformedError,
    MixAndMatchError,
    RollbackError,
    UnreachableError,
    VerifyError,
)
from generator.parallel import map_partitions, workers_for
from generator.sign.canonical import loads_strict
from generator.sign.delegation import check_manifest_key, read_delegation
from generator.sign.envelope import (
    DELEGATION_PATH,
    MANIFEST_PATH,
    SIG_SUFFIX,
    Delegation,
    FileEntry,
    Manifest,
    format_time,
    manifest_from,
    parse_detached,
    parse_envelope,
)
from generator.sign.keys import PublicKey
from generator.sign.manifest import FEEDS_DIR
from generator.tlog.consumer import LogState, check_log
from generator.verify_history import SeenSegment, check_history, read_seen

# Endless-data cap before anything is trusted: a manifest lists ~140 bytes per file, so
# this leaves room for some 1.8 million files (a national site at 10^6 subjects).
MAX_MANIFEST_BYTES = 256 * 1024 * 1024
MAX_SMALL_BYTES = 64 * 1024  # a delegation or a detached signature
TIMEOUT_SECONDS = 30.0
MIN_BYTES_PER_SECOND = 16 * 1024  # slower than this is a slow-retrieval attack
# A web source: this many fetches at once, each thread taking this many files in turn.
_FETCHERS = 8
_FETCH_CHUNK = 64


class _Missing(Exception):
    """The source answered that the file does not exist."""


class Source(Protocol):
    def fetch(self, path: str, limit: int) -> bytes:
        """At most `limit` + 1 bytes of `path` (one more, to see a file that is too long)."""
        ...

    def listing(self) -> set[str] | None:
        """Every file path, for a source that can list (a folder); None otherwise."""
        ...


@dataclass(frozen=True, slots=True)
class DirSource:
    root: Path

    def fetch(self, path: str, limit: int) -> bytes:
        try:
            with (self.root / path).open("rb") as handle:
                return handle.read(limit + 1)
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError) as exc:
            raise _Missing(path) from exc
        except OSError as exc:
            raise UnreachableError(f"cannot read {path}: {exc.strerror}") from exc

    def listing(self) -> set[str] | None:
        found: set[str] = set()
        stack = [("", str(self.root))]
        while stack:  # scandir, not os.walk + Path: 300k files at national scale
            prefix, folder = stack.pop()
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        stack.append((prefix + entry.name + "/", entry.path))
                    else:
                        found.add(prefix + entry.name)
        return found


@dataclass(frozen=True, slots=True)
class HttpSource:
    base: str  # ends with "/"

    def fetch(self, path: str, limit: int) -> bytes:
        url = urllib.parse.urljoin(self.base, urllib.parse.quote(path))
        # A deadline that grows with the allowed size, so a server dripping bytes cannot
        # hold a poller forever (TUF's slow-retrieval attack).
        deadline = time.monotonic() + TIMEOUT_SECONDS + limit / MIN_BYTES_PER_SECOND
        try:
            with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 - scheme checked in open_source
                chunks: list[bytes] = []
                size = 0
                while size <= limit:
                    chunk = response.read(min(65536, limit + 1 - size))
                    if not chunk:
                        break
                    chunks.append(chunk)
                    size += len(chunk)
                    if time.monotonic() > deadline:
                        raise UnreachableError(f"{path} arrives too slowly")
                return b"".join(chunks)
        except urllib.error.HTTPError as exc:
            if exc.code in (404, 410):
                raise _Missing(path) from exc
            raise UnreachableError(f"{path}: HTTP {exc.code}") from exc
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise UnreachableError(f"cannot fetch {path}: {exc}") from exc

    def listing(self) -> set[str] | None:
        return None


def open_source(source: str | Path) -> Source:
    text = str(source)
    scheme = urllib.parse.urlsplit(text).scheme.lower()
    if scheme in ("http", "https"):
        return HttpSource(text if text.endswith("/") else text + "/")
    if isinstance(source, str) and "://" in text:
        raise MalformedError(f"only http(s) URLs or folders can be verified, not {scheme}:")
    path = Path(source)
    if not path.is_dir():
        raise UnreachableError(f"{path} is not a folder")
    return DirSource(path)


@dataclass(frozen=True, slots=True)
class TrustState:
    """What a consumer remembers between runs (the state file)."""

    version: int
    manifest_sha256: str
    delegation_version: int
    key_id: str  # the online key the version memory was recorded with
    revoked: tuple[str, ...]
    # change-log segment -> what was seen of it (generator.verify_history)
    changes: Mapping[str, SeenSegment] = field(default_factory=dict)
    log: LogState | None = None  # the transparency log's checkpoint seen last


@dataclass(frozen=True, slots=True)
class VerifyReport:
    source: str
    version: int
    issued: datetime
    expires: datetime
    key_id: str
    delegation_version: int
    files: int
    bytes: int
    detached_signatures: int

    def summary(self) -> str:
        return (
            f"OK: {self.source} manifest version {self.version}, issued "
            f"{format_time(self.issued)}, expires {format_time(self.expires)}; "
            f"{self.files} files ({self.bytes} bytes) and {self.detached_signatures} "
            f"detached signatures verified; key {self.key_id[:16]}… "
            f"(delegation {self.delegation_version})"
        )


def read_state(path: Path | None) -> TrustState | None:
    if path is None or not path.exists():
        return None
    try:
        obj = loads_strict(path.read_bytes(), f"state file {path.name}")
        if not isinstance(obj, dict):
            raise TypeError
        revoked = obj["revoked"]
        state = TrustState(
            int(obj["version"]),
            str(obj["manifest_sha256"]),
            int(obj["delegation_version"]),
            str(obj["key_id"]),
            tuple(str(k) for k in revoked),
            read_seen(obj.get("changes", {})),
            LogState.from_dict(obj["log"]) if obj.get("log") is not None else None,
        )
    except (OSError, KeyError, TypeError, ValueError) as exc:
        raise MalformedError(f"state file {path.name} is unreadable") from exc
    return state


def write_state(path: Path, state: TrustState) -> None:
    data = {
        "version": state.version,
        "manifest_sha256": state.manifest_sha256,
        "delegation_version": state.delegation_version,
        "key_id": state.key_id,
        "revoked": sorted(state.revoked),
        "changes": {path: seen.to_json() for path, seen in state.changes.items()},
    }
    if state.log is not None:
        data["log"] = state.log.to_dict()
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(path)


def _fetch_required(src: Source, path: str, limit: int, what: str) -> bytes:
    try:
        data = src.fetch(path, limit)
    except _Missing as exc:
        raise UnreachableError(f"{what} not found") from exc
    if len(data) > limit:
        raise MalformedError(f"{what} is larger than {limit} bytes")
    return data


def _check_rollback(
    manifest: Manifest, delegation: Delegation, sha: str, state: TrustState | None
) -> None:
    if state is None:
        return
    if delegation.version < state.delegation_version:
        raise RollbackError(
            f"delegation {delegation.version} is older than {state.delegation_version}, seen before"
        )
    if delegation.version > state.delegation_version and manifest.key_id != state.key_id:
        # A newer delegation to another online key: forget the versions the old key signed,
        # so that a compromised, now revoked key cannot have fast-forwarded this consumer
        # past every future manifest (TUF client workflow, 5.3.11).
        return
    if manifest.version < state.version:
        raise RollbackError(
            f"manifest version {manifest.version} is older than {state.version}, seen before"
        )
    if manifest.version == state.version and sha != state.manifest_sha256:
        raise RollbackError(f"manifest version {manifest.version} was seen with other content")
    if manifest.version == state.version + 1 and manifest.previous != state.manifest_sha256:
        raise RollbackError(
            f"manifest version {manifest.version} does not continue version {state.version}"
        )


def _check_files(src: Source, manifest: Manifest, online: PublicKey) -> tuple[int, int]:
    """Every listed file has its listed bytes; feed files carry a valid detached signature.

    Every file is checked before a mismatch is reported, so that a copy mixing builds is
    named as such (some mismatching feed file carries a valid signature of its own) even
    when the first mismatch found is a file without a detached signature. A folder is read
    on every core (forked processes: in threads, small files spend their time waiting for
    the GIL, see `sign.digest`); a web source is fetched by a few threads, which wait on
    the network. Results are taken in manifest order.
    """
    paths: list[str] = []
    for path in manifest.files:
        if path.startswith(FEEDS_DIR) and path.endswith(SIG_SUFFIX):
            if path.removesuffix(SIG_SUFFIX) not in manifest.files:
                raise FileMismatchError(f"{path} signs a file the manifest does not list")
            continue  # checked with the file it signs
        paths.append(path)

    context = (src, manifest, online)
    if isinstance(src, DirSource):
        workers = workers_for(len(paths))
        parts = map_partitions(_check_part, context, paths, workers, error=VerifyError)
    else:
        chunks = [paths[i : i + _FETCH_CHUNK] for i in range(0, len(paths), _FETCH_CHUNK)]
        with ThreadPoolExecutor(max_workers=max(1, min(_FETCHERS, len(chunks)))) as pool:
            parts = list(pool.map(functools.partial(_check_part, context), chunks))
    total = signatures = 0
    first: FileMismatchError | None = None
    mixed: str | None = None
    results = (result for part in parts for result in part)
    for path, result in zip(paths, results, strict=True):
        if isinstance(result, FileMismatchError):
            first = first or result
            if (
                mixed is None
                and path.startswith(FEEDS_DIR)
                and _signed_elsewhere(src, path, online)
            ):
                mixed = path
            continue
        total += result
        signatures += path.startswith(FEEDS_DIR)
    if mixed is not None:
        raise MixAndMatchError(f"{mixed} is an authentic file of another build")
    if first is not None:
        raise first
    return total, signatures


def _check_part(
    context: tuple[Source, Manifest, PublicKey], paths: list[str]
) -> list[int | FileMismatchError]:
    src, manifest, online = context
    out: list[int | FileMismatchError] = []
    for path in paths:
        try:
            out.append(_check_file(src, manifest, online, path))
        except FileMismatchError as exc:
            out.append(exc)
    return out


def _check_file(src: Source, manifest: Manifest, online: PublicKey, path: str) -> int:
    """Bytes read for `path` (and its detached signature, for a feed file)."""
    data = _fetch_listed(src, path, manifest.files[path])
    if not path.startswith(FEEDS_DIR):
        return len(data)
    sig_path = path + SIG_SUFFIX
    if sig_path not in manifest.files:
        raise FileMismatchError(f"{path} has no detached signature")
    sig_data = _fetch_listed(src, sig_path, manifest.files[sig_path])
    sig = parse_detached(sig_data, sig_path)
    if sig.keyid != manifest.key_id or not online.verify(sig.sig, data):
        raise BadSignatureError(f"{sig_path} does not verify")
    return len(data) + len(sig_data)


def _fetch_listed(src: Source, path: str, entry: FileEntry) -> bytes:
    try:
        data = src.fetch(path, entry.length)
    except _Missing as exc:
        raise FileMismatchError(f"{path} is listed in the manifest but missing") from exc
    if len(data) != entry.length or hashlib.sha256(data).hexdigest() != entry.sha256:
        raise FileMismatchError(f"{path} differs from the manifest (hash or size)")
    return data


def _signed_elsewhere(src: Source, path: str, online: PublicKey) -> bool:
    """Whether a mismatching feed file comes with its own valid signature (another build)."""
    try:
        data = src.fetch(path, MAX_MANIFEST_BYTES)
        sig = parse_detached(src.fetch(path + SIG_SUFFIX, MAX_SMALL_BYTES), path + SIG_SUFFIX)
    except (_Missing, MalformedError, UnreachableError):
        return False
    return online.verify(sig.sig, data)


def verify_site(
    source: str | Path,
    root_public_key: bytes,
    *,
    now: datetime,
    state_file: Path | None,
) -> VerifyReport:
    """Check a site folder or http(s) URL against the pinned root key; update the state file.

    `root_public_key` is the raw 32 bytes, or the PEM/base64 text of root.pub.
    Raises a VerifyError subclass (each with its own exit code) on the first failure.
    """
    root = (
        PublicKey(root_public_key)
        if len(root_public_key) == 32
        else PublicKey.from_text(root_public_key, "root key")
    )
    format_time(now)  # refuses a naive "now"
    src = open_source(source)
    state = read_state(state_file)
    manifest_bytes = _fetch_required(src, MANIFEST_PATH, MAX_MANIFEST_BYTES, MANIFEST_PATH)
    delegation_bytes = _fetch_required(src, DELEGATION_PATH, MAX_SMALL_BYTES, DELEGATION_PATH)
    delegation = read_delegation(delegation_bytes, root).delegation
    envelope = parse_envelope(manifest_bytes, "manifest", MANIFEST_PATH)
    manifest = manifest_from(envelope)
    check_manifest_key(envelope, manifest, delegation, state.revoked if state else ())
    own = manifest.files.get(DELEGATION_PATH)
    if own is None:
        raise MalformedError(f"the manifest does not list {DELEGATION_PATH}")
    if own.sha256 != hashlib.sha256(delegation_bytes).hexdigest():
        raise MixAndMatchError("the delegation served is not the one the manifest lists")
    if not delegation.covers(manifest.issued):
        raise KeyNotDelegatedError("the signing key was not delegated when the manifest was issued")
    if not delegation.covers(now):
        raise KeyNotDelegatedError(
            f"the delegation of the signing key is valid only until {format_time(delegation.valid_until)}"
        )
    manifest_sha = hashlib.sha256(manifest_bytes).hexdigest()
    _check_rollback(manifest, delegation, manifest_sha, state)
    if now >= manifest.expires:
        raise ExpiredManifestError(
            f"the manifest expired at {format_time(manifest.expires)}: the copy is stale or frozen"
        )
    total, signatures = _check_files(src, manifest, delegation.online_key)
    listing = src.listing()
    if listing is not None:
        extra = sorted(listing - set(manifest.files) - {MANIFEST_PATH})
        if extra:
            raise FileMismatchError(f"{extra[0][:120]} is not listed in the manifest")
    seen = check_history(
        lambda path: _fetch_listed(src, path, manifest.files[path]),
        {path: entry.sha256 for path, entry in manifest.files.items()},
        state.changes if state else {},
    )
    # --- transparency log (issue 19): the history extends the one this consumer saw ---
    log = check_log(
        lambda path: _fetch_listed(src, path, manifest.files[path]),
        manifest.files,
        delegation.online_key,
        state.log if state else None,
    )
    if state_file is not None:
        revoked = set(delegation.revoked) | set(state.revoked if state else ())
        write_state(
            state_file,
            TrustState(
                manifest.version,
                manifest_sha,
                delegation.version,
                manifest.key_id,
                tuple(revoked),
                seen,
                log,
            ),
        )
    return VerifyReport(
        source=str(source),
        version=manifest.version,
        issued=manifest.issued,
        expires=manifest.expires,
        key_id=manifest.key_id,
        delegation_version=delegation.version,
        files=len(manifest.files),
        bytes=total + len(manifest_bytes),
        detached_signatures=signatures,
    )
