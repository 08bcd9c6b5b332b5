"""The figures as JSON and as a Markdown table ready for the README (machine + command)."""

from __future__ import annotations

import json
import os
import platform
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.record import CHECK_STAGE, STAGES, SizeResult

Figure = Callable[[SizeResult], float | None]


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # the name in the JSON's "figures"
    title: str  # the Markdown header
    fmt: str
    value: Figure


@dataclass(frozen=True, slots=True)
class Machine:
    cpus: int
    cpu_model: str
    python: str
    system: str
    date: str  # SOURCE_DATE_EPOCH's day if set, else today's

    def line(self) -> str:
        return f"{self.cpus} × {self.cpu_model}, {self.system}, Python {self.python}"


def _stage(name: str) -> Figure:
    return lambda r: r.stage_s.get(name)


_HEAD = (
    Column("subjects", "subjects", "{:,.0f}", lambda r: r.subjects),
    Column("listings", "listings", "{:,.0f}", lambda r: r.listings),
    Column("load_s", "load s", "{:.2f}", lambda r: r.load_s),
    Column("validate_s", "validate s", "{:.2f}", lambda r: r.validate_s),
)
_TAIL = (
    Column("records_per_s", "records/s", "{:,.0f}", lambda r: r.records_per_s),
    Column("pages_per_s", "subject pages/s", "{:,.0f}", lambda r: r.pages_per_s),
    Column("ratio_vs_mkdocs", "× mkdocs", "{:.1f}", lambda r: r.ratio_vs_mkdocs),
    Column("peak_mb", "peak MB", "{:,.0f}", lambda r: r.peak_mb),
    Column(
        "bytes_per_subject_page",
        "bytes/subject page",
        "{:,.0f}",
        lambda r: r.bytes_per_subject_page,
    ),
    Column("search_fetch_kb", "search fetch KB", "{:,.0f}", lambda r: r.search_fetch_kb),
    Column("incremental_s", "1 record rebuild s", "{:.1f}", lambda r: r.incremental_s),
    Column("refresh_s", "refresh s", "{:.2f}", lambda r: r.refresh_s),
    Column("verify_s", "verify s", "{:.2f}", lambda r: r.verify_s),
    Column("proof_bytes", "proof B", "{:,.0f}", lambda r: r.proof_bytes),
    Column("log_share_pct", "log % of build", "{:.1f}", lambda r: r.log_share_pct),
    Column("total_s", "build s", "{:.1f}", lambda r: r.total_s),
)


_WIRE = Column(
    "search_fetch_wire_kb", "search fetch wire KB", "{:,.0f}", lambda r: r.search_fetch_wire_kb
)


def columns_for(results: Sequence[SizeResult]) -> tuple[Column, ...]:
    """The table's columns: the known stages in chain order, then any stage the build
    reported that this harness does not know yet (it shows, rather than vanishing); the
    search fetch's wire size beside its size on disk when a run measured it."""
    seen = [s for r in results for s in r.stage_s if s != CHECK_STAGE]
    extra = [s for s in dict.fromkeys(seen) if s not in STAGES]
    stages = [*STAGES, *extra]
    tail: tuple[Column, ...] = _TAIL
    if any(r.search_fetch_wire_kb is not None for r in results):
        at = [c.key for c in _TAIL].index("search_fetch_kb") + 1
        tail = (*_TAIL[:at], _WIRE, *_TAIL[at:])
    return (
        *_HEAD,
        *(Column(f"{s}_s", f"{s.replace('_', ' ')} s", "{:.2f}", _stage(s)) for s in stages),
        *tail,
    )


def describe_machine(env: Mapping[str, str]) -> Machine:
    # The harness is not library code: reading the clock for the report's date is fine.
    epoch = env.get("SOURCE_DATE_EPOCH", "").strip()
    when = datetime.fromtimestamp(int(epoch), UTC) if epoch.isdigit() else datetime.now(UTC)
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = " ".join(line.split(":", 1)[1].split())
                break
    except OSError:
        pass  # not Linux: keep platform's guess
    return Machine(
        cpus=os.cpu_count() or 1,
        cpu_model=model,
        python=platform.python_version(),
        system=f"{platform.system()} {platform.machine()}",
        date=when.date().isoformat(),
    )


def figures(result: SizeResult, columns: Sequence[Column]) -> dict[str, float | None]:
    return {c.key: c.value(result) for c in columns}


def markdown_report(results: Sequence[SizeResult], machine: Machine, command: str) -> str:
    """A README-ready section: the table, then the machine, the command and the notes."""
    columns = columns_for(results)
    head = "| " + " | ".join(c.title for c in columns) + " |"
    rule = "|" + "---:|" * len(columns)
    rows = [_row(r, columns) for r in results]
    notes = [f"- {r.subjects:,} subjects: {n}" for r in results for n in r.notes]
    samples = sorted({r.mkdocs_sample for r in results if r.mkdocs_sample})
    methods = sorted({r.search_fetch_method for r in results if r.search_fetch_method})
    lines = [
        f"Benchmark of {machine.date} on {machine.line()}.",
        f"Command: `{command}`",
        "",
        head,
        rule,
        *rows,
        "",
        "- *load s* and *validate s* time those stage functions alone; the other stage "
        "columns come from `build_site`'s own progress reports during the first publication "
        "(*site s* is all of render_site, search index included), and *build s* is that "
        "whole publication. *records/s* is listings / build s. *1 record rebuild s* is "
        "`build_site` again after one listing's behaviour text changed; *refresh s* is "
        "`creditsite refresh` on that output; *verify s* is `verify_site` on it.",
        "- *subject pages/s* is subject pages / site s; *× mkdocs* divides it by plain "
        "mkdocs-material's pages/s building the same subjects' pages as Markdown, out of the "
        "navigation"
        + (f", from a sample of {_counts(samples)} subjects" if samples else "")
        + " (facts from the published snapshot, so active listings only).",
        "- *peak MB*: the highest sum of proportional set sizes (PSS: a page shared by n "
        "processes counts 1/n in each) of the build process and every child (workers, "
        "pagefind) during the first publication, sampled every 0.25 s: the memory the "
        "machine needs. The JSON keeps ru_maxrss of the build process and of its largest "
        "child beside it (a forked worker's resident set counts pages it shares).",
        "- *search fetch KB*: what the search page downloads for one query of an "
        "organisation's name: its own script, pagefind.js, its worker, WASM, entry and meta, "
        "the index chunks pagefind picks for the query's words, and the 10 largest fragments "
        "among the pages holding every word (the page shows 10 results at a time; bytes on "
        "disk, before HTTP compression; *search fetch wire KB*, where shown, counts each "
        "file's brotli sibling instead, as nginx sends it; method: "
        f"{'; '.join(methods) or 'n/a'}).",
        *notes,
    ]
    return "\n".join(lines) + "\n"


def write_results(
    folder: Path,
    results: Sequence[SizeResult],
    machine: Machine,
    command: str,
    settings: Mapping[str, Any],
) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    columns = columns_for(results)
    data = {
        "machine": asdict(machine),
        "command": command,
        "settings": dict(settings),
        "columns": [{"key": c.key, "title": c.title} for c in columns],
        "results": [{"figures": figures(r, columns), **r.to_json()} for r in results],
    }
    json_path, md_path = folder / "latest.json", folder / "latest.md"
    json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
    md_path.write_text(markdown_report(results, machine, command), "utf-8")
    return json_path, md_path


def _row(result: SizeResult, columns: Sequence[Column]) -> str:
    if result.error is not None:
        reason = result.error.replace("|", "\\|")
        cells = [f"{result.subjects:,}", f"**failed**: {reason}"]
        cells += ["—"] * (len(columns) - len(cells))
    else:
        cells = [_format(c, result) for c in columns]
    return "| " + " | ".join(cells) + " |"


def _format(column: Column, result: SizeResult) -> str:
    value = column.value(result)
    return "n/a" if value is None else column.fmt.format(value)


def _counts(samples: Sequence[int]) -> str:
    return " / ".join(f"{n:,}" for n in samples)
