"""Sign a staged site tree: detached signatures for feeds, then the manifest of every file."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from generator.errors import SigningError, VerifyError
from generator.sign.delegation import SignedDelegation, check_manifest_key, read_delegation
from generator.sign.envelope import (
    DELEGATION_PATH,
    MANIFEST_PATH,
    SIG_SUFFIX,
    FileEntry,
    Manifest,
    detached_signature,
    manifest_from,
    parse_envelope,
    seal,
)
from generator.sign.keys import PEM_PRIVATE_MARKER, PublicKey, SigningKey

FEEDS_DIR = "feeds/"


def _walk(root: Path) -> Iterator[str]:
    """Every regular file under `root` as a sorted relative POSIX path; links are refused."""
    found: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        for name in dirnames + filenames:
            path = here / name
            if path.is_symlink():
                raise SigningError(f"{path.relative_to(root)} is a symbolic link; not signed")
        for name in filenames:
            path = here / name
            if not path.is_file():
                raise SigningError(f"{path.relative_to(root)} is not a regular file")
            found.append(path.relative_to(root).as_posix())
    yield from sorted(found)


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


def _continue_from(previous_manifest: bytes | None, issued: datetime) -> tuple[int, str | None]:
    if previous_manifest is None:
        return 1, None
    try:
        prev = manifest_from(parse_envelope(previous_manifest, "manifest", "previous manifest"))
    except VerifyError as exc:
        raise SigningError(f"the previous manifest is unusable: {exc}") from exc
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
    previous_manifest: bytes | None,
) -> Manifest:
    version, previous = _continue_from(previous_manifest, issued)
    manifest = Manifest(
        version=version,
        issued=issued,
        expires=expires,
        previous=previous,
        key_id=key.key_id,
        delegation_version=delegation.delegation.version,
        files=dict(sorted(files.items())),
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
) -> Manifest:
    """Write keys/delegation.json, a `.sig` beside every feed file, and manifest.json.

    `previous_manifest` is the manifest published before (already verified, see
    `read_published_manifest`); the new one continues its version and names its hash.
    The tree must hold no private key material: signing stops if it does.
    """
    _check_signable(key, delegation, issued, expires)
    _write(root / DELEGATION_PATH, delegation.data)
    feed_files = {p for p in _walk(root) if p.startswith(FEEDS_DIR) and not p.endswith(SIG_SUFFIX)}
    for path in _walk(root):
        # A stale signature whose feed is gone would be listed and then fail every check.
        orphan = path.endswith(SIG_SUFFIX) and path.removesuffix(SIG_SUFFIX) not in feed_files
        if path.startswith(FEEDS_DIR) and orphan:
            (root / path).unlink()
    for path in sorted(feed_files):
        _write(root / (path + SIG_SUFFIX), detached_signature((root / path).read_bytes(), key))
    secrets = (PEM_PRIVATE_MARKER, *key.secret_forms())
    files: dict[str, FileEntry] = {}
    for path in _walk(root):
        if path == MANIFEST_PATH:
            continue
        data = (root / path).read_bytes()
        if any(secret in data for secret in secrets):
            raise SigningError(f"{path} contains private key material; nothing was signed")
        files[path] = FileEntry(hashlib.sha256(data).hexdigest(), len(data))
    return _seal_manifest(
        root,
        key,
        delegation,
        files,
        issued=issued,
        expires=expires,
        previous_manifest=previous_manifest,
    )


def refresh_manifest(
    root: Path,
    key: SigningKey,
    delegation: SignedDelegation,
    *,
    issued: datetime,
    expires: datetime,
) -> Manifest:
    """Re-sign an unchanged, already signed tree with a new version and expiry.

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
    paths = [p for p in _walk(root) if p != MANIFEST_PATH]
    if set(paths) != set(current.files):
        raise SigningError("files were added or removed since the tree was signed; sign it")
    for path in paths:
        if (root / path).stat().st_size != current.files[path].length:
            raise SigningError(f"{path} changed since the tree was signed; sign the tree")
    return _seal_manifest(
        root,
        key,
        delegation,
        dict(current.files),
        issued=issued,
        expires=expires,
        previous_manifest=previous,
    )


def read_published_manifest(site: Path, root_key: PublicKey) -> bytes | None:
    """The bytes of the manifest published in `site`, once its chain of trust is checked.

    None for a first publication (no manifest.json). Expiry is not checked: continuing
    from an expired manifest is the normal case after a pause.
    """
    path = site / MANIFEST_PATH
    if not path.exists():
        return None
    try:
        data = path.read_bytes()
        delegation = read_delegation((site / DELEGATION_PATH).read_bytes(), root_key)
        envelope = parse_envelope(data, "manifest", MANIFEST_PATH)
        check_manifest_key(envelope, manifest_from(envelope), delegation.delegation)
    except OSError as exc:
        raise SigningError(f"cannot read the published site: {exc.strerror}") from exc
    except VerifyError as exc:
        raise SigningError(f"the published manifest cannot be trusted: {exc}") from exc
    return data
