"""What the last build published, recorded beside the releases (never in the public tree).

`refresh` compares today's inputs with this record to choose between re-signing the
manifest of an unchanged site and a full build. The record holds a fingerprint of
everything that shapes the published bytes, in parts so that the reason for a rebuild can
be named, and the first day on which the lifecycle may change the lists.

The fingerprint is taken *before* the build reads its inputs: a file edited during a build
then differs from the record, and the next refresh rebuilds rather than trusting a site
that may have been made from the older bytes.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import yaml

from generator import __version__
from generator.errors import PublishError
from generator.locked import libraries_digest, locked_versions
from generator.model import Dataset
from generator.publish import releases_dir, write_json_durably
from generator.settings import CONFIG_FILE, DEFAULT_RULES_DIR, BuildConfig

STATE_FILE = "state.json"
_FORMAT = 1
_PROJECT = Path(__file__).resolve().parent.parent
# What the program renders with besides its data: its own code and templates, the
# editorial pages mkdocs builds, and the rules shipped as defaults.
_PROGRAM = (_PROJECT / "generator", _PROJECT / "site_src", _PROJECT / "mkdocs.yml")
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """sha256 digests of the inputs, by part: dataset, rules, program, settings, keys."""

    parts: tuple[tuple[str, str], ...]

    def keyed(self, pseudonym_key: bytes, delegation: bytes) -> Fingerprint:
        """With the secrets that shape the output: the pseudonym key names persons' pages,
        the delegation is published. One digest of both, so no digest of the key alone
        is ever written down."""
        digest = hashlib.sha256()
        for secret in (pseudonym_key, delegation):
            digest.update(len(secret).to_bytes(8, "big") + secret)
        return Fingerprint((*self.parts, ("keys", digest.hexdigest())))

    def changed(self, other: Fingerprint) -> list[str]:
        mine, theirs = dict(self.parts), dict(other.parts)
        names = sorted(mine.keys() | theirs.keys())
        return [name for name in names if mine.get(name) != theirs.get(name)]


@dataclass(frozen=True, slots=True)
class BuildState:
    release: str  # the release folder the record describes, e.g. "r000042"
    fingerprint: Fingerprint
    as_of: date
    # The first day on which the lifecycle may change the lists (None: no day does), and
    # what happens then, for the message that explains a rebuild.
    stable_until: date | None
    change: str
    built_at: datetime


def fingerprint_inputs(config: BuildConfig) -> Fingerprint:
    """Digests of the dataset's files, the rules, the program and the build settings.

    A database cannot be compared cheaply: its part is a fresh random value each time, so
    a refresh always rebuilds from a database.
    """
    parts = [("program", program_digest())]
    declared_source, rules_dir = _peek_dataset_config(config.dataset)
    source = config.source or declared_source
    if source:
        parts.append(("database", os.urandom(32).hex()))
    else:
        parts.append(("dataset", _digest_files(_files(config.dataset)).hexdigest()))
    rules = [DEFAULT_RULES_DIR]
    if rules_dir is not None and not rules_dir.resolve().is_relative_to(config.dataset.resolve()):
        rules.append(rules_dir)  # a shared rules folder outside the dataset
    parts.append(("rules", _digest_files(f for r in rules for f in _files(r)).hexdigest()))
    settings = (config.site_url, str(config.previous or ""), source or "")
    parts.append(("settings", hashlib.sha256(json.dumps(settings).encode()).hexdigest()))
    return Fingerprint(tuple(parts))


def _peek_dataset_config(root: Path) -> tuple[str | None, Path | None]:
    """The database URL and rules folder dataset.yaml names, read without validating it:
    config.read_dataset_config would load pydantic, a third of a refresh's time. A broken
    file names nothing here; its bytes are in the dataset part and the build reports it."""
    path = root / CONFIG_FILE
    data: object = {}
    if path.is_file():
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError, UnicodeDecodeError):
            return None, None
    if not isinstance(data, dict):
        return None, None
    source, rules = data.get("source"), data.get("rules")
    rules_dir = root / (rules if isinstance(rules, str) else "rules")
    return (source if isinstance(source, str) else None), (
        rules_dir if rules_dir.is_dir() else None
    )


def describe_change(dataset: Dataset, day: date) -> str:
    """What may happen on `day` (from `next_change`), in words for an operator's mail."""
    one_day = timedelta(days=1)
    for x in dataset.listings:
        if x.valid_until + one_day == day:
            return f"listing {x.record_id} expired"
    for x in dataset.listings:
        if x.decided_on == day:
            return f"listing {x.record_id} was decided"
    for e in dataset.exits:
        if e.exited_on == day:
            return f"listing {e.record_id} exited"
    for o in dataset.objections:
        if day in (o.opened_on, o.decided_on):
            what = "opened" if day == o.opened_on else "decided"
            return f"an objection to listing {o.record_id} was {what}"
    for c in dataset.cases:
        if c.date == day:
            return f"typical case {c.slug} became public"
    return "a publication extended by a rejected objection ended"


def write_build_state(out: Path, state: BuildState) -> None:
    """Record the state atomically: a killed build leaves the previous record or this one."""
    path = releases_dir(out) / STATE_FILE
    record = {
        "format": _FORMAT,
        "release": state.release,
        "fingerprint": dict(state.fingerprint.parts),
        "as_of": state.as_of.isoformat(),
        "stable_until": state.stable_until.isoformat() if state.stable_until else None,
        "change": state.change,
        "built_at": state.built_at.isoformat(),
        # What the operator can compare with the data page and requirements.lock.
        "locked_versions": locked_versions(),
    }
    try:
        write_json_durably(path, record, indent=1)
    except OSError as exc:
        raise PublishError(
            f"published, but the build record {path} could not be written ({exc.strerror}); "
            "the next refresh will rebuild"
        ) from exc


def read_build_state(out: Path) -> BuildState | None:
    """The last build's record; None when there is none or it is unreadable (rebuild)."""
    try:
        record = json.loads((releases_dir(out) / STATE_FILE).read_bytes())
        if record.get("format") != _FORMAT:
            return None
        until = record["stable_until"]
        return BuildState(
            release=str(record["release"]),
            fingerprint=Fingerprint(tuple(sorted(record["fingerprint"].items()))),
            as_of=date.fromisoformat(record["as_of"]),
            stable_until=date.fromisoformat(until) if until else None,
            change=str(record["change"]),
            built_at=datetime.fromisoformat(record["built_at"]),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _files(root: Path) -> Iterator[tuple[str, Path]]:
    """Every file below `root` that a build may read, by relative path. Dot-files are
    skipped as the loader skips them (and a dataset kept in git is not hashed whole)."""
    if root.is_file():
        yield root.name, root
        return
    # Named from the root's own name: a file moved between roots changes the digest.
    base = root.parent
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue  # a missing folder: nothing to hash, the build says what is missing
        for entry in entries:
            if entry.name.startswith(".") or entry.name == "__pycache__":
                continue
            path = Path(entry.path)
            if entry.is_dir():
                stack.append(path)
            else:
                yield path.relative_to(base).as_posix(), path


def _digest_files(files: Iterator[tuple[str, Path]]) -> hashlib._Hash:
    digest = hashlib.sha256()
    for rel, path in sorted(files, key=lambda f: (f[0], str(f[1]))):
        digest.update(rel.encode("utf-8") + b"\0")
        try:
            with path.open("rb") as f:
                while chunk := f.read(_CHUNK):
                    digest.update(chunk)
        except OSError:
            digest.update(b"\0unreadable")
        digest.update(b"\0")
    return digest


@functools.cache
def program_digest() -> str:
    """Once per process: the modules it runs were loaded once, and a caller that builds
    and then refreshes (a test, a scheduler kept running) compares like with like."""
    digest = _digest_files(f for root in _PROGRAM for f in _files(root))
    digest.update(__version__.encode())
    # The libraries it renders with (mkdocs, the theme, pagefind, …): the lock they were
    # installed from, one small file, not a listing of every import folder.
    digest.update(libraries_digest().encode())
    return digest.hexdigest()


def record_build(config: BuildConfig, release: Path, inputs: Fingerprint, dataset: Dataset) -> None:
    """After a publication: write the record a later refresh compares against."""
    from generator.lifecycle import next_change  # the build has it loaded; refresh does not

    stable_until = next_change(dataset, config.as_of)
    write_build_state(
        config.out,
        BuildState(
            release=release.name,
            fingerprint=inputs,
            as_of=config.as_of,
            stable_until=stable_until,
            change=describe_change(dataset, stable_until) if stable_until else "",
            built_at=config.built_at,
        ),
    )
