"""Point-in-time proofs: "on day D, subject X had exactly these active listings" (or none).

A proof file is a c2sp.org/tlog-proof@v1 text: the `index` and inclusion path of the
snapshot leaf of day D in the signed checkpoint, the checkpoint verbatim, and in `extra`
(base64 of RFC 8785 JSON) what the tlog-proof format leaves to the application: the
snapshot entry, the subject's run of leaves in that day's snapshot tree with the leaf on
each side, their inclusion paths, and the root-signed delegation that names the key of the
checkpoint. `verify_proof` needs nothing else but the root public key.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from generator.errors import (
    BadProofError,
    ConfigError,
    MalformedError,
    TransparencyLogError,
    WrongClaimError,
)
from generator.sign import PublicKey, canonical_bytes, loads_strict, read_delegation
from generator.sign.envelope import DELEGATION_PATH
from generator.tlog.archive import read_archived
from generator.tlog.entries import SNAPSHOT, parse_entry
from generator.tlog.log import read_previous_log
from generator.tlog.merkle import ProofError, Tree, leaf_hash, verify_inclusion
from generator.tlog.note import read_checkpoint, unverified_text
from generator.tlog.snapshot import binding, subject_salt, subject_tag
from generator.tlog.tiles import CHECKPOINT

HEADER = "c2sp.org/tlog-proof@v1"
FORMAT = "creditsite/snapshot-proof/v1"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def make_proof(site: Path, subject: str, on: date, pseudonym_key: bytes) -> bytes:
    """The proof for `subject` on `on`, from a published site (a folder: its log) and the
    publisher's archive of snapshot leaves beside its releases."""
    what = f"{site}: {CHECKPOINT}"
    try:
        checkpoint_bytes = (site / CHECKPOINT).read_bytes()
    except OSError as exc:
        raise ConfigError(f"{what}: this site has no transparency log ({exc.strerror})") from exc
    origin = unverified_text(checkpoint_bytes, what).split("\n", 1)[0]
    log = read_previous_log(site, origin)
    if log is None:
        raise ConfigError(f"{what}: this site has no transparency log")
    day = on.isoformat()
    found = [
        i
        for i, e in enumerate(log.entries)
        if e.startswith(SNAPSHOT.encode()) and parse_entry(e).day == day
    ]
    if not found:
        raise ConfigError(f"the log has no snapshot for {day}: no build was published that day")
    index = found[-1]  # the last build of the day is what the site showed at its end
    snapshot = read_archived(site, index)
    entry = parse_entry(log.entries[index])
    if snapshot is None or _b64(snapshot.root) != entry.fields[2]:
        raise TransparencyLogError(
            f"the snapshot leaves of log leaf {index} ({day}) are missing or do not match "
            "the log; this machine cannot prove that day"
        )
    tag = subject_tag(pseudonym_key, subject)
    first, end = snapshot.run(tag)
    n = len(snapshot.leaves)

    def opened(i: int) -> dict[str, object]:
        leaf = snapshot.leaves[i]
        return {
            "index": i,
            "tag": leaf.tag.hex(),
            "binding": leaf.binding.hex(),
            "path": [_b64(h) for h in snapshot.tree.inclusion(i)],
        }

    run = [{**opened(i), "record_id": snapshot.leaves[i].record_id} for i in range(first, end)]
    delegation = (site / DELEGATION_PATH).read_bytes()
    extra = {
        "format": FORMAT,
        "subject": subject,
        "on": day,
        "entry": log.entries[index].decode("ascii"),
        "tag": tag.hex(),
        "salt": subject_salt(pseudonym_key, subject).hex() if run else None,
        "run": run,
        "before": opened(first - 1) if first > 0 else None,
        "after": opened(end) if end < n else None,
        "delegation": _b64(delegation),
    }
    tree = Tree(log.leaves)
    lines = [
        HEADER,
        f"extra {_b64(canonical_bytes(extra))}",
        f"index {index}",
        *(_b64(h) for h in tree.inclusion(index, log.checkpoint.size)),
        "",
    ]
    return "\n".join(lines).encode("ascii") + b"\n" + checkpoint_bytes


@dataclass(frozen=True, slots=True)
class ProvenState:
    subject: str
    on: date
    record_ids: tuple[str, ...]  # empty: no active listing that day
    log_index: int
    tree_size: int
    origin: str

    def summary(self) -> str:
        where = f"log {self.origin}, leaf {self.log_index} of {self.tree_size}"
        if not self.record_ids:
            return f"PROVEN: {self.subject} had no active listing on {self.on} ({where})"
        ids = ", ".join(self.record_ids)
        return (
            f"PROVEN: {self.subject} had {len(self.record_ids)} active listing(s) on "
            f"{self.on}: {ids} ({where})"
        )


def verify_proof(
    data: bytes,
    root: PublicKey,
    *,
    subject: str | None = None,
    on: date | None = None,
) -> ProvenState:
    """Check a proof offline against the pinned root key; `subject` and `on`, if given,
    must be what it proves (WrongClaimError otherwise)."""
    head, index, path, checkpoint_bytes = _split(data)
    extra = _extra(head)
    online = read_delegation(_unb64(extra["delegation"], "delegation"), root).delegation.online_key
    text = checkpoint_bytes.decode("utf-8", "replace")
    checkpoint = read_checkpoint(checkpoint_bytes, text.split("\n", 1)[0], online, "checkpoint")
    entry_bytes = str(extra["entry"]).encode("ascii")
    try:
        entry = parse_entry(entry_bytes)
        verify_inclusion(index, checkpoint.size, leaf_hash(entry_bytes), path, checkpoint.root)
    except ProofError as exc:
        raise BadProofError(f"the snapshot leaf is not in the signed log: {exc}") from exc
    except ValueError as exc:
        raise MalformedError(f"the proof's snapshot entry: {exc}") from exc
    if entry.kind != SNAPSHOT:
        raise MalformedError("the proof's entry is not a snapshot")
    day, count, snap_root = entry.fields[0], int(entry.fields[1]), _unb64(entry.fields[2], "root")
    claimed_subject = str(extra["subject"])
    if extra["on"] != day:
        raise WrongClaimError(f"the proof claims {extra['on']}, its snapshot is of {day}")
    if on is not None and on.isoformat() != day:
        raise WrongClaimError(f"the proof is for {day}, not {on.isoformat()}")
    if subject is not None and subject != claimed_subject:
        raise WrongClaimError("the proof is for another subject")
    records = _check_snapshot(extra, claimed_subject, count, snap_root)
    return ProvenState(
        claimed_subject, date.fromisoformat(day), records, index, checkpoint.size, checkpoint.origin
    )


def _check_snapshot(
    extra: Mapping[str, object], subject: str, count: int, root: bytes
) -> tuple[str, ...]:
    """The subject's run is complete (the neighbours' tags bracket it), each leaf is in the
    day's tree, and each run leaf binds this subject to its record id."""
    tag = _hex(extra["tag"], "tag")
    run = extra["run"]
    if not isinstance(run, list):
        raise MalformedError("the proof's run is not a list")
    before, after = extra["before"], extra["after"]
    salt = _hex(extra["salt"], "salt") if run else b""
    records = []
    indices = []
    for leaf in run:
        t, b, i = _leaf(leaf, count, root)
        rid = leaf.get("record_id") if isinstance(leaf, dict) else None
        if t != tag or not isinstance(rid, str) or b != binding(salt, subject, rid):
            raise BadProofError("a listing in the proof does not belong to this subject")
        records.append(rid)
        indices.append(i)
    if indices and indices != list(range(indices[0], indices[0] + len(indices))):
        raise BadProofError("the subject's listings in the proof are not adjacent")
    # Where the run sits, [start, end): where the subject's listings are, or would be.
    if indices:
        start, end = indices[0], indices[-1] + 1
    elif after is not None:
        start = end = _index_of(after)
    elif before is not None:
        start = end = _index_of(before) + 1
    else:
        start = end = 0
    if before is None:
        if start != 0:
            raise BadProofError("the proof leaves out listings before the subject's")
    else:
        t, _, i = _leaf(before, count, root)
        if not t < tag or i != start - 1:
            raise BadProofError("the leaf before the subject's does not bracket it")
    if after is None:
        if end != count:
            raise BadProofError("the proof leaves out listings after the subject's")
    else:
        t, _, i = _leaf(after, count, root)
        if not t > tag or i != end:
            raise BadProofError("the leaf after the subject's does not bracket it")
    return tuple(records)


def _index_of(leaf: object) -> int:
    if not isinstance(leaf, dict) or not isinstance(leaf.get("index"), int):
        raise MalformedError("a leaf of the proof has no index")
    return int(leaf["index"])


def _leaf(leaf: object, count: int, root: bytes) -> tuple[bytes, bytes, int]:
    if not isinstance(leaf, dict) or not isinstance(leaf.get("path"), list):
        raise MalformedError("a leaf of the proof is not an object with a path")
    t, b = _hex(leaf.get("tag"), "tag"), _hex(leaf.get("binding"), "binding")
    i = _index_of(leaf)
    path = [_unb64(h, "path") for h in leaf["path"]]
    try:
        verify_inclusion(i, count, leaf_hash(t + b), path, root)
    except ProofError as exc:
        raise BadProofError(f"snapshot leaf {i} is not in that day's snapshot: {exc}") from exc
    return t, b, i


def _split(data: bytes) -> tuple[bytes, int, list[bytes], bytes]:
    cut = data.find(b"\n\n")
    if cut < 0:
        raise MalformedError("not a tlog proof: no blank line before the checkpoint")
    lines = data[:cut].decode("ascii", "replace").split("\n")
    if len(lines) < 3 or lines[0] != HEADER or not lines[1].startswith("extra "):
        raise MalformedError(f"not a {HEADER} proof with creditsite's extra data")
    index_text = lines[2].removeprefix("index ")
    if not lines[2].startswith("index ") or not index_text.isdigit():
        raise MalformedError("the proof has no index line")
    path = [_unb64(line, "inclusion path") for line in lines[3:]]
    return lines[1][6:].encode("ascii"), int(index_text), path, data[cut + 2 :]


def _extra(head: bytes) -> Mapping[str, object]:
    value = loads_strict(_unb64(head.decode("ascii"), "extra"), "the proof's extra data")
    names = {
        "format",
        "subject",
        "on",
        "entry",
        "tag",
        "salt",
        "run",
        "before",
        "after",
        "delegation",
    }
    if not isinstance(value, dict) or set(value) != names or value["format"] != FORMAT:
        raise MalformedError(f"the proof's extra data is not {FORMAT}")
    return value


def _unb64(text: object, what: str) -> bytes:
    try:
        return base64.b64decode(str(text), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MalformedError(f"the proof's {what} is not base64") from exc


def _hex(text: object, what: str) -> bytes:
    try:
        raw = bytes.fromhex(str(text))
    except ValueError as exc:
        raise MalformedError(f"the proof's {what} is not hex") from exc
    if len(raw) != 32:
        raise MalformedError(f"the proof's {what} does not have 32 bytes")
    return raw


def read_proof_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise MalformedError(f"cannot read the proof {path}: {exc.strerror}") from exc
