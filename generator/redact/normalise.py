"""A working copy of a text with every disguise undone, and a map back to the original.

Detection runs on the working copy; what is found there is removed from the original, so
the map must send every span of the copy to the span of the original that produced it
(an entity `&#26446;` that became 李 is removed whole). Each step is a regex substitution
recorded as a list of edits, so text that needs no undoing costs one C-speed scan per step
and mapping a position is a binary search.

Three views are made: `normalise` (NFKC, invisibles gone, encodings decoded: what a reader
sees); on top of it `compact`, the number view (separators and tags dropped, lower case,
traditional characters as simplified, runs of Chinese numerals as digits), and
`compact_names`, the name view (the same, but numerals stay characters and a block tag such
as `</td>` stays as a boundary no name matches across). All are mapped back to the original.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote_to_bytes

import zhconv

# (new_start, new_end, old_start, old_end): text[new_start:new_end] replaced old[old_start:old_end].
Edit = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class Step:
    """One substitution pass: its edits in order, with their new starts for bisection.

    A span never takes in characters deleted just outside it: a removed value must not eat
    the comma after it.
    """

    edits: tuple[Edit, ...]
    new_starts: tuple[int, ...]

    def start(self, pos: int) -> int:
        i = bisect_right(self.new_starts, pos) - 1
        if i < 0:
            return pos
        e = self.edits[i]
        return e[2] if pos < e[1] else pos - e[1] + e[3]

    def end(self, pos: int) -> int:
        i = bisect_left(self.new_starts, pos) - 1
        if i < 0:
            return pos
        e = self.edits[i]
        return e[3] if pos <= e[1] else pos - e[1] + e[3]


@dataclass(frozen=True, slots=True)
class View:
    """A transformed text and the steps that lead back to the original."""

    text: str
    steps: tuple[Step, ...] = ()

    def origin(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that produced `text[start:end]`."""
        for step in reversed(self.steps):
            start, end = step.start(start), step.end(end)
        return start, end


def _sub(pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str | None], text: str,
         ) -> tuple[str, Step | None]:  # fmt: skip
    """`re.sub` that records its edits; `repl` returning None leaves a match as it was."""
    parts: list[str] = []
    edits: list[Edit] = []
    last = 0
    shift = 0
    for m in pattern.finditer(text):
        new = repl(m)
        if new is None or new == m.group():
            continue
        parts.append(text[last : m.start()])
        start = m.start() + shift
        parts.append(new)
        edits.append((start, start + len(new), m.start(), m.end()))
        shift += len(new) - (m.end() - m.start())
        last = m.end()
    if not edits:
        return text, None
    parts.append(text[last:])
    return "".join(parts), Step(tuple(edits), tuple(e[0] for e in edits))


# Zero-width, bidi controls, variation selectors, soft hyphen, tag characters, fillers.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e0fff]+"
)
# A right-to-left override run is displayed reversed: read it the way a reader sees it.
_RLO = re.compile("\u202e([^\u202c\u2069\n]*)(?:[\u202c\u2069]|$)", re.MULTILINE)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
# Written to start with a literal (`%`, `\\`) rather than a group: the regex engine then
# skips to each candidate at memchr speed instead of trying every position (50x on a page).
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}(?:%[0-9A-Fa-f]{2})*")
_ONE_ESCAPE = r"\\(?:[uU]\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2})"
_ESCAPE = re.compile(f"{_ONE_ESCAPE}(?:{_ONE_ESCAPE})*")
_ESCAPE_ONE = re.compile(
    r"\\[uU]\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})|\\x([0-9a-fA-F]{2})"
)
_MAYBE_ENCODED = re.compile(r"[&%\\\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e0fff]")  # fmt: skip
# Characters NFKC may change: anything but ASCII and the CJK ideographs and punctuation that
# are already normal, and combining marks (which compose with the character before them).
_NOT_NORMAL = re.compile(
    r"[\x00-\x7f\u4e00-\u9fff]?[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a]+"
    r"|[^\x00-\x7f\u4e00-\u9fff\u3001-\u3037]"
)
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a]")
_NOT_BASIC = re.compile(r"[^\x00-\x7f\u4e00-\u9fff\u3001-\u3037]")


def _entity(m: re.Match[str]) -> str | None:
    out = html.unescape(m.group())
    return out if out != m.group() else None


def _percent(m: re.Match[str]) -> str | None:
    try:
        return unquote_to_bytes(m.group()).decode("utf-8")
    except UnicodeDecodeError:
        return None


def _escape(m: re.Match[str]) -> str | None:
    units = []
    for one in _ESCAPE_ONE.finditer(m.group()):
        value = int(next(g for g in one.groups() if g is not None), 16)
        if value > 0x10FFFF:
            return None
        units.append(value)
    # JSON writes astral characters as surrogate pairs: join them as a decoder would.
    raw = "".join(chr(u) for u in units)
    return raw.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _nfkc(m: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", m.group())


def normalise(text: str) -> View:
    """What a reader of `text` sees, with encodings decoded, as a mapped view."""
    steps: list[Step] = []

    def run(pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str | None]) -> None:
        nonlocal text
        text, step = _sub(pattern, repl, text)
        if step is not None:
            steps.append(step)

    if _MAYBE_ENCODED.search(text):
        run(_RLO, lambda m: m.group(1)[::-1])
        # Encodings nest (`&amp;#26446;`, a percent-encoded entity): undo until nothing changes.
        for _ in range(6):
            before = len(steps)
            run(_INVISIBLE, lambda m: "")
            run(_ENTITY, _entity)
            run(_PERCENT, _percent)
            run(_ESCAPE, _escape)
            if len(steps) == before:
                break
    if not unicodedata.is_normalized("NFKC", text):
        # Character by character, so each edit stays local (whole-string NFKC has no map).
        run(_NOT_NORMAL, _nfkc)
    return View(text, tuple(steps))


def normalise_text(text: str) -> str:
    """`normalise(text).text` without the map, at C speed where it can be: the leak gate
    reads megabytes and needs the map only for the rare text that holds a finding."""
    changed = False

    def unmapped(repl: Callable[[re.Match[str]], str | None]) -> Callable[[re.Match[str]], str]:
        def sub(m: re.Match[str]) -> str:
            nonlocal changed
            new = repl(m)
            if new is None or new == m.group():
                return m.group()
            changed = True
            return new

        return sub

    if _MAYBE_ENCODED.search(text):
        text = _RLO.sub(lambda m: m.group(1)[::-1], text)
        for _ in range(6):
            text, deleted = _INVISIBLE.subn("", text)
            changed = deleted > 0
            text = _ENTITY.sub(unmapped(_entity), text)
            text = _PERCENT.sub(unmapped(_percent), text)
            text = _ESCAPE.sub(unmapped(_escape), text)
            if not changed:
                break
    if not unicodedata.is_normalized("NFKC", text):
        text = _NOT_NORMAL.sub(_nfkc, text) if _COMBINING.search(text) else _nfkc_chars(text)
    return text


def _nfkc_chars(text: str) -> str:
    """`_NOT_NORMAL.sub(_nfkc, text)` for a text without combining marks, where every match
    is one character: each distinct such character is replaced throughout with `str.replace`
    (a page holds a dozen, ，：（）…), which is many times faster than a translate or a
    callback per occurrence."""
    table = {}
    for ch in set(_NOT_BASIC.findall(text)):
        if (nf := unicodedata.normalize("NFKC", ch)) != ch:
            table[ch] = nf
    if any(out in table for nf in table.values() for out in nf):
        # A replacement that another would change again: only a translate is simultaneous.
        return text.translate({ord(ch): nf for ch, nf in table.items()})
    for ch, nf in table.items():
        text = text.replace(ch, nf)
    return text


# Separators a writer puts inside a name or number to break a match; never the mask
# character (＊ becomes * under NFKC), so that masked output reads the same twice.
_SEPARATOR = re.compile(r"<[^<>\n]{0,80}>|[\s\-‐‑‒–—―−_.·・•‧∙⋅|/\\'\"`~^]+")
# A tag that ends a table cell, list item, paragraph or line of a page or feed. Two names in
# neighbouring cells (邓＊ | 红名单) are two texts to a reader, so the name view keeps such a
# tag as a boundary; an inline tag (李<b>明</b>明) or spaces inside running text still join.
# Numbers are not split here: a number broken over a line is still read as one.
_BLOCK_TAG = re.compile(
    r"<\s*/?\s*(?:t[dhr]|table|thead|tbody|tfoot|caption|li|[uod]l|d[td]|p|div|br|hr|h[1-6]"
    r"|section|article|header|footer|nav|aside|main|blockquote|pre|option|select|form"
    r"|fieldset|figure|figcaption|address|title|head|body|html|script|style|entry|item"
    r"|summary|content|description|feed|channel|link|guid|id|updated|published|author"
    r"|category|name)(?=[\s/>])[^<>\n]{0,80}>",
    re.IGNORECASE,
)
BOUNDARY = "\x00"  # what a block tag becomes in the name view: no name matches across it
_NUMERALS = str.maketrans("〇零一壹幺二贰三叁四肆五伍六陆七柒八捌九玖", "001112233445566778899")
# Chinese numerals are digits only inside a run of numerals and digits: a lone 陆 or 伍 is a
# common surname (陆涛静), and 16 + 陆超 must not read as 166超 nor 6超 as a name.
# Matched: a run of two or more numerals and digits holding at least one numeral, whole.
_CN_NUMERAL_RUN = re.compile(
    "[0-9]+[〇零一壹幺二贰三叁四肆五伍六陆七柒八捌九玖][0-9〇零一壹幺二贰三叁四肆五伍六陆七柒八捌九玖]*"
    "|[〇零一壹幺二贰三叁四肆五伍六陆七柒八捌九玖][0-9〇零一壹幺二贰三叁四肆五伍六陆七柒八捌九玖]+"
)
_CN_NUMERAL_NEXT_TO_DIGIT = re.compile(
    "[〇零一壹幺二贰三叁四肆五伍六陆七柒八捌九玖]"
    "(?:(?<=[0-9〇零一壹幺二贰三叁四肆五伍六陆七柒八捌九玖].)|(?=[0-9〇零一壹幺二贰三叁四肆五伍六陆七柒八捌九玖]))"
)
# After lower-casing: O/o read as 0, I/l as 1, only between digits.
_DIGIT_LIKE = re.compile(r"(?<=[0-9])[oil]+(?=[0-9])")
_DIGIT_LIKE_FAST = re.compile(r"[oil](?<=[0-9].)[oil]*(?=[0-9])")
_LETTER_DIGITS = str.maketrans("oil", "011")


@lru_cache(maxsize=1)
def _t2s_table() -> dict[int, str]:
    """Single traditional characters and their simplified form, from zhconv's tables."""
    table: dict[int, str] = {}
    for trad, simp in zhconv.zhconv.getdict("zh-cn").items():
        if len(trad) == 1 and len(simp) == 1 and trad != simp:
            table[ord(trad)] = simp
    return table


@lru_cache(maxsize=1)
def _t2s_chars() -> frozenset[str]:
    """Every character `_t2s_table` changes: most texts have none, and a membership test
    per character is far cheaper than a translate through a table of thousands."""
    return frozenset(chr(c) for c in _t2s_table())


def fold_name(text: str) -> str:
    """The length-preserving fold of the name view: case and script variants, no numerals
    (a name is written in characters; reading 陆 as 6 only makes false matches)."""
    return _fold_name(text, traditional=not _t2s_chars().isdisjoint(text))


# Texts longer than this are folded and stripped of separators a piece at a time. A feed of
# 10⁸ characters is no different to read, but `str.lower` of a non-ASCII text allocates 12
# bytes per character and `re.sub` keeps every piece between matches alive until it joins
# them (a separator every few characters): whole, a feed held many times its own size.
_CHUNK = 1 << 20


def _lower(text: str, chunk: int = _CHUNK) -> str:
    """`text.lower()`, by pieces when long. Lower-casing is per character except for the
    final sigma, whose form depends on the letters around it: a text with Σ goes whole."""
    if len(text) <= chunk or "\u03a3" in text:
        return text.lower()
    return "".join([text[i : i + chunk].lower() for i in range(0, len(text), chunk)])


def delete_separators(text: str, chunk: int = _CHUNK) -> str:
    """`_SEPARATOR.sub("", text)`, by pieces of whole lines when long. A tag the pattern
    deletes never holds a newline, and deleting a run of separators is deleting each part
    of it, so cutting after a newline changes nothing."""
    if len(text) <= chunk:
        return _SEPARATOR.sub("", text)
    pieces: list[str] = []
    start = 0
    while start < len(text):
        cut = text.find("\n", start + chunk)
        end = len(text) if cut < 0 else cut + 1
        pieces.append(_SEPARATOR.sub("", text[start:end]))
        start = end
    return "".join(pieces)


def _fold_name(text: str, *, traditional: bool) -> str:
    folded = _lower(text)
    if len(folded) != len(text):  # a few characters (İ) lower-case to two
        folded = "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)
    return folded.translate(_t2s_table()) if traditional else folded


def fold_text(text: str) -> str:
    """The length-preserving part of `compact`: case, script variants, numerals as digits."""
    return _fold_numbers(fold_name(text))


def _fold_numbers(folded: str) -> str:
    # Searched first with patterns that start with a character class (which the regex
    # engine skips through fast); most texts need no change, and digit-only runs never do.
    if _CN_NUMERAL_NEXT_TO_DIGIT.search(folded):
        folded = _CN_NUMERAL_RUN.sub(lambda m: m.group().translate(_NUMERALS), folded)
    if _DIGIT_LIKE_FAST.search(folded):
        folded = _DIGIT_LIKE.sub(lambda m: m.group().translate(_LETTER_DIGITS), folded)
    return folded


def _delete(pattern: re.Pattern[str], text: str) -> tuple[str, Step | None]:
    """`_sub` for pure deletions, with the per-match work kept to arithmetic."""
    spans = [m.span() for m in pattern.finditer(text)]
    if not spans:
        return text, None
    edits: list[Edit] = []
    shift = 0
    for a, b in spans:
        edits.append((a - shift, a - shift, a, b))
        shift += b - a
    return pattern.sub("", text), Step(tuple(edits), tuple(e[0] for e in edits))


def compact(view: View) -> View:
    """`view` with separators and tags dropped and characters folded, still mapped."""
    return compact_pair(view)[0]


def compact_pair(view: View) -> tuple[View, str]:
    """`compact`, and the same text before folding (same positions)."""
    text, step = _delete(_SEPARATOR, view.text)
    # O/o/l/I read as digits only between digits, which the separators may have hidden.
    return View(fold_text(text), (*view.steps, step) if step is not None else view.steps), text


def compact_names(view: View, *, blocks: bool = True) -> tuple[View, str]:
    """The name view: like `compact`, but numerals stay characters and (with `blocks`) a
    block tag stays as `BOUNDARY`; with the same text before folding (same positions), which
    the segmenter reads and from which a found name is masked (its own surname, never a
    folded one). The redaction passes `blocks=False`: data is never markup, so a `<br>`
    inside a name in the input is a disguise, not a line break."""
    steps = view.steps
    text = view.text
    if blocks and "<" in text:
        text, step = _sub(_BLOCK_TAG, lambda m: BOUNDARY, text)
        if step is not None:
            steps = (*steps, step)
    text, step = _delete(_SEPARATOR, text)
    if step is not None:
        steps = (*steps, step)
    return View(fold_name(text), steps), text


def compact_texts(normalised: str) -> tuple[str, str]:
    """`compact(v).text` and `compact_names(v)[0].text` for `v = normalise(t)`, from
    `normalise_text(t)`, without the map."""
    # Neither view adds a character, and lower-casing makes none that is traditional.
    traditional = not _t2s_chars().isdisjoint(normalised)
    folded = _fold_name(delete_separators(normalised), traditional=traditional)
    blocks = _BLOCK_TAG.subn(BOUNDARY, normalised) if "<" in normalised else ("", 0)
    # Without a block tag the two views differ only by the numerals: a feed or a CSV of
    # megabytes then takes one separator pass and one fold instead of two.
    name = (
        _fold_name(delete_separators(blocks[0]), traditional=traditional) if blocks[1] else folded
    )
    return _fold_numbers(folded), name


_PLAIN_VALUE = re.compile(r"[0-9A-Za-z\u4e00-\u9fff]+")


def compact_value(value: str) -> str:
    """A known value in the form `compact` gives the texts it is searched in."""
    if _PLAIN_VALUE.fullmatch(value):  # most IDs, phones and names: nothing to undo
        return fold_text(value)
    return compact(normalise(value)).text


def compact_name(value: str) -> str:
    """A known name in the form `compact_names` gives the texts it is searched in."""
    if _PLAIN_VALUE.fullmatch(value):
        return fold_name(value)
    return compact_names(normalise(value))[0].text.replace(BOUNDARY, "")
