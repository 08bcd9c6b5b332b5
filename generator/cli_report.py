"""`creditsite report DATASET --out DIR`: the deadline report for the credit office."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

COMMAND = "report"
# Exit code when --fail-on-overdue is given and an item is overdue: distinct from every
# error code (README "Exit codes"), so a scheduler can alert on it alone.
EXIT_OVERDUE = 9


def register(subparsers: argparse._SubParsersAction[Any], parse_date: Any) -> None:
    report = subparsers.add_parser(
        COMMAND, help="internal deadline report: on time, late, overdue (never published)"
    )
    report.add_argument("dataset", type=Path, help="dataset folder")
    report.add_argument(
        "--source", default=None, metavar="URL", help="read the tables from this database"
    )
    report.add_argument("--out", type=Path, required=True, help="folder for index.html, CSV, JSON")
    report.add_argument("--as-of", type=parse_date, default=None, help="default: today")
    report.add_argument(
        "--site",
        type=Path,
        default=None,
        help="the published site: its change log gives the publication day of listings "
        "whose data has no 发布日期",
    )
    report.add_argument(
        "--due-within", type=int, default=5, help="working days counted as due soon (default 5)"
    )
    report.add_argument(
        "--fail-on-overdue",
        action="store_true",
        help=f"exit {EXIT_OVERDUE} when any item is open past its deadline",
    )


def run(args: argparse.Namespace) -> int:
    from generator.compliance import report_deadlines  # the CLI imports what it runs, when

    summary = report_deadlines(
        args.dataset, args.out, args.as_of or date.today(), args.site, args.source, args.due_within
    )
    print(summary.line())
    print(f"Open {(summary.folder / 'index.html').absolute()} in a browser.")
    return EXIT_OVERDUE if args.fail_on_overdue and summary.overdue else 0
