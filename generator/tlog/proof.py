"""Point-in-time proofs: "on day D, subject X had exactly these active listings" (or none).

A proof file is a c2sp.org/tlog-proof@v1 text: the `index` and inclusion path of the
snapshot leaf of day D in the signed checkpoint, the checkpoint verbatim, and in `extra`
(a binary claim, `claim.py`) what the tlog-proof format leaves to the application: the
snapshot entry, the subject's run of leaves in that day's snapshot tree with the leaf on
each side, one range proof for them, and the root-signed delegation that names the key of
the checkpoint. `verify_proof` needs nothing else but the root public key.
"""

from __future__ import annotations

import base64
import binascii
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
from generator.sign import PublicKey, read_delegation
from generator.sign.envelope import DELEGATION_PATH
from generator.tlog.archive import read_archived
from generator.tlog.claim import Claim, decode, encode
from generator.tlog.entries import SNAPSHOT, parse_entry
from generator.tlog.log import read_previous_log
from generator.tlog.merkle import ProofError, leaf_hash, root_from_range, verify_inclusion
from generator.tlog.note import read_checkpoint, unverified_text
from generator.tlog.snapshot import binding, subject_salt, subject_tag
from generator.tlog.tiles import CHECKPOINT

HEADER = "c2sp.org/tlog-proof@v1"


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
    lo, hi = max(first - 1, 0), min(end + 1, len(snapshot.leaves))
    leaves = snapshot.leaves
    claim = Claim(
        subject=subject,
        day=day,
        entry=log.entries[index],
        tag=tag,
        start=lo,
        salt=subject_salt(pseudonym_key, subject) if end > first else None,
        before=(leaves[lo].tag, leaves[lo].binding) if first > 0 else None,
        run=tuple((x.binding, x.record_id) for x in leaves[first:end]),
        after=(leaves[end].tag, leaves[end].binding) if end < len(leaves) else None,
        proof=tuple(snapshot.tree.range_proof(lo, hi)) if hi > lo else (),
        delegation=(site / DELEGATION_PATH).read_bytes(),
    )
    try:
        extra = encode(claim)
    except ValueError as exc:
        raise ConfigError(f"cannot write a proof for this subject: {exc}") from exc
    tree = log.tree
    lines = [
        HEADER,
        f"extra {_b64(extra)}",
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
    claim = decode(_unb64(head.decode("ascii"), "extra"))
    online = read_delegation(claim.delegation, root).delegation.online_key
    text = checkpoint_bytes.decode("utf-8", "replace")
    checkpoint = read_checkpoint(checkpoint_bytes, text.split("\n", 1)[0], online, "checkpoint")
    try:
        entry = parse_entry(claim.entry)
        verify_inclusion(index, checkpoint.size, leaf_hash(claim.entry), path, checkpoint.root)
    except ProofError as exc:
        raise BadProofError(f"the snapshot leaf is not in the signed log: {exc}") from exc
    except ValueError as exc:
        raise MalformedError(f"the proof's snapshot entry: {exc}") from exc
    if entry.kind != SNAPSHOT:
        raise MalformedError("the proof's entry is not a snapshot")
    day, count, snap_root = entry.fields[0], int(entry.fields[1]), _unb64(entry.fields[2], "root")
    if claim.day != day:
        raise WrongClaimError(f"the proof claims {claim.day}, its snapshot is of {day}")
    if on is not None and on.isoformat() != day:
        raise WrongClaimError(f"the proof is for {day}, not {on.isoformat()}")
    if subject is not None and subject != claim.subject:
        raise WrongClaimError("the proof is for another subject")
    records = check_snapshot(claim, count, snap_root)
    return ProvenState(
        claim.subject, date.fromisoformat(day), records, index, checkpoint.size, checkpoint.origin
    )


def check_snapshot(claim: Claim, count: int, root: bytes) -> tuple[str, ...]:
    """The opened leaves are adjacent leaves of the day's tree; the run's leaves bind this
    subject to its record ids; the neighbours' tags bracket the subject's, or the run
    touches an end of the tree: so the run is all the subject had that day."""
    leaves: list[bytes] = []
    if claim.before is not None:
        if not claim.before[0] < claim.tag:
            raise BadProofError("the leaf before the subject's does not bracket it")
        leaves.append(b"".join(claim.before))
    elif claim.start != 0:
        raise BadProofError("the proof leaves out listings before the subject's")
    for bound, record_id in claim.run:
        if claim.salt is None or bound != binding(claim.salt, claim.subject, record_id):
            raise BadProofError("a listing in the proof does not belong to this subject")
        leaves.append(claim.tag + bound)
    if claim.after is not None:
        if not claim.after[0] > claim.tag:
            raise BadProofError("the leaf after the subject's does not bracket it")
        leaves.append(b"".join(claim.after))
    elif claim.start + len(leaves) != count:
        raise BadProofError("the proof leaves out listings after the subject's")
    if not leaves:
        if count or claim.proof:
            raise BadProofError("the proof opens no leaf of a non-empty snapshot")
        return ()
    try:
        got = root_from_range(count, claim.start, [leaf_hash(x) for x in leaves], claim.proof)
    except ProofError as exc:
        raise BadProofError(f"the opened leaves are not in that day's snapshot: {exc}") from exc
    if got != root:
        raise BadProofError("the opened leaves are not in that day's snapshot")
    return tuple(record_id for _, record_id in claim.run)


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


def _unb64(text: object, what: str) -> bytes:
    try:
        return base64.b64decode(str(text), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MalformedError(f"the proof's {what} is not base64") from exc


def read_proof_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise MalformedError(f"cannot read the proof {path}: {exc.strerror}") from exc
