"""A file as the texts the gate reads: its bytes as text, every gzip member inside it, and
pagefind's search index as the words it holds.

Pagefind writes `pagefind_dcd` followed by CBOR (the index and meta files) or by JSON (the
fragments, which hold each page's text with its context). The CBOR index stores segmented
words without context: 示例市金德化工有限公司 yields the word 金德, which may also be a person's
name. Read as raw bytes, such a word sits between length prefixes that no public value
shields, so it is handed over as `IndexWords` and judged word by word. Nothing is skipped:
a member that is not CBOR from end to end is read raw, like any unknown format.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

import cbor2

_GZIP_MAGIC = b"\x1f\x8b"
_PAGEFIND = b"pagefind_dcd"
_FRAGMENT = _PAGEFIND + b"{"
# A run of spaces (with pagefind's zero-width spaces) next to a Chinese character or a
# full-width form such as the mask ＊.
_CHINESE = "[\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e]"
_WORD_GAP = re.compile(
    f"(?<={_CHINESE})[ \u200b]* [ \u200b]*|[ \u200b]* [ \u200b]*(?=[\u200b]*{_CHINESE})"
)
MAX_MEMBER = 256 * 1024 * 1024  # a decompressed member larger than this is itself suspicious


@dataclass(frozen=True, slots=True)
class IndexWords:
    """Every string of a pagefind CBOR file (words, page keys, filter values)."""

    words: tuple[str, ...]


def file_texts(data: bytes, depth: int = 0) -> Iterator[str | IndexWords]:
    """The file as text, and the text of every gzip member inside it."""
    yield data.decode("utf-8", errors="replace")
    if depth > 3 or data[:2] != _GZIP_MAGIC:
        return
    try:
        inner = gzip.decompress(data)
    except (OSError, EOFError, zlib.error):
        return
    if len(inner) > MAX_MEMBER:
        return
    words = _pagefind_words(inner)
    if words is not None:
        yield words
    elif inner.startswith(_FRAGMENT):
        yield _fragment_text(inner)
    else:
        yield from file_texts(inner, depth + 1)


def _fragment_text(data: bytes) -> str:
    """A fragment's text with the gaps between its words as block tags.

    Pagefind writes a page's text with its words apart: a space where it was given them
    apart (table cells, the fields of a search record), a zero-width space between the
    pieces it cut a Chinese word into. Read across such a space, the end of one word and
    the start of the next make names (财政性资金 文化市场 reads 金文; at 10⁵ subjects the demo
    has a person of each such name). Where a Chinese character stands on either side, the
    space becomes `<br>`: the name view keeps it as a boundary, the number view drops it as
    it drops the space, so numbers split by a gap are still found. Nothing else changes,
    and the page the fragment was made from is scanned as itself, with its own markup."""
    return _WORD_GAP.sub("<br>", data.decode("utf-8", errors="replace"))


def _pagefind_words(data: bytes) -> IndexWords | None:
    """The strings of a `pagefind_dcd` CBOR member; None for anything else (JSON fragments
    included: they are page text, read whole like HTML)."""
    if not data.startswith(_PAGEFIND) or data[len(_PAGEFIND) : len(_PAGEFIND) + 1] in (b"{", b"["):
        return None
    body = io.BytesIO(data[len(_PAGEFIND) :])
    try:
        item = cbor2.CBORDecoder(body).decode()
    except (cbor2.CBORDecodeError, ValueError, RecursionError):
        return None
    if body.tell() != len(data) - len(_PAGEFIND):  # trailing bytes: read it raw instead
        return None
    words: list[str] = []
    stack = [item]
    while stack:
        x = stack.pop()
        if isinstance(x, str):
            words.append(x)
        elif isinstance(x, bytes | bytearray):
            words.append(bytes(x).decode("utf-8", errors="replace"))
        elif isinstance(x, list | tuple | set | frozenset):
            stack.extend(x)
        elif isinstance(x, dict):
            stack.extend(x.keys())
            stack.extend(x.values())
        elif isinstance(x, cbor2.CBORTag):
            stack.append(x.value)
    return IndexWords(tuple(words))
