"""Finding sensitive values in one text, through every disguise.

Built once per build: one Aho–Corasick automaton over every known sensitive value, one over
every public value, and compiled regexes; per text, a few C-speed passes over the working
copies made by `normalise`, with every span mapped back to the original text.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import ahocorasick  # pyahocorasick ships no stubs

from generator import ids
from generator.redact.config import RedactionRules, tables_of
from generator.redact.known import PERSON_NAME, TRADE_SECRET, KnownValues
from generator.redact.names import LATIN_NAME, NameFinder
from generator.redact.normalise import View, compact, compact_names, compact_value, normalise
from generator.redact.numbers import find_emails, find_numbers
from generator.redact.patterns import Patterns

# Kinds a protected public value may shadow: guesses, never a known value or a checked number.
_SHADOWABLE = frozenset(
    {PERSON_NAME, "certificate", "mobile", "address", "vehicle_plate", "qq", "wechat",
     "social_account", "landline"}
)  # fmt: skip
_NUMERAL_CHARS = "〇零一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖"
_LAW = re.compile(r"《[^《》]{1,120}》")
_USCC_LIKE = re.compile(r"(?<![0-9a-z])[0-9a-hj-npqrtuwxy]{18}(?![0-9a-z])")
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{8,}={0,2}")
_HAS_LETTER_AND_DIGIT = re.compile(r"(?=.*[A-Za-z])(?=.*[0-9])|(?=.*[a-z])(?=.*[A-Z])")


@dataclass(frozen=True, slots=True)
class Found:
    """A sensitive value in the original text: its span, kind and, for names, the name."""

    start: int
    end: int
    kind: str
    name: str | None = None  # the name to mask with; None means the span is removed
    known: bool = False  # a value known from the structured fields
    shown: str | None = None  # what replaces the span instead (a number masked to policy)


def automaton(keys: Iterable[str]) -> ahocorasick.Automaton:
    """One Aho-Corasick automaton over `keys` (each key is its own value); shared with the
    leak gate so both find values the same way."""
    auto = ahocorasick.Automaton()
    for key in keys:
        auto.add_word(key, key)
    if len(auto):
        auto.make_automaton()
    return auto


class Detector:
    """Every detector of the build, compiled once."""

    def __init__(self, known: KnownValues, rules: RedactionRules) -> None:
        self.known = known
        self.rules = rules
        # Names are searched in the name view, everything else in the number view.
        self.sensitive = automaton(k for k, n in known.sensitive.items() if n.kind != PERSON_NAME)
        self.known_names = automaton(k for k, n in known.sensitive.items() if n.kind == PERSON_NAME)
        self.names = NameFinder(rules)
        cues = "|".join(map(re.escape, sorted(rules.cues, key=len, reverse=True))) or "(?!)"
        self._cue_end = re.compile(f"(?:{cues})[:：]?(?:为|是|系|叫)?$")
        self.patterns = Patterns(
            rules, (n.value for n in known.sensitive.values() if n.kind == TRADE_SECRET)
        )
        # Everything a personal value in a public value needs at least one of (a cheap
        # first look over 10⁵ company names; the detectors then decide).
        at_words = "|".join(
            re.escape(compact_value(w) or w) for w in tables_of(rules).email_at_words
        )
        self._taint_hint = re.compile(
            f"[0-9@#*{_NUMERAL_CHARS}{''.join(self.patterns.spoken_chars)}]|{cues}"
            f"|{self.patterns.cue_alternation}|{at_words or '(?!)'}"
        )
        # A public value holding a personal value (a department written with its clerk's
        # name and mobile) shields nothing: it is redacted like free text.
        self.public = automaton(k for k in known.public if not self._tainted(k))

    def find(
        self, text: str, *, guess: bool = True, depth: int = 0, names_only: bool = False
    ) -> list[Found]:
        """Sensitive values in `text`. `guess` adds the detectors that guess (names in prose,
        numbers by shape); without it only known values are found, for public columns."""
        norm = normalise(text)
        comp = compact(norm)
        # Spoken digits (幺洞两拐) read as digits: same length, so `comp`'s map still holds.
        c = self.patterns.spoken(comp.text)
        nview, original = compact_names(norm, blocks=False)
        n = nview.text
        out: list[Found] = []
        # Protected public values, in original coordinates so that every view can ask.
        protected = [comp.origin(s, e) for s, e in self._protected(c)]
        protected += [nview.origin(s, e) for s, e in self._protected(n)]
        # A pair of 《》 is a title by its shape only: anyone can write one around a name, a
        # mobile or an address (《关于某某（手机…）的说明》), so it shields nothing; the name
        # finder itself knows a law's title by its ending (…法, …条例).

        def covers(spans: list[tuple[int, int]], start: int, end: int, strict: bool) -> bool:
            # A guessed number equal to a public value (a USCC) is that value; a name must
            # be strictly inside a longer one (a person may bear a shop's name).
            return any(
                s <= start and end <= e and (e - s > end - start or not strict) for s, e in spans
            )

        def add(view: View, start: int, end: int, kind: str, name: str | None = None,
                known: bool = False, shown: str | None = None) -> None:  # fmt: skip
            a, b = view.origin(start, end)
            if (
                kind in _SHADOWABLE
                and (not known or kind == PERSON_NAME)
                and covers(protected, a, b, kind == PERSON_NAME)
            ):
                return
            out.append(Found(a, b, kind, name, known, shown))

        if len(self.sensitive) and not names_only:
            for last, key in self.sensitive.iter(c):
                needle = self.known.sensitive[key]
                add(comp, last - len(key) + 1, last + 1, needle.kind, known=True)
        known_spans: list[tuple[int, int]] = []
        if len(self.known_names):
            for last, key in self.known_names.iter(n):
                known_spans.append((last - len(key) + 1, last + 1))
                if not names_only:
                    value = self.known.sensitive[key].value
                    add(nview, last - len(key) + 1, last + 1, PERSON_NAME, value, known=True)
        if guess and not names_only:
            masked = self.patterns.masked_within_policy(c)
            for start, end, kind in find_numbers(c):
                if not any(s <= start and end <= e for s, e in masked):
                    add(comp, start, end, kind)
            for start, end in find_emails(norm.text):
                add(norm, start, end, "email")
            for hit in self.patterns.compact_hits(c):
                add(comp, hit.start, hit.end, hit.kind, shown=hit.shown)
            for hit in self.patterns.normal_hits(norm.text):
                add(norm, hit.start, hit.end, hit.kind)
        elif not names_only:
            # Declared trade secrets are known values, whatever their spelling.
            for hit in self.patterns.normal_hits(norm.text):
                if hit.kind == TRADE_SECRET:
                    add(norm, hit.start, hit.end, hit.kind)
        if guess:
            # Masked from the characters as written (numerals and variants not folded), so
            # the surname shown is the real one. After a cue the longer reading is kept even
            # where a shorter known name fits: 龚娟晨 is not 龚娟 followed by a word.
            for start, end in self.names.find(n, known_spans):
                add(nview, start, end, PERSON_NAME, original[start:end])
            for m in LATIN_NAME.finditer(norm.text):
                add(norm, m.start(), m.end(), PERSON_NAME, m.group())
            for m in (
                self.names.mixed.finditer(norm.text) if self.names.has_latin(norm.text) else ()
            ):
                add(norm, m.start(), m.end(), PERSON_NAME, m.group())
            if depth == 0 and not names_only:
                self._base64(norm, add)
        # Cue words are looked for only when a name was guessed (a costly alternation).
        guessed = any(f.kind == PERSON_NAME and not f.known for f in out)
        cues = [comp.origin(s, e) for s, e in self.patterns.cue_spans(c)] if guessed else []
        return self._sifted(out, cues)

    def _sifted(self, out: list[Found], cues: list[tuple[int, int]]) -> list[Found]:
        """`out` without the name guesses that are cue words (微信号 is no 微＊号)."""
        if not cues:
            return out

        def keep(f: Found) -> bool:
            if f.kind != PERSON_NAME or f.known:
                return True
            overlap = max((min(e, f.end) - max(s, f.start) for s, e in cues), default=0)
            return 2 * overlap < f.end - f.start

        return [f for f in out if keep(f)]

    def guess_names(self, text: str) -> list[str]:
        """Names this text reveals that no structured field knows (for masking everywhere)."""
        return [
            f.name
            for f in self.find(text, names_only=True)
            if f.kind == PERSON_NAME and not f.known and f.name is not None
        ]

    def _protected(self, c: str) -> list[tuple[int, int]]:
        spans = (
            [(last - len(key) + 1, last + 1) for last, key in self.public.iter(c)]
            if len(self.public)
            else []
        )
        for m in _USCC_LIKE.finditer(c):
            if ids.uscc_problem(m.group().upper()) is None:
                spans.append(m.span())
        return spans

    def _tainted(self, key: str) -> bool:
        """True when a public value (in its compact form) holds a personal value."""
        if self._taint_hint.search(key) is None:
            return False  # most organisation names: no digit, numeral, @, mask or cue
        c = self.patterns.spoken(key)
        return (
            next(find_numbers(c), None) is not None
            or self.patterns.tainted(c)
            or next(find_emails(key), None) is not None
            or next(self.names.cued_names(key), None) is not None
            or self._cued_known_name(key)
        )

    def _cued_known_name(self, key: str) -> bool:
        """A known person's name right after a cue word (澜某罚〔2026〕55号（当事人…）) or
        alone in brackets: the value is a record of that person, not a name that merely
        contains theirs."""
        if not len(self.known_names):
            return False
        for last, name in self.known_names.iter(key):
            before = key[max(0, last - len(name) + 1 - 12) : last - len(name) + 1]
            if self._cue_end.search(before):
                return True
            # A known name in brackets of its own (…44号（古某某）) says whose record it
            # is as plainly as a cue would.
            if before.endswith(_OPEN) and key[last + 1 : last + 2] in _CLOSE:
                return True
        return False

    def _base64(self, norm: View, add: Callable[..., None]) -> None:
        """Base64-looking fragments are decoded and checked; a hit removes the fragment."""
        for m in _BASE64.finditer(norm.text):
            frag = m.group()
            if not _HAS_LETTER_AND_DIGIT.match(frag) and not frag.endswith("="):
                continue
            decoded = _decode_base64(frag)
            if decoded and self.find(decoded, depth=1):
                add(norm, m.start(), m.end(), "base64")


_OPEN = ("(", "（", "[", "【", "〔")
_CLOSE = frozenset(")）]】〕")


def _decode_base64(frag: str) -> str | None:
    padded = frag.rstrip("=")
    padded += "=" * (-len(padded) % 4)
    try:
        raw = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
        text = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    return text if text and text.isprintable() else None
