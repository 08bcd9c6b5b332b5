"""The log as static files, in the C2SP tlog-tiles layout (c2sp.org/tlog-tiles).

    log/checkpoint                   the signed tree head
    log/tile/<L>/<N>[.p/<W>]         256 hashes per full tile; level L hashes 256^L leaves
    log/tile/entries/<N>[.p/<W>]     the entries themselves, uint16-length-prefixed

Tiles and bundles are immutable once full. A partial tile of an earlier tree size stays
served until its full tile exists (the spec's MUST); the writer carries those over.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator, Sequence
from pathlib import Path

from generator.tlog.merkle import HASH_SIZE, Tree, leaf_hash

WIDTH = 256
HEIGHT = 8  # tree levels per tile level: 2^8 = 256
LOG_DIR = "log"
CHECKPOINT = "log/checkpoint"


def tile_path(level: int | str, index: int, width: int = WIDTH) -> str:
    """`log/tile/<L>/<N>[.p/<W>]`, N in zero-padded groups of three, all but the last
    prefixed with `x` (1234067 → x001/x234/067)."""
    digits = f"{index:03d}"
    digits = "0" * (-len(digits) % 3) + digits
    groups = [digits[i : i + 3] for i in range(0, len(digits), 3)]
    name = "/".join([*(f"x{g}" for g in groups[:-1]), groups[-1]])
    suffix = "" if width == WIDTH else f".p/{width}"
    return f"{LOG_DIR}/tile/{level}/{name}{suffix}"


def tiles_of(tree: Tree) -> Iterator[tuple[str, bytes]]:
    """Every tile (full and the rightmost partial, per level) of the whole tree."""
    level = 0
    while HEIGHT * level < len(tree.levels):
        hashes = tree.levels[HEIGHT * level]
        if not hashes:
            break
        for start in range(0, len(hashes), WIDTH):
            chunk = hashes[start : start + WIDTH]
            yield tile_path(level, start // WIDTH, len(chunk)), b"".join(chunk)
        level += 1


def bundles_of(entries: Sequence[bytes]) -> Iterator[tuple[str, bytes]]:
    for start in range(0, len(entries), WIDTH):
        chunk = entries[start : start + WIDTH]
        data = b"".join(struct.pack(">H", len(e)) + e for e in chunk)
        yield tile_path("entries", start // WIDTH, len(chunk)), data


def write_tiles(root: Path, tree: Tree, entries: Sequence[bytes]) -> int:
    """Write every tile and bundle of `tree` under `root`; returns how many files."""
    if tree.size != len(entries):
        raise ValueError("one entry per leaf")
    written = 0
    for rel, data in (*tiles_of(tree), *bundles_of(entries)):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written += 1
    return written


def carry_partials(previous: Path, root: Path) -> int:
    """Copy the previous log's partial tiles whose full tile this one does not have yet: a
    client holding an older checkpoint may still ask for them."""
    carried = 0
    base = previous / LOG_DIR / "tile"
    if not base.is_dir():
        return 0
    for old in sorted(base.rglob("*")):
        rel = old.relative_to(previous).as_posix()
        if not old.is_file() or ".p/" not in rel:
            continue
        full = rel.split(".p/")[0]
        if (root / full).exists() or (root / rel).exists():
            continue
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(old.read_bytes())
        carried += 1
    return carried


def split_bundle(data: bytes, what: str) -> list[bytes]:
    entries, pos = [], 0
    while pos < len(data):
        if pos + 2 > len(data):
            raise ValueError(f"{what}: a truncated entry length")
        (n,) = struct.unpack_from(">H", data, pos)
        if pos + 2 + n > len(data):
            raise ValueError(f"{what}: a truncated entry")
        entries.append(data[pos + 2 : pos + 2 + n])
        pos += 2 + n
    return entries


def read_log(root: Path, size: int) -> tuple[list[bytes], list[bytes]]:
    """The leaf hashes and entries of a log of `size` leaves published under `root`, each
    entry checked against its leaf hash. Raises ValueError (or OSError) if anything is
    missing, extra, or does not match."""
    hashes: list[bytes] = []
    entries: list[bytes] = []
    for start in range(0, size, WIDTH):
        width = min(WIDTH, size - start)
        n = start // WIDTH
        tile = (root / tile_path(0, n, width)).read_bytes()
        bundle = split_bundle((root / tile_path("entries", n, width)).read_bytes(), f"bundle {n}")
        if len(tile) != width * HASH_SIZE or len(bundle) != width:
            raise ValueError(f"tile {n} does not hold {width} leaves")
        for i, entry in enumerate(bundle):
            h = tile[i * HASH_SIZE : (i + 1) * HASH_SIZE]
            if leaf_hash(entry) != h:
                raise ValueError(f"entry {start + i} does not hash to its leaf")
            hashes.append(h)
            entries.append(entry)
    return hashes, entries


def check_upper_tiles(root: Path, tree: Tree) -> None:
    """The level ≥ 1 tiles a client may fetch instead of the leaves must be the tree's."""
    for rel, data in tiles_of(tree):
        if rel.startswith(f"{LOG_DIR}/tile/0/"):
            continue
        if (root / rel).read_bytes() != data:
            raise ValueError(f"{rel} does not match the leaves")
