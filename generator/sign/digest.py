"""Listing and hashing a site tree fast: one directory scan, a thread pool for the bytes.

A national site holds some 300k files (1–2 GB). hashlib releases the GIL while it hashes a
buffer larger than 2 KiB, and so does reading a file, so threads spread the work over every
core without the start-up and pickling costs of a process pool; the files are handed out in
chunks because a future per file costs more than hashing a small page.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Collection
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from generator.errors import SigningError
from generator.sign.envelope import FileEntry

CHUNK = 256  # files per task
# Reading overlaps hashing, so a few more threads than cores; the scan for key material
# holds the GIL and bounds what more threads could give.
WORKERS = (os.cpu_count() or 1) + 2

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
    """sha256 and length of every path (relative to `root`), read once each, in threads."""
    ordered = list(paths)
    chunks = [ordered[i : i + CHUNK] for i in range(0, len(ordered), CHUNK)]
    base = str(root)

    def task(chunk: list[str]) -> dict[str, FileEntry]:
        out: dict[str, FileEntry] = {}
        for path in chunk:
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

    result: dict[str, FileEntry] = {}
    if len(chunks) <= 1:
        for chunk in chunks:
            result.update(task(chunk))
        return result
    with ThreadPoolExecutor(max_workers=min(WORKERS, len(chunks))) as pool:
        for part in pool.map(task, chunks):
            result.update(part)
    return result
