"""One benchmark size, run in its own process: the chain timed stage by stage, then the
yardsticks.

The stage times come from `build_site` itself, through its progress callback, so they are
the times of the chain as `creditsite build` runs it, whatever stages it gains (the
compression stage did) or however it parallelises them; the harness never re-assembles the
chain by hand. Only load and validate, which the build reports as one "check" step, are
also timed alone, through their own public functions.

Peak memory is the highest PSS sum of this process and its children (workers, pagefind)
sampled during the first publication (`benchmarks.memory`); the sampler stops right after
it, so mkdocs and the rebuild that run later cannot inflate it. ru_maxrss of the build
process and of its largest child are kept beside it in the JSON.
"""

from __future__ import annotations

import os
import resource
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from benchmarks.memory import TreeMemory
from benchmarks.mkdocs_ratio import time_mkdocs_build, write_mkdocs_project
from benchmarks.rebuild import Publication, StageClock, time_rebuilds
from benchmarks.record import SizeResult, describe_error
from benchmarks.search_fetch import measure_search_fetch
from generator.config import read_dataset_config
from generator.demo import write_demo_dataset
from generator.demo_keys import PSEUDONYM_KEY, write_demo_keys
from generator.load import load_dataset
from generator.rules import load_rules
from generator.tlog.proof import make_proof
from generator.validate import validate_dataset

AS_OF = date(2026, 11, 22)
BUILT_AT = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)  # the demo keys are made to cover it
SEED = 1
SITE_URL = "https://credit.example.gov.cn/"


def measure_size(subjects: int, mkdocs_sample: int, result: SizeResult) -> None:
    """Fill `result` for one size. A failure of the chain is recorded in `result.error`
    (class, first line, stage) and stops this size; a failing yardstick only leaves its
    figure empty with a note. Either way `result` keeps everything measured before."""
    with tempfile.TemporaryDirectory(prefix="creditsite-bench-") as tmp:
        work = Path(tmp)
        pub = Publication(work / "dataset", work / "keys", work / "site", work, AS_OF, SITE_URL)
        clock = StageClock()
        step = "dataset generation"
        try:
            write_demo_dataset(pub.dataset, subjects, SEED, AS_OF)
            write_demo_keys(pub.keys, BUILT_AT)
            step = "load and validate"
            _time_load_validate(pub.dataset, result)
            step = "build"
            with TreeMemory() as memory:
                rebuilds = time_rebuilds(
                    pub, BUILT_AT, clock, lambda: _after_first(pub, mkdocs_sample, result, memory)
                )
        except Exception as exc:  # a failed size is a result: the table says why
            stage = clock.current or step
            if clock.first is not None:
                stage += ", after the first publication"
            result.error = f"{describe_error(exc)} (stage: {stage})"
            result.stage_s.update(clock.stop() if clock.first is None else clock.first)
            return
        result.stage_s.update(rebuilds.first_stages)
        result.incremental_stage_s = dict(rebuilds.rebuild_stages)
        result.build_s = result.total_s = rebuilds.build_s
        result.subject_pages = rebuilds.subject_pages
        if result.listings:
            result.records_per_s = result.listings / rebuilds.build_s
        site_s = rebuilds.first_stages.get("site")
        if site_s:
            result.pages_per_s = rebuilds.subject_pages / site_s
        result.incremental_s = rebuilds.incremental_s
        log_s = rebuilds.first_stages.get("log")
        if log_s is not None and rebuilds.build_s:
            result.log_share_pct = 100 * log_s / rebuilds.build_s
        result.refresh_s = rebuilds.refresh_s
        result.verify_s = rebuilds.verify_s
        result.verify_files = rebuilds.verify_files
        if rebuilds.note:
            result.notes.append(rebuilds.note)
        if result.pages_per_s is not None and result.mkdocs_pages_per_s:
            result.ratio_vs_mkdocs = result.pages_per_s / result.mkdocs_pages_per_s


def _time_load_validate(dataset: Path, result: SizeResult) -> None:
    """Load and validate alone; the dataset dies with this frame, before the build."""
    started = time.perf_counter()
    config, rules_dir = read_dataset_config(dataset)
    rules = load_rules(rules_dir)
    raw, problems = load_dataset(dataset, rules)
    loaded = time.perf_counter()
    checked = validate_dataset(raw, rules, config, problems)
    result.load_s = loaded - started
    result.validate_s = time.perf_counter() - loaded
    result.listings = len(checked.listings)


def _after_first(pub: Publication, sample: int, result: SizeResult, memory: TreeMemory) -> None:
    """Measured on the first publication, before anything else runs."""
    _peak_memory(result, memory)
    _optional(result, "bytes per page", lambda: _measure_output(pub.out, result))
    _optional(result, "mkdocs pages", lambda: _write_mkdocs(pub, sample, result))
    _optional(result, "search fetch", lambda: _measure_search(pub.out, result))
    _optional(result, "proof size", lambda: _measure_proof(pub, result))
    # Right after our build, so that both rates see the same load on a shared machine.
    if (pub.work / "mkdocs").is_dir():
        _optional(result, "mkdocs", lambda: _time_mkdocs(pub.work / "mkdocs", result))


def _peak_memory(result: SizeResult, memory: TreeMemory) -> None:
    memory.stop()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    result.peak_self_mb, result.peak_children_mb = own, children
    result.peak_mb = memory.peak_mb
    if memory.peak_mb is None:
        result.notes.append("peak MB: /proc/<pid>/smaps_rollup is not readable here")


def _measure_output(site: Path, result: SizeResult) -> None:
    # os.walk and os.scandir, not lists of Paths: a million pages would cost ~200 MB.
    site = site.resolve()
    total = 0
    for folder, _dirs, files in os.walk(site):
        total += sum(os.path.getsize(os.path.join(folder, f)) for f in files)  # noqa: PTH118, PTH202
    result.output_mb = total / 1e6
    pages = page_bytes = 0
    with os.scandir(site / "subjects") as entries:
        for entry in entries:
            if entry.is_dir():
                pages += 1
                page_bytes += os.path.getsize(os.path.join(entry.path, "index.html"))  # noqa: PTH118, PTH202
    result.bytes_per_subject_page = page_bytes / pages if pages else None


def _measure_search(site: Path, result: SizeResult) -> None:
    if not result.search_query:
        raise RuntimeError("no organisation name to search for (the snapshot was not read)")
    fetch = measure_search_fetch(site.resolve(), result.search_query)
    result.search_fetch_kb = fetch.bytes / 1024
    result.search_fetch_wire_kb = fetch.wire_bytes / 1024
    result.search_fetch_method = fetch.method
    result.search_fetch_files = fetch.files


def _measure_proof(pub: Publication, result: SizeResult) -> None:
    """`prove` for the first active listing's subject and for a subject never listed, on
    the build's day, as a bank would receive them."""
    site = pub.out.resolve()
    key = (pub.keys / PSEUDONYM_KEY).read_bytes().strip()
    with (site / "data" / "snapshot.csv").open(encoding="utf-8-sig") as fh:
        fh.readline()
        listed = fh.readline().split(",")[3]  # subject_id, the 4th column
    sizes = [
        len(make_proof(pub.out, subject, pub.as_of, key))
        for subject in (listed, "91110000MA00000000")
    ]
    result.proof_bytes = max(sizes)


def _write_mkdocs(pub: Publication, sample: int, result: SizeResult) -> None:
    # Written now, from the first publication's snapshot: the rebuild replaces that output.
    project = write_mkdocs_project(pub.out.resolve(), pub.work / "mkdocs", sample)
    result.mkdocs_sample, result.search_query = project.pages, project.query


def _time_mkdocs(project: Path, result: SizeResult) -> None:
    run = time_mkdocs_build(project)
    shutil.rmtree(project, ignore_errors=True)
    result.mkdocs_s, result.mkdocs_pages_per_s = run.seconds, run.pages_per_s


def _optional(result: SizeResult, what: str, measure: Callable[[], None]) -> None:
    try:
        measure()
    except Exception as exc:  # one yardstick failing must not cost the other figures
        result.notes.append(f"{what}: {describe_error(exc)}")
