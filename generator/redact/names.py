"""Names that occur only in prose: a cue word (妻子, 举报人, 项目经理 …) followed by a
surname, and the segmenter's person-name tags. Both err towards masking: an over-masked
common word is a small cost, a leaked name is not.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterator
from functools import lru_cache

import jieba

from generator.redact.config import RedactionRules

_CLAUSE = re.compile(r"[^，。；！？、,;!?\n（）()《》“”\"\x00]+")
_DIGITS = re.compile(r"[0-9０-９]")
_CJK = "\u3400-\u9fff"
# Latin names: two or more capitalised words (Anna Keller, Jean-Luc Picard).
LATIN_NAME = re.compile(
    r"(?<![A-Za-z])[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)+(?![A-Za-z])"
)


class NameFinder:
    """Finds spans of likely person names; built once per build from the rules."""

    def __init__(self, rules: RedactionRules) -> None:
        self.rules = rules
        surnames = "".join(sorted(rules.surnames))
        compounds = "|".join(map(re.escape, rules.compound_surnames))
        cues = "|".join(map(re.escape, sorted(rules.cues, key=len, reverse=True)))
        surname = f"(?:{compounds}|[{re.escape(surnames)}])" if compounds else f"[{surnames}]"
        # Cue, an optional copula, then surname + one or two characters of a given name.
        self.cued = re.compile(f"(?:{cues})(?:为|是|系|叫|名叫|姓名)?({surname}[{_CJK}]{{1,2}})")
        self.first = frozenset(rules.surnames) | frozenset(s[0] for s in rules.compound_surnames)
        # A character class is one C-speed scan where a loop over characters is not.
        first = "".join(sorted(self.first))
        self._has_first = re.compile(f"[{re.escape(first)}]" if first else "(?!)").search
        self._tagged: dict[str, tuple[tuple[int, int], ...]] = {}
        self._new: list[str] = []
        if rules.use_segmenter:
            _load_segmenter()

    def __setstate__(self, state: dict[str, object]) -> None:
        # Unpickled in a Dask worker, which has not inherited the segmenter from a fork.
        self.__dict__.update(state)
        if self.rules.use_segmenter:
            _load_segmenter()

    def cued_names(self, compact: str) -> Iterator[tuple[int, int]]:
        """Spans in the compact view: a name right after a cue word."""
        for m in self.cued.finditer(compact):
            start, end = m.span(1)
            name = m.group(1)
            # Stop a three-character grab at a verb or particle: 王芳提供 is 王芳.
            if len(name) >= 3 and name[-1] in self.rules.stop_chars:
                end -= 1
            if end - start >= 2:
                yield start, end

    def tagged_names(self, text: str) -> tuple[tuple[int, int], ...]:
        """Spans in `text` that the segmenter tags as person names and start with a surname."""
        if not self.rules.use_segmenter:
            return ()
        # Both passes of a build ask about the same texts: the answer is kept per text.
        hit = self._tagged.get(text)
        if hit is None:
            hit = self._tag_text(text)
            if len(self._tagged) < _TEXT_CACHE_MAX:
                self._tagged[text] = hit
                self._new.append(text)
        return hit

    def take_tags(self) -> dict[str, tuple[tuple[int, int], ...]]:
        """The texts segmented since the last call and what was found in them, so that a
        process redacting the same texts later (the second pass) need not segment again."""
        new, self._new = self._new, []
        return {t: self._tagged[t] for t in new}

    def remember_tags(self, tags: dict[str, tuple[tuple[int, int], ...]]) -> None:
        """Answers from `take_tags` of a finder built from the same rules."""
        room = _TEXT_CACHE_MAX - len(self._tagged)
        if room > 0:
            self._tagged.update(itertools.islice(tags.items(), room))

    def _tag_text(self, text: str) -> tuple[tuple[int, int], ...]:
        if not self._has_first(text):
            return ()
        found: list[tuple[int, int]] = []
        # Digits folded once for the whole text (one character for one: spans stay put).
        for m in _CLAUSE.finditer(_DIGITS.sub("0", text)):
            clause = m.group()
            if self._has_first(clause):
                base = m.start()
                found.extend((base + off, base + off + n) for off, n in _tag(clause, self.first))
        return tuple(found)


_TEXT_CACHE_MAX = 200_000
# A dictionary word tagged as a name but this common is a word first (陈述, 文明, 高峰).
_COMMON = 100


@lru_cache(maxsize=200_000)
def _load_segmenter() -> None:
    # Imported here, not at the top: loading its tag table takes ~0.7 s, which every
    # command (refresh, verify, scan) would pay without ever segmenting.
    import jieba.posseg  # its tag table (word_tag_tab); cutting uses jieba.cut

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()


def _tag(clause: str, first: frozenset[str]) -> tuple[tuple[int, int], ...]:
    """Person names in one clause (digits folded; cached: templated texts repeat clauses).

    jieba's plain segmenter with its HMM is used, not `posseg` (seven times slower): a word
    the HMM made up (not in the dictionary) that starts with a surname, or has one right
    after a one-character preposition (经程琪杰), is taken for a name, as is a rare
    dictionary word tagged `nr`, and a lone surname tagged `nr` with what follows.
    """
    words = list(jieba.cut(clause, HMM=True))
    freq, tags = jieba.dt.FREQ, jieba.posseg.dt.word_tag_tab
    found: list[tuple[int, int]] = []
    pos = 0
    for i, word in enumerate(words):
        count = freq.get(word) or 0
        cjk = all("\u3400" <= ch <= "\u9fff" for ch in word)
        if cjk and 2 <= len(word) <= 5:
            if count == 0 and word[0] in first and len(word) <= 4:
                found.append((pos, len(word)))
            elif count == 0 and len(word) >= 3 and word[1] in first:
                found.append((pos + 1, len(word) - 1))
            elif word[0] in first and count < _COMMON and tags.get(word, "").startswith("nr"):
                found.append((pos, len(word)))
        elif (
            len(word) == 1
            and word in first
            and tags.get(word, "").startswith("nr")
            and i + 1 < len(words)
        ):
            nxt = words[i + 1]
            if (
                1 <= len(nxt) <= 2
                and all("\u3400" <= ch <= "\u9fff" for ch in nxt)
                and (freq.get(nxt) or 0) < _COMMON * 10
            ):
                found.append((pos, 1 + len(nxt)))
        pos += len(word)
    return tuple(found)
