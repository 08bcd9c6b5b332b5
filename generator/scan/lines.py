"""The gate's views of a text, built line by line and memoised per distinct line.

Every subject and exit page repeats the same ~250 lines of navigation, header and footer,
and only a dozen lines differ from page to page. The views the gate searches (`number` ==
`compact_texts(normalise_text(t))[0]`, `name` the same [1], plus the base64 and hex runs
of `t`) are therefore made from per-line pieces that are computed once per distinct line
and joined, instead of being recomputed over 15,000 copies of the same navigation.

Nothing is skipped: the joined views are *equal* to the whole-text views (tests hold
this as a hypothesis property, and `whole_views` is the oracle), and every search then
runs on the whole joined view exactly as before, so a value spanning lines, tags or the
edge of a repeated block is seen as it was. Equality rests on these facts, each checked
against the patterns of generator/redact/normalise.py:

1. `normalise_text` is line-local. RLO, invisible, entity, percent and escape patterns
   never match a newline (the RLO run stops at one), so every substitution stays inside
   one line; a round that changes nothing changes nothing again, so the six-round cap
   gives a line the same rounds alone as inside the page. The one page-wide switch, NFKC
   "when the text is not normalised", only matters for a line whose characters NFKC
   changes. Without combining marks the substitution is per character, and a character
   that NFKC changes has NFKC_QC=No: it never occurs in a normalised text, so such a line
   is unnormalised itself and the page with it is too; a line carrying a combining mark
   is not trusted and its page is read whole.
2. Separator and tag deletion is per character or per tag, and a tag (`<...>` without
   `<`, `>` or newline inside) never spans a line; the newline between two lines is a
   separator, deleted in both views. A block tag may (`<\\s*` takes newlines): a line whose
   normalised text ends in an open `<` sends its text to `whole_views`.
3. Folding (case, traditional to simplified, numerals as digits, o/l as 0/1) depends on
   context and on page-wide flags, so it is never done per line: it runs on the joined
   views, with the traditional flag as the OR of the lines' flags (no view adds or
   removes a traditional character).
4. Base64 and hex runs never contain a newline, so a text's runs are its lines' runs.

Lines are normalised in batches (a page's new lines in one call) because the line split
survives normalisation whenever the batch gains no newline from decoding (checked; else
line by line).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from itertools import accumulate, chain
from operator import itemgetter

from generator.redact.normalise import (
    _BLOCK_TAG,
    _COMBINING,
    _SEPARATOR,
    BOUNDARY,
    _fold_name,
    _fold_numbers,
    _t2s_chars,
    compact_texts,
    delete_separators,
    normalise_text,
)

# The very patterns of normalise.py (imported, not copied: a copy could drift and the
# equality above would silently break).
BASE64 = re.compile(r"[A-Za-z0-9+/_-]{12,}={0,2}")
# Whole runs of hex digits, kept when as long as an md5, sha1 or sha256 (a pattern that
# starts with a character class is scanned far faster than one that starts with a lookbehind).
HEX = re.compile(r"[0-9a-fA-F]{32,}")
HEX_LENGTHS = frozenset({32, 40, 64})
# A `<` with nothing but spaces and a `/` after it to the end of the line: a block tag may
# continue on the next line.
_OPEN_TAG_END = re.compile(r"<\s*/?\s*\Z")
# Joins a batch's lines for the separator pass: `\x01` is neither separator nor tag text
# outside a line, so the pieces come apart again on it.
_CUT = "\x01"
_LIMIT = 200_000  # distinct lines kept per process; the repeated chrome is a few hundred


@dataclass(frozen=True, slots=True)
class Views:
    """The texts the gate searches for one text."""

    number: str  # compact_texts(normalise_text(text))[0]
    name: str  # compact_texts(normalise_text(text))[1]
    fragments: frozenset[str]  # base64-looking runs
    hexes: frozenset[str]  # hex runs of hash length, lower case


@dataclass(frozen=True, slots=True)
class _Extra:
    """What a few lines carry besides their two view pieces."""

    traditional: bool = False
    combining: bool = False  # NFKC of the line might depend on the page: read it whole
    open_tag: bool = False  # a block tag may go on to the next line: read it whole
    fragments: tuple[str, ...] = ()  # base64-looking runs
    hexes: tuple[str, ...] = ()  # hex runs of hash length, lower case


# A line's number and name view pieces before folding, and its extra or None: a tuple,
# so that a page is put together by C-level joins over its lines.
_Line = tuple[str, str, _Extra | None]
_NUMBER = itemgetter(0)
_NAME = itemgetter(1)
_EXTRA = itemgetter(2)


def whole_views(text: str) -> Views:
    """The views made from the whole text at once: the definition `LineViews` meets."""
    number, name = compact_texts(normalise_text(text))
    return Views(number, name, frozenset(BASE64.findall(text)), _hexes(HEX.findall(text)))


class LineViews:
    """`whole_views`, from per-line pieces memoised across the texts of one process."""

    def __init__(self, limit: int = _LIMIT) -> None:
        self._lines: dict[str, _Line] = {}
        self._seen: set[int] = set()  # hashes of lines met once: kept from the second time
        self._limit = limit

    def views(self, text: str) -> Views:
        lines = text.split("\n")
        known = self._lines
        missing = [line for line in dict.fromkeys(lines) if line not in known]
        if not missing:
            parts = list(map(known.__getitem__, lines))
        else:
            seen = self._seen
            again = [line for line in missing if hash(line) in seen]
            if len(seen) > self._limit:
                seen.clear()
            seen.update(map(hash, missing))
            if 2 * (len(missing) - len(again)) > len(lines):
                # Mostly lines never met before (a feed, a search fragment, the first
                # page): one pass over the whole text is cheaper than a piece per line.
                return whole_views(text)
            known.update(_pieces(missing))
            parts = list(map(known.__getitem__, lines))
            # Only a line met twice stays: a page's own lines would crowd out the chrome.
            for line in set(missing).difference(again):
                del known[line]
            if len(known) > self._limit:
                known.clear()
        extras: list[_Extra] = list(filter(None, map(_EXTRA, parts)))
        if any(x.combining for x in extras) or (
            any(x.open_tag for x in extras)
            and any(p[2] is not None and p[2].open_tag for p in parts[:-1])
        ):
            return whole_views(text)
        traditional = any(x.traditional for x in extras)
        number = _fold_numbers(_fold_name("".join(map(_NUMBER, parts)), traditional=traditional))
        name = _fold_name("".join(map(_NAME, parts)), traditional=traditional)
        fragments = frozenset(chain.from_iterable(x.fragments for x in extras))
        hexes = frozenset(chain.from_iterable(x.hexes for x in extras))
        return Views(number, name, fragments, hexes)


def _pieces(lines: list[str]) -> dict[str, _Line]:
    """Each line's pieces; the regex passes run once over the batch, C speed."""
    raw = "\n".join(lines)
    norm = normalise_text(raw)
    if norm.count("\n") == len(lines) - 1:
        normed = norm.split("\n")
    else:  # decoding made a newline (`&#10;`): the split would not line up
        normed = [normalise_text(line) for line in lines]
    if any(_CUT in n for n in normed):
        numbers = [_SEPARATOR.sub("", n) for n in normed]
        names = [_SEPARATOR.sub("", _BLOCK_TAG.sub(BOUNDARY, n)) for n in normed]
    else:
        # `\n\x01\n`: the newlines keep every tag inside its line, the separator pass
        # deletes them, and `\x01` survives both passes to cut the pieces apart.
        joined = f"\n{_CUT}\n".join(normed)
        numbers = delete_separators(joined).split(_CUT)
        named = _BLOCK_TAG.sub(BOUNDARY, joined) if "<" in joined else joined
        names = delete_separators(named).split(_CUT)
    out: dict[str, _Line] = {
        line: (number, name, None) for line, number, name in zip(lines, numbers, names, strict=True)
    }
    extras: dict[int, dict[str, object]] = defaultdict(dict)
    # Each flag is looked for in the whole batch first: most batches have none.
    if not _t2s_chars().isdisjoint(norm):
        for i, n in enumerate(normed):
            if not _t2s_chars().isdisjoint(n):
                extras[i]["traditional"] = True
    if _COMBINING.search(raw) or _COMBINING.search(norm):
        # A combining mark is the one case where NFKC of a line may depend on the rest
        # of the page (point 1 of the module docstring).
        for i, (line, n) in enumerate(zip(lines, normed, strict=True)):
            if _COMBINING.search(line) or _COMBINING.search(n):
                extras[i]["combining"] = True
    if "<" in norm:
        for i, n in enumerate(normed):
            if "<" in n and _OPEN_TAG_END.search(n):
                extras[i]["open_tag"] = True
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    for key, pattern in (("fragments", BASE64), ("hexes", HEX)):
        found: dict[int, list[str]] = defaultdict(list)
        for m in pattern.finditer(raw):
            found[bisect_right(starts, m.start()) - 1].append(m.group())
        for i, runs in found.items():
            kept = runs if key == "fragments" else sorted(_hexes(runs))
            if kept:
                extras[i][key] = tuple(kept)
    for i, fields in extras.items():
        out[lines[i]] = (numbers[i], names[i], _Extra(**fields))  # type: ignore[arg-type]
    return out


def _hexes(runs: list[str]) -> frozenset[str]:
    return frozenset(h.lower() for h in runs if len(h) in HEX_LENGTHS)
