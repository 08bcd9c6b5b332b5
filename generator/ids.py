"""Check characters of Chinese identifiers.

GB 11643 (resident ID) and the 15-digit business registration number are ISO 7064
checks, taken from python-stdnum. The GB 32100 USCC check is written here because
stdnum's `cn.uscc.validate` also enforces registration-authority and category codes, and
valid codes (those starting with N, or all digits) must not be refused on those grounds.
"""

from __future__ import annotations

import unicodedata

from stdnum.iso7064 import mod_11_2, mod_11_10

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_USCC_VALUE = {c: i for i, c in enumerate(USCC_ALPHABET)}


def compact(value: str) -> str:
    """Full-width to half-width, upper case, spaces and dashes removed."""
    text = unicodedata.normalize("NFKC", value).upper()
    return "".join(text.split()).replace("-", "")  # split() cuts where isspace() is true


def uscc_check_char(first17: str) -> str:
    total = sum(_USCC_VALUE[c] * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def uscc_problem(code: str) -> str | None:
    """None if `code` (already compacted) is a valid USCC, else what is wrong."""
    if len(code) != 18:
        return f"expected 18 characters, got {len(code)}"
    bad = sorted({c for c in code if c not in _USCC_VALUE})
    if bad:
        return "contains characters not allowed in GB 32100 (I, O, S, V, Z and non-alphanumerics)"
    if uscc_check_char(code[:17]) != code[17]:
        return "check character does not match (GB 32100)"
    return None


def resident_id_check_char(first17: str) -> str:
    return mod_11_2.calc_check_digit(first17)


def resident_id_problem(number: str) -> str | None:
    """None if `number` (compacted, 18 characters) passes GB 11643, else what is wrong.

    Only the check character is tested: region codes change over time, and residence
    permits (81/82/83…) and the 2023 permanent-residence card (9…) use the same check.
    """
    if len(number) != 18:
        return f"expected 18 characters, got {len(number)}"
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        return "expected 17 digits and a check character (digit or X)"
    if resident_id_check_char(number[:17]) != number[17]:
        return "check character does not match (GB 11643 MOD 11-2)"
    return None


def upgrade_resident_id(number15: str) -> str:
    """A first-generation 15-digit ID as its 18-character form (born 19xx)."""
    body = number15[:6] + "19" + number15[6:]
    return body + resident_id_check_char(body)


def reg_no_problem(number: str) -> str | None:
    """None if `number` is a valid 15-digit business registration number (MOD 11,10)."""
    if len(number) != 15 or not number.isdigit():
        return "expected 15 digits"
    if not mod_11_10.is_valid(number):
        return "check digit does not match (ISO 7064 MOD 11,10)"
    return None


def reg_no_check_digit(first14: str) -> str:
    return mod_11_10.calc_check_digit(first14)
