"""What the redaction stage remembers from one build to the next (never published).

Redacting a record is the costliest per-record step of a build: the segmenter and the
automata run over every free text. A record's public form depends on the record and on the
build-wide context: every known sensitive and public value, the rules, the pseudonym key
and the program. The memo keeps, per record, a digest of the record and its public form,
under a fingerprint of that context; a build whose context has the same fingerprint takes an
unchanged record's public form from it instead of redacting the record again. Any change of
context (a new name anywhere, a rule, the program, the key) gives another fingerprint, and
every record is redacted again: a name new in one record must be masked in every other.
The first pass (names that only prose reveals) is remembered the same way, per distinct
text, under the fingerprint of the values known before it.

The file is pickled (the public types are dataclasses of enums and dates; pickle is how the
process pool already moves them) and tagged with an HMAC under a key derived from the
pseudonym key: it is unpickled only when the tag checks out, so someone who can write beside
the releases without holding the key can neither run code through pickle nor slip
unredacted text into a build. The leak gate scans the output either way.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import pickle
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.redact.config import RedactionRules
from generator.redact.known import KnownValues
from generator.redact.public import PublicCase, PublicListing
from generator.redact.records import Entry
from generator.rules import Rules

MEMO_FILE = "redaction.memo"
_FORMAT = b"creditsite redaction memo 1\n"
_TAG = 32  # bytes of HMAC-SHA256 before the pickle


@dataclass(slots=True)
class RedactionMemo:
    """Per-record results of one build, and the fingerprints they are valid under.

    `program` names the program that made them (the build's `program_digest`): it is mixed
    into both fingerprints, so a memo of another program is never used."""

    program: str
    guessed_under: str = ""
    guessed: dict[bytes, tuple[str, ...]] = field(default_factory=dict)  # text -> names
    redacted_under: str = ""
    # record digest -> its public form and its report entries
    redacted: dict[bytes, tuple[PublicListing | PublicCase, tuple[Entry, ...]]] = field(
        default_factory=dict
    )
    reused: int = 0  # records the last build took from the memo (for tests and the bench)


def read_memo(path: Path, key: bytes, program: str) -> RedactionMemo:
    """The memo at `path`, or an empty one when it is missing, unreadable, of another
    program or not tagged with `key` (the build then redacts everything)."""
    empty = RedactionMemo(program)
    try:
        data = path.read_bytes()
    except OSError:
        return empty
    tag, body = data[:_TAG], data[_TAG:]
    if not body.startswith(_FORMAT) or not hmac.compare_digest(tag, _tag(key, body)):
        return empty
    try:
        memo = pickle.loads(body[len(_FORMAT) :])  # noqa: S301 - written by us, HMAC checked above
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return empty
    if not isinstance(memo, RedactionMemo) or memo.program != program:
        return empty
    memo.reused = 0
    return memo


def write_memo(path: Path, memo: RedactionMemo, key: bytes) -> None:
    """Write the memo atomically (temporary file, fsync, rename). Raises OSError."""
    body = _FORMAT + pickle.dumps(memo, protocol=pickle.HIGHEST_PROTOCOL)
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    with tmp.open("wb") as f:
        f.write(_tag(key, body))
        f.write(body)
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(path)


def context_fingerprint(
    program: str, key: bytes, known: KnownValues, rules: Rules, policy: RedactionRules
) -> str:
    """Everything besides the record that its public form depends on."""
    digest = hmac.new(key, program.encode(), hashlib.sha256)
    for model in (*rules.domains, *rules.list_types, rules.vocab, rules.policy, rules.redaction):
        digest.update(model.model_dump_json().encode())
        digest.update(b"\0")
    digest.update(repr(_stable(policy)).encode())
    # One JSON text per group (unambiguous whatever the values hold), one update each:
    # an update per value costs seconds at 10⁵ subjects.
    sensitive = known.sensitive
    needles = [(k, sensitive[k].kind, sensitive[k].value) for k in sorted(sensitive)]
    for group in (needles, sorted(known.public), sorted(known.names)):
        digest.update(json.dumps(group, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def extended_fingerprint(key: bytes, base: str, before: KnownValues, after: KnownValues) -> str:
    """The fingerprint of `base`'s context with its known values `before` grown to `after`
    (names found in prose added): only what differs is hashed, in the terms
    `context_fingerprint` hashes (a needle's kind and value; its record ids change nothing
    that is published)."""
    old = before.sensitive
    changed = [
        (k, n.kind, n.value)
        for k, n in after.sensitive.items()
        if (o := old.get(k)) is None or (o.kind, o.value) != (n.kind, n.value)
    ]
    gone = sorted(old.keys() - after.sensitive.keys())
    digest = hmac.new(key, base.encode(), hashlib.sha256)
    for group in (
        sorted(changed),
        gone,
        sorted(after.public ^ before.public),
        sorted(after.names ^ before.names),
    ):
        digest.update(json.dumps(group, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def record_digest(*parts: object) -> bytes:
    """A record's digest: its pickle, which is the same for equal records in any process
    (no sets inside; checked by tests/test_redact_memo.py under other hash seeds)."""
    return hashlib.blake2b(pickle.dumps(parts, protocol=5), digest_size=16).digest()


def text_digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def digests_part(_: None, records: Sequence[object]) -> list[bytes]:
    """The digests of a partition of records (a stage partition function)."""
    return [record_digest(r) for r in records]


def _stable(value: object) -> object:
    """`value` with its sets in a fixed order (a frozenset's order follows string hashing,
    which varies from process to process)."""
    if isinstance(value, frozenset | set):
        return tuple(sorted(map(repr, value)))
    if isinstance(value, tuple | list):
        return tuple(_stable(v) for v in value)
    fields = getattr(value, "__dataclass_fields__", None)
    if fields is not None:
        return (type(value).__name__, *((n, _stable(getattr(value, n))) for n in fields))
    return value


def entries_by_record(entries: Iterable[Entry]) -> dict[str, list[Entry]]:
    """Report entries grouped by the record they name (a listing's exit entries carry the
    listing's record id)."""
    out: dict[str, list[Entry]] = {}
    for entry in entries:
        out.setdefault(entry[0][0], []).append(entry)
    return out


def _tag(key: bytes, body: bytes) -> bytes:
    memo_key = hmac.new(key, b"creditsite redaction memo", hashlib.sha256).digest()
    return hmac.new(memo_key, body, hashlib.sha256).digest()
