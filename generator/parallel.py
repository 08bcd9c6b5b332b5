"""Running a stage function over partitions of records (or files): on every core, or on a
Dask cluster.

A stage step is a plain function `fn(context, part)` over a list of items. By default a
fork-context process pool runs it: the context (automata, the segmenter's dictionary) and
the records are handed to each worker once, by fork, never pickled; a task is a range of
positions, and only the results travel back.

Inside `dask_engine` (`creditsite build --engine dask`) the same functions run on a
dask.distributed cluster instead: nothing is inherited there, so the context is sent to
every worker once (scatter with broadcast), each partition is sent to one, and the task
gets both as arguments. Workers write into the staging tree themselves (subject pages,
compressed files), so on a real cluster it must be on a filesystem every worker mounts at
the same path.
Results come back in partition order on either engine, so the output does not depend on the
engine or the worker count.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from itertools import repeat
from typing import Any, TypeVar

from generator.errors import ConfigError, CreditSiteError

C = TypeVar("C")
T = TypeVar("T")
R = TypeVar("R")

# Parts per worker: a few, so a worker that drew the long texts does not hold up the rest,
# but not many, since every part's result is pickled back to the parent.
PARTS_PER_WORKER = 4
# Below this many items a pool costs more than it saves (an incremental build redoes a
# handful of records, a small site has a few thousand files).
PARALLEL_MIN_ITEMS = 2_000
# A task that raised something unforeseen (a hiccup of the shared filesystem) is run again
# this many times. A worker that dies mid-task is another matter: the scheduler reruns its
# tasks elsewhere, up to `distributed.scheduler.allowed-failures` times (3 by default).
RETRIES = 2
# Seconds to reach the scheduler, and then for a first worker to join it.
CONNECT_TIMEOUT = 20.0

# Set in each worker by `_install`; the pool's initializer is the only writer.
_CONTEXT: object = None
_ITEMS: Sequence[object] = ()


@dataclass(frozen=True, slots=True)
class Cluster:
    """The Dask client the stages run on, and how many tasks the cluster runs at once."""

    client: Any  # dask.distributed.Client, imported only when a build asks for Dask
    workers: int


# The cluster of the running build, set by `dask_engine` in the command that opened it;
# None: the local process pool. A context variable, not a module global, so a test (or a
# program building two sites) cannot leave it set for the next caller.
_CLUSTER: ContextVar[Cluster | None] = ContextVar("creditsite_cluster", default=None)


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


def _part_count(workers: int) -> int:
    """How many partitions `map_partitions` makes for `workers`: on a cluster, a few per
    task the cluster runs at once, whatever this machine has."""
    cluster = _CLUSTER.get()
    return (cluster.workers if cluster is not None else workers) * PARTS_PER_WORKER


def by_weight(items: Sequence[T], weight: Callable[[T], int], workers: int) -> list[T]:
    """`items` reordered so that each partition `map_partitions` makes of them on `workers`
    gets a like share of the weight: heaviest first, dealt round-robin over the partitions
    (which are contiguous ranges of equal length, see `partitions`)."""
    count = max(1, min(_part_count(workers), len(items)))
    ranked = sorted(items, key=weight, reverse=True)
    return [item for i in range(count) for item in ranked[i::count]]


def fork_available() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def workers_for(items: int) -> int:
    """Every core (on a cluster: every worker) for a pass over `items` items when there are
    enough of them, else 1."""
    if items < PARALLEL_MIN_ITEMS:
        return 1
    cluster = _CLUSTER.get()
    return cluster.workers if cluster is not None else (os.cpu_count() or 1)


def on_cluster() -> bool:
    """True inside `dask_engine`: stages with a pool of their own hand it `cluster_map`."""
    return _CLUSTER.get() is not None


def map_partitions(
    fn: Callable[[C, list[T]], R],
    context: C,
    items: Sequence[T],
    workers: int,
    *,
    error: type[CreditSiteError],
    local: bool = False,
) -> list[R]:
    """`fn(context, part)` for each partition of `items`, in order, on `workers` processes
    (in this process when `workers` is 1 or fork is unavailable), or on the Dask cluster of
    `dask_engine` when `workers` is more than 1. A worker that dies is reported as `error`,
    the failing stage's own kind; an error `fn` raises in a worker is raised here as it is.

    `local` keeps the work on this machine whatever the engine: for a context that must
    not travel (the signing key)."""
    cluster = None if local else _CLUSTER.get()
    if cluster is not None and workers > 1 and len(items) >= 2:
        spans = partitions(len(items), _part_count(workers))
        parts = [list(items[a:b]) for a, b in spans]
        return list(cluster_map(fn, context, parts, error=error))
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


@dataclass(frozen=True, slots=True)
class _Raised:
    """A stage's own error, carried back as a result: it says what is wrong with the input,
    and running the task again would only say it again."""

    error: CreditSiteError


def _cluster_task(part: list[T], *, fn: Callable[[C, list[T]], R], context: C) -> R | _Raised:
    try:
        return fn(context, part)
    except CreditSiteError as exc:
        return _Raised(exc)


def cluster_map(
    fn: Callable[[C, list[T]], R],
    context: C,
    parts: Sequence[list[T]],
    *,
    error: type[CreditSiteError],
) -> Iterator[R]:
    """`fn(context, part)` for each of `parts` on the cluster of `dask_engine`: every task
    is submitted now, and the results are yielded in the order of `parts`.

    The context goes to every worker once (a worker that joins later copies it from
    another), not with each task; each task is pure (its result is a function of its
    arguments), so the scheduler runs it again on another worker when one dies. A task that
    still cannot finish is reported as `error`."""
    cluster = _CLUSTER.get()
    if cluster is None:
        raise ConfigError("cluster_map runs only inside dask_engine")
    client = cluster.client
    shared = client.scatter(context, broadcast=True, hash=False)
    # Readable keys for the dashboard; the token keeps two passes of one stage apart.
    token = uuid.uuid4().hex[:12]
    name = getattr(fn, "__name__", "part").strip("_")
    futures: list[Any] = client.map(
        _cluster_task,
        # The parts travel in the tasks, not scattered: the scheduler keeps a task until it
        # is done and can run it again, whereas data scattered to a worker dies with it.
        list(parts),
        key=[f"{name}-{token}-{i}" for i in range(len(parts))],
        retries=RETRIES,
        pure=False,
        fn=fn,
        context=shared,
    )
    return _results(client, [shared, *futures], futures, error)


def _results(
    client: Any, held: list[Any], futures: list[Any], error: type[CreditSiteError]
) -> Iterator[R]:
    from distributed import KilledWorker
    from distributed.client import FutureCancelledError

    try:
        for i, future in enumerate(futures):
            try:
                result = future.result()
            except KilledWorker as exc:
                raise error("a Dask worker died on every try of a task (out of memory?)") from exc
            except (OSError, TimeoutError, FutureCancelledError) as exc:
                raise error(f"lost the Dask cluster ({exc})") from exc
            if isinstance(result, _Raised):
                raise result.error
            futures[i] = None  # released on the workers once yielded
            yield result
    finally:
        # Everything this map placed on the cluster is dropped there, also after an error.
        client.cancel([f for f in held if f is not None])


def _cluster_size(client: Any, scheduler: str) -> int:
    """Tasks the cluster runs at once, once it has a worker; one thread per worker only."""
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except TimeoutError as exc:
        raise ConfigError(
            f"no Dask worker joined the scheduler at {scheduler} in {CONNECT_TIMEOUT:.0f} s"
        ) from exc
    threads: dict[str, int] = client.nthreads()
    crowded = sorted(w for w, n in threads.items() if n != 1)
    if crowded:
        # A worker's tasks share the context it was sent, which some stages fill as they go
        # (the segmenter's answers): two threads would mix their answers.
        raise ConfigError(
            f"Dask worker {crowded[0]} runs {threads[crowded[0]]} threads; "
            "start every worker with --nthreads 1 (add workers for more parallelism)"
        )
    return len(threads)


@contextmanager
def dask_engine(scheduler: str | None = None, workers: int | None = None) -> Iterator[Cluster]:
    """Inside this, stages run on the Dask cluster whose scheduler is at `scheduler`
    (tcp://host:port), or on a LocalCluster of `workers` processes (default: one per core)
    started here and stopped on the way out. A scheduler that cannot be reached, or has no
    worker, is a `ConfigError`."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover (a dependency of the package)
        raise ConfigError("--engine dask needs dask[distributed] installed") from exc
    with ExitStack() as stack:
        where = scheduler or "a local cluster"
        address: Any = scheduler
        if scheduler is None:
            address = stack.enter_context(
                LocalCluster(  # type: ignore[no-untyped-call]
                    n_workers=workers or os.cpu_count() or 1,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                )
            )
        try:
            client = stack.enter_context(
                Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)  # type: ignore[no-untyped-call]
            )
        except (OSError, TimeoutError, ValueError) as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {where}: {exc}") from exc
        cluster = Cluster(client, _cluster_size(client, where))
        token = _CLUSTER.set(cluster)
        try:
            yield cluster
        finally:
            _CLUSTER.reset(token)
