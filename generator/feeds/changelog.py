"""The change log: every event ever published, as NDJSON in numbered segments.

Segment n holds sequences ((n-1)*size, n*size]. Segments of the previous build are copied
byte for byte and only the last, unfinished one grows, so a consumer that fetched a full
segment never needs it again and `index.json` tells it which segments hold "everything
after sequence N".
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.feeds.history import FeedEvent, History, Segment
from generator.feeds.record import pretty

CHANGES_DIR = Path("feeds") / "changes"
# 2: a line carries `"record":null` when the record is unchanged since the listing's previous
# event (version 1 lines, always with the record, stay as they were published).
INDEX_VERSION = 2


@dataclass(frozen=True, slots=True)
class ChangeLogSummary:
    first_new: int | None  # first sequence this build added, None if it added nothing
    last_sequence: int
    segments: int


def write_changelog(
    out: Path, history: History, events: Sequence[FeedEvent], as_of: str, published_at: str
) -> ChangeLogSummary:
    folder = out / CHANGES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    size = history.segment_size
    segments = list(history.segments)
    if history.root is not None:
        source = history.root / CHANGES_DIR
        for seg in segments:
            shutil.copyfile(source / seg.path, folder / seg.path)
    last = history.last_sequence
    i = 0
    while i < len(events):
        # The segment that sequence last+1 belongs to: the previous last one if not full.
        number = last // size + 1
        take = events[i : i + (number * size - last)]
        if segments and segments[-1].last - segments[-1].first + 1 < size:
            seg = segments.pop()
            first = seg.first
            path = seg.path
        else:
            first = last + 1
            path = f"{number:06d}.ndjson"
        with (folder / path).open("a", encoding="utf-8", newline="\n") as fh:
            fh.writelines(f"{e.line}\n" for e in take)
        last += len(take)
        segments.append(Segment(path, first, last))
        i += len(take)
    index = {
        "version": INDEX_VERSION,
        "as_of": as_of,
        "published_at": published_at,
        "segment_size": size,
        "first_sequence": 1 if last else None,
        "last_sequence": last,
        "segments": [_entry(folder, seg, size) for seg in segments],
    }
    (folder / "index.json").write_text(pretty(index), encoding="utf-8", newline="\n")
    return ChangeLogSummary(
        first_new=history.last_sequence + 1 if events else None,
        last_sequence=last,
        segments=len(segments),
    )


def _entry(folder: Path, seg: Segment, size: int) -> dict[str, object]:
    data = (folder / seg.path).read_bytes()
    return {
        "path": seg.path,
        "first": seg.first,
        "last": seg.last,
        "count": seg.last - seg.first + 1,
        "complete": seg.last - seg.first + 1 == size,
        "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }
