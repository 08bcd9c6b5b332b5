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
from dataclasses import dataclass

from generator.redact.public import PublicSubject
from generator.render.pages import Shared, environment, render_subject_page, segment

PARTITION = 1000  # subjects per task: small enough for progress and balance, big enough
# that pickling a partition to a worker costs little next to rendering it


@dataclass(frozen=True, slots=True)
class PartitionResult:
    pages: int
    bytes: int


def render_partition(subjects: Sequence[PublicSubject], shared: Shared, root: str) -> PartitionResult:  # fmt: skip
    total = 0
    subjects_dir = os.path.join(root, "subjects")  # noqa: PTH118 (plain strings: 10⁵+ calls)
    os.makedirs(subjects_dir, exist_ok=True)  # noqa: PTH103
    for subject in subjects:
        page = render_subject_page(subject, shared)
        folder = os.path.join(subjects_dir, segment(subject.id))  # noqa: PTH118
        # mkdir + open + write + close: the fewest calls for a page in its own folder.
        with contextlib.suppress(FileExistsError):  # a staging directory being reused
            os.mkdir(folder)  # noqa: PTH102
        fd = os.open(os.path.join(folder, "index.html"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)  # noqa: PTH118  # fmt: skip
        try:
            os.write(fd, page)
        finally:
            os.close(fd)
        total += len(page)
    return PartitionResult(pages=len(subjects), bytes=total)


_worker: tuple[Shared, str] | None = None  # set once per worker process by _start


def _start(shared: Shared, root: str) -> None:
    global _worker  # per-process state of a pool worker, set once
    _worker = (shared, root)


def _run(subjects: Sequence[PublicSubject]) -> PartitionResult:
    assert _worker is not None  # set by the pool's initializer
    return render_partition(subjects, *_worker)


def write_subjects(
    subjects: Sequence[PublicSubject],
    shared: Shared,
    root: str,
    *,
    workers: int,
    report: Callable[[int], None],
    meanwhile: Callable[[], None] = lambda: None,
    partition: int = PARTITION,
) -> PartitionResult:
    """Render every subject page under `root`/subjects/; `report(done)` after each partition.

    `meanwhile` runs in this process while the workers render (the rest of the site, whose
    pages are few but long): the CPUs stay busy without a scheduler of our own."""
    parts = [subjects[i : i + partition] for i in range(0, len(subjects), partition)]
    pages = size = 0
    if workers <= 1 or len(parts) <= 1:
        for part in parts:
            result = render_partition(part, shared, root)
            pages, size = pages + result.pages, size + result.bytes
            report(pages)
        meanwhile()
        return PartitionResult(pages, size)
    # fork: the workers start with the compiled templates and the shared context without
    # pickling them; only each partition of subjects is sent. Freezing the collector keeps
    # it from touching (and so copying) every inherited object in every worker.
    environment().get_template("subject.html")
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, context, initializer=_start, initargs=(shared, root)) as pool:
        gc.freeze()
        try:
            futures = [pool.submit(_run, part) for part in parts]  # forks the workers
        finally:
            gc.unfreeze()
        meanwhile()
        for future in as_completed(futures):
            result = future.result()
            pages, size = pages + result.pages, size + result.bytes
            report(pages)
    return PartitionResult(pages, size)
