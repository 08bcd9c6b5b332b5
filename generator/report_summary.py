"""What a deadline report says in one line, and reading it back without loading the dataset.

Kept apart from generator/compliance.py (jinja2, pydantic, the redaction rules) so that the
daily refresh of an unchanged site, run more than once on a day, reuses the day's report in
a few milliseconds instead of loading the dataset again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class ComplianceSummary:
    folder: Path
    items: int
    overdue: int
    due_soon: int
    late: int
    unknown_years: tuple[int, ...]

    def line(self) -> str:
        unknown = (
            f"; no holiday calendar for {', '.join(map(str, self.unknown_years))}"
            if self.unknown_years
            else ""
        )
        return (
            f"Deadline report: {self.overdue} overdue, {self.due_soon} due soon, "
            f"{self.late} done late, of {self.items} clocks{unknown} ({self.folder})"
        )


def reusable_report(folder: Path, reuse_key: str) -> ComplianceSummary | None:
    """The summary of the report in `folder` if it was written under `reuse_key`, else None
    (no report, another key, or a file that does not read back)."""
    try:
        data = json.loads((folder / "compliance.json").read_text(encoding="utf-8"))
        if not reuse_key or data.get("reuse_key") != reuse_key:
            return None
        totals = data["totals"]
        return ComplianceSummary(
            folder,
            sum(int(n) for n in totals.values()),
            int(totals["overdue"]),
            int(totals["due_soon"]),
            int(totals["late"]),
            tuple(int(y) for y in data["unknown_years"]),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
