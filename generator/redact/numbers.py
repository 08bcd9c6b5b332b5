"""Numbers that identify a person, read from the compact view (separators gone, numerals
and look-alike letters as digits): IDs and permits by their check character and birth
date, mobiles, Luhn-valid cards, and cue-led accounts, passports and plates."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from stdnum import luhn

from generator import ids

# (start, end, kind) in the compact view.
Span = tuple[int, int, str]

_RUN = re.compile(r"\+?[0-9]{7,}x?")
_MOBILE = re.compile(r"(?=((?:\+?86)?1[3-9][0-9]{9}))")
_CUED = re.compile(
    r"(?:qq|扣扣|企鹅号)(?:号码|号|账号|邮箱)?(?:是|为)?[:：]?([0-9]{5,12})"
    r"|(?:微信|weixin|wechat|vx|wx|v信|薇信|威信)(?:号码|号|账号|id)?(?:是|为)?[:：]?([a-z][a-z0-9]{5,19}|[0-9]{5,15})"
    r"|(?:护照|passport|通行证|回乡证|台胞证|居留证|居住证|证件)(?:号码|号|no)?(?:是|为)?[:：]?([a-z]{0,3}[0-9]{6,17}[a-z0-9]?)"
)
_PASSPORT = re.compile(
    r"(?<![a-z0-9])(?:[a-z]{1,2}[0-9]{7,8}|[a-z]{3}[0-9]{12}|[hm][0-9]{8}(?:[0-9]{2})?)(?![0-9])"
)
_PLATE = re.compile(
    "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领]"
    "[a-hj-np-z](?=[a-hj-np-z0-9]*[0-9])[a-hj-np-z0-9]{4,5}[挂学警港澳]?(?![a-z0-9])"
)
# Below street level: a house number and what follows (building, unit, floor, room).
_UNIT = r"(?:号楼|号院|栋|幢|座|单元|层|楼|室|户|号|组)"
# Only the part below the street is removed: the road or community name may stay.
_ADDRESS = re.compile(
    rf"(?<=[路街道巷弄同])([0-9]+(?:号|弄)(?:院)?(?:[0-9]+{_UNIT})*)"
    rf"|(?<![0-9])([0-9]+号(?:院)?(?:[0-9]+{_UNIT})+)"
    rf"|(?:小区|花园|公寓|新村|家园|苑|大厦|家属院|宿舍|村)([0-9]+{_UNIT}(?:[0-9]+{_UNIT})*)"
    rf"|(?<![0-9])([0-9]+(?:号楼|栋|幢)[0-9]+(?:单元|层|楼)(?:[0-9]+(?:室|户|号))?)"
)


def _plausible_birth(text: str) -> bool:
    try:
        born = date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return False
    return 1900 <= born.year <= 2100


def id_kind(number: str) -> str | None:
    """The kind of an 18-character number if it is an ID-like certificate, else None."""
    up = number.upper()
    if ids.resident_id_problem(up) is not None or not _plausible_birth(up[6:14]):
        return None
    if up.startswith(("81", "82", "83")):
        return "residence_permit"
    if up.startswith("9"):
        return "permanent_residence_card"
    return "resident_id"


def find_numbers(compact: str) -> Iterator[Span]:
    """Every personal number in the compact view; overlapping spans are merged later."""
    for m in _RUN.finditer(compact):
        run, base = m.group(), m.start()
        for i in range(len(run) - 17):
            kind = id_kind(run[i : i + 18])
            if kind is not None:
                yield base + i, base + i + 18, kind
        digits = run.lstrip("+")
        off = len(run) - len(digits)
        if len(digits) == 15 and digits.isdigit() and _plausible_birth("19" + digits[6:12]):
            yield base, m.end(), "resident_id"
        if 16 <= len(digits) <= 19 and digits.isdigit() and luhn.is_valid(digits):
            yield base + off, m.end(), "bank_card"
        # Also inside a run that holds an ID or card: a mobile may be glued to either.
        for mm in _MOBILE.finditer(run):
            yield base + mm.start(1), base + mm.end(1), "mobile"
    for m in _CUED.finditer(compact):
        group = next(i for i in (1, 2, 3) if m.group(i) is not None)
        kind = ("qq", "wechat", "certificate")[group - 1]
        yield m.start(group), m.end(group), kind
    for m in _PASSPORT.finditer(compact):
        yield m.start(), m.end(), "certificate"
    for m in _PLATE.finditer(compact):
        yield m.start(), m.end(), "vehicle_plate"
    for m in _ADDRESS.finditer(compact):
        group = next(i for i in (1, 2, 3, 4) if m.group(i) is not None)
        yield m.start(group), m.end(group), "address"


_EMAIL = re.compile(
    r"[a-z0-9][a-z0-9._%+\-]*\s*(?:@|\[at\]|\(at\)|\{at\}|<at>|\sat\s|#)\s*[a-z0-9\-]+"
    r"(?:\s*(?:\.|\[dot\]|\(dot\)|\{dot\}|<dot>|\sdot\s|。)\s*[a-z0-9\-]+)+",
    re.IGNORECASE,
)
_EMAIL_TLD = re.compile(r"(?:\.|dot|。)\s*\)?\]?\}?>?\s*[a-z]{2,}$", re.IGNORECASE)


def find_emails(text: str) -> Iterator[tuple[int, int]]:
    """E-mail addresses, also written with [at] and (dot), in the normalised view."""
    for m in _EMAIL.finditer(text):
        if "#" in m.group() and "@" not in m.group() and not _EMAIL_TLD.search(m.group()):
            continue
        yield m.span()
