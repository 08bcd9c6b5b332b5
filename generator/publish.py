"""Publish stage: swap a finished staging tree into place atomically, under a lock.

The published path (`--out`) is a symbolic link to one complete release folder kept beside
it (`.<name>.releases/r000042/`). A build writes its staging folder there too (same file
system, so the final rename is atomic) and publishing replaces the link with `os.replace`,
which POSIX makes atomic: a reader, a web server or a killed build sees the old tree or the
new one, never a mix. A symlink swap is how capistrano-style deploys do it; no library does
exactly this small job for a folder, so it is written here.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from generator.errors import PublishError

KEEP_RELEASES = 3  # the live one and two to restore from after a bad publication
_STAGING_PREFIX = "staging-"


def releases_dir(out: Path) -> Path:
    # Absolute: the staging path is handed to tools (mkdocs) that resolve relative paths
    # against their own configuration file, not against our working directory.
    out = out.absolute()
    return out.parent / f".{out.name}.releases"


def published_tree(out: Path) -> Path | None:
    """The release folder `out` currently points at (None before the first publication)."""
    if out.is_symlink():
        target = out.resolve()
        return target if target.is_dir() else None
    return out if out.is_dir() and any(out.iterdir()) else None


@contextmanager
def staging_for(out: Path, wait_seconds: float = 0.0) -> Iterator[Path]:
    """Hold the output's lock and give a fresh, empty staging folder beside the releases.

    Two builds on one output: the second waits up to `wait_seconds` for the lock and then
    fails with `PublishError`, so the output is never written by two builds at once. The
    staging folder is removed when the block ends, whether it was published or not.
    """
    root = releases_dir(out)
    try:
        root.mkdir(parents=True, exist_ok=True)
        lock = (root / ".lock").open("a+")
    except OSError as exc:
        raise PublishError(f"cannot prepare {root}: {exc.strerror or exc}") from exc
    with lock:
        _acquire(lock, out, wait_seconds)
        _remove_stale_staging(root)
        staging = root / f"{_STAGING_PREFIX}{os.getpid()}"
        staging.mkdir()
        try:
            yield staging
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def _acquire(lock: IO[str], out: Path, wait_seconds: float) -> None:
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES):
                raise PublishError(f"cannot lock {out}: {exc.strerror}") from exc
            if time.monotonic() >= deadline:
                raise PublishError(
                    f"another build is publishing to {out}; try again when it has finished"
                ) from exc
            time.sleep(0.1)


def _remove_stale_staging(root: Path) -> None:
    """Staging folders left by killed builds: we hold the lock, so none is in use."""
    for path in root.glob(f"{_STAGING_PREFIX}*"):
        shutil.rmtree(path, ignore_errors=True)


def publish_staging(staging: Path, out: Path) -> Path:
    """Make `staging` the published tree; returns the release folder it became."""
    root = releases_dir(out)
    if staging.parent != root:
        raise PublishError(f"{staging} is not a staging folder of {out}")
    if out.exists() and not out.is_symlink():
        _adopt_plain_folder(out, root)
    release = root / _next_release_name(root)
    try:
        # Data reaches the disk before the link points at it: a power cut after the swap
        # must not publish empty files. One sync is far cheaper than an fsync per page.
        os.sync()
        staging.rename(release)
        link = root / f".link-{os.getpid()}"
        link.unlink(missing_ok=True)
        link.symlink_to(os.path.relpath(release, out.parent))
        link.replace(out)  # rename(2): atomic
        fsync_path(out.parent)
    except OSError as exc:
        raise PublishError(f"could not publish to {out}: {exc.strerror or exc}") from exc
    _prune(root, keep=release)
    return release


def _adopt_plain_folder(out: Path, root: Path) -> None:
    """An output that is a plain folder (made by hand, or by an older version) becomes the
    first release, so that from now on every swap is atomic."""
    if any(out.iterdir()) and not (out / "manifest.json").exists():
        raise PublishError(
            f"{out} is a folder that this program did not publish; "
            "choose another --out or empty it first"
        )
    out.rename(root / _next_release_name(root))


def _next_release_name(root: Path) -> str:
    numbers = [int(p.name[1:]) for p in root.glob("r[0-9]*") if p.name[1:].isdigit()]
    return f"r{max(numbers, default=0) + 1:06d}"


def _prune(root: Path, keep: Path) -> None:
    releases = sorted(p for p in root.glob("r[0-9]*") if p.is_dir())
    for old in releases[:-KEEP_RELEASES]:
        if old != keep:
            shutil.rmtree(old, ignore_errors=True)


def write_json_durably(path: Path, record: object, *, indent: int | None = None) -> None:
    """Write a record beside the releases: a temporary file, fsync, then rename, so a killed
    build leaves the old record or the new one. Raises OSError; callers say what failed."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    with tmp.open("w", encoding="utf-8") as f:
        json.dump(record, f, indent=indent, separators=None if indent else (",", ":"),
                  sort_keys=True)  # fmt: skip
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(path)


def fsync_path(path: Path) -> None:
    """Make a file or a folder's entries durable (build, refresh and restore publish)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
