"""Recall and precision of the person-name detectors on the invented names corpus
(tests/names_corpus, issue 17).

A name counts as found when every character of its given name (everything after the
surname as written) is covered by a span the detector masks; a known name (from the
structured fields) is not counted, since the known-value automaton finds it whatever the
guessers do. A masked span that touches no name is a false positive; a public value
(company, place, department, law) with any character masked is counted apart.

    python -m benchmarks.names [--variants]     # the build's detector; --variants: others too
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from generator.redact.config import RedactionRules, redaction_rules
from generator.redact.detect import Detector
from generator.redact.known import PERSON_NAME, KnownValues, Needle
from generator.redact.mask import mask_name
from generator.redact.normalise import compact_name
from tests.names_corpus.make_corpus import Item, build

Spans = list[tuple[int, int]]
Finder = Callable[[str, Sequence[str]], Spans]


@dataclass(frozen=True)
class Score:
    variant: str
    names: int
    found: int
    spans: int
    false_spans: int
    public: int
    public_hit: int
    seconds: float

    @property
    def recall(self) -> float:
        return self.found / self.names if self.names else 1.0

    @property
    def precision(self) -> float:
        return (self.spans - self.false_spans) / self.spans if self.spans else 1.0

    def row(self) -> str:
        return (
            f"| {self.variant} | {self.names} | {100 * self.recall:.1f} % | "
            f"{100 * self.precision:.1f} % | {self.public_hit} / {self.public} | "
            f"{1000 * self.seconds / max(1, self.names):.2f} |"
        )


HEADER = (
    "| detector | names | recall | precision | public values touched | ms per name |\n"
    "|---|---:|---:|---:|---:|---:|"
)


def _merge(spans: Iterable[tuple[int, int]]) -> Spans:
    out: Spans = []
    for a, b in sorted(s for s in spans if s[1] > s[0]):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def score(variant: str, items: Sequence[Item], finder: Finder) -> Score:
    names = found = spans = false = public = public_hit = 0
    start = time.perf_counter()
    answers = [_merge(finder(it.text, it.known)) for it in items]
    seconds = time.perf_counter() - start
    for it, masked in zip(items, answers, strict=True):
        covered: set[int] = set()
        for a, b in masked:
            covered.update(range(a, b))
        for s, e, surname in it.names:
            if any(it.text.startswith(k, s) and s + len(k) == e for k in it.known):
                continue
            names += 1
            given = [i for i in range(s + surname, e) if it.text[i].isalnum()]
            found += all(i in covered for i in given)
        for a, b in masked:
            spans += 1
            false += not any(a < e and s < b for s, e, _ in it.names)
        for a, b in it.public:
            public += 1
            public_hit += any(i in covered for i in range(a, b))
    return Score(variant, names, found, spans, false, public, public_hit, seconds)


@lru_cache(maxsize=1)
def _rules() -> RedactionRules:
    from generator.rules import load_rules

    return redaction_rules(load_rules())


def _detector(known: Sequence[str]) -> Detector:
    return _detectors(tuple(known))


@lru_cache(maxsize=4096)
def _detectors(known: tuple[str, ...]) -> Detector:
    values = KnownValues(
        {compact_name(n): Needle(PERSON_NAME, n, ("corpus",)) for n in known},
        frozenset(),
        frozenset(known),
    )
    return Detector(values, _rules())


def build_detector(text: str, known: Sequence[str]) -> Spans:
    """What the build masks as a person name (known and guessed): for a Latin-script name,
    the span less the word the mask keeps (a family name, which may be the wrong word)."""
    out: Spans = []
    for f in _detector(known).find(text):
        if f.kind != PERSON_NAME:
            continue
        kept = mask_name(f.name or "", _rules()).split(" ")
        word = next((w for w in kept if w and "＊" not in w and len(kept) > 1), "")
        at = text.find(word, f.start, f.end) if word else -1
        if at < 0:
            out.append((f.start, f.end))
        else:
            out += [(f.start, at), (at + len(word), f.end)]
    return out


def measure(items: Sequence[Item] | None = None) -> Score:
    """The build's detector on the corpus (what `make bench` prints)."""
    return score("build (cues + surnames + jieba)", items or build(), build_detector)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--variants", action="store_true")
    args = parser.parse_args(argv)
    items = build()
    rows = [measure(items)]
    if args.variants:
        from benchmarks.names_variants import VARIANTS

        rows += [score(name, items, finder) for name, finder in VARIANTS.items()]
    print(HEADER)
    for r in rows:
        print(r.row())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
