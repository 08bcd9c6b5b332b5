"""The log stage: continue the previous site's transparency log with this build's leaves.

Runs after the feeds (it needs their numbered events and the active listings) and before
signing (the manifest covers `log/`). The new tree is checked to extend the previous
checkpoint with a consistency proof, computed and verified here, before anything is written:
a build that would cut or rewrite the log stops with TransparencyLogError (exit 8).
"""

from __future__ import annotations

import base64
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from generator.errors import MalformedError, TransparencyLogError
from generator.sign.keys import SigningKey
from generator.tlog.entries import event_entry, snapshot_entry
from generator.tlog.merkle import ProofError, Tree, leaf_hash, verify_consistency
from generator.tlog.note import Checkpoint, parse_checkpoint, sign_checkpoint, unverified_text
from generator.tlog.snapshot import Snapshot, build_snapshot
from generator.tlog.tiles import CHECKPOINT, LOG_DIR, carry_partials, read_log, write_tiles

if TYPE_CHECKING:  # the feeds stage is not needed to read or extend the log
    from generator.feeds.history import FeedEvent


@dataclass(frozen=True, slots=True)
class PreviousLog:
    checkpoint: Checkpoint
    leaves: list[bytes]
    entries: list[bytes]
    tree: Tree


@dataclass(frozen=True, slots=True)
class LogSummary:
    origin: str
    previous_size: int
    size: int
    root: bytes
    snapshot_index: int  # the leaf committing to this build's snapshot
    snapshot: Snapshot
    event_index: dict[int, int]  # change-log sequence -> leaf index, for this build's events
    files: int


def log_origin(site_url: str) -> str:
    """The checkpoint origin: the log's URL prefix without scheme or trailing slash."""
    parts = urlsplit(site_url)
    return f"{parts.netloc}{parts.path.rstrip('/')}/log"


def read_previous_log(previous: Path | None, origin: str) -> PreviousLog | None:
    """The previous site's log, its files checked against its own checkpoint; None when the
    previous site has none (a first build, or one made before the log existed)."""
    if previous is None or not (previous / CHECKPOINT).is_file():
        return None
    what = f"previous site: {CHECKPOINT}"
    try:
        text = unverified_text((previous / CHECKPOINT).read_bytes(), what)
        checkpoint = parse_checkpoint(text, text.split("\n", 1)[0], what)
        leaves, entries = read_log(previous, checkpoint.size)
    except (OSError, ValueError, MalformedError) as exc:
        raise TransparencyLogError(f"{what}: unreadable log: {exc}") from exc
    if checkpoint.origin != origin:
        raise TransparencyLogError(
            f"{what}: the log is {checkpoint.origin!r}, this build's is {origin!r}; "
            "a log keeps its origin (build with the same --site-url)"
        )
    tree = Tree(leaves)
    if tree.hash() != checkpoint.root:
        raise TransparencyLogError(f"{what}: the published leaves do not hash to its root")
    return PreviousLog(checkpoint, leaves, entries, tree)


def append_log(
    out: Path,
    previous: Path | None,
    *,
    events: Sequence[FeedEvent],
    active: Iterable[tuple[str, str]],
    as_of: date,
    site_url: str,
    key: SigningKey,
    pseudonym_key: bytes,
    extra: Sequence[bytes] = (),
) -> LogSummary:
    """Append this build's events, any `extra` entries (a restore) and its snapshot leaf to
    the previous log, prove the result extends it, and write it under `out/log/`."""
    origin = log_origin(site_url)
    old = read_previous_log(previous, origin)
    entries = list(old.entries) if old else []
    tree = old.tree if old else Tree()
    event_index: dict[int, int] = {}
    for offset, event in enumerate(events):
        event_index[event.sequence] = tree.size + offset
    # The commitments were made by the change log; a leaf only carries them.
    new_entries: list[bytes] = [event_entry(event) for event in events]
    new_entries.extend(extra)
    snapshot = build_snapshot(pseudonym_key, active)
    day = snapshot_entry(as_of, len(snapshot.leaves), snapshot.root)
    # A build that changes nothing (the same day's state again, no event: a rebuild after a
    # killed build, say) adds no leaf, so the same inputs still publish the same bytes; the
    # day's snapshot leaf is already the log's last.
    if new_entries or not entries or entries[-1] != day:
        new_entries.append(day)
    written = _write_extended(out, previous, old, origin, tree, entries, new_entries, key)
    return LogSummary(
        origin=origin,
        previous_size=old.checkpoint.size if old else 0,
        size=written.size,
        root=written.root,
        snapshot_index=written.size - 1,
        snapshot=snapshot,
        event_index=event_index,
        files=written.files,
    )


@dataclass(frozen=True, slots=True)
class _Written:
    size: int
    root: bytes
    files: int


def _write_extended(
    out: Path,
    previous: Path | None,
    old: PreviousLog | None,
    origin: str,
    tree: Tree,
    entries: list[bytes],
    new_entries: Sequence[bytes],
    key: SigningKey,
) -> _Written:
    for entry in new_entries:
        tree.append(leaf_hash(entry))
        entries.append(entry)
    root = tree.hash()
    if old is not None and old.checkpoint.size:
        check_extends(old.checkpoint, Checkpoint(origin, tree.size, root), tree)
    # Never write into files that may be hard links to a kept release (restore copies so).
    shutil.rmtree(out / LOG_DIR, ignore_errors=True)
    files = write_tiles(out, tree, entries)
    if previous is not None:
        files += carry_partials(previous, out)
    (out / CHECKPOINT).write_text(
        sign_checkpoint(Checkpoint(origin, tree.size, root), key), encoding="utf-8"
    )
    return _Written(tree.size, root, files + 1)


def append_entries(out: Path, live: Path, new_entries: Sequence[bytes], key: SigningKey) -> int:
    """Continue the live site's log (whatever its origin) with `new_entries` under `out`,
    for `restore`: the restored tree gets the live log plus a leaf saying so, never the
    shorter log the old release had. Returns the new size."""
    what = f"{live}: {CHECKPOINT}"
    try:
        origin = unverified_text((live / CHECKPOINT).read_bytes(), what).split("\n", 1)[0]
    except (OSError, MalformedError) as exc:
        raise TransparencyLogError(f"{what}: unreadable: {exc}") from exc
    old = read_previous_log(live, origin)
    if old is None:  # unreachable: the checkpoint was just read
        raise TransparencyLogError(f"{what}: missing")
    tree = old.tree
    written = _write_extended(out, live, old, origin, tree, list(old.entries), new_entries, key)
    return written.size


def check_extends(old: Checkpoint, new: Checkpoint, tree: Tree) -> None:
    """Prove new extends old from the tree's own hashes, and verify that proof as a
    consumer would: the check a build must pass before it may sign `new`."""
    try:
        proof = tree.consistency(old.size, new.size)
        verify_consistency(old.size, new.size, old.root, new.root, proof)
    except (ValueError, ProofError) as exc:
        raise TransparencyLogError(
            f"the new log ({new.size} leaves) does not extend the published one "
            f"({old.size} leaves, root {base64.b64encode(old.root).decode()}): {exc}; "
            "nothing was published"
        ) from exc
