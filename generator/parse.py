"""Field parsers shared by validation: dates, validity periods, identifiers, and the
masking of values that error messages may echo.

Each parser returns the parsed value or raises `FieldError` with what was expected; the
caller adds file, row and column.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, timedelta

from generator import ids
from generator.rules import IdTypeRule, Validity


class FieldError(ValueError):
    """A single cell that does not parse; `str()` says what was expected."""


_DATE_FORMS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_RANGE_SPLIT = re.compile(r"\s*(?:至|到|~|—|–|--|－|(?<=\d)-(?=\d{4}))\s*")
_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_PERIOD_PART = re.compile(r"(\d+|[零〇一二两三四五六七八九十]+)\s*(年|个月|月|天|日|周)")
_DATE_EXAMPLES = "a date such as 2023-09-12, 2023/9/12, 2023.09.12, 20230912 or 2023年9月12日"


def _clean(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def parse_date(text: str) -> date:
    value = _clean(text)
    for form in _DATE_FORMS:
        match = form.match(value)
        if match:
            year, month, day = (int(g) for g in match.groups()[:3])
            try:
                return date(year, month, day)
            except ValueError as exc:
                raise FieldError(f"no such calendar day ({year}-{month}-{day})") from exc
    raise FieldError(f"expected {_DATE_EXAMPLES}, got {shown(text)!r}")


def _cn_number(word: str) -> int:
    if word.isdigit():
        return int(word)
    if "十" in word:
        tens, _, ones = word.partition("十")
        return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
    return int("".join(str(_CN_DIGITS[c]) for c in word))


def add_period(start: date, years: int = 0, months: int = 0, days: int = 0) -> date:
    """`start` moved by a calendar period; 29 February falls back to the month's last day."""
    month_index = start.month - 1 + months + 12 * years
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day) + timedelta(days=days)


def end_of_validity(start: date, period: Validity) -> date:
    """Last day (inclusive) of a validity period that begins on `start`."""
    return add_period(start, period.years, period.months, period.days) - timedelta(days=1)


def parse_validity(text: str, decided_on: date, default: Validity) -> date:
    """The last valid day: an end date, a date range, a period from the decision, or the default."""
    value = _clean(text)
    if not value:
        return end_of_validity(decided_on, default)
    parts = [p for p in _RANGE_SPLIT.split(value) if p]
    if len(parts) == 2:
        parse_date(parts[0])
        return parse_date(parts[1])
    try:
        return parse_date(value)
    except FieldError:
        pass
    period = value.removeprefix("有效期").removeprefix("为")
    matches = list(_PERIOD_PART.finditer(period))
    if matches and "".join(m.group(0) for m in matches).replace(" ", "") == period.replace(" ", ""):
        years = months = days = 0
        for m in matches:
            amount, unit = _cn_number(m.group(1)), m.group(2)
            if unit == "年":
                years += amount
            elif unit in ("个月", "月"):
                months += amount
            elif unit == "周":
                days += 7 * amount
            else:
                days += amount
        return end_of_validity(decided_on, Validity(years=years, months=months, days=days))
    raise FieldError(
        f"expected an end date ({_DATE_EXAMPLES}), a range (2023-09-12至2026-09-11), a period "
        f"from the decision date (3年, 36个月, 180天) or empty for the list type's default; "
        f"got {shown(text)!r}"
    )


def parse_certificate(text: str, rule: IdTypeRule) -> str:
    """The normalised certificate number, checked as its type's rule says."""
    number = ids.compact(text)
    if rule.check == "gb11643":
        if rule.accept_15_digit and len(number) == 15 and number.isdigit():
            return ids.upgrade_resident_id(number)
        problem = ids.resident_id_problem(number)
        if problem:
            raise FieldError(f"{rule.name} number {mask(number)}: {problem}")
        return number
    if rule.pattern and not re.fullmatch(rule.pattern, number):
        raise FieldError(f"{rule.name} number {mask(number)} does not have the expected form")
    return number


def parse_uscc(text: str) -> str:
    code = ids.compact(text)
    problem = ids.uscc_problem(code)
    if problem:
        raise FieldError(f"{problem}; got {shown(code)!r}")
    return code


def parse_reg_no(text: str) -> str:
    number = ids.compact(text)
    problem = ids.reg_no_problem(number)
    if problem:
        raise FieldError(f"{problem}; got {shown(number)!r}")
    return number


def mask(number: str) -> str:
    """A personal number as an error message may show it: 4 leading and 2 trailing characters.

    Never any birth-date digit of an 18-character ID (positions 7-14), never the whole value.
    """
    if len(number) <= 6:
        return "＊" * len(number)
    return number[:4] + "＊" * (len(number) - 6) + number[-2:]


_LONG_DIGITS = re.compile(r"\d(?:[\s\-.]*\d){6,}")


def shown(text: str, limit: int = 24) -> str:
    """A cell value as it may be echoed in a message: long digit runs masked, length capped.

    A value in the wrong column may be a phone or ID number; echoing it in full would put
    personal data into logs and cron mails.
    """
    value = _LONG_DIGITS.sub(lambda m: mask(re.sub(r"\D", "", m.group(0))), _clean(text))
    value = value.replace("\n", " ")
    return value if len(value) <= limit else value[: limit - 1] + "…"


def shown_id(record_id: str, limit: int = 64) -> str:
    """A record id as a message shows it: in full, since it is no personal data and the
    operator needs it to find the row, unless it is itself a resident ID number (a
    department that keys its rows by the person's ID): then masked like one."""
    value = _clean(record_id).replace("\n", " ")
    if (len(value) == 15 and value.isdigit()) or ids.resident_id_problem(value.upper()) is None:
        return mask(value)
    return value if len(value) <= limit else value[: limit - 1] + "…"
