"""`make bench`: time every stage of the chain on generated datasets of growing size.

Each size runs in its own process so that peak memory (ru_maxrss) belongs to that size
alone. Figures go to benchmarks/results/latest.json and a table on stdout; tests never
assert timings. Sizes: BENCH_SIZES="1000,10000" (default) — add 100000 for the national
scale run.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

AS_OF = date(2026, 11, 22)
RESULTS = Path(__file__).resolve().parent / "results"
URL = "https://credit.example.gov.cn/"


def measure(subjects: int) -> dict[str, float]:
    """Runs in a child process: generate a dataset, then time every stage of the chain."""
    from generator.build import check_dataset
    from generator.demo import write_demo_dataset
    from generator.demo_keys import write_demo_keys
    from generator.feeds import render_feeds
    from generator.lifecycle import apply_lifecycle
    from generator.publish import publish_staging, staging_for
    from generator.redact import redact_state
    from generator.render.site import render_site
    from generator.scan import check_tree
    from generator.sign import load_public_key, load_signing_key, read_delegation, sign_tree

    built_at = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)
    times: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        times[name] = now - clock
        clock = now

    with tempfile.TemporaryDirectory() as tmp:
        root, keys, out = Path(tmp) / "ds", Path(tmp) / "keys", Path(tmp) / "site"
        write_demo_dataset(root, subjects, 1, AS_OF)
        write_demo_keys(keys, built_at)
        key = load_signing_key((keys / "online.DEMO-THROWAWAY.key").read_bytes(), None)
        delegation = read_delegation(
            (keys / "delegation.json").read_bytes(), load_public_key(keys / "root.pub")
        )
        lap("generate_s")
        checked = check_dataset(root)
        lap("load_validate_s")
        state = apply_lifecycle(checked.dataset, AS_OF)
        lap("lifecycle_s")
        public, _ = redact_state(state, checked.rules, b"benchmark pseudonym key")
        lap("redact_s")
        with staging_for(out) as staging:
            site = render_site(public, checked.rules, staging, built_at=built_at, site_url=URL)
            lap("render_site_s")
            render_feeds(
                public, checked.rules, staging, built_at=built_at, site_url=URL, previous=None
            )
            lap("render_feeds_s")
            sign_tree(
                staging,
                key,
                delegation,
                issued=built_at,
                expires=built_at + timedelta(hours=48),
                previous_manifest=None,
            )
            lap("sign_s")
            check_tree(staging, checked.dataset, checked.rules)
            lap("scan_s")
            publish_staging(staging, out)
            lap("publish_s")
        output = sum(p.stat().st_size for p in out.resolve().rglob("*") if p.is_file())
        subject_pages = list((out / "subjects").glob("*/index.html"))
        page_bytes = sum(p.stat().st_size for p in subject_pages) / max(1, len(subject_pages))
    listings = len(checked.dataset.listings)
    total = sum(v for k, v in times.items() if k != "generate_s")
    return {
        "subjects": subjects,
        "listings": listings,
        **times,
        "total_s": total,
        "validate_rows_per_s": listings / times["load_validate_s"],
        "redact_records_per_s": listings / times["redact_s"],
        "subject_pages_per_s": site.subject_pages / times["render_site_s"],
        "bytes_per_subject_page": page_bytes,
        "output_mb": output / 1e6,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


COLUMNS = (
    ("subjects", "subjects", "{:,.0f}"),
    ("listings", "listings", "{:,.0f}"),
    ("load_validate_s", "load+validate s", "{:.2f}"),
    ("lifecycle_s", "lifecycle s", "{:.2f}"),
    ("redact_s", "redact s", "{:.2f}"),
    ("redact_records_per_s", "redact rec/s", "{:,.0f}"),
    ("render_site_s", "site s", "{:.2f}"),
    ("subject_pages_per_s", "subject pages/s (incl. search index)", "{:,.0f}"),
    ("render_feeds_s", "feeds s", "{:.2f}"),
    ("sign_s", "sign s", "{:.2f}"),
    ("scan_s", "leak scan s", "{:.2f}"),
    ("publish_s", "publish s", "{:.2f}"),
    ("total_s", "total s", "{:.1f}"),
    ("bytes_per_subject_page", "bytes/subject page", "{:,.0f}"),
    ("peak_rss_mb", "peak MB", "{:.0f}"),
)


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        print(json.dumps(measure(int(sys.argv[2]))))
        return 0
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "1000,10000").split(",")]
    results = []
    failed = False
    for size in sizes:
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.run", "--child", str(size)],
            check=False, capture_output=True, text=True,
        )  # fmt: skip
        if out.returncode != 0:
            # A failed stage (a leak found by the gate, say) is a result too: show why.
            last = out.stderr.strip().splitlines()[-1:] or ["(no message)"]
            print(f"{size:,} subjects: the chain failed: {last[0]}", file=sys.stderr)
            failed = True
            continue
        results.append(json.loads(out.stdout))
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(
        json.dumps({"machine": machine, "results": results}, indent=2), encoding="utf-8"
    )
    print(f"machine: {machine}")
    print("| " + " | ".join(title for _, title, _ in COLUMNS) + " |")
    print("|" + "---:|" * len(COLUMNS))
    for r in results:
        print("| " + " | ".join(fmt.format(r[key]) for key, _, fmt in COLUMNS) + " |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
