"""One text through the gate: the precompiled automata and the checks of `LeakScanner`.

Every text first takes the fast path: the same views the redaction makes (`normalise`,
`compact`, `compact_names`), built without their map back to the original, at C speed, and
the same checks on them. Only a text the fast path finds dirty is scanned again with the
mapped views, to say where the finding came from (percent-encoded, entity-encoded, …). The
two paths see the same text (tests/test_scan.py holds that as an invariant), so the fast path
misses nothing the full one would find; a clean site, the usual case, never pays for maps.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from generator import ids
from generator.errors import Leak
from generator.redact.config import RedactionRules
from generator.redact.detect import automaton
from generator.redact.known import PERSON_NAME, KnownValues, Needle
from generator.redact.mask import clean_name
from generator.redact.normalise import compact, compact_names, fold_name, normalise
from generator.scan.detectors import OwnDetectors, exact_view
from generator.scan.lines import BASE64, LineViews, Views

# An ID-shaped run not inside a longer one; it starts with a character class (the
# lookbehind checks the character before the first), which the engine scans fast.
_MASKED_ID = re.compile(r"[0-9*](?<![0-9a-z*].)[0-9*]{13,16}[0-9x*](?![0-9a-z*])")
_MASK_CHARS = "×●○■□◯＊"
_MASK_LIKE = str.maketrans("×●○■□◯＊", "*******")
_LAW_MAX = 122
_LAW = re.compile(r"《[^《》]{1,120}》")
_USCC_LIKE = re.compile(r"(?<![0-9a-z])[0-9a-hj-npqrtuwxy]{18}(?![0-9a-z])")
# Joins texts that are scanned as one but must never match across each other (base64
# fragments, the words of a search index): no view drops or joins over it.
JOIN = "\n\x00\n"


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
        # The longest protected span: a public value, a law title 《…》, a USCC.
        self.reach = max((len(v) for v in known.public), default=0) + _LAW_MAX + 20
        self.ids_by_ends = _ids_by_ends(known)
        # Detectors of the gate's own: a value that redaction missed and nobody declared.
        self.own = OwnDetectors(rules)
        # Memoised per distinct line in each process: pages repeat their navigation.
        self.lines = LineViews()

    def scan_text(
        self, name: str, text: str, depth: int = 0, *, names: bool = True, numbers: bool = True
    ) -> Iterator[Leak]:
        """Every leak in `text` (file `name`); `names`/`numbers` limit it to the name view
        or to the number view."""
        if self.is_clean(text, depth, names=names, numbers=numbers):
            return
        norm = normalise(text)
        encoded = _encoding_form(text)
        known: list[tuple[int, int]] = []  # where a known value was found (original text)
        if numbers:
            view = compact(norm)
            c = _masks_as_stars(view.text)
            for last, key in self.auto.iter(c) if len(self.auto) else ():
                pattern = self.patterns[key]
                a, b = view.origin(last - len(key) + 1, last + 1)
                known.append((a, b))
                yield self._leak(name, pattern.needle, pattern.form, encoded(a, b))
            yield from self._masked_ids(name, c)
        nview = compact_names(norm)[0]
        n = _masks_as_stars(nview.text)
        if numbers:
            exact = exact_view(norm.text)
            for start, end, kind in self._own_hits(exact, confirm=True):
                a, b = norm.origin(start, end)
                if any(s < b and a < e for s, e in known):
                    continue  # reported already, with its record
                form = encoded(a, b)
                yield Leak(name, "?", kind, "detected" if form == "plain" else f"detected, {form}")
        if names and len(self.name_auto):
            for start, end, pattern in self._name_hits(n):
                a, b = nview.origin(start, end)
                yield self._leak(name, pattern.needle, pattern.form, encoded(a, b))
        if depth == 0 and numbers:
            for decoded in _base64_texts(text):
                for leak in self.scan_text(name, decoded, depth + 1):
                    yield Leak(leak.file, leak.record_id, leak.kind, "base64")

    def is_clean(
        self, text: str, depth: int = 0, *, names: bool = True, numbers: bool = True
    ) -> bool:
        """True when `scan_text` would find nothing, decided without mapped views."""
        return self.views_clean(self.lines.views(text), depth, names=names, numbers=numbers)

    def views_clean(
        self, views: Views, depth: int = 0, *, names: bool = True, numbers: bool = True
    ) -> bool:
        """`is_clean` for a text whose views are made already."""
        c, n = views.number, views.name
        if numbers:
            c = _masks_as_stars(c)
            if len(self.auto) and next(self.auto.iter(c), None) is not None:
                return False
            if next(self._masked_ids("", c), None) is not None:
                return False
            if next(self._own_hits(_masks_as_stars(n)), None) is not None:
                return False
        if names and len(self.name_auto):
            n = _masks_as_stars(n)
            if next(self._name_hits(n), None) is not None:
                return False
        if depth == 0 and numbers:
            decoded = [d for f in sorted(views.fragments) if (d := _decode_base64(f)) is not None]
            if decoded and not self.is_clean(JOIN.join(decoded), depth + 1):
                return False
        return True

    def _own_hits(self, n: str, *, confirm: bool = False) -> Iterator[tuple[int, int, str]]:
        """The own detectors' findings in the name view `n`, except a public value (a
        USCC, a decision number) that has the shape of one."""
        for start, end, kind in self.own.confirm(n) if confirm else self.own.find(n):
            a = max(0, start - self.reach)
            window = n[a : end + self.reach]
            spans = (
                [(last - len(k) + 1 + a, last + 1 + a) for last, k in self.public.iter(window)]
                if len(self.public)
                else []
            )
            spans.extend(
                (m.start() + a, m.end() + a)
                for m in _USCC_LIKE.finditer(window)
                if ids.uscc_problem(m.group().upper()) is None
            )
            if not any(s <= start and end <= e for s, e in spans):
                yield start, end, kind

    def _name_hits(self, n: str) -> Iterator[tuple[int, int, _Pattern]]:
        for last, key in self.name_auto.iter(n):
            start = last - len(key) + 1
            if not self._shielded(n, start, last + 1):
                yield start, last + 1, self.name_patterns[key]

    def _shielded(self, n: str, start: int, end: int) -> bool:
        """True when a longer protected span of `n` covers `n[start:end]`.

        Only the spans near the hit are made: one that covers it lies within `reach` of
        it, and the protected patterns find the same spans in a window as in the whole
        text (public values and law titles are plain substrings; a USCC-like run the
        window's edge cuts is at least `reach` away, too far to cover the hit). A feed
        holds thousands of shielded names: spans over the whole of it for each would be
        quadratic."""
        a = max(0, start - self.reach)
        spans = ((s + a, e + a) for s, e in self._protected(n[a : end + self.reach]))
        return Shield(spans).covers(start, end)

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
        if "*" not in c:
            return
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


def _masks_as_stars(text: str) -> str:
    # A translate walks every character in Python's slow path; most texts hold no mask
    # character at all, and seven substring searches run at memchr speed.
    if any(ch in text for ch in _MASK_CHARS):
        return text.translate(_MASK_LIKE)
    return text


def _base64_texts(text: str) -> Iterator[str]:
    """The printable texts of the base64-looking runs of `text`, each distinct run once
    (a page repeats its class names by the hundred)."""
    for frag in sorted(set(BASE64.findall(text))):
        decoded = _decode_base64(frag)
        if decoded is not None:
            yield decoded


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


class Shield:
    """The protected spans of a text, asked in log time whether a longer one covers a hit
    (a feed holds thousands of names, each inside a public company name)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(itertools.accumulate((e for _, e in ordered), max))  # max end so far

    def covers(self, start: int, end: int) -> bool:
        """True when a span (s, e) with s <= start, end <= e and e - s > end - start exists.

        Given s <= start and end <= e, the span is longer unless it is (start, end) itself,
        so it is a span starting at or before `start` that ends past `end`, or one starting
        before `start` that ends at `end` or later."""
        i = bisect.bisect_right(self.starts, start)  # spans starting at or before start
        if i and self.reach[i - 1] > end:
            return True
        j = bisect.bisect_left(self.starts, start)  # spans starting before start
        return j > 0 and self.reach[j - 1] >= end


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


@lru_cache(maxsize=65536)
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
