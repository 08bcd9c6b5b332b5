"""Names that occur only in prose. Four signals, all anchored on a surname from the rules'
tables (common, rare or compound): a cue word before it (妻子, 胞弟, 项目经理 …); the
segmenter reading a word it does not know, or a rare name, that starts with a surname; an
enumeration (、/和/及/与) of which one item is a name or which people-words close (等人,
及其他三人), whose other items are then names too; and pinyin written with a surname.
How far a name reaches is decided the same way for all: the surname and at most two
characters, the second of which may not start the verb or particle that follows a name.

All of them err towards masking (a masked common word costs little, a leaked name a lot),
except where the text says it is a place or an organisation: a word before 市/县/区 or a
brand between a place and 有限公司 is not a name unless a cue or a list says it is.
The measured recall and precision are in the README (`python -m benchmarks.names`).
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import ahocorasick  # pyahocorasick ships no stubs
import jieba

from generator.redact.config import RedactionRules

# Two or three characters, then a bracket: the slot of a name and its particulars.
_SLOT = re.compile("([\u3400-\u9fff]{2,3})[(（]")
_LIST_CLAUSE = re.compile(r"[^，。；！？,;!?\n()《》“”\"\x00:]+")
_LATIN_RUN = re.compile("[a-z]{2}")
_CLAUSE = re.compile(r"[^，。；！？,;!?\n（）()《》“”\"\x00：:]+")
_DIGITS = re.compile(r"[0-9０-９]")
_CJK = "\u3400-\u9fff"
# Latin names: two or more capitalised words (Anna Keller, Jean-Luc Picard), or a pinyin
# surname in capitals before a capitalised given name (ZHANG Wei, as passports write it).
# A family name in capitals may be followed by a comma (LIU, Meifang), as lists sort them.
LATIN_NAME = re.compile(
    r"(?<![A-Za-z])(?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?|[A-Z]{2,})(?:\s+[A-Z]\.)?"
    r"(?:\s+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)+(?![A-Za-z])"
    r"|(?<![A-Za-z])[A-Z]{2,}\s*[,，]\s*[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+|\s+[A-Z][a-z]+)*(?![A-Za-z])"
)


class NameFinder:
    """Finds spans of likely person names; built once per build from the rules."""

    def __init__(self, rules: RedactionRules) -> None:
        self.rules = rules = _folded(rules)
        single = rules.surnames | rules.rare_surnames
        self.single = frozenset(single)
        self.compounds = frozenset(rules.compound_surnames)
        chars = re.escape("".join(sorted(single)))
        compounds = "|".join(map(re.escape, rules.compound_surnames))
        surname = f"(?:{compounds}|[{chars}])" if compounds else f"[{chars}]"
        copula = "|".join(map(re.escape, sorted(rules.cue_links, key=len, reverse=True)))
        self.link_at = re.compile(copula or "(?!)")
        self.cue_automaton = ahocorasick.Automaton()
        all_cues = (*rules.cues, *rules.occupation_cues)
        for cue in all_cues:
            self.cue_automaton.add_word(cue, cue)
        if len(self.cue_automaton):
            self.cue_automaton.make_automaton()
        self.cue_set = frozenset(all_cues)
        self.occupations = frozenset(rules.occupation_cues) - frozenset(rules.cues)
        self.cue_sizes = tuple(sorted({len(c) for c in all_cues}))
        roles = re.escape(rules.role_suffixes)
        self.role_at = re.compile(
            f"(?<=[{_CJK}])[{roles}](?={surname}[{_CJK}])" if roles else "(?!)"
        )
        self.surname_at = re.compile(surname)
        # A pinyin given name written after a Chinese surname (李Xiaoming).
        self.has_latin = re.compile("[A-Z][a-z]").search
        self.mixed = re.compile(f"(?<![A-Za-z]){surname}[A-Z][a-z]+(?![A-Za-z])")
        after = "|".join(map(re.escape, sorted(rules.after_cues, key=len, reverse=True)))
        # A name right before a title or a bracketed role: 王伟律师, 独孤涵（总经理）.
        self.after_any = re.compile(after or "(?!)").search
        self.before_cue = re.compile(f"({surname}[{_CJK}]{{1,2}}?)(?:{after})" if after else "(?!)")
        self.title_end = tuple(rules.title_endings)
        # An enumeration: items joined by its links, each a surname and one or two
        # characters, or a run of Latin letters (pinyin, lower-cased by the name view).
        link = "|".join(map(re.escape, sorted(rules.list_links, key=len, reverse=True)))
        item = f"(?:{surname}[{_CJK}]{{1,2}}?|[a-z]{{2,}}|[{_CJK}]{{2,3}}?)"
        # An item before a link is as long as it must be for the link to follow it.
        inner = f"(?:(?:{surname}[{_CJK}]{{1,2}}?|[{_CJK}]{{2,3}}?)(?=(?:{link}))|[a-z]{{2,}})"
        self.link_any = re.compile(link)
        self.people_any = (
            re.compile("|".join(map(re.escape, rules.list_markers))).search
            if rules.list_markers
            else re.compile("(?!)").search
        )
        self.listed = re.compile(f"(?:{inner}(?:{link}))+{item}")
        self.item = re.compile(f"({inner}|{item})(?:{link})?")
        markers = "|".join(map(re.escape, sorted(rules.list_markers, key=len, reverse=True)))
        self.people_after = re.compile(f"(?:{markers})") if markers else re.compile("(?!)")
        self.not_names = frozenset(rules.not_names) | frozenset(rules.cues)
        orgs = "|".join(map(re.escape, sorted(rules.org_suffixes, key=len, reverse=True)))
        self.org_after = re.compile(orgs) if orgs else re.compile("(?!)")
        places = re.escape("".join(rules.place_suffixes))
        # A brand or trade between a place and an organisation's form: 郑州市[金鑫]商贸有限公司.
        self.org = re.compile(
            f"(?<=[{places}])[^{re.escape(''.join(rules.not_in_org))}\\W\\d_]{{2,14}}?(?:{orgs})"
        )
        self.place_end = frozenset(rules.place_suffixes)
        self.first = frozenset(single) | frozenset(s[0] for s in rules.compound_surnames)
        # A character class is one C-speed scan where a loop over characters is not.
        first = "".join(sorted(self.first))
        self._has_first = re.compile(f"[{re.escape(first)}]" if first else "(?!)").search
        self._tagged: dict[str, tuple[tuple[int, int], ...]] = {}
        self._new: list[str] = []
        self._dict: dict[str, int] = {}
        if rules.use_segmenter:
            self._dict = jieba_freq()

    def __setstate__(self, state: dict[str, object]) -> None:
        # Unpickled in a Dask worker, which has not inherited the segmenter from a fork.
        self.__dict__.update(state)
        self._dict = jieba_freq() if self.rules.use_segmenter else {}

    # -- the extent of a name ----------------------------------------------------------
    def surname_len(self, text: str, start: int) -> int:
        """The length of the surname at `start` (2 for a compound), 0 if there is none."""
        if text[start : start + 2] in self.compounds:
            return 2
        return 1 if text[start : start + 1] in self.single else 0

    def extent(self, text: str, start: int, *, at_least: int = 0) -> int:
        """Where the name starting with a surname at `start` ends (`start` if it is not one):
        the surname and one or two characters of given name; the second is dropped when it
        starts what follows (提供, 在, 因), ends a place (宋庄市) or is not a character."""
        n = self.surname_len(text, start)
        if not n:
            return start
        end = start + n
        limit = min(len(text), end + 2)
        while end < limit and "\u3400" <= text[end] <= "\u9fff":
            if end > start + n and end >= start + at_least and self._ends_before(text, end):
                break
            end += 1
        if end == start + n:
            return start
        if text[end - 1] in self.place_end or (end < len(text) and text[end] in self.place_end):
            return start  # 钟祥县, 林州市: a place
        if self.org_after.match(text, end) or self.org_after.search(text, start, end):
            return start  # 金鑫公司: a brand
        word = text[start:end]
        if word.endswith(self.title_end):
            return start  # 安全法: a law's title
        if any(word[:k] in self.not_names for k in (2, 3, 4)):
            return start  # a cue word is never a name (班组长, 微信号)
        if (
            n == 1
            and word[0] not in self.rules.surnames
            and (self._freq(word) >= _COMMON or self._freq(word[1:]) >= _COMMON_WORD)
        ):
            return start  # a rare surname before a common word: 代为, 于现场
        return end

    def _ends_before(self, text: str, pos: int) -> bool:
        """Whether the name ends before `pos`: the character there starts the verb,
        particle or title after a name (在, 提供), or a common word with the next (参与)."""
        return text[pos] in self.rules.stop_chars or self._freq(text[pos : pos + 2]) >= _COMMON_WORD

    def _freq(self, word: str) -> int:
        return (self._dict.get(word) or 0) if len(word) >= 2 else 0

    # -- the four signals --------------------------------------------------------------
    def find(self, n: str, known: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Spans of names in the name view `n` (folded: simplified, lower case), given the
        spans of names already known there. The segmenter reads `n` too, so a name in
        traditional characters is read as its simplified twin."""
        spans = list(self.cued_names(n))
        spans.extend(self.role_names(n))
        # Each pattern that starts with a surname tries every position; a literal search
        # for what must be there anyway (a title, a link) skips most texts at C speed.
        for m in self.before_cue.finditer(n) if self.after_any(n) else ():
            end = self.extent(n, m.start(), at_least=m.end(1) - m.start())
            # Before a bracket (…（身份证…）) a common word is a word: 620万元（身份证号…）.
            bracket = n[m.end(1)] in "(（"
            if end - m.start() >= 2 and not (bracket and self._freq(n[m.start() : end]) >= _COMMON):
                spans.append((m.start(), end))
        cued = set(spans)
        orgs = [m.span() for m in self.org.finditer(n)] if self.rules.org_suffixes else []
        for a, b in self.tagged_names(n):
            # A cue's reading wins over the segmenter's where they overlap (黄洋梅|梅名下).
            if not any(a < e and s < b for s, e in cued) and not any(
                s <= a and b <= e for s, e in orgs
            ):
                spans.append((a, b))
        listed = self.listed_names(n, [*known, *spans])
        spans.extend((a, b) for a, b in listed if not any(a < e and s < b for s, e in orgs))
        return spans

    def cued_names(self, compact: str) -> Iterator[tuple[int, int]]:
        """Spans in the name view: a name right after a cue word (and a link: 为, ：). Every
        cue found is tried, overlapping ones too (其妻子黄洋梅: 其妻 and 妻子), in one C pass
        of an automaton instead of a regex alternation of hundreds of cues."""
        if not len(self.cue_automaton):
            return
        for last, cue in self.cue_automaton.iter(compact):
            start = last + 1
            begin = start - len(cue)
            if cue in self.occupations and (
                (begin and self._word(compact[begin - 1 : begin + 1]))
                or self._word(compact[start - 1 : start + 1])
            ):
                continue  # the occupation is part of other words (仓库管理员, 水电工程)
            link = self.link_at.match(compact, start)
            if link:
                start = link.end()
            if self.surname_len(compact, start):
                end = self.extent(compact, start)
                # After an occupation that is also a word (销售, 财务) a very common word is
                # what is sold or managed (销售范围, 财务管理); a rarer one (高山, 夏天) is
                # taken for a name, as after any other cue.
                if end - start >= 2 and not (
                    cue in self.occupations and self._freq(compact[start:end]) >= _COMMON_NOUN
                ):
                    yield start, end
                continue
            if not self.rules.unknown_after_cue or cue in self.occupations:
                # An occupation that is a word (采购中予以) vouches only for a known surname.
                continue
            if any(
                compact[max(0, start + 1 - k) : start + 1] in self.cue_set for k in self.cue_sizes
            ):
                continue  # the cue is part of a longer cue (其妻 of 其妻子, 代表 of 法定代表人)
            slot = _SLOT.match(compact, start)
            if slot and not any(slot.group(1)[:k] in self.not_names for k in (2, 3)):
                # Between a cue and a bracket of particulars even a word is a name:
                # 投诉人和平（住宅电话…）.
                yield start, slot.end(1)
                continue
            if self._word(compact[last + 1 - len(cue) : start + 1]):
                continue  # the cue is part of a longer word (会计 of 会计师)
            end = self._unknown_extent(compact, start)
            if end - start >= 2:
                yield start, end

    def role_names(self, n: str) -> Iterator[tuple[int, int]]:
        """A name with a known surname after a role word the cue table lacks: a dictionary
        word ending in 员/人/师/长/监/官/商 (报关员乐正思远, 安全总监欧阳东). Stricter than a
        cue: the given name may not start a common word (工作人员向当事人)."""
        for m in self.role_at.finditer(n):
            start = m.end()
            # A compound surname that is no word itself (公西, 乐正) after a role's ending is
            # a name whether or not the dictionary knows the role (质量受权人公西华).
            rare_compound = n[start : start + 2] in self.compounds and not self._freq(
                n[start : start + 2]
            )
            if not rare_compound and not any(
                self._word(n[start - k : start]) for k in (2, 3, 4) if start >= k
            ):
                continue
            if self._word(n[start - 1 : start + 1]):
                continue  # 人民: the role's last character starts a word instead
            size = self.surname_len(n, start)
            end = self.extent(n, start)
            if end - start < 2 or self._freq(n[start + size : start + size + 2]) >= _COMMON_WORD:
                continue
            if not self._word(n[start:end]):
                yield start, end

    def _unknown_extent(self, text: str, start: int) -> int:
        """A name after a cue whose surname no table holds: two characters that are no
        dictionary word, and a third unless it starts what follows (禚玥执法, 斛律光；)."""
        end = start
        while end < min(len(text), start + 3) and "\u3400" <= text[end] <= "\u9fff":
            if end > start + 1 and self._ends_before(text, end):
                break
            end += 1
        if end - start < 2 or text[start] in self.rules.stop_chars:
            return start
        if self._word(text[start : start + 2]) or self._word(text[start:end]):
            return start
        if text[end - 1] in self.place_end or self.org_after.match(text, end):
            return start
        return end

    def _word(self, word: str) -> bool:
        """A dictionary word (检查, 现场): never a name of its own after a mere role."""
        return self._freq(word) > 0

    def listed_names(self, n: str, found: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
        """Items of an enumeration of which one is a name already found, or which a
        people-word closes (甲、乙及其他三人): every item that starts with a surname."""
        for m in self._lists(n, found):
            items: list[tuple[int, int, bool]] = []
            marker = False
            for part in self.item.finditer(m.group()):
                a, b = m.start() + part.start(1), m.start() + part.end(1)
                if items and self.people_after.match(n, items[-1][1]):
                    marker = True  # 甲、乙及其他三人: 其他 is no item
                    break
                if b - a == 3 and not self.surname_len(n, a) and self.surname_len(n, a + 1):
                    a += 1  # 游客花雅琴: the role's last character is not the name's
                items.append((a, b, n[a].isascii()))
            # The regex took the shortest reading of the last item: let it reach its extent.
            last_a, last_b, latin = items[-1]
            if not latin and not marker:
                items[-1] = (last_a, max(last_b, self.extent(n, last_a)), False)
            # Three or more names in a row need nothing else: places and firms rarely start
            # with a surname three times over (郑州、洛阳 breaks at 洛).
            marker = marker or self.people_after.match(n, items[-1][1]) is not None
            people = marker or any(
                latin or any(a < e and s < b for s, e in found) for a, b, latin in items
            )
            surnamed = all(latin or self.surname_len(n, a) for a, _, latin in items)
            if not people and not (surnamed and len(items) >= 3):
                continue
            for a, b, latin in items:
                if latin:
                    continue
                end = self.extent(n, a, at_least=b - a)
                if end > a:
                    yield a, end
                elif (
                    people
                    # After 等N人 even a word is a name (黎明); beside a name, a non-word.
                    and (marker or (not self.surname_len(n, a) and not self._word(n[a:b])))
                    and self.rules.stop_chars.isdisjoint(n[a:b])
                    and not self._word(n[max(0, a - 2) : a])  # 参与了: no link
                ):
                    # A people-word or a name beside it says what the item is, whatever
                    # its surname (强志远、锁春来及其他五人; 米兰、黎明及其他三人).
                    yield a, b

    def _lists(self, n: str, found: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
        """Enumeration candidates, searched only in clauses that can hold one that counts:
        with two links (three names), a name found in them, or a people-word."""
        for clause in _LIST_CLAUSE.finditer(n):
            a, b = clause.span()
            links = len(self.link_any.findall(n, a, b))
            if not links:
                continue
            if (
                links >= 2
                or any(a < e and s < b for s, e in found)
                or self.people_any(n, a, b)
                or _LATIN_RUN.search(n, a, b)
            ):
                yield from self.listed.finditer(n, a, b)

    def tagged_names(self, text: str) -> tuple[tuple[int, int], ...]:
        """Spans in `text` that the segmenter reads as names and start with a surname."""
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
                for off, least in _tag(clause, self.single, self.compounds):
                    end = self.extent(clause, off, at_least=least)
                    if end - off >= 2:
                        found.append((base + off, base + end))
        return tuple(found)


def _folded(rules: RedactionRules) -> RedactionRules:
    """The rules' words as the name view writes them (NFKC: （ is read as ( there)."""

    def fold(words: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(unicodedata.normalize("NFKC", w) for w in words)

    return dataclasses.replace(
        rules,
        cues=fold(rules.cues),
        cue_links=fold(rules.cue_links),
        list_links=fold(rules.list_links),
        list_markers=fold(rules.list_markers),
        after_cues=fold(rules.after_cues),
    )


_TEXT_CACHE_MAX = 200_000
# A dictionary word tagged as a name but this common is a word first (陈述, 文明, 高峰).
_COMMON = 100
# A word this common is read as a word where a name could end (参与, 负责, 现场).
_COMMON_WORD = 1000
# After an occupation that is also a word, a word this common is its object (销售范围).
_COMMON_NOUN = 5000


@lru_cache(maxsize=200_000)
def jieba_freq() -> dict[str, int]:
    """jieba loaded (its word frequencies are what `_freq` reads)."""
    # Imported here, not at the top: loading its tag table takes ~0.7 s, which every
    # command (refresh, verify, scan) would pay without ever segmenting.
    import jieba.posseg  # its tag table (word_tag_tab); cutting uses jieba.cut

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba.dt.FREQ  # type: ignore[no-any-return]


def _tag(
    clause: str, single: frozenset[str], compounds: frozenset[str]
) -> tuple[tuple[int, int], ...]:
    """Where names start in one clause, and how long the segmenter's word there was (digits
    folded; cached: templated texts repeat clauses).

    jieba's plain segmenter with its HMM is used, not `posseg` (seven times slower): a word
    the HMM made up (not in the dictionary) that starts with a surname, or has one right
    after a one-character preposition (经程琪杰), is taken for a name, as is a rare
    dictionary word tagged `nr`, a compound surname read as a word, and a lone surname
    tagged `nr` with what follows. A surname is a whole one: 微 (of 微生) does not make
    微信号 a name.
    """
    words = list(jieba.cut(clause, HMM=True))
    freq, tags = jieba.dt.FREQ, jieba.posseg.dt.word_tag_tab
    found: list[tuple[int, int]] = []
    pos = 0

    def starts(word: str) -> bool:
        return word[:2] in compounds or word[0] in single

    for i, word in enumerate(words):
        count = freq.get(word) or 0
        cjk = all("\u3400" <= ch <= "\u9fff" for ch in word)
        nxt = words[i + 1] if i + 1 < len(words) else ""
        nxt_cjk = bool(nxt) and all("\u3400" <= ch <= "\u9fff" for ch in nxt)
        if cjk and word in compounds and nxt_cjk and count < _COMMON:
            found.append((pos, 0))
        elif cjk and 2 <= len(word) <= 5:
            if count == 0 and starts(word) and len(word) <= 4:
                found.append((pos, len(word)))
            elif count == 0 and len(word) >= 3 and starts(word[1:]):
                found.append((pos + 1, len(word) - 1))
            elif starts(word) and count < _COMMON and tags.get(word, "").startswith("nr"):
                found.append((pos, len(word)))
        elif (
            len(word) == 1
            and word in single
            and tags.get(word, "").startswith("nr")
            and 1 <= len(nxt) <= 2
            and nxt_cjk
            and (freq.get(nxt) or 0) < _COMMON * 10
        ):
            found.append((pos, 1 + len(nxt)))
        pos += len(word)
    return tuple(found)
