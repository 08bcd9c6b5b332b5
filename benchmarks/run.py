"""`make bench`: time each stage that exists on generated datasets of growing size.

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
from datetime import date
from pathlib import Path

AS_OF = date(2026, 11, 22)
RESULTS = Path(__file__).resolve().parent / "results"


def measure(subjects: int) -> dict[str, float]:
    """Runs in a child process: generate, then time load and validate."""
    from generator.config import read_dataset_config
    from generator.demo import write_demo_dataset
    from generator.load import load_dataset
    from generator.rules import load_rules
    from generator.validate import validate_dataset

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "ds"
        t0 = time.perf_counter()
        write_demo_dataset(root, subjects, 1, AS_OF)
        t1 = time.perf_counter()
        config, rules_dir = read_dataset_config(root)
        rules = load_rules(rules_dir)
        raw, problems = load_dataset(root, rules)
        t2 = time.perf_counter()
        dataset = validate_dataset(raw, rules, config, problems)
        t3 = time.perf_counter()
    rows = len(dataset.listings)
    return {
        "subjects": subjects,
        "listings": rows,
        "generate_s": t1 - t0,
        "load_s": t2 - t1,
        "validate_s": t3 - t2,
        "load_validate_rows_per_s": rows / (t3 - t1),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        print(json.dumps(measure(int(sys.argv[2]))))
        return 0
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "1000,10000").split(",")]
    results = []
    for size in sizes:
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.run", "--child", str(size)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        results.append(json.loads(out.stdout))
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(
        json.dumps({"machine": machine, "results": results}, indent=2), encoding="utf-8"
    )
    print(f"machine: {machine}")
    print(
        "| subjects | listings | generate s | load s | validate s | rows/s (load+validate) | peak MB |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(
            f"| {r['subjects']:,} | {r['listings']:,} | {r['generate_s']:.2f} | {r['load_s']:.2f} "
            f"| {r['validate_s']:.2f} | {r['load_validate_rows_per_s']:,.0f} | {r['peak_rss_mb']:.0f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
