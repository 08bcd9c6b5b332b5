"""The internal redaction report: per record, which kinds of value were removed or masked
and in which field, with counts. Never the values. Written outside the public output."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from generator.errors import RedactionError


@dataclass(frozen=True, slots=True, order=True)
class ReportEntry:
    record_id: str  # a listing's record id, or `case:<slug>` for a typical case
    field: str
    kind: str  # person_name, resident_id, mobile, trade_secret, internal_column_dropped, …
    count: int


@dataclass(frozen=True, slots=True)
class RedactionReport:
    as_of: date
    entries: tuple[ReportEntry, ...]

    def totals(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for e in self.entries:
            out[e.kind] = out.get(e.kind, 0) + e.count
        return dict(sorted(out.items()))


def write_redaction_report(
    report: RedactionReport, path: Path, public_root: Path | None = None
) -> None:
    """Write the report as JSON; refuses a path inside the public output."""
    target = path.resolve()
    if public_root is not None and target.is_relative_to(public_root.resolve()):
        raise RedactionError("the redaction report must be written outside the public output")
    records: dict[str, list[dict[str, object]]] = {}
    for e in report.entries:
        records.setdefault(e.record_id, []).append(
            {"field": e.field, "kind": e.kind, "count": e.count}
        )
    data = {"as_of": report.as_of.isoformat(), "totals": report.totals(), "records": records}
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
