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
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

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
    printable,
)
from generator.parallel import map_partitions, workers_for
from generator.sign.canonical import loads_strict
from generator.sign.delegation import check_manifest_key, read_delegation
from generator.sign.envelope import (
    DELEGATION_PATH,
    MANIFEST_PATH,
    SIG_SUFFIX,
    Delegation,
    Envelope,
    FileEntry,
    Manifest,
    format_time,
    layout,
    manifest_from,
    parse_detached,
    parse_envelope,
)
from generator.sign.keys import PublicKey
from generator.sign.manifest import FEEDS_DIR
from generator.tlog.consumer import LogState, check_log
from generator.verify_history import SeenSegment, check_history, read_seen
from generator.verify_io import (
    DirSource,
    HttpSource,
    NotRegularError,
    Source,
    _Missing,
    check_site,
    open_source,
    read_local,
)

# Endless-data cap before anything is trusted: a manifest lists ~140 bytes per file, so
# this leaves room for some 1.8 million files (a national site at 10^6 subjects).
MAX_MANIFEST_BYTES = 256 * 1024 * 1024
MAX_SMALL_BYTES = 64 * 1024  # a delegation or a detached signature
# The state file remembers each change-log segment's lines (a bitmap per segment) and the
# log's checkpoint: ~1.5 KB per 10,000 events, so a national log stays far below this.
MAX_STATE_BYTES = 64 * 1024 * 1024
# A web source: this many fetches at once, each thread taking this many files in turn.
_FETCHERS = 8
_FETCH_CHUNK = 64


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
    if path is None:
        return None
    data = read_local(path, MAX_STATE_BYTES, f"state file {printable(path.name)}")
    if data is None:
        return None
    try:
        obj = loads_strict(data, f"state file {printable(path.name)}")
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
        raise MalformedError(f"state file {printable(path.name)} is unreadable") from exc
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
    try:
        tmp.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        raise MalformedError(f"cannot write the state file: {exc.strerror}") from exc


def _fetch_required(src: Source, path: str, limit: int, what: str) -> bytes:
    try:
        data = src.fetch(path, limit)
    except _Missing as exc:
        raise UnreachableError(f"{what} not found") from exc
    except NotRegularError as exc:
        raise MalformedError(f"{what} is not a regular file (a symlink, FIFO or device)") from exc
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
                and _signed_elsewhere(src, path, online, manifest.files[path].length)
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
    entry = manifest.files[path]
    if not path.startswith(FEEDS_DIR):
        return _hash_listed(src, path, entry)
    sig_path = path + SIG_SUFFIX
    if sig_path not in manifest.files:
        raise FileMismatchError(f"{path} has no detached signature")
    _check_held_size(path, entry, MAX_MANIFEST_BYTES)
    _check_held_size(sig_path, manifest.files[sig_path], MAX_SMALL_BYTES)
    data = _fetch_listed(src, path, entry)
    sig_data = _fetch_listed(src, sig_path, manifest.files[sig_path])
    sig = parse_detached(sig_data, sig_path)
    if sig.keyid != manifest.key_id or not online.verify(sig.sig, data):
        raise BadSignatureError(f"{sig_path} does not verify")
    return len(data) + len(sig_data)


def _check_held_size(path: str, entry: FileEntry, limit: int) -> None:
    """A file checked in memory (a feed and its signature: Ed25519 needs the whole message)
    may not be listed longer than the documented limit, even in a validly signed manifest."""
    if entry.length > limit:
        raise MalformedError(f"{path} is listed at {entry.length} bytes, over the {limit} limit")


def _hash_listed(src: Source, path: str, entry: FileEntry) -> int:
    """Hash `path` as it streams in (a file is never held whole); its length."""
    digest = hashlib.sha256()
    try:
        size = src.digest(path, entry.length, digest.update)
    except _Missing as exc:
        raise FileMismatchError(f"{path} is listed in the manifest but missing") from exc
    except NotRegularError as exc:
        raise FileMismatchError(
            f"{path} is not a regular file (a symlink, FIFO or device)"
        ) from exc
    if size != entry.length or digest.hexdigest() != entry.sha256:
        raise FileMismatchError(f"{path} differs from the manifest (hash or size)")
    return size


def _fetch_listed(src: Source, path: str, entry: FileEntry) -> bytes:
    try:
        data = src.fetch(path, entry.length)
    except _Missing as exc:
        raise FileMismatchError(f"{path} is listed in the manifest but missing") from exc
    except NotRegularError as exc:
        raise FileMismatchError(
            f"{path} is not a regular file (a symlink, FIFO or device)"
        ) from exc
    if len(data) != entry.length or hashlib.sha256(data).hexdigest() != entry.sha256:
        raise FileMismatchError(f"{path} differs from the manifest (hash or size)")
    return data


def _signed_elsewhere(src: Source, path: str, online: PublicKey, length: int) -> bool:
    """Whether a mismatching feed file comes with its own valid signature (another build).
    Read no further than the listed `length` (+ 1): the manifest allows no more."""
    try:
        data = src.fetch(path, length)
        sig = parse_detached(src.fetch(path + SIG_SUFFIX, MAX_SMALL_BYTES), path + SIG_SUFFIX)
    except (_Missing, NotRegularError, MalformedError, UnreachableError):
        return False
    return len(data) <= length and online.verify(sig.sig, data)


def _uncovered(delegation: Delegation, now: datetime) -> str:
    if now < delegation.valid_from:
        return (
            "the delegation of the signing key is not valid yet: from "
            f"{format_time(delegation.valid_from)}"
        )
    return (
        "the delegation of the signing key is valid only until "
        f"{format_time(delegation.valid_until)}"
    )


def _publisher_sha256(envelope: Envelope, online: PublicKey) -> str:
    signature = envelope.signature_by(online)
    if signature is None:  # checked by check_manifest_key just before
        raise BadSignatureError("the manifest signature does not verify with the delegated key")
    return hashlib.sha256(layout(envelope.signed, signature)).hexdigest()


def verify_site(
    source: str | Path,
    root_public_key: bytes,
    *,
    now: datetime,
    state_file: Path | None,
    site: str | None = None,
    other_origins: bool = False,
) -> VerifyReport:
    """Check a site folder or http(s) URL against the pinned root key; update the state file.

    `root_public_key` is the raw 32 bytes, or the PEM/base64 text of root.pub.
    `site` is the address the manifest must name (default: the URL verified, if a URL);
    `other_origins` lets a URL redirect to another http(s) origin.
    Raises a VerifyError subclass (each with its own exit code) on the first failure.
    """
    root = (
        PublicKey(root_public_key)
        if len(root_public_key) == 32
        else PublicKey.from_text(root_public_key, "root key")
    )
    format_time(now)  # refuses a naive "now"
    src = open_source(source, other_origins=other_origins)
    state = read_state(state_file)
    manifest_bytes = _fetch_required(src, MANIFEST_PATH, MAX_MANIFEST_BYTES, MANIFEST_PATH)
    delegation_bytes = _fetch_required(src, DELEGATION_PATH, MAX_SMALL_BYTES, DELEGATION_PATH)
    delegation = read_delegation(delegation_bytes, root).delegation
    envelope = parse_envelope(manifest_bytes, "manifest", MANIFEST_PATH)
    manifest = manifest_from(envelope)
    check_manifest_key(envelope, manifest, delegation, state.revoked if state else ())
    check_site(manifest.site, site, src.base if isinstance(src, HttpSource) else None)
    own = manifest.files.get(DELEGATION_PATH)
    if own is None:
        raise MalformedError(f"the manifest does not list {DELEGATION_PATH}")
    if own.sha256 != hashlib.sha256(delegation_bytes).hexdigest():
        raise MixAndMatchError("the delegation served is not the one the manifest lists")
    if not delegation.covers(manifest.issued):
        raise KeyNotDelegatedError("the signing key was not delegated when the manifest was issued")
    if not delegation.covers(now):
        raise KeyNotDelegatedError(_uncovered(delegation, now))
    # Remembered as the publisher wrote it, so a re-formatted copy of the same signed
    # manifest is the same version (not a rollback) and the next `previous` matches it.
    manifest_sha = (
        _publisher_sha256(envelope, delegation.online_key) if state_file is not None else ""
    )
    _check_rollback(manifest, delegation, manifest_sha, state)
    if now >= manifest.expires:
        raise ExpiredManifestError(
            f"the manifest expired at {format_time(manifest.expires)}: the copy is stale or frozen"
        )
    listing = src.listing()  # first: a symlink or FIFO in the copy is refused before reading
    total, signatures = _check_files(src, manifest, delegation.online_key)
    if listing is not None:
        extra = sorted(listing - set(manifest.files) - {MANIFEST_PATH})
        if extra:
            raise FileMismatchError(f"{printable(extra[0])[:120]} is not listed in the manifest")
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
