"""The physical memory a build takes: this process and every process under it, sampled.

`ru_maxrss` cannot say it. It is one process's high-water mark, and a forked worker's
resident set counts every page it shares with the build that forked it, so neither the
largest process nor the sum of them is the machine's memory in use. PSS (proportional set
size) splits each shared page between the processes that map it, so the PSS of a process
tree sums to the memory it holds. Linux only (`/proc/<pid>/smaps_rollup`, kernel ≥ 4.14);
elsewhere the sampler reports nothing rather than a wrong figure.

Sampled by a thread every `interval` seconds: a peak shorter than that can be missed, which
the report says. psutil would give the same numbers through the same files; a dozen lines of
/proc reading spare the benchmark a compiled dependency.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from types import TracebackType

_PROC = Path("/proc")


def _children(pid: int) -> dict[int, list[int]]:
    """Parent pid -> child pids, for every process visible in /proc."""
    tree: dict[int, list[int]] = {}
    for entry in _PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # gone since the listing
            continue
        # The command name may hold spaces and brackets: the fields start after the last ")".
        fields = stat[stat.rindex(")") + 2 :].split()
        tree.setdefault(int(fields[1]), []).append(int(entry.name))
    return tree


def _descendants(pid: int) -> list[int]:
    tree = _children(pid)
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        todo.extend(tree.get(current, ()))
    return out


def _pss_kib(pid: int) -> int:
    try:
        with (_PROC / str(pid) / "smaps_rollup").open() as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:  # the process ended between the listing and the read
        pass
    return 0


def tree_pss_mb(pid: int | None = None) -> float:
    """The PSS of `pid` (this process) and all its descendants now, in MB."""
    return sum(_pss_kib(p) for p in _descendants(pid or os.getpid())) / 1024


def available() -> bool:
    return (_PROC / str(os.getpid()) / "smaps_rollup").is_file()


class TreeMemory:
    """A context: the highest PSS sum of this process tree while it was open (`peak_mb`,
    None where /proc cannot tell)."""

    def __init__(self, interval: float = 0.25) -> None:
        self.interval = interval
        self.peak_mb: float | None = None
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="tree-memory", daemon=True)

    def __enter__(self) -> TreeMemory:
        if available():
            self.peak_mb = 0.0
            self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()

    def stop(self) -> None:
        if self._thread.is_alive():
            self._stop.set()
            self._thread.join()

    def _run(self) -> None:
        while True:
            self._sample()
            if self._stop.wait(self.interval):
                self._sample()  # the state at the end counts too
                return

    def _sample(self) -> None:
        now = tree_pss_mb()
        self.samples += 1
        if self.peak_mb is None or now > self.peak_mb:
            self.peak_mb = now
