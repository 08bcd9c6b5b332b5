"""A change log written before commitments (index version 1 or 2), brought to version 3.

Such a log published every event's record for good. A site that upgrades must not start a
new log (a bank's cursor would then be ahead of it), so its lines are rewritten once, in
order and with their ids, sequences and dates unchanged, into version-3 lines with a
commitment, salt and content (an exit's content becomes its announcement); the build then
withdraws, as for any log, the content of every listing no longer active. The rewrite is
done into a scratch copy: the previous site is never written to.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from generator.errors import ConfigError
from generator.feeds.commitment import commitment_of_canonical, event_salt
from generator.feeds.history import EXITED, LOG_VERSION, segment_lines
from generator.feeds.record import Record, announcement, dumps
from generator.sign.canonical import canonical_bytes

CHANGES = Path("feeds") / "changes"
SNAPSHOT = Path("data") / "snapshot.json"


def upgrade_log(previous: Path, key: bytes, scratch: Path) -> Path:
    """`previous` if its change log is current (or absent), else a copy under `scratch` of
    what the feeds stage reads back, its change log in version 3."""
    try:
        return _upgrade(previous, key, scratch)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(
            f"previous site {previous}: cannot upgrade its change log: {exc}"
        ) from exc


def _upgrade(previous: Path, key: bytes, scratch: Path) -> Path:
    index_path = previous / CHANGES / "index.json"
    if not index_path.exists():
        return previous
    index: dict[str, Any] = json.loads(index_path.read_text(encoding="utf-8"))
    if index.get("version") not in (1, 2):
        return previous  # current, or unknown: read_history says which
    (scratch / CHANGES).mkdir(parents=True)
    (scratch / SNAPSHOT).parent.mkdir(parents=True)
    shutil.copyfile(previous / SNAPSHOT, scratch / SNAPSHOT)
    latest: dict[str, Record] = {}  # record id -> the record its last carrying line had
    shown: dict[str, Record] = {}  # record id -> the content its last carrying v3 line has
    for seg in index["segments"]:
        with (scratch / CHANGES / seg["path"]).open("w", encoding="utf-8", newline="\n") as fh:
            for line in segment_lines(previous / CHANGES / seg["path"]):
                fh.write(_line(json.loads(line), key, latest, shown) + "\n")
        # Figures the writer recomputes from the new bytes (an empty hash says so).
        seg.update(bytes=0, sha256="", withdrawn=0)
    index["version"] = LOG_VERSION
    (scratch / CHANGES / "index.json").write_text(json.dumps(index), encoding="utf-8")
    return scratch


def _line(
    event: dict[str, Any], key: bytes, latest: dict[str, Record], shown: dict[str, Record]
) -> str:
    rid = event["record_id"]
    record = event.get("record") or latest[rid]  # KeyError: a null with nothing before it
    latest[rid] = record
    exited = event["kind"] == EXITED and not record.get("active")
    content = announcement(record) if exited else record
    salt = event_salt(key, event["id"])
    carry = shown.get(rid) != content
    shown[rid] = content
    out = {
        k: event[k]
        for k in (
            "sequence", "id", "kind", "date", "record_id", "subject_id", "list_type",
            "domain", "reason",
        )
    }  # fmt: skip
    out.update(
        changed=None,
        published_at=event["published_at"],
        commitment=commitment_of_canonical(salt, canonical_bytes(content)),
        salt=salt.hex(),
        record=content if carry else None,
    )
    return dumps(out)
