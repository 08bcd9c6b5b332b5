"""`make bench`: time every stage of the chain on generated datasets of growing size.

Each size runs in its own process so that peak memory belongs to that size
alone and the parent keeps nothing but each size's figures (a million subjects never sit in
it). Per size: the stages one by one, plain mkdocs-material on the same subject pages, the
search fetch for one query, a publication and a one-record rebuild through `build_site`,
`creditsite refresh` when it exists, and `verify`. Figures go to
benchmarks/results/latest.json and latest.md, and the table to stdout; tests never assert
timings. A size that fails is a row saying why, and the other sizes still run.

    BENCH_SIZES=1000,10000,100000 make bench        # or: python -m benchmarks.run --sizes …
    BENCH_MKDOCS_SAMPLE=2000                         # pages mkdocs builds at most per size
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from benchmarks.record import SizeResult, describe_error
from benchmarks.report import describe_machine, markdown_report, write_results

RESULTS = Path(__file__).resolve().parent / "results"
_REPO = Path(__file__).resolve().parent.parent
DEFAULT_SIZES = "1000,10000"
DEFAULT_MKDOCS_SAMPLE = 2000


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.child is not None:
        return _child(args.child, args.mkdocs_sample, args.result_file)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    results = [run_size(size, args.mkdocs_sample) for size in sizes]
    machine = describe_machine(os.environ)
    command = _command(args.sizes, args.mkdocs_sample)
    settings = {"sizes": sizes, "mkdocs_sample": args.mkdocs_sample}
    json_path, md_path = write_results(args.results, results, machine, command, settings)
    print(markdown_report(results, machine, command))
    from benchmarks.names import HEADER, measure

    # Names in prose on the invented corpus (issue 17): a few seconds, no dataset needed.
    print("\nNames in prose (tests/names_corpus):\n" + HEADER + "\n" + measure().row())
    print(f"(written to {json_path} and {md_path})", file=sys.stderr)
    return 1 if any(r.error for r in results) else 0


def run_size(subjects: int, mkdocs_sample: int) -> SizeResult:
    """Measure one size in a child process; a child that dies is reported, not raised."""
    print(f"benchmark: {subjects:,} subjects…", file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory(prefix="creditsite-bench-run-") as tmp:
        result_file, log = Path(tmp) / "result.json", Path(tmp) / "stderr.txt"
        with log.open("w", encoding="utf-8") as stderr:
            done = subprocess.run(
                [sys.executable, "-m", "benchmarks.run", "--child", str(subjects),
                 "--mkdocs-sample", str(mkdocs_sample), "--result-file", str(result_file)],
                check=False, cwd=_REPO, stdout=subprocess.DEVNULL, stderr=stderr,
            )  # fmt: skip
        try:
            result = SizeResult.from_json(_load(result_file))
        except (OSError, ValueError, TypeError) as exc:
            last = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-1:]
            why = last[0][:200] if last else describe_error(exc)
            result = SizeResult(
                subjects, error=f"the benchmark process ended ({done.returncode}): {why}"
            )
    if result.error:
        print(f"benchmark: {subjects:,} subjects failed: {result.error}", file=sys.stderr)
    return result


def _child(subjects: int, mkdocs_sample: int, result_file: Path | None) -> int:
    if result_file is None:
        raise SystemExit("--child needs --result-file")
    from benchmarks.stages import measure_size  # the chain's imports, in the child only

    result = SizeResult(subjects)
    try:
        measure_size(subjects, min(mkdocs_sample, subjects), result)
    finally:
        result.write(result_file)
    return 0


def _load(path: Path) -> dict[str, object]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError("the result file is not a JSON object")
    return data


def _command(sizes: str, sample: int) -> str:
    env = f"BENCH_SIZES={sizes}"
    if sample != DEFAULT_MKDOCS_SAMPLE:
        env += f" BENCH_MKDOCS_SAMPLE={sample}"
    return f"{env} make bench"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("--sizes", default=os.environ.get("BENCH_SIZES", DEFAULT_SIZES),
                        help="comma-separated subject counts (env BENCH_SIZES)")  # fmt: skip
    parser.add_argument(
        "--mkdocs-sample",
        type=int,
        default=int(os.environ.get("BENCH_MKDOCS_SAMPLE", DEFAULT_MKDOCS_SAMPLE)),
        help="most subject pages plain mkdocs-material builds per size (env BENCH_MKDOCS_SAMPLE)",
    )
    parser.add_argument("--results", type=Path, default=RESULTS, help="where latest.* go")
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--result-file", type=Path, default=None, help=argparse.SUPPRESS)
    return parser


if __name__ == "__main__":
    sys.exit(main())
