"""Running a stage function over partitions of records (or files) on every core.

A stage step is a plain function `fn(context, part)` over a list of items, so the same
function could run on Dask later (`client.map(functools.partial(fn, context), parts)`); here
a fork-context process pool runs it. The context (automata, the segmenter's dictionary) and
the records are handed to each worker once, by fork, never pickled; a task is a range of
positions, and only the results travel back.
Results come back in partition order, so the output does not depend on the worker count.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import repeat
from typing import TypeVar

from generator.errors import CreditSiteError

C = TypeVar("C")
T = TypeVar("T")
R = TypeVar("R")

# Parts per worker: a few, so a worker that drew the long texts does not hold up the rest,
# but not many, since every part's result is pickled back to the parent.
PARTS_PER_WORKER = 4
# Below this many items a pool costs more than it saves (an incremental build redoes a
# handful of records, a small site has a few thousand files).
PARALLEL_MIN_ITEMS = 2_000

# Set in each worker by `_install`; the pool's initializer is the only writer.
_CONTEXT: object = None
_ITEMS: Sequence[object] = ()


def _install(context: object, items: Sequence[object]) -> None:
    global _CONTEXT, _ITEMS
    _CONTEXT, _ITEMS = context, items
    freeze_inherited()
    # The work itself makes no cycles worth collecting (see `redact_state`), and the worker
    # ends with the pool.
    gc.disable()


def freeze_inherited() -> None:
    """In a forked worker, first thing: the heap it inherited is never collected there.
    Frozen, the collector does not walk it, which would write to (and so copy into each
    worker) every page of it; what the worker allocates itself is still collected."""
    gc.freeze()


def _call(fn: Callable[[object, list[object]], object], span: tuple[int, int]) -> object:
    return fn(_CONTEXT, list(_ITEMS[span[0] : span[1]]))


def partitions(length: int, count: int) -> list[tuple[int, int]]:
    """At most `count` contiguous (start, end) ranges of nearly equal size covering
    `range(length)`, in order."""
    count = max(1, min(count, length))
    size, extra = divmod(length, count)
    spans: list[tuple[int, int]] = []
    start = 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        if end > start:
            spans.append((start, end))
        start = end
    return spans


def by_weight(items: Sequence[T], weight: Callable[[T], int], workers: int) -> list[T]:
    """`items` reordered so that each partition `map_partitions` makes of them on `workers`
    gets a like share of the weight: heaviest first, dealt round-robin over the partitions
    (which are contiguous ranges of equal length, see `partitions`)."""
    count = max(1, min(workers * PARTS_PER_WORKER, len(items)))
    ranked = sorted(items, key=weight, reverse=True)
    return [item for i in range(count) for item in ranked[i::count]]


def fork_available() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def workers_for(items: int) -> int:
    """Every core for a pass over `items` items when there are enough of them, else 1."""
    return (os.cpu_count() or 1) if items >= PARALLEL_MIN_ITEMS else 1


def map_partitions(
    fn: Callable[[C, list[T]], R],
    context: C,
    items: Sequence[T],
    workers: int,
    *,
    error: type[CreditSiteError],
) -> list[R]:
    """`fn(context, part)` for each partition of `items`, in order, on `workers` processes
    (in this process when `workers` is 1 or fork is unavailable). A worker that dies is
    reported as `error`, the failing stage's own kind; an error `fn` raises in a worker is
    raised here as it is."""
    if workers <= 1 or len(items) < 2 or not fork_available():
        return [fn(context, list(items))] if items else []
    spans = partitions(len(items), workers * PARTS_PER_WORKER)
    pool = ProcessPoolExecutor(
        max_workers=min(workers, len(spans)),
        mp_context=multiprocessing.get_context("fork"),
        initializer=_install,
        initargs=(context, items),
    )
    try:
        with pool:
            return list(pool.map(_call, repeat(fn), spans))  # type: ignore[arg-type]
    except BrokenProcessPool as exc:
        raise error("a worker process died (out of memory?)") from exc
