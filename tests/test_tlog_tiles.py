"""Tile layout (c2sp.org/tlog-tiles), entries and the snapshot tree's ordering."""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.feeds.history import FeedEvent
from generator.feeds.record import dumps
from generator.sign.canonical import canonical_bytes
from generator.tlog.entries import (
    event_entry,
    parse_entry,
    restore_entry,
    snapshot_entry,
)
from generator.tlog.merkle import Tree, leaf_hash
from generator.tlog.snapshot import (
    BINDING_CONTEXT,
    binding,
    build_snapshot,
    dump_leaves,
    load_leaves,
    subject_tag,
)
from generator.tlog.tiles import carry_partials, read_log, tile_path, tiles_of, write_tiles


def test_tile_paths_as_the_spec_and_go_write_them() -> None:
    # tlog-tiles: "index 1234067 will be encoded as x001/x234/067"; Go's tile_test.go paths.
    assert tile_path(0, 1234067) == "log/tile/0/x001/x234/067"
    assert tile_path(5, 123456078) == "log/tile/5/x123/x456/078"
    assert tile_path(5, 123456078, 2) == "log/tile/5/x123/x456/078.p/2"
    assert tile_path(0, 1, 5) == "log/tile/0/001.p/5"
    assert tile_path("entries", 0, 1) == "log/tile/entries/000.p/1"


def _shape(size: int) -> Counter[str]:
    tree = Tree()
    for i in range(size):
        tree.append(leaf_hash(b"%d" % i))
    shape: Counter[str] = Counter()
    for path, data in tiles_of(tree):
        level = path.split("/")[2]
        width = len(data) // 32
        shape[f"{level}:{'full' if width == 256 else width}"] += 1
    return shape


def test_tile_shapes_of_the_spec_examples() -> None:
    # "a tree of size 70,000 will be represented by 273 full level 0 tiles, one partial
    # level 0 tile of width 112, one full level 1 tile, one partial level 1 tile of width
    # 17, and one partial level 2 tile of width 1"; "a tree of size 256 … a full level 0
    # tile and a partial level 1 tile of width 1".
    assert _shape(70_000) == Counter({"0:full": 273, "0:112": 1, "1:full": 1, "1:17": 1, "2:1": 1})
    assert _shape(256) == Counter({"0:full": 1, "1:1": 1})


def test_tiles_round_trip_and_partials_are_carried(tmp_path: Path) -> None:
    entries = [snapshot_entry(date(2026, 11, 22), i, b"\x01" * 32) for i in range(300)]
    old, new = tmp_path / "old", tmp_path / "new"
    write_tiles(old, Tree([leaf_hash(e) for e in entries[:290]]), entries[:290])
    write_tiles(new, Tree([leaf_hash(e) for e in entries]), entries)
    # Level 0 and the entries at width 34; level 1 has width 1 in both trees.
    assert carry_partials(old, new) == 2
    assert (new / "log/tile/0/001.p/34").is_file() and (new / "log/tile/0/001.p/44").is_file()
    hashes, back = read_log(new, 300)
    assert back == entries and hashes == [leaf_hash(e) for e in entries]
    (new / "log/tile/entries/001.p/44").write_bytes(b"\x00\x01x")
    with pytest.raises(ValueError):
        read_log(new, 300)


def test_entries_parse_strictly() -> None:
    for entry in (
        snapshot_entry(date(2026, 11, 22), 3, b"\x00" * 32),
        restore_entry(date(2026, 11, 22), "r000001", "ab" * 32),
        b"creditsite/event/v1 7 " + b"cd" * 32,
    ):
        assert parse_entry(entry).kind == entry.split(b" ")[0].decode()
    for bad in (
        b"creditsite/event/v1 07 " + b"cd" * 32,
        b"creditsite/event/v1 7 CD",
        b"x",
        b"creditsite/snapshot/v1 2026-11-22 3 AAAA",
    ):
        with pytest.raises(ValueError):
            parse_entry(bad)
    assert callable(event_entry)


def test_snapshot_runs_are_adjacent_and_keyed() -> None:
    key = b"TEST-ONLY pseudonym key"
    active = [("S1", "R3"), ("S2", "R1"), ("S1", "R1"), ("S3", "R9")]
    snap = build_snapshot(key, active)
    first, end = snap.run(subject_tag(key, "S1"))
    assert end - first == 2
    assert [leaf.record_id for leaf in snap.leaves[first:end]] == ["R1", "R3"]
    assert snap.run(subject_tag(key, "nobody"))[0] == snap.run(subject_tag(key, "nobody"))[1]
    # Another key orders differently and gives other leaves: the order is secret.
    assert build_snapshot(b"other", active).root != snap.root
    assert load_leaves(dump_leaves(snap)).root == snap.root
    # No leaf holds a subject key or record id in the clear.
    assert b"S1" not in b"".join(leaf.entry for leaf in snap.leaves)


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)


@settings(max_examples=200, deadline=None)
@given(_TEXT, _TEXT, _TEXT, st.none() | _TEXT, st.dictionaries(_TEXT, _TEXT, max_size=4))
def test_assembled_canonical_bytes_equal_rfc8785(
    rid: str, subject: str, domain: str, reason: str | None, extra: dict[str, str]
) -> None:
    """The log assembles the commitment's and the binding's canonical bytes by hand for
    speed; they must be exactly what canonical_bytes (RFC 8785) gives."""
    record = {"record_id": rid, "subject_id": subject, **extra}
    commitment = hashlib.sha256(dumps(record).encode()).hexdigest()
    event = FeedEvent(
        1, f"urn:creditsite:event:{rid}", "listed", "2026-11-22", rid, subject, "black",
        domain, reason, f'{{"sequence":1,"commitment":"{commitment}","salt":null,"record":null}}',
        dumps(record), True,
    )  # fmt: skip
    salt = b"\x05" * 32
    body = canonical_bytes({"record_id": rid, "subject": subject})
    assert binding(salt, subject, rid) == hashlib.sha256(BINDING_CONTEXT + salt + body).digest()
    # A leaf carries the change log's own commitment: one definition of what is committed.
    assert event_entry(event) == f"creditsite/event/v1 1 {commitment}".encode()
