"""Applying what the detectors found: names masked, everything else removed, in the
original text, so that the removed span covers the disguised value as written."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from generator.redact.config import RedactionRules
from generator.redact.detect import Detector, Found
from generator.redact.mask import mask_name

# Texts repeat (departments, laws, templated behaviour): one detection each, bounded memory.
_CACHE_MAX = 500_000


class TextRedactor:
    def __init__(self, detector: Detector, rules: RedactionRules) -> None:
        self.detector = detector
        self.rules = rules
        self._cache: dict[tuple[str, bool], tuple[str, tuple[tuple[str, int], ...]]] = {}

    def redact(self, text: str, *, guess: bool = True) -> tuple[str, Counter[str]]:
        """`text` with every sensitive value masked or removed, and counts by kind."""
        out, counts = self.redact_counts(text, guess=guess)
        return out, Counter(dict(counts))

    def redact_counts(
        self, text: str, *, guess: bool = True
    ) -> tuple[str, tuple[tuple[str, int], ...]]:
        """`redact`, with the counts as sorted (kind, count) pairs (shared, so never copied)."""
        if not text:
            return text, ()
        key = (text, guess)
        hit = self._cache.get(key)
        if hit is None:
            found = self.detector.find(text, guess=guess)
            out, counts = self._apply(text, found)
            hit = (out, tuple(sorted(counts.items())))
            if len(self._cache) < _CACHE_MAX:
                self._cache[key] = hit
        return hit

    def _apply(self, text: str, found: Sequence[Found]) -> tuple[str, Counter[str]]:
        counts: Counter[str] = Counter(f.kind for f in found)
        if not found:
            return text, counts
        ordered = sorted((f for f in found if f.end > f.start), key=lambda f: (f.start, -f.end))
        pieces: list[str] = []
        pos = 0
        i = 0
        while i < len(ordered):
            group = [ordered[i]]
            end = ordered[i].end
            i += 1
            while i < len(ordered) and ordered[i].start < end:
                group.append(ordered[i])
                end = max(end, ordered[i].end)
                i += 1
            start = group[0].start
            pieces.append(text[pos:start])
            pieces.append(self._replacement(text, group, start, end))
            pos = end
        pieces.append(text[pos:])
        return "".join(pieces), counts

    def _replacement(self, text: str, group: Sequence[Found], start: int, end: int) -> str:
        # A number masked to the policy over the whole union hides whatever else is in it.
        whole = [f.shown for f in group if f.shown is not None and (f.start, f.end) == (start, end)]
        if whole:
            return whole[0]
        if any(f.name is None for f in group):
            return self.rules.marker
        best = max(group, key=lambda f: (f.known, f.end - f.start))
        masked = mask_name(best.name or "", self.rules)
        # Parts of the union outside the chosen name are masked too, one mask per character.
        extra = sum(1 for ch in text[start : best.start] + text[best.end : end] if ch.isalnum())
        return masked + self.rules.mask_char * extra
