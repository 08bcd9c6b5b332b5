"""Compress stage: a precompressed `.gz` and `.br` beside every text file worth it, except
the per-record pages (see `_PER_RECORD_PAGES`).

nginx serves them as they are (`gzip_static`, `brotli_static`, see deploy/nginx.conf), so
a bank's poller or a phone on a slow line gets a small response without the server
compressing anything per request. The stage runs before signing: the compressed files are
listed in the signed manifest like any other file, so `creditsite verify` checks them too
(a copy whose `.gz` says something else than its original is a mismatch), and before the
leak scan, which reads every byte of the tree.

Output bytes depend only on the input bytes (gzip with mtime 0 and no file name, brotli
with fixed parameters): a rebuild of the same inputs gives the same tree and the same
signatures.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import brotli

from generator.errors import PublishError
from generator.parallel import by_weight, map_partitions
from generator.sign import FileEntry

# Text the site publishes; everything else is already compressed (png, pagefind's `.pf_*`
# and wasm files) or too small to matter (`.sig`).
COMPRESSIBLE = frozenset(
    {".html", ".css", ".js", ".json", ".xml", ".ndjson", ".csv", ".svg", ".txt"}
)
# Below this a compressed response saves less than its extra header and round of
# content negotiation cost, and every sibling is one more line in the signed manifest.
MIN_BYTES = 1024
# One page per subject and per exit announcement: at national scale that is hundreds of
# thousands of ~10 KB pages, and compressing each twice would cost more CPU than rendering
# them. nginx gzips these on the fly (`gzip on`); the lists, feeds, data and assets, which
# are large and fetched most, are precompressed.
_PER_RECORD_PAGES = re.compile(r"subjects/[^/]+/index\.html|exits/(?!page/)[^/]+/index\.html")
GZIP_LEVEL = 9  # cheap even at its highest level
# Quality 11 makes files ~10% smaller than 8 for ~30 times the CPU; a daily build on a
# small shared machine is worth more than those bytes.
BROTLI_QUALITY = 8
_GZIP_MAGIC = b"\x1f\x8b"
# Below this many bytes to compress (~0.5 s of work) forking workers costs more than it saves.
PARALLEL_MIN_BYTES = 16 << 20
GZIP_SUFFIX = ".gz"
BROTLI_SUFFIX = ".br"


@dataclass(frozen=True, slots=True)
class CompressSummary:
    files: int  # originals that got at least one compressed sibling
    original_bytes: int  # of those originals
    gzip_files: int
    gzip_bytes: int
    brotli_files: int
    brotli_bytes: int
    kept: tuple[str, ...] = ()  # siblings linked from the previous release


@dataclass(frozen=True, slots=True)
class Previous:
    """The release a build continues from, with its signed manifest's entries."""

    root: Path
    files: Mapping[str, FileEntry]


def compress_tree(staging: Path, previous: Previous | None = None) -> CompressSummary:
    """Write `<file>.gz` and `<file>.br` beside every compressible file under `staging`.

    A sibling is written only when it is smaller than its original; an existing one is
    replaced, so running the stage twice gives the same tree. With `previous`, a file whose
    bytes are the ones that release signed gets that release's siblings, linked: the output
    is a function of the bytes, so they are what compressing would give (the caller passes
    `previous` only when the program, and so the settings above, are the same).
    A big tree is compressed on every core, its files dealt out by size (a few feed and
    snapshot files hold most of the bytes).
    """
    found = _candidates(staging)
    total = sum(size for _, size in found)
    workers = (os.cpu_count() or 1) if total >= PARALLEL_MIN_BYTES else 1
    ordered = by_weight(found, lambda item: item[1], workers)
    context = (staging, previous)
    parts = map_partitions(_compress_part, context, ordered, workers, error=PublishError)
    files, original, gz_files, gz_bytes, br_files, br_bytes = (
        sum(c[i] for c, _ in parts) for i in range(6)
    )
    kept = tuple(sorted(path for _, linked in parts for path in linked))
    return CompressSummary(files, original, gz_files, gz_bytes, br_files, br_bytes, kept)


def _compress_part(
    context: tuple[Path, Previous | None], found: list[tuple[Path, int]]
) -> tuple[tuple[int, int, int, int, int, int], list[str]]:
    """(files, original bytes, gzip files, gzip bytes, brotli files, brotli bytes) and
    the siblings linked from `previous`, for these files."""
    staging, previous = context
    files = original = gz_files = gz_bytes = br_files = br_bytes = 0
    kept: list[str] = []
    for path, _ in found:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise PublishError(f"cannot read {_rel(path, staging)}: {exc.strerror}") from exc
        if data[:2] == _GZIP_MAGIC:
            continue  # compressing gzip again gains nothing
        linked = _link_siblings(path, data, staging, previous) if previous else None
        if linked is not None:
            kept.extend(linked)
            for sibling in linked:
                size = previous.files[sibling].length if previous else 0
                if sibling.endswith(GZIP_SUFFIX):
                    gz_files, gz_bytes = gz_files + 1, gz_bytes + size
                else:
                    br_files, br_bytes = br_files + 1, br_bytes + size
            files += 1
            original += len(data)
            continue
        gz = gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)
        br = brotli.compress(data, mode=brotli.MODE_TEXT, quality=BROTLI_QUALITY)
        wrote = False
        if len(gz) < len(data):
            _write(path.with_name(path.name + GZIP_SUFFIX), gz, staging)
            gz_files += 1
            gz_bytes += len(gz)
            wrote = True
        if len(br) < len(data):
            _write(path.with_name(path.name + BROTLI_SUFFIX), br, staging)
            br_files += 1
            br_bytes += len(br)
            wrote = True
        if wrote:
            files += 1
            original += len(data)
    return (files, original, gz_files, gz_bytes, br_files, br_bytes), kept


def _link_siblings(path: Path, data: bytes, root: Path, previous: Previous) -> list[str] | None:
    """Link the previous release's siblings of an unchanged file; None to compress it."""
    rel = _rel(path, root)
    entry = previous.files.get(rel)
    if entry is None or entry.length != len(data):
        return None
    if hashlib.sha256(data).hexdigest() != entry.sha256:
        return None
    siblings = [rel + s for s in (GZIP_SUFFIX, BROTLI_SUFFIX) if rel + s in previous.files]
    if not siblings:
        return None
    try:
        for sibling in siblings:
            source = previous.root / sibling
            if source.stat().st_size != previous.files[sibling].length:
                return None  # touched since it was signed: make it afresh
            target = root / sibling
            target.unlink(missing_ok=True)
            os.link(source, target)
    except OSError:
        return None
    return siblings


def _candidates(root: Path) -> list[tuple[Path, int]]:
    """Regular files to compress, with their sizes, sorted."""
    found: list[tuple[Path, int]] = []
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            path = Path(dirpath) / name
            if path.suffix not in COMPRESSIBLE or path.is_symlink():
                continue
            if _PER_RECORD_PAGES.fullmatch(path.relative_to(root).as_posix()):
                continue
            size = path.stat().st_size
            if size >= MIN_BYTES:
                found.append((path, size))
    return sorted(found)


def _write(path: Path, data: bytes, root: Path) -> None:
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        raise PublishError(f"cannot write {_rel(path, root)}: {exc.strerror}") from exc


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


__all__ = ["CompressSummary", "compress_tree"]
