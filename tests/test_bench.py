"""The benchmark harness runs end to end on a tiny size and reports every figure; a failed
size is a table row saying why. No timing is asserted: the machine is shared and noisy."""

from __future__ import annotations

import csv
import json
import os
import shutil
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks import memory, run
from benchmarks.mkdocs_ratio import _cell
from benchmarks.rebuild import Publication, edit_one_record, refresh_arguments
from benchmarks.search_fetch import _chunks_for
from generator.build import check_dataset

DEMO = Path(__file__).resolve().parent.parent / "data" / "demo"
# Figures that may be empty on a healthy run, each with the note that must then explain it.
_MAY_BE_EMPTY = {"refresh_s": "refresh"}
# The brief's columns; the stages between come from what the build reports.
_REQUIRED = ("subjects", "listings", "load_s", "validate_s", "lifecycle_s", "redact_s",
             "site_s", "feeds_s", "sign_s", "scan_s", "publish_s", "records_per_s",
             "pages_per_s", "ratio_vs_mkdocs", "peak_mb", "bytes_per_subject_page",
             "search_fetch_kb", "incremental_s", "refresh_s", "verify_s", "total_s")  # fmt: skip


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split(" | ")]


def test_harness_reports_every_column_and_a_failed_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Size 0 is refused by the demo-data generator: a cheap, real failure of one size.
    code = run.main(["--sizes", "0,20", "--mkdocs-sample", "10", "--results", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 1  # a failed size makes the run fail, after every size ran
    assert "Traceback" not in out + err

    data = json.loads((tmp_path / "latest.json").read_text(encoding="utf-8"))
    assert {"cpus", "cpu_model", "python", "date"} <= set(data["machine"])
    assert data["command"] == "BENCH_SIZES=0,20 BENCH_MKDOCS_SAMPLE=10 make bench"
    failed, ok = data["results"]
    assert failed["error"].startswith("ConfigError: --subjects must be between 1 and")
    assert failed["error"].endswith("(stage: dataset generation)")
    assert ok["error"] is None, ok["error"]
    assert ok["notes"] == [] or all("refresh" in n for n in ok["notes"]), ok["notes"]
    keys = [c["key"] for c in data["columns"]]
    assert set(_REQUIRED) <= set(keys)
    assert set(ok["figures"]) == set(keys) == set(failed["figures"])
    for key in keys:
        value = ok["figures"][key]
        if value is None:
            assert key in _MAY_BE_EMPTY, f"{key} is empty"
            assert any(_MAY_BE_EMPTY[key] in n for n in ok["notes"])
        else:
            assert value >= 0, key
    assert ok["figures"]["subjects"] == 20
    assert ok["mkdocs_sample"] == 10
    assert ok["search_fetch_method"] == "emulated"
    assert any(f.startswith("index/") for f in ok["search_fetch_files"])
    assert any(f.startswith("fragment/") for f in ok["search_fetch_files"])

    markdown = (tmp_path / "latest.md").read_text(encoding="utf-8")
    assert markdown in out  # stdout carries the same README-ready section
    assert "Command: `BENCH_SIZES=0,20 BENCH_MKDOCS_SAMPLE=10 make bench`" in markdown
    table = [line for line in markdown.splitlines() if line.startswith("|")]
    assert _cells(table[0]) == [c["title"] for c in data["columns"]]
    assert set(table[1]) == {"|", "-", ":"}
    assert len(table) == 4
    failed_row, ok_row = _cells(table[2]), _cells(table[3])
    assert failed_row[0] == "0" and failed_row[1].startswith("**failed**: ConfigError:")
    assert len(failed_row) == len(ok_row) == len(keys)
    assert ok_row[0] == "20"


def test_one_record_edit_changes_one_cell_and_stays_valid(tmp_path: Path) -> None:
    dataset = tmp_path / "demo"
    shutil.copytree(DEMO, dataset)
    before = {p.name: p.read_bytes() for p in (dataset / "lists").glob("*.csv")}
    record_id = edit_one_record(dataset)
    changed = [p for p in (dataset / "lists").glob("*.csv") if p.read_bytes() != before[p.name]]
    assert len(changed) == 1
    encoding = "gb18030" if changed[0].name == "black.csv" else "utf-8-sig"
    old = list(csv.reader(before[changed[0].name].decode(encoding).splitlines()))
    new = list(csv.reader(changed[0].read_text(encoding=encoding).splitlines()))
    diffs = [(i, j) for i, (a, b) in enumerate(zip(old, new, strict=True))
             for j, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]  # fmt: skip
    assert len(diffs) == 1 and new[diffs[0][0]][0] == record_id
    check_dataset(dataset)  # still meets the input contract


def test_refresh_arguments_follow_its_usage() -> None:
    pub = Publication(Path("ds"), Path("keys"), Path("site"), Path("w"), date(2026, 11, 22),
                      "https://credit.example.gov.cn/")  # fmt: skip
    usage = "usage: creditsite refresh [-h] [--keys KEYS] --out OUT [--as-of AS_OF] dataset\n"
    assert refresh_arguments(usage, pub) == [
        "ds", "--out", "site", "--keys", "keys", "--as-of", "2026-11-22"
    ]  # fmt: skip
    assert refresh_arguments("usage: creditsite refresh [-h] site\n", pub) == ["site"]


def test_chunk_choice_is_pagefinds_range_lookup() -> None:
    chunks = [("0", "m", "a"), ("n", "示", "b"), ("示例", "龚", "c")]
    assert _chunks_for(["apple"], chunks) == ["a"]
    assert _chunks_for(["示例", "zoo"], chunks) == ["b", "c"]
    assert _chunks_for(["！"], chunks) == []


def _unescaped_pipe(cell: str) -> bool:
    escaped = False
    for ch in cell:
        if ch == "|" and not escaped:
            return True
        escaped = ch == "\\" and not escaped
    return False


@given(st.text())
def test_markdown_cells_cannot_break_the_table(text: str) -> None:
    cell = _cell(text)
    assert "\n" not in cell and "\r" not in cell and "<" not in cell
    assert not _unescaped_pipe(cell)


@pytest.mark.skipif(not memory.available(), reason="needs /proc/<pid>/smaps_rollup")
def test_tree_memory_counts_children_once_each() -> None:
    """A child's own pages count, pages a forked child shares with its parent count once."""
    mib = 1024 * 1024
    base = memory.tree_pss_mb()
    own = b"x" * (96 * mib)  # touched, so resident in this process
    with memory.TreeMemory(interval=0.05) as watched:
        # Forked: it shares `own` and allocates 64 MiB of its own.
        child = os.fork()
        if child == 0:  # pragma: no cover (the child's side)
            mine = b"y" * (64 * mib)
            time.sleep(0.8)
            os._exit(len(mine) and 0)
        os.waitpid(child, 0)
    assert len(own) == 96 * mib
    assert watched.peak_mb is not None and watched.samples >= 3
    # Parent's 96 + child's 64 over the start: a sum of resident sets would count 96 twice.
    assert base + 96 + 64 * 0.9 <= watched.peak_mb < base + 96 * 2 + 64 - 16
