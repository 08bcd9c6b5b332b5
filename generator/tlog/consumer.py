"""A consumer's log check (`creditsite verify`): the published log is the one its signed
checkpoint describes, and it extends the checkpoint this consumer remembered.

Kept apart from `generator/verify.py`, which calls `check_log` once the manifest and every
file are verified: the checks here add what a manifest cannot show, namely that the
publisher has not shown this consumer a different history from the one it showed before.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from generator.errors import (
    LogForkError,
    LogRewriteError,
    LogTruncatedError,
    MalformedError,
)
from generator.sign.keys import PublicKey
from generator.tlog.merkle import HASH_SIZE, ProofError, Tree, leaf_hash, verify_consistency
from generator.tlog.note import read_checkpoint
from generator.tlog.tiles import CHECKPOINT, WIDTH, split_bundle, tile_path

# Reads one file the manifest lists, already checked against its hash and length.
Fetch = Callable[[str], bytes]


@dataclass(frozen=True, slots=True)
class LogState:
    """The checkpoint a consumer remembers (in its state file, under "log")."""

    origin: str
    size: int
    root: str  # base64, as in the checkpoint

    def to_dict(self) -> dict[str, object]:
        return {"origin": self.origin, "size": self.size, "root": self.root}

    @classmethod
    def from_dict(cls, obj: object) -> LogState:
        if not isinstance(obj, dict) or set(obj) != {"origin", "size", "root"}:
            raise MalformedError("the state file's log entry is not {origin, size, root}")
        size, origin, root = obj["size"], obj["origin"], obj["root"]
        if not isinstance(size, int) or not isinstance(origin, str) or not isinstance(root, str):
            raise MalformedError("the state file's log entry has the wrong types")
        return cls(origin, size, root)


def check_log(
    fetch: Fetch,
    listed: Mapping[str, object],
    online: PublicKey,
    remembered: LogState | None,
) -> LogState | None:
    """The site's log state once checked; None for a site without a log (which is an
    error only if this consumer has seen one before: a log never disappears)."""
    if CHECKPOINT not in listed:
        if remembered is not None:
            raise LogTruncatedError("the site no longer publishes the log this consumer saw")
        return None
    data = fetch(CHECKPOINT)
    origin = data.split(b"\n", 1)[0].decode("utf-8", "replace")
    checkpoint = read_checkpoint(data, origin, online, CHECKPOINT)
    tree = Tree(_leaves(fetch, listed, checkpoint.size))
    if tree.hash() != checkpoint.root:
        raise LogRewriteError("the log's tiles do not hash to its signed checkpoint")
    state = LogState(origin, checkpoint.size, base64.b64encode(checkpoint.root).decode())
    if remembered is not None:
        check_growth(remembered, state, tree)
    return state


def check_growth(old: LogState, new: LogState, tree: Tree) -> None:
    """Split view and rewrite detection: `new` (whose leaves `tree` holds) extends `old`."""
    if old.origin != new.origin:
        raise LogForkError(f"the log is now {new.origin!r}, this consumer saw {old.origin!r}")
    if new.size < old.size:
        raise LogTruncatedError(
            f"the log has {new.size} leaves; this consumer saw {old.size}: leaves were dropped"
        )
    try:
        old_root = base64.b64decode(old.root, validate=True)
    except binascii.Error as exc:
        raise MalformedError("the state file's log root is not base64") from exc
    if new.size == old.size:
        if new.root != old.root:
            raise LogForkError(
                f"two different logs of {new.size} leaves: this consumer was shown another"
            )
        return
    if old.size == 0:
        return
    proof = tree.consistency(old.size, new.size)
    try:
        verify_consistency(old.size, new.size, old_root, tree.hash(), proof)
    except ProofError as exc:
        raise LogRewriteError(
            f"the log of {new.size} leaves does not extend the {old.size} seen before: "
            f"history was rewritten ({exc})"
        ) from exc


def _leaves(fetch: Fetch, listed: Mapping[str, object], size: int) -> list[bytes]:
    """The leaf hashes from the level-0 tiles, each checked against its entry."""
    hashes: list[bytes] = []
    for start in range(0, size, WIDTH):
        width = min(WIDTH, size - start)
        n = start // WIDTH
        paths = (tile_path(0, n, width), tile_path("entries", n, width))
        missing = [p for p in paths if p not in listed]
        if missing:
            raise LogTruncatedError(f"{missing[0]} is missing: the log lost leaves")
        tile = fetch(paths[0])
        try:
            bundle = split_bundle(fetch(paths[1]), paths[1])
        except ValueError as exc:
            raise LogRewriteError(str(exc)) from exc
        if len(tile) != width * HASH_SIZE or len(bundle) != width:
            raise LogTruncatedError(f"{paths[0]} does not hold {width} leaves")
        for i, entry in enumerate(bundle):
            h = tile[i * HASH_SIZE : (i + 1) * HASH_SIZE]
            if leaf_hash(entry) != h:
                raise LogRewriteError(f"entry {start + i} does not hash to its leaf")
            hashes.append(h)
    return hashes
