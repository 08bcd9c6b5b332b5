"""The change log: every event ever published, as NDJSON in numbered segments.

Segment n holds sequences ((n-1)*size, n*size]. Segments of the previous build are copied
byte for byte unless a listing's content leaves one of their lines (`withdrawn_line`: the
only rewrite there is), and only the last, unfinished one grows; `index.json` tells a
consumer which segments hold "everything after sequence N" and how many of each segment's
events have had their content withdrawn.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.feeds.history import (
    LOG_VERSION,
    FeedEvent,
    History,
    Segment,
    segment_lines,
    withdrawn_line,
)
from generator.feeds.record import pretty

CHANGES_DIR = Path("feeds") / "changes"
INDEX_VERSION = LOG_VERSION


@dataclass(frozen=True, slots=True)
class ChangeLogSummary:
    first_new: int | None  # first sequence this build added, None if it added nothing
    last_sequence: int
    segments: int
    rewritten: int  # previous segments rewritten to withdraw content


def write_changelog(
    out: Path,
    history: History,
    events: Sequence[FeedEvent],
    withdrawn: frozenset[int],
    as_of: str,
    published_at: str,
) -> ChangeLogSummary:
    """`withdrawn`: the previous lines whose content and salt leave now."""
    folder = out / CHANGES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    size = history.segment_size
    segments: list[Segment] = []
    rewritten = 0
    if history.root is not None:
        source = history.root / CHANGES_DIR
        by_segment: dict[int, set[int]] = {}
        for seq in withdrawn:
            by_segment.setdefault((seq - 1) // size, set()).add(seq)
        for number, seg in enumerate(history.segments):
            gone = by_segment.get(number)
            if not gone:
                shutil.copyfile(source / seg.path, folder / seg.path)
                segments.append(seg)
                continue
            # Only the withdrawn lines are touched; every other line is copied as it was.
            with (folder / seg.path).open("w", encoding="utf-8", newline="\n") as fh:
                fh.writelines(
                    f"{withdrawn_line(line) if seq in gone else line}\n"
                    for seq, line in enumerate(segment_lines(source / seg.path), start=seg.first)
                )
            segments.append(
                Segment(seg.path, seg.first, seg.last, withdrawn=seg.withdrawn + len(gone))
            )
            rewritten += 1
    last = history.last_sequence
    i = 0
    while i < len(events):
        # The segment that sequence last+1 belongs to: the previous last one if not full.
        number = last // size + 1
        take = events[i : i + (number * size - last)]
        held = 0
        if segments and segments[-1].last - segments[-1].first + 1 < size:
            seg = segments.pop()
            first, path, held = seg.first, seg.path, seg.withdrawn
        else:
            first = last + 1
            path = f"{number:06d}.ndjson"
        with (folder / path).open("a", encoding="utf-8", newline="\n") as fh:
            fh.writelines(f"{e.line}\n" for e in take)
        last += len(take)
        held += sum(1 for e in take if not e.published)
        segments.append(Segment(path, first, last, withdrawn=held))
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
        rewritten=rewritten,
    )


def _entry(folder: Path, seg: Segment, size: int) -> dict[str, object]:
    if seg.sha256:  # copied unchanged: the previous index's figures, checked by the build
        length, digest = seg.bytes, seg.sha256
    else:
        data = (folder / seg.path).read_bytes()
        length, digest = len(data), hashlib.sha256(data).hexdigest()
    return {
        "path": seg.path,
        "first": seg.first,
        "last": seg.last,
        "count": seg.last - seg.first + 1,
        "complete": seg.last - seg.first + 1 == size,
        "withdrawn": seg.withdrawn,
        "bytes": length,
        "sha256": digest,
    }
