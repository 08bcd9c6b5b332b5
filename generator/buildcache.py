"""What a build leaves for the next one, beside the releases and never published: the
digest of every per-record page's inputs (`render/reuse.py`) and of the gate's
configuration, tied to the release they describe; and the redaction memo
(`redact/memo.py`), which is tied to no release: it is valid under its own fingerprints.

The next build trusts the record only for that release: if it continues from another (an
explicit `--previous`, a restored release, a release deleted by hand) or the record is
missing or unreadable, nothing is carried over and the site is rendered and scanned whole.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from generator.errors import PublishError
from generator.publish import releases_dir, write_json_durably
from generator.redact.memo import MEMO_FILE, RedactionMemo, read_memo, write_memo
from generator.render.reuse import Carried

CACHE_FILE = "pages.json"
_FORMAT = 1


@dataclass(frozen=True, slots=True)
class BuildCache:
    carried: Carried  # the release and its pages' digests
    gate: str  # the leak gate's fingerprint when that release passed it
    program: str  # the program that built it (`buildstate.program_digest`)


def read_build_cache(out: Path, previous: Path | None) -> BuildCache | None:
    """The record of `previous`, if `previous` is the release the record describes."""
    if previous is None:
        return None
    try:
        record = json.loads((releases_dir(out) / CACHE_FILE).read_bytes())
        if record.get("format") != _FORMAT:
            return None
        release = releases_dir(out) / str(record["release"])
        if not previous.resolve().samefile(release):
            return None
        digests = record["pages"]
        if not isinstance(digests, dict):
            return None
        return BuildCache(
            Carried(str(release), digests), str(record["gate"]), str(record["program"])
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def write_build_cache(
    out: Path, release: Path, digests: Mapping[str, str], *, gate: str, program: str
) -> None:
    """Write the record atomically; a build killed here leaves none (the next build then
    renders everything, which is slower but right)."""
    path = releases_dir(out) / CACHE_FILE
    record = {"format": _FORMAT, "release": release.name, "gate": gate, "program": program,
              "pages": digests}  # fmt: skip
    try:
        path.unlink(missing_ok=True)  # never a record of an older release beside a newer one
        write_json_durably(path, record)
    except OSError as exc:
        raise PublishError(
            f"published, but the build cache {path} could not be written ({exc.strerror}); "
            "the next build will render everything"
        ) from exc


def read_redaction_memo(out: Path, key: bytes, program: str) -> RedactionMemo:
    """The memo the last build of `out` left (an empty one if none is usable)."""
    return read_memo(releases_dir(out) / MEMO_FILE, key, program)


def write_redaction_memo(out: Path, memo: RedactionMemo, key: bytes) -> None:
    path = releases_dir(out) / MEMO_FILE
    try:
        write_memo(path, memo, key)
    except OSError as exc:
        raise PublishError(
            f"published, but the redaction memo {path} could not be written ({exc.strerror}); "
            "the next build will redact every record"
        ) from exc
