"""Bounds on a JSON document before it is parsed: what a verifier reads before any signature.

`json.loads` builds the whole document before anything can look at it, so a hostile
manifest of nested empty arrays costs gigabytes (and, past ~1,000 levels, a RecursionError)
before the first check runs. The raw bytes are therefore scanned first, with bytes methods
that run in C: strings are cut out, brackets and commas counted, and nesting measured by
removing innermost bracket pairs once per allowed level. feeds/verify_feed.py carries the
same scan (it cannot import this package); feeds/SIGNING.md lists the limits.
"""

from __future__ import annotations

import re

from generator.errors import MalformedError

# The deepest legitimate document is the manifest: envelope > signed > files > entry (4).
MAX_DEPTH = 16
# Commas and opening brackets (also those inside strings): a manifest entry takes three, so
# this admits ~2 million listed files, more than the 256 MiB cap holds.
MAX_ITEMS = 6_000_000

# Only quotes, brackets and commas matter; escaped quotes and backslashes go first so that
# every quote left opens or closes a string. On what is left, a string is a quote, anything
# but a quote, and a quote (or the end: an unterminated string), so the scan stays linear.
_STRUCTURE = bytes(sorted(set(range(256)) - set(b'"[]{},')))
_STRING = re.compile(rb'"[^"]*(?:"|\Z)')
_BRACKETS = bytes.maketrans(b"[{]}", b"(())")
_NOT_BRACKET = bytes(sorted(set(range(256)) - set(b"[]{}")))
# Lone surrogates can only come from \uD800-\uDFFF escapes (UTF-8 refuses encoded ones).
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89abcdefABCDEF]")


def check_json_bounds(data: bytes, what: str) -> None:
    """MalformedError when `data` holds more values or nests deeper than a document may."""
    if b"\\" in data:
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    structure = data.translate(None, _STRUCTURE)
    del data
    # Counted before strings are cut out (so also inside them): the count stays one pass in
    # C, and a document of millions of tiny strings never reaches the regular expression.
    items = sum(structure.count(c) for c in (b"[", b"{", b","))
    if items > MAX_ITEMS:
        raise MalformedError(f"{what} holds more than {MAX_ITEMS} commas and brackets")
    # Valid JSON has at most two strings per value (a key and its value).
    if structure.count(b'"') > 4 * (items + 1):
        raise MalformedError(f"{what} is not valid JSON (more strings than values)")
    brackets = _STRING.sub(b"", structure).translate(_BRACKETS, _NOT_BRACKET)
    del structure
    for _ in range(MAX_DEPTH):
        if not brackets:
            return
        brackets = brackets.replace(b"()", b"")
    if brackets:
        raise MalformedError(
            f"{what} nests deeper than {MAX_DEPTH} levels or its brackets do not match"
        )


def may_hold_surrogates(data: bytes) -> bool:
    """Whether the parsed document may hold a lone surrogate (worth the thorough check)."""
    return _SURROGATE_ESCAPE.search(data) is not None
