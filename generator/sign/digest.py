"""Listing and hashing a site tree fast: one directory scan, a process pool for the bytes.

A national site holds some 300k files (1–2 GB), most of them a few KB. Threads do not help
there: hashlib releases the GIL only for buffers over 2 KiB and every open, read and close
takes it back, so a few threads on two cores ran slower than one (`make bench`: the sign
and verify columns fell by half or more when the threads gave way to forked processes).
The files are split into partitions for `parallel.map_partitions`; only the entries travel
back.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Collection
from pathlib import Path

from generator.errors import SigningError
from generator.parallel import map_partitions, workers_for
from generator.sign.envelope import FileEntry

# Called for a file's bytes once they are read; returns extra entries (a detached signature
# written beside the file) or raises to stop signing.
Inspect = Callable[[str, bytes], dict[str, FileEntry]]


def walk_tree(root: Path) -> list[str]:
    """Every regular file under `root` as a sorted relative POSIX path; links are refused."""
    found: list[str] = []
    stack = [("", str(root))]
    while stack:
        prefix, folder = stack.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                rel = prefix + entry.name
                # DirEntry answers from the directory listing itself: no stat per file.
                if entry.is_symlink():
                    raise SigningError(f"{rel} is a symbolic link; not signed")
                if entry.is_dir(follow_symlinks=False):
                    stack.append((rel + "/", entry.path))
                elif entry.is_file(follow_symlinks=False):
                    found.append(rel)
                else:
                    raise SigningError(f"{rel} is not a regular file")
    found.sort()
    return found


def hash_files(
    root: Path, paths: Collection[str], inspect: Inspect | None = None
) -> dict[str, FileEntry]:
    """sha256 and length of every path (relative to `root`), each read once, on every core
    for a big tree. `inspect` runs where the file was read (in a worker: forked, so it may
    be a closure holding a key)."""
    ordered = list(paths)
    result: dict[str, FileEntry] = {}
    context = (str(root), inspect)
    workers = workers_for(len(ordered))
    # With `inspect` (the signing stage's, which holds the online key) the work stays on
    # this machine: the key never travels to a cluster's workers.
    local = inspect is not None
    parts = map_partitions(_hash_part, context, ordered, workers, error=SigningError, local=local)
    for part in parts:
        result.update(part)
    return result


def _hash_part(context: tuple[str, Inspect | None], paths: list[str]) -> dict[str, FileEntry]:
    base, inspect = context
    out: dict[str, FileEntry] = {}
    for path in paths:
        try:
            # Plain strings, not Path: pathlib costs more per file than a small read.
            with open(os.path.join(base, path), "rb") as handle:  # noqa: PTH118, PTH123
                data = handle.read()
        except OSError as exc:
            raise SigningError(f"cannot read {path}: {exc.strerror}") from exc
        out[path] = FileEntry(hashlib.sha256(data).hexdigest(), len(data))
        if inspect is not None:
            out.update(inspect(path, data))
    return out
