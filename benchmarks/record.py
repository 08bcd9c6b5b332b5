"""The figures of one benchmark size: the record a child process hands back to the parent.

Every figure is optional: a size whose chain fails still reports what it measured before
the failure, and parts that cannot run here (no `refresh` subcommand yet) stay None with a
note saying why, never a made-up number.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# The chain's stages in the order `build_site` reports them ("site" gathers render_site's
# own steps); a stage not named here still gets a column, after these.
STAGES = ("lifecycle", "redact", "site", "feeds", "log", "compress", "sign", "scan", "publish")
# Reported by the build but shown as load and validate, which are also timed alone.
CHECK_STAGE = "check"


# Not frozen: the child fills it stage by stage, so a failure keeps what was measured.
@dataclass(slots=True)
class SizeResult:
    subjects: int
    listings: int | None = None
    load_s: float | None = None  # load_dataset alone
    validate_s: float | None = None  # validate_dataset alone
    stage_s: dict[str, float] = field(default_factory=dict)  # build_site's stages -> seconds
    total_s: float | None = None  # the whole first build_site (= build_s)
    records_per_s: float | None = None  # listings / total_s
    subject_pages: int | None = None
    pages_per_s: float | None = None  # subject pages / the build's "site" seconds
    mkdocs_sample: int | None = None  # pages plain mkdocs-material built
    mkdocs_s: float | None = None
    mkdocs_pages_per_s: float | None = None
    ratio_vs_mkdocs: float | None = None
    peak_mb: float | None = None  # highest PSS sum of the process tree, first build
    peak_self_mb: float | None = None  # ru_maxrss of the benchmark process
    peak_children_mb: float | None = None  # ru_maxrss of its largest child
    bytes_per_subject_page: float | None = None
    output_mb: float | None = None
    search_query: str | None = None  # an organisation's name from the published snapshot
    search_fetch_kb: float | None = None  # bytes on disk
    search_fetch_wire_kb: float | None = None  # as nginx sends them (.br siblings)
    search_fetch_method: str | None = None
    search_fetch_files: dict[str, int] = field(default_factory=dict)
    build_s: float | None = None  # the whole chain through build_site, first publication
    incremental_s: float | None = None  # build_site again after one record changed
    incremental_stage_s: dict[str, float] = field(default_factory=dict)
    refresh_s: float | None = None
    verify_s: float | None = None
    verify_files: int | None = None
    # The transparency log: the largest of a listed and an unlisted subject's proof on the
    # build's day, and the log stage's share of the first build (issue 19: <= 4 KB, <= 5 %).
    proof_bytes: int | None = None
    log_share_pct: float | None = None
    error: str | None = None  # "ErrorClass: first line of the message" when the chain failed
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SizeResult:
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=2), "utf-8")


def describe_error(exc: BaseException) -> str:
    """The error's class and the first line of its message: what a table cell can hold."""
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0] if lines else '(no message)'}"[:300]
