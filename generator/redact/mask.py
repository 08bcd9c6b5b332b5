"""How a value is shown once redacted: names keep the surname, certificates keep the
region code and the last digits, everything else is replaced by the removal marker.

Each function depends on the value alone, so the same value is masked the same way on
every page and feed, and no two pages together show more than one does.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from generator.redact.config import RedactionRules

_LATIN = re.compile(r"[A-Za-z]")
_NAME_NOISE = re.compile(r"[\s·・.•‧_\-]+")
# GB 11643: characters 7-14 of an 18-character number are the birth date.
_BIRTH = (6, 14)


def clean_name(value: str) -> str:
    """A name as compared and masked: NFKC, no inner spaces or dots (Latin keeps one space)."""
    text = unicodedata.normalize("NFKC", value).strip()
    if _LATIN.search(text):
        return " ".join(_NAME_NOISE.split(text)).strip()
    return _NAME_NOISE.sub("", text)


def mask_name(value: str, rules: RedactionRules) -> str:
    """Surname, then one mask character per remaining character (李明明 -> 李＊＊).

    A compound surname (欧阳) is kept whole. A Latin-script name keeps its family name (the
    last word, or the first where it is a pinyin surname or in capitals) and masks every
    letter of the others, so no initial is published either.
    """
    name = clean_name(value)
    star = rules.mask_char
    if not name:
        return name
    if _LATIN.search(name):
        words = name.split(" ")
        if len(words) == 1:
            return words[0][:1] + star * (len(words[0]) - 1)
        first = words[0]
        if (len(first) >= 2 and first.isupper()) or first.lower() in rules.pinyin_surnames:
            # Pinyin puts the family name first (ZHANG Wei, Wang Xiaoming): keep that one.
            return " ".join([first, *(star * len(w) for w in words[1:])])
        return " ".join([*(star * len(w) for w in words[:-1]), words[-1]])
    surname = _compound_prefix(name, rules.compound_surnames) or name[:1]
    if len(surname) >= len(name):
        surname = name[:1]
    return surname + star * (len(name) - len(surname))


@lru_cache(maxsize=8)
def _compounds(compound_surnames: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    """The compound surnames by length, longest first: a few set lookups per name instead
    of a `startswith` against every compound surname."""
    lengths = sorted({len(s) for s in compound_surnames}, reverse=True)
    return tuple((n, frozenset(s for s in compound_surnames if len(s) == n)) for n in lengths)


def _compound_prefix(name: str, compound_surnames: tuple[str, ...]) -> str | None:
    for n, table in _compounds(compound_surnames):
        if name[:n] in table:
            return name[:n]
    return None


def mask_certificate(number: str, rules: RedactionRules) -> str:
    """At most the first and last characters the policy keeps, and never a birth-date digit."""
    n = len(number)
    first = min(rules.keep_first, _BIRTH[0], n)
    last = min(rules.keep_last, max(0, n - _BIRTH[1]) if n >= _BIRTH[1] else 0)
    if n == 15:  # first generation: the birth date is characters 7-12, the rest is sequence
        last = min(rules.keep_last, 3)
    if first + last >= n:
        return rules.mask_char * n
    return number[:first] + rules.mask_char * (n - first - last) + number[n - last :]
