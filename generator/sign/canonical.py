"""Canonical bytes (RFC 8785) for what we sign, and a strict reader for what we verify.

What we sign is restricted to strings, integers in the I-JSON range, booleans, null, lists
and objects with string keys: no floats. RFC 8785's number formatting is the part of the
standard that implementations most often get wrong, and the standalone verifier
(feeds/verify_feed.py) carries its own small canonicaliser; refusing floats here is what
keeps the two byte-for-byte equal.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

import rfc8785

from generator.errors import MalformedError, SigningError
from generator.sign.limits import check_json_bounds, may_hold_surrogates

# I-JSON (RFC 7493) safe integers; rfc8785 refuses the rest, and so does the standalone twin.
MAX_SAFE_INT = 2**53 - 1

JsonValue = None | bool | int | str | Sequence["JsonValue"] | Mapping[str, "JsonValue"]


def canonical_bytes(value: object) -> bytes:
    """RFC 8785 bytes of `value`; SigningError for anything outside the signed subset."""
    if _plain(value):
        return _fast(value)
    _check_subset(value, "$")
    try:
        return rfc8785.dumps(value)  # type: ignore[arg-type]  # _check_subset narrowed it
    except rfc8785.CanonicalizationError as exc:
        raise SigningError(f"cannot canonicalise the signed data: {exc}") from exc


# The fast path, for values whose object keys are all ASCII (a manifest of 300k files takes
# rfc8785 some 15 s; this, well under one). Within the signed subset RFC 8785 differs from
# compact, key-sorted json.dumps(ensure_ascii=False) in two places only: keys are sorted by
# UTF-16 code units, which for ASCII is code-point order, which is how Python sorts; and
# lone surrogates are refused, which the final UTF-8 encode does too. Strings escape the
# same (ECMAScript JSON.stringify and json's encoder both escape `"`, `\`, \b \f \n \r
# \t and other controls as lower-case \u00XX, and nothing else); integers are decimal.
# tests/test_sign.py proves byte-equality with rfc8785 by hypothesis.
_ENCODER = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False
)


def _fast(value: object) -> bytes:
    try:
        return _ENCODER.encode(value).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise SigningError("cannot canonicalise the signed data: a lone surrogate") from exc


def _plain(value: object) -> bool:
    """Whether `value` is in the signed subset with ASCII keys only, and only dicts, lists
    and tuples as containers (what json's C encoder takes). An explicit stack, type()
    identity and one pass per container: this walk runs over every entry of a manifest."""
    stack: list[object] = [value]
    push, pop = stack.append, stack.pop
    while stack:
        item = pop()
        kind = type(item)
        if kind is dict:
            mapping: dict[object, object] = item  # type: ignore[assignment]  # kind is dict
            for key in mapping:
                if type(key) is not str or not key.isascii():
                    return False
            values: object = mapping.values()
        elif kind is list or kind is tuple:
            values = item
        elif kind is str or item is None or kind is bool:
            continue
        elif kind is int:
            if not -MAX_SAFE_INT <= item <= MAX_SAFE_INT:  # type: ignore[operator]
                return False
            continue
        else:
            return False
        for v in values:  # type: ignore[attr-defined]  # a dict view, list or tuple
            t = type(v)
            if t is str or t is bool or v is None:
                continue
            if t is int and -MAX_SAFE_INT <= v <= MAX_SAFE_INT:
                continue
            push(v)
    return True


def _check_subset(value: object, where: str) -> None:
    # bool is a subclass of int, so it is tested first; floats are refused even when whole.
    if value is None or isinstance(value, bool | str):
        return
    if isinstance(value, int):
        if abs(value) > MAX_SAFE_INT:
            raise SigningError(f"integer at {where} is outside the safe range")
        return
    if isinstance(value, float):
        raise SigningError(f"float at {where}: signed data holds no floats")
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise SigningError(f"non-string key at {where}")
            _check_subset(item, f"{where}.{key}")
        return
    if isinstance(value, list | tuple):
        for i, item in enumerate(value):
            _check_subset(item, f"{where}[{i}]")
        return
    raise SigningError(f"{type(value).__name__} at {where} cannot be signed")


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    out = dict(pairs)
    if len(out) != len(pairs):
        # Two parsers may keep different copies of a duplicated key: a signature
        # checked over one reading must not be trusted for another.
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"duplicate key {key[:40]!r}")
            seen.add(key)
    return out


def _refuse(text: str) -> object:
    raise ValueError(f"number {text[:20]} is not allowed")


def loads_strict(data: bytes, what: str) -> object:
    """Parse JSON the way a verifier must: UTF-8, no duplicate keys, no floats, no NaN,
    well-formed Unicode, and within the size limits of `limits` before it is parsed."""
    check_json_bounds(data, what)
    try:
        value: object = json.loads(
            data.decode("utf-8"),
            object_pairs_hook=_no_duplicates,
            parse_float=_refuse,
            parse_constant=_refuse,
        )
        if not _plain(value):  # the quick walk; the thorough one names what is wrong
            _check_subset(value, "$")
        if may_hold_surrogates(data):
            # Keys too: a lone surrogate cannot be canonicalised, so it is malformed here
            # rather than a failure to encode later (the same exit code in both verifiers).
            _ENCODER.encode(value).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise MalformedError(f"{what} holds a lone surrogate (not well-formed Unicode)") from exc
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise MalformedError(f"{what} is not valid JSON: {exc}") from exc
    except SigningError as exc:
        raise MalformedError(f"{what}: {exc}") from exc
    return value
