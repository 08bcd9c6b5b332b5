"""Restore: publish an earlier release again, after a bad publication.

A restored release is not the old directory put back under the link: consumers who pinned
the manifest version would rightly refuse a version that goes backwards (a rollback
attack looks exactly like that). So the earlier release is copied (hard links: cheap, and
signing replaces files by rename, never in place, so the old release stays intact), its
manifest re-signed as the next version of the live one, and the copy swapped in
atomically under the same lock as a build. The bad release can be deleted at once
(`purge`), for a publication that must disappear, such as one that leaked a person's data.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from generator.errors import PublishError
from generator.keyring import PublishingKeys
from generator.publish import publish_staging, published_tree, releases_dir, staging_for
from generator.sign import Manifest, read_published, sign_tree
from generator.tlog.entries import restore_entry
from generator.tlog.log import append_entries
from generator.tlog.tiles import CHECKPOINT


@dataclass(frozen=True, slots=True)
class RestoreSummary:
    restored_from: str  # the earlier release whose content is published again
    replaced: str  # the release that was live
    release: Path  # the new release folder now published
    manifest: Manifest
    purged: bool


def restore_release(
    out: Path,
    keys: PublishingKeys,
    *,
    issued: datetime,
    expires: datetime,
    release: str | None = None,
    purge: bool = False,
    wait_seconds: float = 0.0,
) -> RestoreSummary:
    """Publish the release before the live one (or `release`, e.g. "r000041") again."""
    with staging_for(out, wait_seconds) as staging:
        live = published_tree(out)
        if live is None:
            raise PublishError(f"nothing is published at {out}: there is nothing to restore")
        source = _pick(releases_dir(out), live, release)
        published = read_published(live, keys.root)
        live_manifest, live_site = (published[0], published[1].site) if published else (None, None)
        # The source's own manifest is about to be replaced: it must not be carried over.
        staging.rmdir()
        shutil.copytree(source, staging, symlinks=True, copy_function=os.link)
        (staging / "manifest.json").unlink(missing_ok=True)
        # The log only grows: the restored tree carries the live log plus a leaf naming
        # what was restored, not the shorter log of the old release.
        if (live / CHECKPOINT).is_file():
            restored = hashlib.sha256((source / "manifest.json").read_bytes()).hexdigest()
            entry = restore_entry(issued.date(), source.name, restored)
            append_entries(staging, live, [entry], keys.online)
        manifest = sign_tree(
            staging,
            keys.online,
            keys.delegation,
            issued=issued,
            expires=expires,
            previous_manifest=live_manifest,
            site=live_site,  # the site keeps its address
        )
        new = publish_staging(staging, out)
    if purge:
        shutil.rmtree(live, ignore_errors=True)
    return RestoreSummary(source.name, live.name, new, manifest, purge)


def _pick(root: Path, live: Path, name: str | None) -> Path:
    releases = sorted(p for p in root.glob("r[0-9]*") if p.is_dir())
    if name is not None:
        chosen = root / name
        if chosen not in releases:
            kept = ", ".join(p.name for p in releases) or "none"
            raise PublishError(f"no release {name!r} in {root} (kept: {kept})")
        if chosen == live:
            raise PublishError(f"{name} is the release already published")
        return chosen
    earlier = [p for p in releases if p.name < live.name]
    if not earlier:
        raise PublishError(f"no release older than the live {live.name} is kept in {root}")
    return earlier[-1]
