"""Personal values that have a shape but no check character, found by patterns built from
the rules' tables (`PatternTables`): accounts after their cue (instant messaging, social),
e-mails spelled out (艾特, 点, at, dot), vehicle plates, official certificate and badge
numbers after their cue, landlines, mobiles written in pieces, addresses with numerals,
pre-masked IDs that show more than the policy, and amounts equal to a declared trade secret
whatever their width, separators, units or numerals.

The patterns read the views `normalise` makes (the number view: lower case, separators and
tags gone, numerals as digits), so that one pattern covers every spelling a view folds; a
span found there maps back to the original text. Tables are data: a new cue or unit is a line
in data/rules/redaction.yaml, not a change here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from generator import ids
from generator.redact.config import RedactionRules, tables_of
from generator.redact.mask import mask_certificate
from generator.redact.normalise import compact_value
from generator.redact.numbers import id_kind

_MASKS = "*×●○■□◯"
# An x inside the run is a mask (the check character x is only ever last).
_PREMASKED = re.compile(
    rf"(?<![0-9a-z{_MASKS}])[0-9][0-9x{_MASKS}]{{12,16}}[0-9x{_MASKS}](?![0-9a-z{_MASKS}])"
)
_PREMASKED_MOBILE = re.compile(
    rf"(?<![0-9a-z{_MASKS}])(?:\+?86)?1[3-9][0-9x{_MASKS}]{{9}}(?![0-9a-z{_MASKS}])"
)
_CN_DIGITS = dict(
    zip("零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖", "00122345678912345678" + "9", strict=True)
)
_CN_POSITIONS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_SECTIONS = {"万": 10**4, "亿": 10**8}
_CN_NUMBER = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟万亿"
_CN_DIGIT_CHARS = "零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖"
_CN_TABLE = str.maketrans(_CN_DIGITS)
_ARABIC = r"[0-9]{1,3}(?:[,'’ ][0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
_AMOUNT_NUMBER = rf"(?:{_ARABIC}|[{_CN_NUMBER}])(?:\s?(?:{_ARABIC}|[{_CN_NUMBER}]))*"
_SENTENCE_END = re.compile(r"[。；;!?！？\n\x00]")
_RUN_X = re.compile(r"[0-9]+x?")
# An alphanumeric code (配方 18-9-13, DP-2026-004417): pieces joined by what a writer puts
# between them; a declared code is the same code however its pieces are separated.
_CODE_RUN = re.compile(
    r"(?<![0-9a-z])[0-9a-z]+(?:[\s\-‐‑‒–—―−_./·:]{1,3}[0-9a-z]+)*(?![0-9a-z])", re.IGNORECASE
)
_CODE_PIECE = re.compile(r"[0-9a-z]+", re.IGNORECASE)
_MAX_CODE_PIECES = 8


@dataclass(frozen=True, slots=True)
class Hit:
    """A value found: its span in the view searched, its kind, and for a pre-masked number
    the form the policy allows (the span is replaced by it instead of removed)."""

    start: int
    end: int
    kind: str
    shown: str | None = None


def alternation(words: Iterable[str]) -> str:
    """Words in the number view's form, longest first; a Latin word is not matched inside
    a longer Latin word (id in paid)."""
    forms = {compact_value(w) or w for w in words if w}
    out = []
    for form in sorted(forms, key=lambda f: (-len(f), f)):
        escaped = re.escape(form)
        out.append(
            f"(?<![a-z0-9]){escaped}" if form[:1].isascii() and form[:1].isalpha() else escaped
        )
    return "|".join(out) if out else "(?!)"


def _raw_alternation(words: Iterable[str]) -> str:
    """Words as written (for the normalised view, where separators stay), longest first;
    a Latin word needs a non-letter on both sides (at, dot)."""
    out = []
    for w in sorted(set(words), key=lambda f: (-len(f), f)):
        escaped = re.escape(w)
        if w.isascii() and w.isalpha():
            out.append(rf"(?<![a-z]){escaped}(?![a-z])")
        else:
            out.append(escaped)
    return "|".join(out) if out else "(?!)"


class Patterns:
    """The pattern detectors of one build, compiled once from the rules' tables."""

    def __init__(self, rules: RedactionRules, secrets: Iterable[str] = ()) -> None:
        self.rules = rules
        tables = tables_of(rules)
        lead = alternation(tables.im_value_lead)
        # An account may sit in brackets or quotes (微信号「…」, 【…】, 〈…〉) as well as after
        # a colon; the views read 「」 as “”.
        brackets = "[:(\\[=「『【〈《<{“‘]"
        lead = f"(?:{lead}|{brackets})" if lead != "(?!)" else brackets
        self._lead = lead
        list_sep = "[、和及与或/]"
        values = {
            "qq": r"[1-9][0-9]{4,11}(?![0-9])",
            "wechat": r"[a-z][a-z0-9]{4,24}|\+?[0-9]{5,15}",
            "social_account": r"[a-z0-9]{4,30}",
        }
        self._im = []
        for kind, cues in tables.im_cues:
            value = values.get(kind, values["social_account"])
            pattern = (
                f"(?:{alternation(cues)})(?:{lead}){{0,3}}((?:{value})(?:{list_sep}(?:{value}))*)"
            )
            self._im.append((kind, re.compile(pattern)))
        self._im_value = {
            k: re.compile(values.get(k, values["social_account"])) for k, _ in tables.im_cues
        }
        first = re.escape(tables.plate_first)
        last = re.escape(tables.plate_last)
        self._plate = re.compile(
            f"[{first}][a-hj-np-z][a-hj-np-z0-9]{{4,6}}" + (f"[{last}]?" if last else "")
        )
        # After the cue an agency's abbreviation may come first (执法证豫食药监0117).
        cert_value = "(?:(?![号码为是系])[\u4e00-\u9fff]){0,5}[a-z]{0,4}[0-9][0-9a-z]{3,24}"
        suffixes = alternation(tables.certificate_cue_suffixes)
        self._certificate = re.compile(
            f"(?:{alternation(tables.certificate_cues)}|(?<=[\u4e00-\u9fff])(?:{suffixes}))"
            f"(?:号码|编号|号|码)?(?:{lead}|分别){{0,3}}"
            f"((?:{cert_value})(?:{list_sep}(?:{cert_value}))*)"
        )
        self._cert_value = re.compile(cert_value)
        ext = alternation(tables.extension_words)
        # Brackets only around an area code: a closing bracket after the number is prose.
        phone = rf"(?:\+?86)?(?:\([0-9]{{2,4}}\))?[0-9]{{7,16}}(?:(?:{ext})[0-9]{{1,6}})?"
        self._landline_cued = re.compile(
            f"(?:{alternation(tables.landline_cues)})(?:{lead}){{0,3}}"
            f"((?:{phone})(?:{list_sep}(?:{phone}))*)"
        )
        self._phone = re.compile(phone)
        self._landline = re.compile(
            rf"\(0[0-9]{{2,3}}\)[0-9]{{7,8}}(?:(?:{ext})[0-9]{{1,6}})?"
            rf"|(?<![0-9a-z])0[1-9][0-9]{{8,10}}(?:(?:{ext})[0-9]{{1,6}})?(?![0-9a-z])"
            rf"|\+86\(?0?[1-9][0-9]{{1,3}}\)?[0-9]{{7,8}}(?![0-9])"
        )
        self._pieces = re.compile(alternation(tables.mobile_piece_cues))
        numeral = "[0-9〇零一二两三四五六七八九十百]+"
        units = alternation(tables.address_units)
        self._address = re.compile(
            # A room number may close the chain without its unit (三单元七〇一).
            f"(?:{numeral}(?:{units})){{2,}}(?:[0-9]{{2,5}}(?![0-9]))?"
            f"|(?:{alternation(tables.address_cues)})((?:{numeral}(?:{units}))+(?:[0-9]{{2,5}}(?![0-9]))?)"
            r"|(?<![0-9])[0-9]{3,5}(?:室|房间|号房)"
            # A building and a room number without its unit (5栋1902, 2单元502).
            f"|{numeral}(?:号楼|栋|幢|座|单元)[0-9]{{2,5}}(?![0-9])"
            r"|(?:房号|门牌号|门牌|房间号)(?:是|为|:)?([0-9a-z]{2,8})"
            # A house number after a village, its group or team (新村组27号, 三社8号).
            f"|(?<=[组村社队屯])[0-9〇零一二两三四五六七八九十百]{{1,5}}号(?![楼院房])"
        )
        self._spoken = dict(tables.spoken_digits)
        self.spoken_chars = tuple(self._spoken)
        spoken = re.escape("".join(self._spoken))
        digits = f"0-9{_CN_DIGIT_CHARS}{spoken}"
        self._spoken_run = re.compile(f"[{digits}]*[{spoken}][{digits}]*") if self._spoken else None
        self._spoken_table = str.maketrans({**_CN_DIGITS, **self._spoken})
        at = _raw_alternation(tables.email_at_words)
        dot = _raw_alternation(tables.email_dot_words)
        self._email = re.compile(
            rf"[a-z0-9][a-z0-9._%+\-]{{0,63}}\s*({at})\s*[a-z0-9][a-z0-9\-]{{0,62}}"
            rf"(?:\s*(?:{dot})\s*[a-z0-9][a-z0-9\-]{{0,62}})+",
            re.IGNORECASE,
        )
        self._email_tail = re.compile(r"[a-z0-9]+$", re.IGNORECASE)
        self._tlds = frozenset(tables.email_tlds)
        self._handle = re.compile(
            r"(?<![a-z0-9._%+\-])[a-z0-9][a-z0-9._%+\-]{1,63}\s?@\s?"
            r"(?:[a-z0-9\-]{2,63}(?![a-z0-9.\-])|[\u4e00-\u9fff]{2,12})"
            r"|(?<![a-z0-9._%+\-@])@[a-z0-9_]{5,30}(?![a-z0-9_])",
            re.IGNORECASE,
        )
        self.cue_alternation = alternation(
            [w for _, cues in tables.im_cues for w in cues]
            + list(tables.certificate_cues)
            + list(tables.certificate_cue_suffixes)
            + list(tables.landline_cues)
        )
        self._cues = re.compile(self.cue_alternation)
        self._units = {w: (base, Decimal(str(f))) for w, base, f in tables.amount_units}
        self._mult = dict(tables.amount_multipliers)
        unit_words = _raw_alternation(self._units)
        latin_mult = "|".join(re.escape(m) for m in self._mult if m.isascii()) or "(?!)"
        # A numeral that starts a unit word (千 of 千瓦) is the unit's, not the number's.
        cn_units = [u for u in self._units if u[:1] in _CN_NUMBER]
        cn = (
            f"(?!{'|'.join(map(re.escape, cn_units))})[{_CN_NUMBER}]"
            if cn_units
            else f"[{_CN_NUMBER}]"
        )
        number = (
            rf"(?:{_ARABIC}|{cn})(?:\s?(?:{_ARABIC}|{cn}))*"
            # 十二点六: a decimal point in words, and its section (九十四点二万)
            f"(?:点[{_CN_DIGIT_CHARS}两]+[万亿]?)?"
        )
        # Group 1: 百分之 (a percentage written before its number); 2 number; 3 multiplier;
        # 4 unit (a listed word, else one character compared as written).
        self._amount = re.compile(
            rf"(?:(百分之)|(?<![0-9a-z.]))({number})\s?(?:({latin_mult})(?![a-z]))?"
            rf"\s?({unit_words}|[\u4e00-\u9fff](?<![{_CN_NUMBER}点的是为和及与、]))?",
            re.IGNORECASE,
        )
        self._has_income = bool(tables.income_cues)
        income = _raw_alternation(tables.income_cues)
        self._income = re.compile(rf"(?:{income})(?:[约达为是共计:\s]|大约|高达){{0,3}}")
        secrets = list(secrets)
        self.secrets = frozenset(a for s in secrets for a in self._declared(s))
        self.secret_codes = frozenset(c for s in secrets for c in _declared_codes(s))

    # --- views ---------------------------------------------------------------------------

    def spoken(self, compact: str) -> str:
        """`compact` with spoken digits (幺洞两拐) read as digits inside a run of digits, or in
        a run of four or more: same length, so the view's map still holds."""
        if self._spoken_run is None or not any(ch in compact for ch in self._spoken):
            return compact

        def fold(m: re.Match[str]) -> str:
            run = m.group()
            if len(run) >= 4 or (any(ch in "0123456789" for ch in run) and len(run) >= 2):
                return run.translate(self._spoken_table)
            return run

        return self._spoken_run.sub(fold, compact)

    # --- detectors -----------------------------------------------------------------------

    def compact_hits(self, c: str) -> Iterator[Hit]:
        """Every value found in the number view `c`, except inside a number that is masked
        within the policy already (a cue's pattern would take its first digits)."""
        masked = self.masked_within_policy(c)
        for hit in self._compact_hits(c):
            if not any(s <= hit.start and hit.end <= e for s, e in masked):
                yield hit

    def masked_within_policy(self, c: str) -> list[tuple[int, int]]:
        """Spans of `c` holding a number masked within the policy already."""
        if "*" not in c and not any(ch in c for ch in _MASKS):
            return []
        out = []
        for m in _PREMASKED.finditer(c):
            masks = any(ch in _MASKS or ch == "x" for ch in m.group()[:-1])
            if masks and self._remask(m.group()) is None:
                out.append(m.span())
        return out

    def _compact_hits(self, c: str) -> Iterator[Hit]:
        for kind, pattern in self._im:
            value = self._im_value[kind]
            for m in pattern.finditer(c):
                yield from self._listed(m, value, kind)
        for m in self._certificate.finditer(c):
            for hit in self._listed(m, self._cert_value, "certificate"):
                if sum(ch.isdigit() for ch in c[hit.start : hit.end]) >= 4:
                    yield hit
        for m in self._landline_cued.finditer(c):
            for hit in self._listed(m, self._phone, "landline"):
                if sum(ch.isdigit() for ch in c[hit.start : hit.end]) >= 7:
                    yield hit
        for m in self._landline.finditer(c):
            yield Hit(m.start(), m.end(), "landline")
        for m in self._plate.finditer(c):
            if sum(ch.isdigit() for ch in m.group()) >= 3:
                yield Hit(m.start(), m.end(), "vehicle_plate")
        for m in self._address.finditer(c):
            group = next((i for i in (1, 2) if m.group(i)), 0)
            yield Hit(m.start(group), m.end(group), "address")
        yield from self._split_mobiles(c)
        yield from self._premasked(c)

    def normal_hits(self, text: str) -> Iterator[Hit]:
        """Every value found in the normalised view `text` (separators still there)."""
        for m in self._email.finditer(text):
            at = m.group(1)
            tail = self._email_tail.search(m.group())
            if "@" in at or (tail is not None and tail.group().lower() in self._tlds):
                yield Hit(m.start(), m.end(), "email")
        for m in self._handle.finditer(text):
            yield Hit(m.start(), m.end(), "email")
        if self._has_income:
            for cue in self._income.finditer(text):
                paid = self._amount.match(text, cue.end())
                if paid is not None and paid.group(2):
                    yield Hit(paid.start(), paid.end(), "personal_income")
        if self.secrets:
            for m in self._amount.finditer(text):
                for amount in self._amounts(m):
                    if amount in self.secrets or (amount[0], "") in self.secrets:
                        yield Hit(m.start(), m.end(), "trade_secret")
                        break
        if self.secret_codes:
            yield from self._code_hits(text)

    def _code_hits(self, text: str) -> Iterator[Hit]:
        """Declared codes in `text`, whatever separates their pieces: any run of whole
        pieces of a code-shaped run that joins into a declared code."""
        for run in _CODE_RUN.finditer(text):
            pieces = [p.span() for p in _CODE_PIECE.finditer(text, run.start(), run.end())]
            i = 0
            while i < len(pieces):
                joined, hit = "", None
                for j in range(i, min(i + _MAX_CODE_PIECES, len(pieces))):
                    joined += text[pieces[j][0] : pieces[j][1]].lower()
                    if joined in self.secret_codes:
                        hit = j
                if hit is None:
                    i += 1
                    continue
                yield Hit(pieces[i][0], pieces[hit][1], "trade_secret")
                i = hit + 1

    def cue_spans(self, c: str) -> list[tuple[int, int]]:
        """The cue words in `c`: a name guess inside one (微信号 read as 微＊号) is no name."""
        return [m.span() for m in self._cues.finditer(c)]

    def tainted(self, c: str) -> bool:
        """True when a public value (in the number view) holds a personal value: such a
        value must not shield what is inside it."""
        return next(self.compact_hits(c), None) is not None

    # --- helpers -------------------------------------------------------------------------

    def _listed(self, m: re.Match[str], value: re.Pattern[str], kind: str) -> Iterator[Hit]:
        """Each value of an enumeration after one cue (执法证号分别为…、…)."""
        start, end = m.span(1)
        pos = start
        while pos < end:
            v = value.match(m.string, pos, end)
            if v is None or v.end() == pos:
                break
            yield Hit(v.start(), v.end(), kind)
            pos = v.end() + 1  # the separator

    def _split_mobiles(self, c: str) -> Iterator[Hit]:
        """A mobile or an ID written in pieces (前三位138，中间四位…，尾号…; 前六位…，后面是…):
        up to four runs of digits close together, near a piece cue, that join into a mobile
        number or a resident ID with a valid check character."""
        if self._pieces.search(c) is None:
            return
        runs = [m for m in _RUN_X.finditer(c) if 2 <= len(m.group()) <= 17]
        for i in range(len(runs)):
            joined = ""
            for j in range(i, min(i + 4, len(runs))):
                if j > i:
                    gap = c[runs[j - 1].end() : runs[j].start()]
                    if len(gap) > 14 or _SENTENCE_END.search(gap):
                        break
                joined += runs[j].group()
                if len(joined) > 18:
                    break
                mobile = len(joined) == 11 and re.fullmatch(r"1[3-9][0-9]{9}", joined)
                if j > i and (mobile or _id_body(joined)):
                    context = c[max(0, runs[i].start() - 10) : runs[j].end()]
                    if self._pieces.search(context):
                        kind = "mobile" if mobile else "resident_id"
                        for r in runs[i : j + 1]:
                            yield Hit(r.start(), r.end(), kind)
                    break

    def _premasked(self, c: str) -> Iterator[Hit]:
        """An ID the writer masked already but showing more than the policy allows (a
        birth-date digit, or more characters than it keeps): masked again to the policy."""
        if not any(ch in c for ch in _MASKS + "x"):
            return
        for m in _PREMASKED_MOBILE.finditer(c):
            # Mobiles are never shown, not even in part: a masked one goes like a plain one.
            if any(ch in _MASKS or ch == "x" for ch in m.group()):
                yield Hit(m.start(), m.end(), "mobile")
        for m in _PREMASKED.finditer(c):
            shown = self._remask(m.group())
            if shown is not None:
                yield Hit(m.start(), m.end(), "certificate_remasked", shown)

    def _remask(self, written: str) -> str | None:
        """The policy's form of a number written with masks, or None when it shows no more
        than the policy allows already (or has no mask)."""
        s = written[:-1].replace("x", "*") + written[-1]
        if s[-1] == "x" and "*" in s:
            s = s[:-1] + "*"  # an x after masks is one more mask, not a check character
        masked = sum(ch in _MASKS for ch in s)
        if not masked:
            return None
        birth = s[6:14] if len(s) == 18 else s[6:12] if len(s) == 15 else ""
        keep = self.rules.keep_first + self.rules.keep_last
        if not any(ch.isdigit() for ch in birth) and len(s) - masked <= keep:
            return None
        plain = "".join("0" if ch in _MASKS else ch for ch in s).upper()
        shown = mask_certificate(plain, self.rules)
        # Where the writer masked a character the policy would show, it stays masked.
        return "".join(
            self.rules.mask_char if src in _MASKS else out
            for src, out in zip(s, shown, strict=True)
        )

    def _declared(self, secret: str) -> Iterator[tuple[Decimal, str]]:
        """The amounts a declared trade secret holds: (value, base unit or "")."""
        text = unicodedata.normalize("NFKC", secret)
        for m in self._amount.finditer(text):
            for value, unit in self._amounts(m):
                digits = sum(ch.isdigit() for ch in m.group(2)) or len(m.group(2))
                if unit or digits >= 3:
                    yield value, unit

    def _amounts(self, m: re.Match[str]) -> Iterator[tuple[Decimal, str]]:
        whole, _, fraction = m.group(2).partition("点")
        value = parse_number(whole)
        if value is None:
            return
        if fraction:
            section = _CN_SECTIONS.get(fraction[-1], 1)
            fraction = fraction.rstrip("万亿")
            value = (value + Decimal("0." + fraction.translate(_CN_TABLE))) * section
        if m.group(3):
            value *= self._mult.get(m.group(3).lower(), 1)
        if m.group(1):
            yield value.normalize(), "%"
            return
        unit = m.group(4)
        if unit:
            base, factor = self._units.get(unit, self._units.get(unit.lower(), (unit, Decimal(1))))
            yield (value * factor).normalize(), base
        else:
            yield value.normalize(), ""


@lru_cache(maxsize=65536)
def parse_number(text: str) -> Decimal | None:
    """A number written in Arabic digits (any separators), Chinese numerals (positional or
    digit by digit) or a mix (123万4567, 1.2亿, 一百二十三万四千五百六十七); None if none."""
    s = re.sub(r"[\s,'’]", "", text)
    if not s:
        return None
    tokens = re.findall(r"[0-9]+(?:\.[0-9]+)?|.", s)
    positional = any(t in _CN_POSITIONS or t in _CN_SECTIONS for t in tokens)
    try:
        if not positional:
            return Decimal("".join(_CN_DIGITS.get(t, t) for t in tokens))
        total, section, number = Decimal(0), Decimal(0), Decimal(0)
        for t in tokens:
            if t in _CN_POSITIONS:
                section += (number or 1) * _CN_POSITIONS[t]
                number = Decimal(0)
            elif t in _CN_SECTIONS:
                unit = _CN_SECTIONS[t]
                amount = (section + number) or 1
                if unit > 10**4 and total:
                    total = (total + amount) * unit
                else:
                    total += amount * unit
                section, number = Decimal(0), Decimal(0)
            else:
                number = Decimal(_CN_DIGITS.get(t, t))
        return total + section + number
    except InvalidOperation:
        return None


def _declared_codes(secret: str) -> Iterator[str]:
    """The codes a declared trade secret holds, as their pieces joined (18-9-13 → 18913):
    a run of several pieces, or one piece mixing letters and digits, with a digit and at
    least four characters (a lone number is an amount, compared as one)."""
    text = unicodedata.normalize("NFKC", secret)
    for run in _CODE_RUN.finditer(text):
        pieces = _CODE_PIECE.findall(run.group())
        joined = "".join(pieces).lower()
        mixed = any(ch.isdigit() for ch in joined) and any(ch.isalpha() for ch in joined)
        if len(joined) >= 4 and any(ch.isdigit() for ch in joined) and (len(pieces) > 1 or mixed):
            yield joined


def _id_body(digits: str) -> bool:
    """An ID, or its first 17 characters (the check character follows from them)."""
    if len(digits) == 17 and digits.isdigit():
        digits += ids.resident_id_check_char(digits)
    return len(digits) == 18 and id_kind(digits) is not None
