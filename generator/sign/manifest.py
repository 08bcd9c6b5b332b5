"""Sign a staged site tree: detached signatures for feeds, then the manifest of every file."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Collection, Mapping
from datetime import datetime
from pathlib import Path

from generator.errors import SigningError, VerifyError
from generator.sign.delegation import SignedDelegation, check_manifest_key, read_delegation
from generator.sign.digest import hash_files, walk_tree
from generator.sign.envelope import (
    DELEGATION_PATH,
    MANIFEST_PATH,
    SIG_SUFFIX,
    FileEntry,
    Manifest,
    detached_signature,
    manifest_from,
    parse_envelope,
    read_unsigned_manifest,
    seal,
)
from generator.sign.keys import PEM_PRIVATE_MARKER, PublicKey, SigningKey

FEEDS_DIR = "feeds/"


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def _check_signable(
    key: SigningKey, delegation: SignedDelegation, issued: datetime, expires: datetime
) -> None:
    d = delegation.delegation
    if key.key_id != d.online_key.key_id:
        raise SigningError("the signing key is not the online key the delegation names")
    if key.key_id in d.revoked:
        raise SigningError("the signing key is revoked by the delegation")
    if not d.covers(issued):
        raise SigningError("the delegation does not cover the issue time")
    if expires <= issued:
        raise SigningError("the manifest would expire before it is issued")


def _previous(previous_manifest: bytes) -> Manifest:
    try:
        return read_unsigned_manifest(previous_manifest, "previous manifest")
    except VerifyError as exc:
        raise SigningError(f"the previous manifest is unusable: {exc}") from exc


def _chain(
    previous_manifest: bytes | None, prev: Manifest | None, issued: datetime
) -> tuple[int, str | None]:
    """The new version and the previous manifest's hash; checked before any file is read."""
    if previous_manifest is None:
        return 1, None
    prev = prev or _previous(previous_manifest)
    if issued < prev.issued:
        raise SigningError("the issue time is earlier than the previous manifest's")
    return prev.version + 1, hashlib.sha256(previous_manifest).hexdigest()


def _seal_manifest(
    root: Path,
    key: SigningKey,
    delegation: SignedDelegation,
    files: dict[str, FileEntry],
    *,
    issued: datetime,
    expires: datetime,
    chain: tuple[int, str | None],
    site: str | None,
) -> Manifest:
    version, previous = chain
    manifest = Manifest(
        version=version,
        issued=issued,
        expires=expires,
        previous=previous,
        key_id=key.key_id,
        delegation_version=delegation.delegation.version,
        files=dict(sorted(files.items())),
        site=site,
    )
    _write(root / MANIFEST_PATH, seal(manifest.to_dict(), key))
    return manifest


def sign_tree(
    root: Path,
    key: SigningKey,
    delegation: SignedDelegation,
    *,
    issued: datetime,
    expires: datetime,
    previous_manifest: bytes | None,
    previous: Manifest | None = None,
    known: Mapping[str, FileEntry] | None = None,
    site: str | None = None,
) -> Manifest:
    """Write keys/delegation.json, a `.sig` beside every feed file, and manifest.json.

    `previous_manifest` is the manifest published before (already verified, see
    `read_published_manifest`); the new one continues its version and names its hash.
    `previous` is that manifest parsed, when the caller has it (at 10⁵ files a parse costs
    seconds).
    `known` holds the entries of files the caller has just written and hashed itself (a
    renderer hashing the bytes it writes): they are not read again. Every other file is
    read, hashed and searched for private key material (signing stops if it holds any);
    the files of `known` come from renderers that never hold a key.
    `site` is the site's address (build --site-url), named in the manifest so that
    verifiers can refuse a copy of another site signed with the same keys.
    """
    _check_signable(key, delegation, issued, expires)
    chain = _chain(previous_manifest, previous, issued)
    reuse = {p: e for p, e in (known or {}).items() if not p.startswith(FEEDS_DIR)}
    return _sign(root, key, delegation, issued, expires, chain, reuse, site)


def sign_changes(
    root: Path,
    key: SigningKey,
    delegation: SignedDelegation,
    *,
    issued: datetime,
    expires: datetime,
    previous_manifest: bytes,
    changed: Collection[str],
    site: str | None = None,
) -> Manifest:
    """Sign a tree that is the one `previous_manifest` signed, with the files in `changed`
    written (or deleted) since: only those, and files the previous manifest does not list,
    are read and hashed; the previous entries of the others are kept. A feed file keeps its
    detached signature unless it changed or the signing key did.

    `changed` must name every file rewritten since; added and removed files are found by
    listing the tree, so the manifest still lists exactly the files there are.
    """
    _check_signable(key, delegation, issued, expires)
    before = _previous(previous_manifest)
    chain = _chain(previous_manifest, before, issued)
    gone = set(changed) | {DELEGATION_PATH}
    if before.key_id != key.key_id:
        # The old detached signatures name the old key: every feed file is signed again.
        gone |= {p for p in before.files if p.startswith(FEEDS_DIR)}
    reuse = {p: e for p, e in before.files.items() if p not in gone}
    return _sign(root, key, delegation, issued, expires, chain, reuse, site or before.site)


def _sign(
    root: Path,
    key: SigningKey,
    delegation: SignedDelegation,
    issued: datetime,
    expires: datetime,
    chain: tuple[int, str | None],
    reuse: Mapping[str, FileEntry],
    site: str | None,
) -> Manifest:
    _write(root / DELEGATION_PATH, delegation.data)
    paths = [p for p in walk_tree(root) if p != MANIFEST_PATH]
    present = set(paths)
    feeds = {p for p in paths if p.startswith(FEEDS_DIR) and not p.endswith(SIG_SUFFIX)}
    for path in paths:
        # A stale signature whose feed is gone would be listed and then fail every check.
        signature = path.startswith(FEEDS_DIR) and path.endswith(SIG_SUFFIX)
        if signature and path.removesuffix(SIG_SUFFIX) not in feeds:
            (root / path).unlink()
            present.discard(path)
    resign = {p for p in feeds if p not in reuse or p + SIG_SUFFIX not in present}
    signatures = {p + SIG_SUFFIX for p in resign}
    files = {p: reuse[p] for p in present if p in reuse and p not in signatures}
    fresh = sorted(present - files.keys() - signatures)
    secrets = (PEM_PRIVATE_MARKER, *key.secret_forms())

    def inspect(path: str, data: bytes) -> dict[str, FileEntry]:
        if any(secret in data for secret in secrets):
            raise SigningError(f"{path} contains private key material; nothing was signed")
        if path not in resign:
            return {}
        sig = detached_signature(data, key)
        _write(root / (path + SIG_SUFFIX), sig)
        return {path + SIG_SUFFIX: FileEntry(hashlib.sha256(sig).hexdigest(), len(sig))}

    files.update(hash_files(root, fresh, inspect))
    return _seal_manifest(
        root,
        key,
        delegation,
        files,
        issued=issued,
        expires=expires,
        chain=chain,
        site=site,
    )


def refresh_manifest(
    root: Path,
    key: SigningKey,
    delegation: SignedDelegation,
    *,
    issued: datetime,
    expires: datetime,
    site: str | None = None,
) -> Manifest:
    """Re-sign an unchanged, already signed tree with a new version and expiry (and the
    site address `site`, by default the one the current manifest names).

    Cheap: files are not hashed again, only checked by name and size against the current
    manifest, which must be signed by this same key under this same delegation (otherwise
    the whole tree is signed again with `sign_tree`).
    """
    _check_signable(key, delegation, issued, expires)
    try:
        previous = (root / MANIFEST_PATH).read_bytes()
        envelope = parse_envelope(previous, "manifest", MANIFEST_PATH)
        current = manifest_from(envelope)
        check_manifest_key(envelope, current, delegation.delegation)
    except OSError as exc:
        raise SigningError(f"no manifest to refresh in {root}: {exc.strerror}") from exc
    except VerifyError as exc:
        raise SigningError(f"the manifest cannot be refreshed, sign the tree: {exc}") from exc
    if (root / DELEGATION_PATH).read_bytes() != delegation.data:
        raise SigningError("the delegation changed since the tree was signed; sign the tree")
    paths = [p for p in walk_tree(root) if p != MANIFEST_PATH]
    if set(paths) != set(current.files):
        raise SigningError("files were added or removed since the tree was signed; sign it")
    base = str(root)
    for path in paths:
        # os.stat on a plain string: pathlib costs more than the stat itself.
        if os.stat(os.path.join(base, path)).st_size != current.files[path].length:  # noqa: PTH116, PTH118
            raise SigningError(f"{path} changed since the tree was signed; sign the tree")
    return _seal_manifest(
        root,
        key,
        delegation,
        dict(current.files),
        issued=issued,
        expires=expires,
        chain=_chain(previous, current, issued),
        site=site or current.site,
    )


def read_published_manifest(site: Path, root_key: PublicKey) -> bytes | None:
    """The bytes of the manifest published in `site`, once its chain of trust is checked.

    None for a first publication (no manifest.json). Expiry is not checked: continuing
    from an expired manifest is the normal case after a pause.
    """
    published = read_published(site, root_key)
    return None if published is None else published[0]


def read_published(site: Path, root_key: PublicKey) -> tuple[bytes, Manifest] | None:
    """`read_published_manifest` with the manifest it parsed, for a caller that reads it."""
    path = site / MANIFEST_PATH
    if not path.exists():
        return None
    try:
        data = path.read_bytes()
        delegation = read_delegation((site / DELEGATION_PATH).read_bytes(), root_key)
        envelope = parse_envelope(data, "manifest", MANIFEST_PATH)
        manifest = manifest_from(envelope)
        check_manifest_key(envelope, manifest, delegation.delegation)
    except OSError as exc:
        raise SigningError(f"cannot read the published site: {exc.strerror}") from exc
    except VerifyError as exc:
        raise SigningError(f"the published manifest cannot be trusted: {exc}") from exc
    return data, manifest
