"""Per-record pages carried over from the previous release instead of rendered again.

A subject's page or an exit announcement is a pure function of its record and of the
build's shared context (chrome, labels, site address, the cases it links to, the program
itself). Each page's inputs are digested; when the digest equals the one recorded for the
same page of the release this build continues from, the page is hard-linked from there:
its bytes are the same by construction, and a link costs a fraction of a render. So a
changed record re-renders its own pages and no others (issue 7), while a changed template,
rule, chrome or program changes every digest and the whole site is rendered.

Hard links are safe because a release is never written after it is published: every stage
writes new files into a fresh staging folder (the way `rsync --link-dest` snapshots share
unchanged files). The digests themselves are kept beside the releases by `buildcache`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Carried:
    """The release a build continues from, and the digests recorded for its pages."""

    root: str
    digests: Mapping[str, str]  # page path ("subjects/<id>/index.html") -> digest


class PageDigests:
    """Digests of one build's per-record pages; links the unchanged ones from `carried`."""

    def __init__(self, base: str, carried: Carried | None, root: str) -> None:
        self.base = base.encode()
        self.carried = carried
        self.root = root
        self.digests: dict[str, str] = {}
        self.kept: list[str] = []

    def carry_tree(self, rel: str, inputs: Iterable[object]) -> bool:
        """`carry` for a whole folder made from `inputs` (pagefind's index of the records)."""
        h = hashlib.sha256(self.base)
        for x in inputs:
            h.update(repr(x).encode())
            h.update(b"\0")
        digest = self.digests[rel] = h.hexdigest()
        if self.carried is None or self.carried.digests.get(rel) != digest:
            return False
        source, target = os.path.join(self.carried.root, rel), os.path.join(self.root, rel)  # noqa: PTH118
        linked: list[str] = []
        try:
            for folder, _, names in os.walk(source):
                inner = os.path.relpath(folder, self.carried.root)
                os.makedirs(os.path.join(self.root, inner), exist_ok=True)  # noqa: PTH103, PTH118
                for name in names:
                    path = os.path.join(inner, name)  # noqa: PTH118
                    os.link(os.path.join(self.carried.root, path), os.path.join(self.root, path))  # noqa: PTH118
                    linked.append(path)
        except OSError:
            shutil.rmtree(target, ignore_errors=True)  # made afresh by the caller
            return False
        if not linked:
            return False
        self.kept.extend(linked)
        return True

    def carry(self, rel: str, *inputs: object) -> bool:
        """Record the digest of `rel`'s inputs; True when the page was linked from the
        previous release (the caller renders it otherwise). `repr` of the frozen public
        records names every field and value, and holds no set whose order could vary."""
        h = hashlib.sha256(self.base)
        for x in (rel, *inputs):
            h.update(repr(x).encode())
            h.update(b"\0")
        digest = self.digests[rel] = h.hexdigest()
        if self.carried is None or self.carried.digests.get(rel) != digest:
            return False
        target = os.path.join(self.root, rel)  # noqa: PTH118 (plain strings: 10⁵+ calls)
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)  # noqa: PTH103, PTH120
            os.link(os.path.join(self.carried.root, rel), target)  # noqa: PTH118
        except OSError:
            return False  # gone or on another file system: render it
        self.kept.append(rel)
        return True


def base_digest(program: str, *shared: object) -> str:
    """The part of every page's digest that all pages share."""
    h = hashlib.sha256(program.encode())
    for x in shared:
        h.update(repr(x).encode())
        h.update(b"\0")
    return h.hexdigest()
