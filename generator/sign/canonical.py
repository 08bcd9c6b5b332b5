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

# I-JSON (RFC 7493) safe integers; rfc8785 refuses the rest, and so does the standalone twin.
MAX_SAFE_INT = 2**53 - 1

JsonValue = None | bool | int | str | Sequence["JsonValue"] | Mapping[str, "JsonValue"]


def canonical_bytes(value: object) -> bytes:
    """RFC 8785 bytes of `value`; SigningError for anything outside the signed subset."""
    _check_subset(value, "$")
    try:
        return rfc8785.dumps(value)  # type: ignore[arg-type]  # _check_subset narrowed it
    except rfc8785.CanonicalizationError as exc:
        raise SigningError(f"cannot canonicalise the signed data: {exc}") from exc


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
    out: dict[str, object] = {}
    for key, item in pairs:
        if key in out:
            # Two parsers may keep different copies of a duplicated key: a signature
            # checked over one reading must not be trusted for another.
            raise ValueError(f"duplicate key {key[:40]!r}")
        out[key] = item
    return out


def _refuse(text: str) -> object:
    raise ValueError(f"number {text[:20]} is not allowed")


def loads_strict(data: bytes, what: str) -> object:
    """Parse JSON the way a verifier must: UTF-8, no duplicate keys, no floats, no NaN."""
    try:
        value: object = json.loads(
            data.decode("utf-8"),
            object_pairs_hook=_no_duplicates,
            parse_float=_refuse,
            parse_constant=_refuse,
        )
        _check_subset(value, "$")
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise MalformedError(f"{what} is not valid JSON: {exc}") from exc
    except SigningError as exc:
        raise MalformedError(f"{what}: {exc}") from exc
    return value
