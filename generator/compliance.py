"""The deadline report for the credit office: CSV, JSON and one HTML page, never published.

`write_compliance_report` writes what `generator/deadlines.py` assessed into a folder that
must lie outside the published site: it names record ids and departments, and the subject
names are masked as the public site masks them, but the report is an internal working
paper (which department was late), not open data. Everything is written to temporary
files and renamed into place, so a reader never sees half a report.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict
from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator.config import read_dataset_config
from generator.deadlines import (
    DeadlineReport,
    Item,
    Status,
    assess_deadlines,
    first_published,
    load_deadline_rules,
)
from generator.errors import ConfigError
from generator.report_summary import ComplianceSummary
from generator.sign import MANIFEST_PATH
from generator.workdays import load_calendar

TEMPLATES = Path(__file__).resolve().parent / "compliance_templates"
CSV_COLUMNS = (
    "rule", "clock", "record_id", "list_type", "domain", "department", "subject", "start",
    "due", "done", "done_from", "status", "days_late", "days_left", "note",
)  # fmt: skip
STATUS_NAMES = {
    Status.ON_TIME: "按时",
    Status.LATE: "逾期完成",
    Status.OVERDUE: "已超期未完成",
    Status.DUE_SOON: "即将到期",
    Status.OPEN: "未到期",
    Status.UNKNOWN: "日历未知",
    Status.NOT_RECORDED: "数据未记录",
}
# Most urgent first: what an office has to act on today leads every table.
STATUS_ORDER = (
    Status.OVERDUE, Status.DUE_SOON, Status.LATE, Status.ON_TIME, Status.OPEN,
    Status.UNKNOWN, Status.NOT_RECORDED,
)  # fmt: skip
_COLOURS = {Status.ON_TIME: "#2e7d32", Status.LATE: "#ef6c00", Status.OVERDUE: "#c62828"}


def report_deadlines(
    dataset: Path,
    out: Path,
    as_of: date,
    site: Path | None = None,
    source: str | None = None,
    due_within: int = 5,
    reuse_key: str = "",
) -> ComplianceSummary:
    """check the dataset → assess every clock → write the report outside any site.

    `reuse_key` names everything the report depends on (refresh passes one); it is written
    into compliance.json, so a refresh of an unchanged site on the same day can tell the
    report is already there (generator/report_summary.py) without loading the dataset."""
    if due_within < 0:
        raise ConfigError("--due-within must be 0 or more")
    if site is not None and not site.is_dir():
        raise ConfigError(f"--site {site}: not a folder")
    _outside(out, [site] if site else [])  # before the work, not after
    # Imported here: the build imports nothing of the report, and a refresh that re-signs
    # an unchanged site pays for loading the dataset only when it writes the report.
    from generator.build import check_dataset

    checked = check_dataset(dataset, source)
    _, rules_dir = read_dataset_config(dataset)
    deadlines = load_deadline_rules(checked.rules, rules_dir)
    calendar = load_calendar(rules_dir)
    report = assess_deadlines(
        checked.dataset,
        checked.rules,
        deadlines,
        calendar,
        as_of,
        first_published(site),
        due_within,
    )
    return write_compliance_report(report, out, [site] if site else [], reuse_key)


def write_compliance_report(
    report: DeadlineReport, out: Path, public_roots: Iterable[Path] = (), reuse_key: str = ""
) -> ComplianceSummary:
    """Write compliance.csv, compliance.json and index.html into `out` (created)."""
    _outside(out, public_roots)
    out.mkdir(parents=True, exist_ok=True)
    totals = Counter(i.status.value for i in report.items)
    groups = _groups(report.items, lambda i: (i.department, i.domain))
    months = _groups(report.items, lambda i: (i.due.strftime("%Y-%m") if i.due else "—",))
    data = {
        "as_of": report.as_of.isoformat(),
        "reuse_key": reuse_key,
        "due_within_working_days": report.due_within,
        "calendar": report.calendar,
        "unknown_years": list(report.unknown_years),
        "totals": {s.value: totals.get(s.value, 0) for s in STATUS_ORDER},
        "by_department_domain": [
            {"department": k[0], "domain": k[1], **v} for k, v in groups.items()
        ],
        "by_month": [{"month": k[0], **v} for k, v in months.items()],
        "rules": [r.model_dump(mode="json", by_alias=True) for r in report.rules],
        "items": [_row(i) for i in report.items],
    }
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    page = env.get_template("compliance.html").render(
        report=report,
        data=data,
        names=STATUS_NAMES,
        order=STATUS_ORDER,
        urgent=[i for i in report.items if i.status in (Status.OVERDUE, Status.DUE_SOON)],
        late=[i for i in report.items if i.status is Status.LATE],
        chart=_chart(months),
    )
    _write(out / "compliance.csv", _csv(report.items).encode("utf-8-sig"))
    _write(
        out / "compliance.json",
        (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode(),
    )
    _write(out / "index.html", page.encode("utf-8"))
    return ComplianceSummary(
        out,
        len(report.items),
        totals.get(Status.OVERDUE.value, 0),
        totals.get(Status.DUE_SOON.value, 0),
        totals.get(Status.LATE.value, 0),
        report.unknown_years,
    )


def _outside(out: Path, public_roots: Iterable[Path]) -> None:
    """The report must never land in what is served: not in a given site, nor in any
    folder that holds a signed manifest."""
    target = out.resolve()
    for root in public_roots:
        root = root.resolve()
        if target == root or root in target.parents:
            raise ConfigError(f"{out}: the deadline report is internal; write it outside {root}")
    for folder in (target, *target.parents):
        if (folder / MANIFEST_PATH).is_file():
            raise ConfigError(
                f"{out}: lies inside a published site ({folder}); the deadline report is internal"
            )


def _row(item: Item) -> dict[str, str | int | None]:
    row = asdict(item)
    for key in ("start", "due", "done"):
        value = row[key]
        row[key] = value.isoformat() if isinstance(value, date) else None
    row["status"] = item.status.value
    return row


def _csv(items: Iterable[Item]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for item in items:
        row = _row(item)
        writer.writerow(["" if row[c] is None else row[c] for c in CSV_COLUMNS])
    return buffer.getvalue()


def _groups(
    items: Iterable[Item], key: Callable[[Item], tuple[str, ...]]
) -> dict[tuple[str, ...], dict[str, int]]:
    counts: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for item in items:
        counts[key(item)][item.status.value] += 1
    return {k: {s.value: counts[k].get(s.value, 0) for s in STATUS_ORDER} for k in sorted(counts)}


def _chart(months: dict[tuple[str, ...], dict[str, int]]) -> dict[str, object]:
    """Stacked bars of the last 24 months' deadlines: on time, late, overdue."""
    shown = [(k[0], v) for k, v in months.items() if k[0] != "—"][-24:]
    peak = max((sum(v[s.value] for s in _COLOURS) for _, v in shown), default=0) or 1
    width, bar = 40 + 26 * max(len(shown), 1), 18
    bars = []
    for n, (month, v) in enumerate(shown):
        y = 180
        for status, colour in _COLOURS.items():
            h = round(160 * v[status.value] / peak)
            if h:
                y -= h
                bars.append(
                    {"x": 40 + 26 * n, "y": y, "w": bar, "h": h, "fill": colour,
                     "label": f"{month} {STATUS_NAMES[status]} {v[status.value]}"}
                )  # fmt: skip
    axis = [{"x": 40 + 26 * n, "label": m[2:]} for n, (m, _) in enumerate(shown)]
    legend = [(STATUS_NAMES[s], c) for s, c in _COLOURS.items()]
    return {"width": width, "height": 215, "bars": bars, "axis": axis, "legend": legend}


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)
