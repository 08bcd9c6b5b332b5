"""The leak gate: every byte of every file, and every file name, under a staging tree is
searched for every sensitive value the input holds, in every form a page or feed could
carry it: as written, percent-encoded, entity-encoded or `\\u`-escaped (undone by the same
normaliser the redaction uses), base64, md5/sha1/sha256 hex, and masked forms that show
more than the policy allows (李明＊ for 李明明, an ID that shows a birth-date digit).

One pass per file with precompiled automata; hashes are looked up, not searched: the hex
runs found in the tree are collected first and only then every value is hashed once.
Findings carry the file, the record and the kind, never the value.
"""

from __future__ import annotations

import base64
import binascii
import gzip
import hashlib
import itertools
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from generator import ids
from generator.errors import Leak, LeakError
from generator.model import Dataset
from generator.redact.config import RedactionRules, redaction_rules
from generator.redact.detect import automaton
from generator.redact.known import PERSON_NAME, KnownValues, Needle, gather_known, rule_texts
from generator.redact.mask import clean_name
from generator.redact.normalise import compact, compact_names, fold_name, normalise
from generator.rules import Rules

_HEX = re.compile(r"(?<![0-9a-f])(?:[0-9a-f]{64}|[0-9a-f]{40}|[0-9a-f]{32})(?![0-9a-f])")
_BASE64 = re.compile(r"[A-Za-z0-9+/_-]{12,}={0,2}")
_MASKED_ID = re.compile(r"(?<![0-9a-z*])[0-9*]{14,17}[0-9x*](?![0-9a-z*])")
_MASK_LIKE = str.maketrans("×●○■□◯＊", "*******")
_LAW = re.compile(r"《[^《》]{1,120}》")
_USCC_LIKE = re.compile(r"(?<![0-9a-z])[0-9a-hj-npqrtuwxy]{18}(?![0-9a-z])")
_GZIP_MAGIC = b"\x1f\x8b"
MAX_MEMBER = 256 * 1024 * 1024  # a decompressed member larger than this is itself suspicious


@dataclass(frozen=True, slots=True)
class _Pattern:
    needle: Needle
    form: str


class LeakScanner:
    """The gate for one dataset: automata built once, then `scan_text` per file."""

    def __init__(self, known: KnownValues, rules: RedactionRules) -> None:
        self.known = known
        self.rules = rules
        # Names are searched in the name view (no match across a table cell or paragraph,
        # numerals left as characters), every other value in the number view.
        self.patterns: dict[str, _Pattern] = {}
        self.name_patterns: dict[str, _Pattern] = {}
        for key, needle in known.sensitive.items():
            if needle.kind == PERSON_NAME:
                self.name_patterns[key] = _Pattern(needle, "plain")
                for form in _over_masked(needle.value, rules):
                    self.name_patterns.setdefault(form, _Pattern(needle, "masked"))
            else:
                self.patterns[key] = _Pattern(needle, "plain")
        self.auto = automaton(self.patterns)
        self.name_auto = automaton(self.name_patterns)
        self.public = automaton(known.public)
        self.ids_by_ends = _ids_by_ends(known)

    def scan_text(self, name: str, text: str, depth: int = 0) -> Iterator[Leak]:
        norm = normalise(text)
        view = compact(norm)
        c = view.text.translate(_MASK_LIKE)
        encoded = _encoding_form(text)
        for last, key in self.auto.iter(c) if len(self.auto) else ():
            pattern = self.patterns[key]
            a, b = view.origin(last - len(key) + 1, last + 1)
            yield self._leak(name, pattern.needle, pattern.form, encoded(a, b))
        if len(self.name_auto):
            nview = compact_names(norm)[0]
            n = nview.text.translate(_MASK_LIKE)
            protected = self._protected(n)
            for last, key in self.name_auto.iter(n):
                pattern = self.name_patterns[key]
                start = last - len(key) + 1
                if _shadowed(protected, start, last + 1):
                    continue
                a, b = nview.origin(start, last + 1)
                yield self._leak(name, pattern.needle, pattern.form, encoded(a, b))
        yield from self._masked_ids(name, c)
        if depth == 0:
            for m in _BASE64.finditer(text):
                decoded = _decode_base64(m.group())
                if decoded is not None:
                    for leak in self.scan_text(name, decoded, depth + 1):
                        yield Leak(leak.file, leak.record_id, leak.kind, "base64")

    def _leak(self, name: str, needle: Needle, form: str, encoded: str) -> Leak:
        return Leak(name, needle.record_ids[0], needle.kind, encoded if form == "plain" else form)

    def _protected(self, c: str) -> list[tuple[int, int]]:
        spans = (
            [(last - len(k) + 1, last + 1) for last, k in self.public.iter(c)]
            if len(self.public)
            else []
        )
        spans.extend(m.span() for m in _LAW.finditer(c))
        spans.extend(
            m.span() for m in _USCC_LIKE.finditer(c) if ids.uscc_problem(m.group().upper()) is None
        )
        return spans

    def _masked_ids(self, name: str, c: str) -> Iterator[Leak]:
        """An ID shown with mask characters but a birth-date digit, or more than the policy keeps."""
        keep = self.rules.keep_first + self.rules.keep_last
        for m in _MASKED_ID.finditer(c):
            s = m.group()
            if "*" not in s:
                continue
            birth = s[6:14] if len(s) == 18 else s[6:12]
            visible = sum(ch != "*" for ch in s)
            if any(ch.isdigit() for ch in birth) or visible > keep:
                rid = self.ids_by_ends.get((s[:6], s[-4:]), "?")
                yield Leak(name, rid, "resident_id", "masked")

    def hash_leaks(self, hexes: dict[str, set[str]]) -> Iterator[Leak]:
        """Values whose md5/sha1/sha256 appears in the tree (`hexes`: hex -> files)."""
        if not hexes:
            return
        for key, needle in self.known.sensitive.items():
            for variant in {key, needle.value, needle.value.upper()}:
                raw = variant.encode("utf-8")
                for algo in ("md5", "sha1", "sha256"):
                    digest = hashlib.new(algo, raw).hexdigest()
                    for file in hexes.get(digest, ()):
                        yield Leak(file, needle.record_ids[0], needle.kind, algo)


def scan_tree(root: Path, dataset: Dataset, rules: Rules) -> list[Leak]:
    """Every leak under `root` (files and file names), sorted; empty when the tree is clean."""
    departments = (e.department for e in dataset.exits)
    known = gather_known(dataset.listings, itertools.chain(departments, rule_texts(rules)))
    scanner = LeakScanner(known, redaction_rules(rules))
    leaks: set[Leak] = set()
    hexes: dict[str, set[str]] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        leaks.update(scanner.scan_text(rel, rel))
        if not path.is_file():
            continue
        for text in _texts(path.read_bytes()):
            leaks.update(scanner.scan_text(rel, text))
            for m in _HEX.finditer(text.lower()):
                hexes.setdefault(m.group(), set()).add(rel)
    leaks.update(scanner.hash_leaks(hexes))
    return sorted(leaks)


def check_tree(root: Path, dataset: Dataset, rules: Rules) -> None:
    """The gate: raise `LeakError` (naming file, record and kind, never a value) on any leak."""
    leaks = scan_tree(root, dataset, rules)
    if leaks:
        raise LeakError(leaks)


def _texts(data: bytes, depth: int = 0) -> Iterator[str]:
    """The file as text, and the text of every gzip/zlib member inside it (pagefind's
    `.pf_*` files and fragments are gzip)."""
    yield data.decode("utf-8", errors="replace")
    if depth > 3:
        return
    if data[:2] == _GZIP_MAGIC:
        try:
            inner = gzip.decompress(data)
        except (OSError, EOFError, zlib.error):
            return
        if len(inner) <= MAX_MEMBER:
            yield from _texts(inner, depth + 1)


def _encoding_form(text: str) -> Callable[[int, int], str]:
    def form(a: int, b: int) -> str:
        span = text[a:b]
        if "%" in span:
            return "percent-encoded"
        if "&" in span:
            return "entity-encoded"
        if "\\" in span:
            return "escaped"
        return "plain"

    return form


def _shadowed(protected: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e and e - s > end - start for s, e in protected)


def _over_masked(name: str, rules: RedactionRules) -> Iterator[str]:
    """Masked forms of a name that show part of the given name (李明＊, 李＊明)."""
    name = clean_name(name)
    if not name or name.isascii():
        return
    surname = next((s for s in rules.compound_surnames if name.startswith(s)), name[:1])
    given = name[len(surname) :]
    if not 2 <= len(given) <= 3:
        return
    for shown in itertools.product((True, False), repeat=len(given)):
        if any(shown) and not all(shown):
            text = "".join(ch if keep else "*" for ch, keep in zip(given, shown, strict=True))
            yield fold_name(surname + text)


def _ids_by_ends(known: KnownValues) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for key, needle in known.sensitive.items():
        if len(key) == 18 and key[:17].isdigit():
            out.setdefault((key[:6], key[-4:]), needle.record_ids[0])
    return out


def _decode_base64(frag: str) -> str | None:
    body = frag.rstrip("=")
    body += "=" * (-len(body) % 4)
    try:
        text = base64.b64decode(body.replace("-", "+").replace("_", "/"), validate=True).decode(
            "utf-8"
        )
    except (binascii.Error, ValueError):
        return None
    return text if text.isprintable() else None


__all__ = ["LeakScanner", "check_tree", "scan_tree"]
