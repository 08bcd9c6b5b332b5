"""A staging tree through the gate: files spread over a process pool, findings merged.

The pool is forked after the automata are built, so every worker shares them instead of
building its own; batches come back in order and the findings are sorted, so the result
does not depend on the number of workers.
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import itertools
import multiprocessing
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import brotli

from generator.errors import Leak, LeakError, RedactionError
from generator.model import Dataset
from generator.parallel import cluster_map, freeze_inherited, on_cluster
from generator.redact.config import redaction_rules
from generator.redact.detect import automaton
from generator.redact.known import gather_known, rule_texts
from generator.redact.normalise import compact_texts, normalise_text
from generator.rules import Rules
from generator.scan.editorial import editorial_texts
from generator.scan.files import MAX_MEMBER, IndexWords, file_texts
from generator.scan.scanner import JOIN, LeakScanner

# Pagefind drops punctuation when it indexes a whole token (示例市金德投资合伙企业（有限合伙）
# becomes one word without the brackets): words and public values are compared without it.
_WORDLESS = re.compile(r"[\W_]+")
_COMPRESSED = (".gz", ".br")
_BATCH = 48  # files per task: big enough to hide the pool's overhead, small enough to balance
_BIG = 1 << 20  # bytes from which a file is a task of its own
_HUGE = 16 << 20  # bytes from which the parent reads a file itself, one at a time
_INLINE = 200  # below this many files a pool costs more than it saves
# Files always scanned on an incremental scan: whatever changed, the manifest changed too.
_ALWAYS = re.compile(r"manifest[^/]*")


@dataclass(slots=True)
class _Found:
    """What one batch of files yields."""

    leaks: set[Leak] = field(default_factory=set)
    hexes: dict[str, set[str]] = field(default_factory=dict)  # hex run -> files
    # A name found in a search-index word: no leak if the word is part of a public value.
    words: list[tuple[str, Leak]] = field(default_factory=list)

    def merge(self, other: _Found) -> None:
        self.leaks |= other.leaks
        for hex_, files in other.hexes.items():
            self.hexes.setdefault(hex_, set()).update(files)
        self.words.extend(other.words)


def scan_tree(
    root: Path,
    dataset: Dataset,
    rules: Rules,
    *,
    only: Iterable[str] | None = None,
    workers: int | None = None,
) -> list[Leak]:
    """Every leak under `root` (files and file names), sorted; empty when the tree is clean.

    `only` (paths relative to `root`) limits the scan to those files and the manifest, for an
    incremental build; `workers` defaults to every core."""
    return _scan(root, dataset, rules, only, workers, trusted=None)[0]


def check_tree(
    root: Path,
    dataset: Dataset,
    rules: Rules,
    *,
    only: Iterable[str] | None = None,
    workers: int | None = None,
    trusted: str | None = None,
) -> str:
    """The gate: raise `LeakError` (naming file, record and kind, never a value) on any leak.

    Returns the gate's fingerprint: a digest of every value it searches for and of the
    policy. A build passes `only` (the files that changed since the previous release) with
    `trusted`, the fingerprint that release passed with; if the fingerprint is another (a
    new name, ID or rule), an unchanged file may now hold a leak, and everything is scanned.
    """
    leaks, fingerprint = _scan(root, dataset, rules, only, workers, trusted)
    if leaks:
        raise LeakError(leaks)
    return fingerprint


def _scan(
    root: Path,
    dataset: Dataset,
    rules: Rules,
    only: Iterable[str] | None,
    workers: int | None,
    trusted: str | None,
) -> tuple[list[Leak], str]:
    departments = (e.department for e in dataset.exits)
    public = itertools.chain(departments, rule_texts(rules), editorial_texts())
    known = gather_known(dataset.listings, public)
    scanner = LeakScanner(known, redaction_rules(rules))
    fingerprint = _fingerprint(scanner)
    if trusted is not None and trusted != fingerprint:
        only = None
    paths = _paths(root, only)
    sizes = {rel: path.stat().st_size for rel, path in paths if path.is_file()}
    batches = _batches(paths, sizes)
    found = _Found()
    workers = workers or os.cpu_count() or 1
    if len(paths) < _INLINE or (workers == 1 and not on_cluster()):
        for batch in batches:
            found.merge(_scan_batch(scanner, batch))
    elif on_cluster():
        # Dask: the scanner (automata included) goes to each worker once; the files are
        # read where the tree is mounted, the huge ones here as below.
        huge = [b for b in batches if sizes.get(b[0][0], 0) >= _HUGE]
        rest = [b for b in batches if sizes.get(b[0][0], 0) < _HUGE]
        results = cluster_map(_scan_batch, scanner, rest, error=RedactionError)
        for batch in huge:
            found.merge(_scan_batch(scanner, batch))
        for part in results:
            found.merge(part)
    else:
        # The few huge files (the snapshots, the manifest) are read here while the workers
        # take the rest: a text takes several times its size while it is searched, and two
        # workers would each hold a snapshot of 10⁸ bytes at once.
        huge = [b for b in batches if sizes.get(b[0][0], 0) >= _HUGE]
        rest = [b for b in batches if sizes.get(b[0][0], 0) < _HUGE]
        # Fork: the workers inherit the scanner (automata included) instead of unpickling it.
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(workers, context, _set_worker, (scanner,)) as pool:
            parts = pool.map(_scan_worker, rest)  # submitted now, collected below
            for batch in huge:
                found.merge(_scan_batch(scanner, batch))
            for part in parts:
                found.merge(part)
    found.leaks.update(_hash_leaks(scanner, found.hexes))
    found.leaks.update(_word_leaks(scanner, found.words))
    return sorted(found.leaks), fingerprint


def _fingerprint(scanner: LeakScanner) -> str:
    digest = hashlib.sha256()
    for item in dataclasses.fields(scanner.rules):
        value = getattr(scanner.rules, item.name)
        # Sets in a stable order: their repr follows string hashing, which varies by process.
        shown = sorted(value) if isinstance(value, frozenset) else value
        digest.update(f"{item.name}={shown!r}\0".encode())
    for key in sorted(scanner.known.sensitive):
        digest.update(f"\0{key}\0{scanner.known.sensitive[key].kind}".encode())
    digest.update(b"\1")
    for value in sorted(scanner.known.public):
        digest.update(f"\0{value}".encode())
    return digest.hexdigest()


def _batches(paths: list[tuple[str, Path]], sizes: dict[str, int]) -> list[list[tuple[str, Path]]]:
    """Batches of files for the pool: a big file (a feed, a snapshot) alone and first, so
    that the workers share them instead of one worker taking a batch of them last."""
    big = sorted((p for p in paths if sizes.get(p[0], 0) >= _BIG), key=lambda p: -sizes[p[0]])
    rest = [p for p in paths if sizes.get(p[0], 0) < _BIG]
    return [[p] for p in big] + [rest[i : i + _BATCH] for i in range(0, len(rest), _BATCH)]


def _paths(root: Path, only: Iterable[str] | None) -> list[tuple[str, Path]]:
    if only is None:
        paths = root.rglob("*")
    else:
        wanted = {root / rel for rel in only}
        wanted.update(p for p in root.iterdir() if _ALWAYS.fullmatch(p.name))
        # The folders above a changed file carry names too.
        for p in list(wanted):
            wanted.update(a for a in p.parents if a != root and root in a.parents)
        paths = (p for p in wanted if p.exists())
    return sorted((p.relative_to(root).as_posix(), p) for p in paths)


_worker_scanner: LeakScanner | None = None


def _set_worker(scanner: LeakScanner) -> None:
    global _worker_scanner  # one scanner per worker process, set once
    _worker_scanner = scanner
    freeze_inherited()  # the whole dataset, the records and the automata


def _scan_worker(batch: list[tuple[str, Path]]) -> _Found:
    assert _worker_scanner is not None  # set by the pool's initializer
    return _scan_batch(_worker_scanner, batch)


@dataclass(frozen=True, slots=True)
class _Content:
    """The findings of one file's bytes, whatever its name (re-labelled per file)."""

    leaks: tuple[Leak, ...]
    hexes: tuple[str, ...]
    words: tuple[tuple[str, Leak], ...]


def _scan_batch(scanner: LeakScanner, batch: list[tuple[str, Path]]) -> _Found:
    found = _Found()
    seen: dict[bytes, _Content] = {}  # identical bytes (a repeated asset) are scanned once
    for rel, path in batch:
        found.leaks.update(scanner.scan_text(rel, rel))
        if not path.is_file():
            continue
        data = path.read_bytes()
        if rel.endswith(_COMPRESSED):
            plain = _decompressed(data, rel.endswith(".br"))
            if plain is None:
                found.leaks.add(Leak(rel, "?", "undecodable", "compressed"))
                continue
            if _is_copy_of(data, plain, path):
                continue  # the same bytes as its original, which is scanned as itself
            if rel.endswith(".br"):
                data = plain  # a gzip file is read raw and decompressed by file_texts
        digest = hashlib.blake2b(data, digest_size=16).digest()
        content = seen.get(digest)
        if content is None:
            content = seen[digest] = _scan_content(scanner, rel, data)
        found.leaks.update(_relabel(x, rel) for x in content.leaks)
        for hex_ in content.hexes:
            found.hexes.setdefault(hex_, set()).add(rel)
        found.words.extend((form, _relabel(x, rel)) for form, x in content.words)
    return found


def _decompressed(data: bytes, is_brotli: bool) -> bytes | None:
    """A `.gz`/`.br` file's content; None when it does not decode (the gate fails closed:
    brotli has no magic number, so an undecodable `.br` cannot be read any other way)."""
    try:
        if is_brotli:
            decoder = brotli.Decompressor()
            # The stubs lag the library: output_buffer_limit exists since brotli 1.1.
            out = decoder.process(data, output_buffer_limit=MAX_MEMBER + 1)  # type: ignore[call-arg]
            return out if decoder.is_finished() and len(out) <= MAX_MEMBER else None
        out = gzip.decompress(data)
    except (brotli.error, OSError, EOFError, zlib.error):
        return None
    return out if len(out) <= MAX_MEMBER else None


def _is_copy_of(data: bytes, plain: bytes, path: Path) -> bool:
    """True when a compressed file is its original's bytes and carries nothing else: no
    gzip header fields (file name, comment, extra), which are plain text outside the
    compressed stream. The compress stage writes such files for every text page."""
    if data[:2] == b"\x1f\x8b" and (len(data) < 4 or data[3] != 0):
        return False
    original = path.with_name(path.name[: -len(path.suffix)])
    try:
        return original.is_file() and original.read_bytes() == plain
    except OSError:
        return False


def _relabel(leak: Leak, file: str) -> Leak:
    return leak if leak.file == file else Leak(file, leak.record_id, leak.kind, leak.form)


def _scan_content(scanner: LeakScanner, rel: str, data: bytes) -> _Content:
    leaks: list[Leak] = []
    hexes: set[str] = set()
    words: list[tuple[str, Leak]] = []
    for part in file_texts(data):
        if isinstance(part, IndexWords):
            words.extend(_index_names(scanner, rel, part.words))
            # Every other kind of value is searched in the words as in any text.
            text = JOIN.join(sorted(set(part.words)))
            views = scanner.lines.views(text)
            if not scanner.views_clean(views, names=False):
                leaks.extend(scanner.scan_text(rel, text, names=False))
        else:
            text = part
            views = scanner.lines.views(text)
            if not scanner.views_clean(views):
                leaks.extend(scanner.scan_text(rel, text))
        hexes.update(views.hexes)
    return _Content(tuple(leaks), tuple(sorted(hexes)), tuple(words))


def _index_names(
    scanner: LeakScanner, rel: str, words: Iterable[str]
) -> Iterator[tuple[str, Leak]]:
    """Names inside a search-index word, each with the word in the name view; whether the
    word is only a piece of a public value is settled once for the whole tree."""
    unique = sorted(set(words))
    if scanner.is_clean(JOIN.join(unique), names=True, numbers=False):
        return
    for word in unique:
        leaks = list(scanner.scan_text(rel, word, names=True, numbers=False))
        if leaks:
            form = _WORDLESS.sub("", compact_texts(normalise_text(word))[1])
            yield from ((form, leak) for leak in leaks)


def _word_leaks(scanner: LeakScanner, words: list[tuple[str, Leak]]) -> Iterator[Leak]:
    """The names of `words` whose word is no piece of any public value: pagefind cuts
    示例市金德化工有限公司 into words such as 金德 without context, and 金德 may also be a person."""
    if not words:
        return
    forms = automaton({form for form, _ in words if form})
    values = JOIN.join(sorted(_WORDLESS.sub("", v) for v in scanner.known.public))
    public = {key for _, key in forms.iter(values)} if len(forms) else set()
    yield from (leak for form, leak in words if form not in public)


def _hash_leaks(scanner: LeakScanner, hexes: dict[str, set[str]]) -> Iterator[Leak]:
    """Values whose md5/sha1/sha256 appears in the tree (`hexes`: hex -> files)."""
    if not hexes:
        return
    algos = (hashlib.md5, hashlib.sha1, hashlib.sha256)
    for key, needle in scanner.known.sensitive.items():
        for variant in {key, needle.value, needle.value.upper()}:
            raw = variant.encode("utf-8")
            for algo in algos:
                files = hexes.get(algo(raw).hexdigest())
                if files:
                    kind = algo(b"").name
                    yield from (Leak(f, needle.record_ids[0], needle.kind, kind) for f in files)
