"""Subject pages, the bulk of the site (10⁵–10⁶ per build), rendered over partitions.

`render_partition` is a plain function of (subjects, shared context, output root): it
renders and writes its own pages and returns counts, holding one page in memory at a time.
`write_subjects` maps it over partitions in a process pool; the same function could be
mapped by Dask (`client.map`) later. Every page is a pure function of its subject, so the
tree is byte-identical whatever the number of workers (tests/test_site.py checks).
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field

from generator.errors import PublishError
from generator.parallel import cluster_map, on_cluster
from generator.redact.public import PublicSubject
from generator.render.pages import (
    Shared,
    environment,
    render_subject_page,
    segment,
    subject_inputs,
)
from generator.render.reuse import Carried, PageDigests
from generator.render.views import NoticeSubject

PARTITION = 1000  # subjects per task: small enough for progress and balance, big enough
# that pickling a partition to a worker costs little next to rendering it


@dataclass(slots=True)
class PartitionResult:
    pages: int
    bytes: int
    digests: dict[str, str] = field(default_factory=dict)  # page path -> digest of its inputs
    kept: list[str] = field(default_factory=list)  # pages linked from the previous release

    def add(self, other: PartitionResult) -> None:
        self.pages += other.pages
        self.bytes += other.bytes
        self.digests.update(other.digests)
        self.kept.extend(other.kept)


@dataclass(frozen=True, slots=True)
class Reuse:
    """How pages are carried over: the digest part all pages share, and the release."""

    base: str
    carried: Carried | None


def render_partition(subjects: Sequence[PublicSubject | NoticeSubject], shared: Shared, root: str,
                     reuse: Reuse | None = None) -> PartitionResult:  # fmt: skip
    total = 0
    subjects_dir = os.path.join(root, "subjects")  # noqa: PTH118 (plain strings: 10⁵+ calls)
    os.makedirs(subjects_dir, exist_ok=True)  # noqa: PTH103
    digests = PageDigests(reuse.base, reuse.carried, root) if reuse else None
    for subject in subjects:
        folder = os.path.join(subjects_dir, segment(subject.id))  # noqa: PTH118
        if digests is not None:
            rel = f"subjects/{subject.id}/index.html"
            if digests.carry(rel, *subject_inputs(subject, shared.links)):
                total += os.stat(os.path.join(root, rel)).st_size  # noqa: PTH116, PTH118
                continue
        page = render_subject_page(subject, shared)
        # mkdir + open + write + close: the fewest calls for a page in its own folder.
        with contextlib.suppress(FileExistsError):  # a staging directory being reused
            os.mkdir(folder)  # noqa: PTH102
        fd = os.open(os.path.join(folder, "index.html"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)  # noqa: PTH118  # fmt: skip
        try:
            os.write(fd, page)
        finally:
            os.close(fd)
        total += len(page)
    if digests is None:
        return PartitionResult(pages=len(subjects), bytes=total)
    return PartitionResult(len(subjects), total, digests.digests, digests.kept)


_worker: tuple[Shared, str, Reuse | None] | None = None  # set once per worker by _start


def _start(shared: Shared, root: str, reuse: Reuse | None) -> None:
    global _worker  # per-process state of a pool worker, set once
    _worker = (shared, root, reuse)


def _run(subjects: Sequence[PublicSubject | NoticeSubject]) -> PartitionResult:
    assert _worker is not None  # set by the pool's initializer
    return render_partition(subjects, *_worker)


def _render_part(
    context: tuple[Shared, str, Reuse | None], subjects: list[PublicSubject | NoticeSubject]
) -> PartitionResult:
    return render_partition(subjects, *context)


def write_subjects(
    subjects: Sequence[PublicSubject | NoticeSubject],
    shared: Shared,
    root: str,
    *,
    workers: int,
    report: Callable[[int], None],
    meanwhile: Callable[[], None] = lambda: None,
    partition: int = PARTITION,
    reuse: Reuse | None = None,
) -> PartitionResult:
    """Render every subject page under `root`/subjects/; `report(done)` after each partition.

    `meanwhile` runs in this process while the workers render (the rest of the site, whose
    pages are few but long): the CPUs stay busy without a scheduler of our own."""
    parts = [subjects[i : i + partition] for i in range(0, len(subjects), partition)]
    done = PartitionResult(0, 0)
    if (workers <= 1 and not on_cluster()) or len(parts) <= 1:
        for part in parts:
            done.add(render_partition(part, shared, root, reuse))
            report(done.pages)
        meanwhile()
        return done
    if on_cluster():
        # Dask: the shared context goes to each worker once; the workers write the pages
        # into `root` themselves, which is why it must be on storage they all mount.
        lists = [list(p) for p in parts]
        results = cluster_map(_render_part, (shared, root, reuse), lists, error=PublishError)
        meanwhile()
        for result in results:
            done.add(result)
            report(done.pages)
        return done
    # fork: the workers start with the compiled templates and the shared context without
    # pickling them; only each partition of subjects is sent. Freezing the collector keeps
    # it from touching (and so copying) every inherited object in every worker.
    environment().get_template("subject.html")
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        workers, context, initializer=_start, initargs=(shared, root, reuse)
    ) as pool:
        gc.freeze()
        try:
            futures = [pool.submit(_run, part) for part in parts]  # forks the workers
        finally:
            gc.unfreeze()
        meanwhile()
        for future in as_completed(futures):
            done.add(future.result())
            report(done.pages)
    return done
