"""What a reader's browser downloads to search the site once: the search page's script and
pagefind's files for one query.

Emulates the search page (search/index.html): our own search.js, then what pagefind.js asks
for — its worker, pagefind-entry.json, the WASM, the language's pf_meta, the index chunk whose
[from, to] word range holds each query word (pagefind's `request_indexes`) and the fragments
of the results the page shows first (10; each result's data() fetches one). The page never
asks for filters, so no filter chunk is fetched. Which pages rank first needs pagefind's
scorer, so the fragments are the 10 largest among the pages holding every query word: an
upper bound for that part.

Two figures: `bytes` on disk, and `wire_bytes`, what nginx sends: a file's `.br` sibling when
the publish stage wrote one (`brotli_static`), else the file itself (pagefind's pf_* and WASM
files are gzip already and go as they are; files under 1 KB get no sibling). Headers are not
counted.

The pf_meta and pf_index files are gzip, a 12-byte signature, then CBOR; their layout is
pagefind's own and unversioned, so when it is not what this code expects the figure falls
back to a labelled upper bound (meta + largest chunk + 10 largest fragments), never a guess.
"""

from __future__ import annotations

import gzip
import heapq
import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jieba

try:  # optional: without it the figure is the labelled upper bound
    import cbor2
except ImportError:  # pragma: no cover - cbor2 is in the dev dependencies
    cbor2 = None  # type: ignore[assignment]

FIRST_PAGE = 10  # search.js's PAGE: the results whose fragments the page fetches first
_SIGNATURE = b"pagefind_dcd"
_SCRIPTS = ("pagefind.js", "pagefind-worker.js", "pagefind-entry.json")
# The page's own script as search/index.html names it (with a content hash), from the root.
_PAGE_SCRIPT = re.compile(r'src="(?:\.\./)*(assets/creditsite/search\.[^"/]+\.js)"')


@dataclass(frozen=True, slots=True)
class SearchFetch:
    bytes: int  # on disk, before HTTP compression
    wire_bytes: int  # what nginx sends: the .br sibling where there is one
    method: str  # "emulated" or "upper bound: <why>"
    files: dict[str, int]  # path from pagefind/ -> bytes on disk, the shared files included


class _Layout(Exception):
    """pagefind's files are not laid out the way this module reads them."""


def measure_search_fetch(site: Path, query: str) -> SearchFetch:
    """The bytes the search page fetches to show the first results for `query` on `site`."""
    base = site / "pagefind"
    entry = json.loads((base / "pagefind-entry.json").read_bytes())
    language = max(entry["languages"].values(), key=lambda lang: lang["page_count"])
    files: dict[str, int] = {}

    def take(relative: str) -> None:
        path = base / relative
        if path.is_file():
            files[relative] = path.stat().st_size

    page = site / "search" / "index.html"
    script = _PAGE_SCRIPT.search(page.read_text("utf-8")) if page.is_file() else None
    if script:
        take(f"../{script.group(1)}")  # keys are paths from pagefind/
    for name in _SCRIPTS:
        take(name)
    take(f"wasm.{language['wasm'] or 'unknown'}.pagefind")
    meta_name = f"pagefind.{language['hash']}.pf_meta"
    take(meta_name)
    try:
        pages, chunks = _read_meta(base / meta_name)
        words = _query_words(query)
        needed = _chunks_for(words, chunks)
        postings: dict[str, set[int]] = {}
        for chunk_hash in needed:
            take(f"index/{chunk_hash}.pf_index")
            postings.update(_read_chunk(base / f"index/{chunk_hash}.pf_index", len(pages)))
        matching = _matching_pages(words, postings)
        fragments: Iterable[str] = [f"fragment/{pages[i]}.pf_fragment" for i in matching]
        method = "emulated"
    except (_Layout, OSError, ValueError, KeyError, IndexError, TypeError) as exc:
        method = f"upper bound: {type(exc).__name__} reading the index ({str(exc)[:80]})"
        largest_chunk = max((base / "index").iterdir(), key=lambda p: p.stat().st_size)
        take(f"index/{largest_chunk.name}")
        fragments = (f"fragment/{p.name}" for p in (base / "fragment").iterdir())
    # nlargest streams: the fallback walks every fragment, a million at national scale.
    sizes = (((base / f).stat().st_size, f) for f in fragments if (base / f).is_file())
    for _, relative in heapq.nlargest(FIRST_PAGE, sizes):
        take(relative)
    wire = sum(_wire_size(base / relative, size) for relative, size in files.items())
    return SearchFetch(bytes=sum(files.values()), wire_bytes=wire, method=method, files=files)


def _wire_size(path: Path, size: int) -> int:
    brotli = path.with_name(path.name + ".br")
    return brotli.stat().st_size if brotli.is_file() else size


def _decode(path: Path) -> Any:
    if cbor2 is None:
        raise _Layout("cbor2 is not installed")
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(_SIGNATURE):
        raise _Layout(f"{path.name} lacks pagefind's signature")
    return cbor2.loads(data[len(_SIGNATURE) :])


def _read_meta(path: Path) -> tuple[list[str], list[tuple[str, str, str]]]:
    """Page hashes (a page's index is its position) and index chunks (from, to, hash)."""
    meta = _decode(path)
    # [version, [[page hash, word count]…], [[from, to, chunk hash]…], filters, sorts, …]
    if not (isinstance(meta, list) and len(meta) >= 3):
        raise _Layout("pf_meta is not the expected array")
    pages = [str(p[0]) for p in meta[1]]
    chunks = [(str(c[0]), str(c[1]), str(c[2])) for c in meta[2]]
    if not chunks or any(len(c) != 3 for c in meta[2]):
        raise _Layout("pf_meta lists no index chunks")
    return pages, chunks


def _read_chunk(path: Path, page_count: int) -> dict[str, set[int]]:
    """Word -> pages holding it. Postings store page numbers as deltas from the previous."""
    words: dict[str, set[int]] = {}
    for entry in _decode(path)[0]:
        page, pages = 0, set()
        for posting in entry[1]:
            page += int(posting[0])
            pages.add(page)
        if pages and max(pages) >= page_count:
            raise _Layout("a posting points past the last page")
        words[str(entry[0])] = pages
    return words


def _query_words(query: str) -> list[str]:
    # Pagefind's extended build segments Chinese with jieba at index time (charabia), and the
    # browser with Intl.Segmenter; jieba here is the closer of the two to what is indexed.
    jieba.setLogLevel(logging.WARNING)
    kept = "".join(" " if unicodedata.category(ch).startswith("P") else ch.lower() for ch in query)
    return [w for w in (t.strip() for t in jieba.cut(kept)) if w]


def _chunks_for(words: list[str], chunks: list[tuple[str, str, str]]) -> list[str]:
    """pagefind's request_indexes: for each word the first chunk whose range holds it; when
    no word finds one, the chunks whose bounds, cut to the word's length, bracket it."""

    def first(holds: Callable[[str, str, str], bool]) -> set[str]:
        return {next((h for lo, hi, h in chunks if holds(w, lo, hi)), "") for w in words} - {""}

    return sorted(
        first(lambda w, lo, hi: lo <= w <= hi)
        or first(lambda w, lo, hi: w[: len(lo)] >= lo[: len(w)] and w[: len(hi)] <= hi[: len(w)])
    )


def _matching_pages(words: list[str], postings: dict[str, set[int]]) -> set[int]:
    """Pages holding every query word that is indexed at all (as a prefix of an indexed
    word, as pagefind matches), else the pages holding any of them."""
    per_word = [
        found
        for w in words
        if (
            found := set().union(*(pages for word, pages in postings.items() if word.startswith(w)))
        )
    ]
    every = set.intersection(*per_word) if per_word else set()
    return every or set().union(*per_word)
