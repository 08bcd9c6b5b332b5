"""The yardstick: plain mkdocs-material building the same subject pages as Markdown.

One .md per subject with the facts our subject page shows (name, USCC or pseudonym key,
identity, a table of listings), the pages kept out of the navigation (`nav` lists only the
index, `not_in_nav` silences the per-page notice) and the theme's Google fonts off. mkdocs'
rate is what matters, so a large size builds a sample of its subjects; the harness divides
our subject pages/s by this pages/s, a ratio that holds on a noisy machine.

The facts come from the published open-data snapshot (data/snapshot.csv, a versioned public
contract), read as a stream: it holds active listings only, so mkdocs' pages are a little
lighter than ours (no exited listings, no case links) and the ratio errs in mkdocs' favour.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

SNAPSHOT = Path("data") / "snapshot.csv"
_CONFIG = """\
site_name: 信用主体（基准测试）
nav:
  - index.md
not_in_nav: |
  /subjects/
theme:
  name: material
  language: zh
  font: false
"""
_LISTING_COLUMNS = ("list_name", "domain", "behavior", "measures", "department", "basis",
                    "decision_no", "decided_on", "valid_until", "record_id", "objection_state")  # fmt: skip
_LISTING_HEAD = (
    "| 名单 | 领域 | 行为 | 措施 | 认定部门 | 认定依据 | 认定文号 | 认定日期 | 有效期至 | 记录编号 | 异议 |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|\n"
)


Row = dict[str, str]


@dataclass(frozen=True, slots=True)
class MkdocsRun:
    pages: int  # subject pages in the sample
    seconds: float  # wall time of `python -m mkdocs build`, start-up included

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds


@dataclass(frozen=True, slots=True)
class MkdocsProject:
    pages: int
    query: str  # the first organisation's name: what the search benchmark looks up


def write_mkdocs_project(site: Path, folder: Path, sample: int) -> MkdocsProject:
    """Write a mkdocs project with the pages of the snapshot's first `sample` subjects."""
    subjects = _sample_subjects(site / SNAPSHOT, sample)
    docs = folder / "docs"
    (docs / "subjects").mkdir(parents=True)
    (folder / "mkdocs.yml").write_text(_CONFIG, encoding="utf-8")
    (docs / "index.md").write_text("# 信用主体\n\n主体页面不在导航中。\n", encoding="utf-8")
    for subject_id, rows in subjects.items():
        page = docs / "subjects" / f"{subject_id}.md"
        page.write_text(subject_markdown(rows), encoding="utf-8")
    query = next(
        (r[0]["subject_name"] for r in subjects.values() if r[0]["subject_type"] != "person"),
        next(iter(subjects.values()))[0]["subject_name"] if subjects else "",
    )
    return MkdocsProject(pages=len(subjects), query=query)


def _sample_subjects(snapshot: Path, sample: int) -> dict[str, list[Row]]:
    """Every row of the first `sample` subjects, the file streamed (10⁶ rows stay on disk)."""
    subjects: dict[str, list[Row]] = {}
    with snapshot.open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            # The snapshot guards spreadsheet cells with one leading "'"; undo it.
            clean = {k: v[1:] if v.startswith("'") else v for k, v in row.items()}
            rows = subjects.get(clean["subject_id"])
            if rows is not None:
                rows.append(clean)
            elif len(subjects) < sample:
                subjects[clean["subject_id"]] = [clean]
    return subjects


def time_mkdocs_build(folder: Path) -> MkdocsRun:
    """Build the project written by `write_mkdocs_project` in a child process and time it."""
    pages = sum(1 for _ in (folder / "docs" / "subjects").iterdir())
    started = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--quiet",
            "--clean",
            "--config-file",
            str(folder / "mkdocs.yml"),
            "--site-dir",
            str(folder / "site"),
        ],
        check=False,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        last = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["(no message)"]
        raise RuntimeError(f"mkdocs build failed ({done.returncode}): {last[0]}")
    return MkdocsRun(pages=pages, seconds=seconds)


def subject_markdown(rows: list[Row]) -> str:
    first = rows[0]
    identity = [
        ("主体类型", first["subject_type"]),
        ("统一社会信用代码", first["uscc"]),
        ("工商注册号", first["reg_no_old"]),
        ("法定代表人", first["legal_rep"]),
        ("证件类型", first["id_type"]),
        ("证件号码", first["id_number"]),
        ("页面编号", first["subject_id"]),
    ]
    parts = [f"# {_cell(first['subject_name'])}\n\n| 项目 | 内容 |\n|---|---|\n"]
    parts.extend(f"| {label} | {_cell(value)} |\n" for label, value in identity if value)
    parts.append("\n## 现行名单\n\n")
    parts.append(_LISTING_HEAD)
    parts.extend("| " + " | ".join(_cell(x.get(c, "")) for c in _LISTING_COLUMNS) + " |\n"
                 for x in rows)  # fmt: skip
    return "".join(parts)


def _cell(text: str) -> str:
    # Free text is data, not Markdown: the site escapes it too, so the work is comparable.
    # Backslashes first, so that an escape added below is never itself escaped away.
    flat = " ".join(text.replace("\r", "\n").split("\n"))
    return flat.replace("\\", "\\\\").replace("&", "&amp;").replace("<", "&lt;").translate(_ESCAPES)


_ESCAPES = str.maketrans({c: "\\" + c for c in "|*_`[]"})
