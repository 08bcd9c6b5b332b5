"""The gate's own detectors: personal values found by their shape, not by being known.

The known-value automaton only finds what the input declares or what redaction found; a
value both missed is invisible to it. These detectors read every published text for what
must never be published whoever wrote it: a mobile number, a resident ID with a valid check
character and birth date, a vehicle plate, an e-mail address, an instant-messaging account
after its cue, a landline after its cue. They are narrower than redaction's (a false alarm
stops the build): whole runs only, never a piece of a longer run of letters and digits
(hashes, signatures, base64), and they read the name view, where a table cell or paragraph
ends a run, so that numbers in neighbouring cells never join into a phone number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.redact.config import RedactionRules, tables_of
from generator.redact.normalise import BOUNDARY, fold_name
from generator.redact.numbers import id_kind
from generator.redact.patterns import alternation

# Cue words of a landline that mean a telephone and nothing else (号码 may be any number).
_PHONE_WORDS = ("电话", "座机", "固话", "宅电", "传真", "tel", "phone", "fax")
_EDGE = "(?<![0-9a-z])"
_BLOB = 40  # characters: no account or number is this long, every signature and hash is
_BLOB_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789+=")
_TAG = re.compile(r"<[^<>\n]{0,80}>")
_END = "(?![0-9a-z])"


class OwnDetectors:
    """The gate's shape detectors, compiled once per build from the redaction tables."""

    def __init__(self, rules: RedactionRules) -> None:
        t = tables_of(rules)
        first, last = re.escape(t.plate_first), re.escape(t.plate_last)
        lead = alternation(t.im_value_lead)
        # An account in brackets or quotes after its cue (微信号「…」) is one as well.
        brackets = "[:(=「『【〈《<“‘]"
        lead = f"(?:{lead}|{brackets})" if lead != "(?!)" else brackets
        im = dict(t.im_cues)
        landline = [c for c in t.landline_cues if any(w in c.lower() for w in _PHONE_WORDS)]
        tlds = "|".join(sorted(map(re.escape, t.email_tlds), key=len, reverse=True)) or "(?!)"
        parts = [
            ("mobile", f"{_EDGE}(?:\\+?86)?1[3-9][0-9]{{9}}{_END}"),
            ("resident_id", f"{_EDGE}[1-9][0-9]{{5}}(?:18|19|20)[0-9]{{9}}[0-9x]{_END}"),
            (
                "vehicle_plate",
                f"(?<![a-z0-9])[{first}][a-hj-np-z](?=(?:[a-hj-np-z]*[0-9]){{3}})"
                f"[a-hj-np-z0-9]{{4,6}}" + (f"[{last}]?" if last else "") + _END,
            ),
            ("email", f"{_EDGE}[a-z0-9][a-z0-9_%+]{{1,63}}@[a-z0-9]{{1,63}}(?:{tlds}){_END}"),
            (
                "qq",
                f"(?:{alternation(im.get('qq', ()))})(?:{lead}){{0,3}}[1-9][0-9]{{4,11}}{_END}",
            ),
            (
                "wechat",
                f"(?:{alternation(im.get('wechat', ()))})(?:{lead}){{0,3}}"
                f"(?:[a-z][a-z0-9]{{5,24}}|[0-9]{{6,15}}){_END}",
            ),
            (
                "landline",
                f"(?:{alternation(landline)})(?:{lead}){{0,3}}"
                f"(?:\\(?0[0-9]{{2,3}}\\)?[0-9]{{7,8}}|[0-9]{{7,8}})(?![0-9])",
            ),
        ]
        self._kinds = [kind for kind, _ in parts]
        self._pattern = re.compile("|".join(f"({p})" for _, p in parts))
        # The same values in the exact view: every tag a boundary, spaces kept, and only the
        # separators a writer puts inside one number allowed between its digits.
        sep = "[ \\-.·・]?"
        gap = f"(?:{lead}|\\s)"
        exact = [
            ("mobile", f"{_EDGE}(?:\\+?86[ -]?)?1[3-9](?:{sep}[0-9]){{9}}{_END}"),
            ("resident_id", f"{_EDGE}[1-9][0-9]{{5}}(?:18|19|20)[0-9]{{9}}[0-9x]{_END}"),
            (
                "vehicle_plate",
                f"(?<![a-z0-9])[{first}]{sep}[a-hj-np-z]{sep}"
                f"(?=(?:[a-hj-np-z \\-.·・]*[0-9]){{3}})"
                f"[a-hj-np-z0-9](?:{sep}[a-hj-np-z0-9]){{3,5}}"
                + (f"{sep}[{last}]?" if last else "")
                + _END,
            ),
            (
                "email",
                "(?<![a-z0-9._%+\\-])[a-z0-9][a-z0-9._%+\\-]{0,63}@[a-z0-9\\-]+"
                f"(?:\\.[a-z0-9\\-]+)*\\.(?:{tlds}){_END}",
            ),
            (
                "qq",
                f"(?:{alternation(im.get('qq', ()))}){gap}{{0,4}}[1-9](?: ?[0-9]){{4,11}}(?![0-9])",
            ),
            (
                "wechat",
                f"(?:{alternation(im.get('wechat', ()))}){gap}{{0,4}}"
                "(?:[a-z][a-z0-9_\\-]{5,24}|[0-9]{6,15})(?![0-9a-z_\\-])",
            ),
            (
                "landline",
                f"(?:{alternation(landline)}){gap}{{0,4}}"
                "(?:\\(?0[0-9]{2,3}\\)?[ \\-]?)?[0-9]{3,4}[ \\-]?[0-9]{4}(?![ \\-]?[0-9])",
            ),
        ]
        self._exact = re.compile("|".join(f"({p})" for _, p in exact))

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, kind) of every value in `text` (the name view of a published text)."""
        return self._matches(self._pattern, text)

    def confirm(self, exact: str) -> Iterator[tuple[int, int, str]]:
        """The findings in `exact_view(...)`: what `find` flags in the name view, read again
        where no tag or space between two numbers joins them (a pager's 1 4 5 6 7 8 9 10 16
        is no mobile)."""
        return self._matches(self._exact, exact)

    def _matches(self, pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int, str]]:
        for m in pattern.finditer(text):
            i = m.lastindex
            if i is None:
                continue
            kind = self._kinds[i - 1]
            if kind == "resident_id" and id_kind(m.group()) is None:
                continue
            if _in_blob(text, m.start(), m.end()):
                continue
            yield m.start(), m.end(), kind


def exact_view(normalised: str) -> str:
    """`normalised` (a text as `normalise` gives it) folded like the name view, with every
    tag replaced by boundaries of its own length (positions stay those of `normalised`)."""
    return fold_name(_TAG.sub(lambda m: BOUNDARY * len(m.group()), normalised))


def _in_blob(text: str, start: int, end: int) -> bool:
    """True when the span lies in a long run of base64 or hex characters: a signature or a
    hash (its `/` dropped by the view) in which `wx` and six letters occur by chance. What
    such a blob encodes is decoded and read by the gate on its own."""
    left = start
    while left > 0 and start - left < _BLOB and text[left - 1] in _BLOB_CHARS:
        left -= 1
    right = end
    while right < len(text) and right - left < _BLOB and text[right] in _BLOB_CHARS:
        right += 1
    return right - left >= _BLOB and all(ch in _BLOB_CHARS for ch in text[start:end])
