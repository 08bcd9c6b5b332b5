"""The chain: every stage in order, and nothing else writes into the published directory.

load → validate → lifecycle (as of a date) → redact → render site → render feeds → sign →
leak scan → publish atomically. Everything is gathered and checked before the staging tree
is swapped in; any failure leaves the previously published site exactly as it was.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from generator.buildcache import (
    read_build_cache,
    read_redaction_memo,
    write_build_cache,
    write_redaction_memo,
)
from generator.buildstate import fingerprint_inputs, program_digest, record_build
from generator.compress import Previous, compress_tree
from generator.config import BuildConfig, DatasetConfig, editorial_texts, read_dataset_config
from generator.corrections import LEDGER, reconcile_corrections
from generator.errors import SigningError
from generator.feeds import FeedsSummary, render_feeds
from generator.keyring import load_publishing_keys, read_pseudonym_key
from generator.lifecycle import apply_lifecycle
from generator.load import load_dataset
from generator.model import Dataset
from generator.opendata import OpenDataTerms, terms_of
from generator.publish import publish_staging, published_tree, staging_for
from generator.redact import redact_state
from generator.redact.report import write_redaction_report
from generator.render.site import SiteSummary, render_site
from generator.rules import Rules, load_rules
from generator.scan import check_tree
from generator.sign import (
    FileEntry,
    Manifest,
    PublicKey,
    SignedDelegation,
    SigningKey,
    read_published,
    sign_tree,
)
from generator.tlog.archive import archive_snapshot
from generator.tlog.log import LogSummary, append_log
from generator.validate import validate_dataset

Progress = Callable[[str, int, int], None]
# What the feeds stage reads back from the previous site: checked against its signed
# manifest before a single event is carried over.
_HISTORY_PREFIXES = ("feeds/changes/", "data/snapshot.json", "log/", LEDGER)


@dataclass(frozen=True, slots=True)
class Checked:
    config: DatasetConfig
    rules: Rules
    dataset: Dataset


@dataclass(frozen=True, slots=True)
class BuildSummary:
    site: SiteSummary
    feeds: FeedsSummary
    log: LogSummary
    manifest: Manifest
    release: Path
    report: Path
    active: int
    exits: int
    terms: OpenDataTerms  # the licence published; `default` means the operator must confirm it


def check_dataset(root: Path, source: str | None = None) -> Checked:
    """load → validate: the typed dataset, or `DataError`/`ConfigError` with every problem.

    `source` (else the dataset's `source:`) is a database URL to read the tables from; the
    folder still gives dataset.yaml and the rules.
    """
    config, rules_dir = read_dataset_config(root)
    rules = load_rules(rules_dir, locality=config.locality)
    url = source or config.source
    if url:
        # Imported on demand: file builds need neither SQLAlchemy nor a driver.
        from generator.sources.sql import load_sql_dataset

        raw, problems = load_sql_dataset(url, rules)
    else:
        raw, problems = load_dataset(root, rules)
    dataset = validate_dataset(raw, rules, config, problems)
    return Checked(config, rules, dataset)


def build_site(config: BuildConfig, progress: Progress | None = None) -> BuildSummary:
    """The whole chain; returns what was published, or raises from the error family."""
    step = progress or (lambda stage, done, total: None)
    step("check", 0, 1)
    # Before the inputs are read: one edited during the build makes the next refresh rebuild.
    inputs = fingerprint_inputs(config)
    checked = check_dataset(config.dataset, config.source)
    root_key, key, delegation = _signing_keys(config)
    pseudonym_key = read_pseudonym_key(config.keys, config.env)
    step("lifecycle", 0, 1)
    state = apply_lifecycle(checked.dataset, config.as_of)
    step("redact", 0, 1)
    # Unchanged records under an unchanged context are taken from the last build's memo.
    memo = read_redaction_memo(config.out, pseudonym_key, program_digest())
    public, report = redact_state(state, checked.rules, pseudonym_key, memo=memo)
    # Each stage's records are dropped once no later stage reads them: the gate's workers
    # are forked from this process, and what it holds is what they start with.
    del state
    active, exits = sum(1 for x in public.listings if x.active), len(public.exits)
    terms = terms_of(checked.config)
    with staging_for(config.out, config.wait_seconds) as staging:
        previous = config.previous or published_tree(config.out)
        # Parsed once: at 10⁵ files each parse of the manifest costs seconds.
        trusted = _trusted_previous(previous, root_key)
        previous_manifest, previous_parsed = trusted or (None, None)
        # Files are carried over only from a release whose manifest checked out, and only
        # if the same program made it (each page's digest also names the program).
        cache = read_build_cache(config.out, previous) if previous_manifest else None
        signed = previous_parsed.files if previous_parsed else {}
        carry = cache is not None and cache.program == program_digest()
        # Withdrawn and amended listings, against what the (verified) previous site published.
        corrections = reconcile_corrections(public, previous if previous_manifest else None)
        site = render_site(
            public,
            checked.rules,
            staging,
            built_at=config.built_at,
            site_url=config.site_url,
            locality=checked.config.locality,
            progress=step,
            carried=cache.carried if cache else None,
            terms=terms,
            corrections=corrections,
            texts=editorial_texts(checked.config),
        )
        step("feeds", 0, 1)
        feeds = render_feeds(
            public,
            checked.rules,
            staging,
            built_at=config.built_at,
            site_url=config.site_url,
            previous=previous if previous_manifest is not None else None,
            terms=terms,
            key=pseudonym_key,
        )
        del public
        step("log", 0, 1)
        log = append_log(
            staging,
            previous if previous_manifest is not None else None,
            events=feeds.events,
            active=feeds.active,
            as_of=config.as_of,
            site_url=config.site_url,
            key=key,
            pseudonym_key=pseudonym_key,
        )
        step("compress", 0, 1)
        # Before signing, so the .gz/.br files are in the manifest.
        compressed = compress_tree(
            staging, Previous(previous, signed) if carry and previous else None
        )
        step("sign", 0, 1)
        manifest = sign_tree(
            staging,
            key,
            delegation,
            issued=config.built_at,
            expires=config.built_at + config.expires_in,
            previous_manifest=previous_manifest,
            previous=previous_parsed,
            known=_carried_entries(staging, (*site.kept, *compressed.kept), signed),
            site=config.site_url,
        )
        step("scan", 0, 1)
        # With the gate's configuration unchanged (same sensitive values, rules and program),
        # a file the previous release signed with the same bytes passed this very gate: only
        # new or changed files (and the manifest) are scanned.
        changed = [p for p, e in manifest.files.items() if signed.get(p) != e] if carry else None
        gate = check_tree(
            staging,
            checked.dataset,
            checked.rules,
            only=changed,
            trusted=cache.gate if carry and cache else None,
        )
        report_path = config.report_dir / "redaction-report.json"
        write_redaction_report(report, report_path, public_root=staging.parent)
        step("publish", 0, 1)
        release = publish_staging(staging, config.out)
        archive_snapshot(config.out, log)
        record_build(config, release, inputs.keyed(pseudonym_key, delegation.data), checked.dataset)
        write_build_cache(config.out, release, site.digests, gate=gate, program=program_digest())
        write_redaction_memo(config.out, memo, pseudonym_key)
    return BuildSummary(
        site=site,
        feeds=feeds,
        log=log,
        manifest=manifest,
        release=release,
        report=report_path,
        active=active,
        exits=exits,
        terms=terms,
    )


def _carried_entries(
    staging: Path, kept: Iterable[str], signed: Mapping[str, FileEntry]
) -> dict[str, FileEntry]:
    """The previous manifest's entries of the files linked from its release: the same
    files, so they are not read and hashed again. A linked file whose size is not the
    signed one was changed after publication; it must not be signed as ours."""
    out: dict[str, FileEntry] = {}
    for rel in kept:
        entry = signed.get(rel)
        size = os.stat(os.path.join(staging, rel)).st_size  # noqa: PTH116, PTH118
        if entry is None or size != entry.length:
            raise SigningError(
                f"previous site: {rel} does not match its signed manifest; "
                "restore the published site before building on it"
            )
        out[rel] = entry
    return out


def _signing_keys(config: BuildConfig) -> tuple[PublicKey, SigningKey, SignedDelegation]:
    keys = load_publishing_keys(config.keys, config.env, config.built_at)
    return keys.root, keys.online, keys.delegation


def _trusted_previous(previous: Path | None, root_key: PublicKey) -> tuple[bytes, Manifest] | None:
    """The previous manifest (bytes and parsed) once its signature chain and the history
    files the feeds read back are checked; None for a first publication."""
    if previous is None:
        return None
    published = read_published(previous, root_key)
    if published is None:
        return None
    manifest = published[1]
    for path, entry in manifest.files.items():
        if not path.startswith(_HISTORY_PREFIXES):
            continue
        try:
            content = (previous / path).read_bytes()
        except OSError as exc:
            raise SigningError(f"previous site: {path} is missing ({exc.strerror})") from exc
        if len(content) != entry.length or hashlib.sha256(content).hexdigest() != entry.sha256:
            raise SigningError(
                f"previous site: {path} does not match its signed manifest; "
                "restore the published site before building on it"
            )
    return published
