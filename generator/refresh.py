"""Daily refresh: re-sign an unchanged site, or rebuild when what is published would change.

Banks refuse a manifest once it expires (48 h by default), so the site must be signed
again every day even when no list changed. A full build costs minutes; a refresh first
compares the record the last build left (generator/buildstate.py) with today's inputs and
date, and when nothing that shapes the site changed it only signs a fresh manifest for the
live release: a new version continuing the old one's chain, issued now, with a new expiry.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.buildstate import BuildState, Fingerprint, fingerprint_inputs, read_build_state
from generator.errors import ConfigError, PublishError, SigningError
from generator.keyring import PublishingKeys, load_publishing_keys, read_pseudonym_key
from generator.publish import fsync_path, published_tree, staging_for
from generator.report_summary import ComplianceSummary, reusable_report
from generator.settings import BuildConfig
from generator.sign import MANIFEST_PATH, Manifest, refresh_manifest

if TYPE_CHECKING:
    from generator.build import BuildSummary, Progress

# What sign/manifest.py names its temporary file while it replaces the manifest.
_MANIFEST_TMP = MANIFEST_PATH + ".tmp"
_PARTS = {
    "dataset": "the dataset's files changed",
    "rules": "the rules changed",
    "program": "the program, its templates or its libraries changed",
    "database": "the data is read from a database, which a refresh cannot compare",
    "settings": "the site address, --previous or the data source changed",
    "keys": "the pseudonym key or the delegation changed",
}


@dataclass(frozen=True, slots=True)
class RefreshSummary:
    rebuilt: bool
    reason: str  # why it rebuilt, or since when the site is unchanged
    manifest: Manifest
    build: BuildSummary | None  # the full build's summary when it rebuilt
    compliance: ComplianceSummary | None = None  # the deadline report written beside it


def refresh_site(config: BuildConfig, progress: Progress | None = None) -> RefreshSummary:
    """Re-sign the live site's manifest if nothing that shapes it changed, else build it.

    Fails like a build (an error of the family) and leaves the published site as it was.
    """
    step = progress or (lambda stage, done, total: None)
    step("check", 0, 1)
    # Keys first: a refresh that cannot sign must say so at once, not after rebuilding.
    keys = load_publishing_keys(config.keys, config.env, config.built_at)
    inputs = fingerprint_inputs(config).keyed(
        read_pseudonym_key(config.keys, config.env), keys.delegation.data
    )
    with staging_for(config.out, config.wait_seconds):
        state = read_build_state(config.out)
        reason = _why_rebuild(config, inputs, state)
        if reason is None and state is not None:
            step("sign", 0, 1)
            try:
                manifest = _resign(config, keys)
            except SigningError as exc:
                # The live tree is not exactly what its manifest says (edited by hand?):
                # only a full build can sign it again.
                reason = f"the published tree cannot be re-signed ({exc})"
            else:
                return RefreshSummary(
                    False,
                    f"unchanged since {state.as_of}",
                    manifest,
                    None,
                    _deadline_report(config, step, _report_key(config, inputs, state.release)),
                )
    # The build takes the lock itself; an flock is per open file, so it is released first.
    # Imported here: an unchanged site is re-signed without loading the build at all.
    from generator.build import build_site

    summary = build_site(config, progress)
    state = read_build_state(config.out)
    key = _report_key(config, inputs, state.release) if state is not None else ""
    return RefreshSummary(
        True, reason or "", summary.manifest, summary, _deadline_report(config, step, key)
    )


def _report_key(config: BuildConfig, inputs: Fingerprint, release: str) -> str:
    """Everything the deadline report depends on: the day, the inputs (dataset, rules,
    program) and the live release, whose change log dates first publications."""
    parts = "\n".join(f"{k}={v}" for k, v in inputs.parts if k != "keys")
    text = f"{config.as_of.isoformat()}\n{release}\n{config.source or ''}\n{parts}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _deadline_report(config: BuildConfig, step: Progress, key: str) -> ComplianceSummary:
    """The day's deadline report beside the release (OUT-internal/compliance), read with the
    live site's change log for the days listings were first published; the one already
    there when nothing it depends on changed (a second refresh on the same day)."""
    step("report", 0, 1)
    folder = config.report_dir / "compliance"
    if (reused := reusable_report(folder, key)) is not None:
        return reused
    from generator.compliance import report_deadlines  # loads the dataset: only here

    try:
        return report_deadlines(
            config.dataset,
            folder,
            config.as_of,
            site=config.out,
            source=config.source,
            reuse_key=key,
        )
    except ConfigError as exc:
        # The site is published and signed by now; say so, so nobody rolls it back for this.
        raise ConfigError(f"the site is published, but the deadline report failed: {exc}") from exc


def _why_rebuild(config: BuildConfig, inputs: Fingerprint, state: BuildState | None) -> str | None:
    """None when the live site is what a build now would publish (but for its manifest)."""
    live = published_tree(config.out)
    if live is None:
        return "nothing is published yet"
    if state is None:
        return "no record of the last build"
    if state.release != live.name:
        return f"the live release {live.name} is not the one last built ({state.release})"
    changed = inputs.changed(state.fingerprint)
    if changed:
        return "input changed: " + "; ".join(_PARTS.get(c, c) for c in changed)
    if config.as_of < state.as_of:
        return f"as-of date {config.as_of} is before the last build's {state.as_of}"
    if state.stable_until is not None and config.as_of >= state.stable_until:
        return f"{state.change} on {state.stable_until}"
    return None


def _resign(config: BuildConfig, keys: PublishingKeys) -> Manifest:
    """A new manifest for the live release, swapped in as one file.

    In place, not as a new release: the files do not change, so the releases kept for
    `restore` stay distinct builds instead of copies of one, and the cost is a stat per
    file (a hard-linked copy of the release cost seconds on the demo site).
    `refresh_manifest` writes the manifest beside itself and renames it over the old one:
    rename(2) is atomic, so a reader or a killed refresh sees the old manifest or the new
    one, both valid for the same files.
    """
    live = published_tree(config.out)
    if live is None:  # checked under the same lock just before
        raise PublishError(f"nothing is published at {config.out}")
    try:
        # A refresh killed between writing and renaming leaves this unlisted file behind;
        # removed under the lock before anything reads the tree.
        (live / _MANIFEST_TMP).unlink(missing_ok=True)
        manifest = refresh_manifest(
            live,
            keys.online,
            keys.delegation,
            issued=config.built_at,
            expires=config.built_at + config.expires_in,
            site=config.site_url,
        )
    except OSError as exc:  # a file gone or unreadable: the tree is not the signed one
        raise SigningError(f"{exc.filename or live}: {exc.strerror or exc}") from exc
    try:
        # Durable before the command reports success: the next refresh chains from it.
        fsync_path(live / MANIFEST_PATH)
    except OSError as exc:
        raise PublishError(f"could not save the new manifest: {exc.strerror or exc}") from exc
    return manifest
