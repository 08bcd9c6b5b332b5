"""The publisher's private copy of each snapshot's leaves, beside the releases.

A proof for a past day opens that day's snapshot tree; its leaves are not published (they
would add 64 bytes per active listing per day to the site for nobody's use) but kept here,
named by the log index of the leaf that commits to them, so that `prove` can answer for any
day the log covers. Losing this folder loses the ability to prove, not the log's integrity.
"""

from __future__ import annotations

from pathlib import Path

from generator.publish import releases_dir
from generator.tlog.log import LogSummary
from generator.tlog.snapshot import Snapshot, dump_leaves, load_leaves

ARCHIVE = "tlog-snapshots"


def archive_dir(out: Path) -> Path:
    return releases_dir(out) / ARCHIVE


def archive_snapshot(out: Path, log: LogSummary) -> Path:
    folder = archive_dir(out)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{log.snapshot_index}.leaves"
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(dump_leaves(log.snapshot))
    tmp.replace(path)
    return path


def read_archived(out: Path, index: int) -> Snapshot | None:
    try:
        data = (archive_dir(out) / f"{index}.leaves").read_bytes()
    except FileNotFoundError:
        return None
    return load_leaves(data)
