"""Command line: parse options, call one library function, map the error family to exit codes.

Exit codes: 0 success, 2 the dataset breaks the contract, 3 rules or configuration
unusable, 64 bad command line.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from generator import __version__
from generator.build import Checked, check_dataset
from generator.errors import ConfigError, CreditSiteError, DataError

EXIT_USAGE = 64


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {text!r}") from exc


def _dataset_dir(text: str) -> Path:
    path = Path(text)
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"{text!r} is not a folder")
    return path


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="creditsite", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--version", action="version", version=f"creditsite {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    build = sub.add_parser("build", help="check a dataset and build the site from it")
    build.add_argument("dataset", type=_dataset_dir, help="dataset folder (lists/, exits.*, …)")
    build.add_argument("--out", type=Path, required=True, help="where the site is published")
    build.add_argument(
        "--as-of",
        type=_date,
        default=None,
        help="the day the lists are published for (default: today)",
    )

    validate = sub.add_parser("validate", help="check a dataset against the input contract")
    validate.add_argument("dataset", type=_dataset_dir)

    demo = sub.add_parser("demo-data", help="write an invented dataset of any size")
    demo.add_argument("out", type=Path, help="folder to create (must not exist or be empty)")
    demo.add_argument("--subjects", type=int, default=300)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument(
        "--as-of",
        type=_date,
        default=None,
        help="the date the data is generated around (default: today)",
    )
    return parser


def _summary(checked: Checked) -> str:
    ds = checked.dataset
    lines = [f"{t.file}: {t.rows} rows ({t.encoding})" for t in ds.tables]
    by_type = Counter(listing.list_type.value for listing in ds.listings)
    lines.append(
        f"{len(ds.listings)} listings (red {by_type['red']}, black {by_type['black']}, "
        f"focus {by_type['focus']}) in {len({x.domain for x in ds.listings})} domains; "
        f"{len(ds.exits)} exits, {len(ds.objections)} objections, {len(ds.cases)} typical cases"
    )
    return "\n".join(lines)


def _run(args: argparse.Namespace) -> int:
    if args.command == "validate":
        checked = check_dataset(args.dataset)
        print(_summary(checked))
        print("OK: the dataset meets the input contract.")
        return 0
    if args.command == "build":
        checked = check_dataset(args.dataset)
        as_of = args.as_of or date.today()
        print(_summary(checked))
        print(
            f"Checked as of {as_of}. Nothing was written to {args.out}: the site and feeds "
            "stages are not built yet (issues 4-6)."
        )
        return 0
    if args.command == "demo-data":
        from generator.demo import write_demo_dataset

        summary = write_demo_dataset(args.out, args.subjects, args.seed, args.as_of or date.today())
        print(summary)
        return 0
    raise ConfigError(f"unknown command {args.command!r}")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except DataError as exc:
        print(exc.report(), file=sys.stderr)
        return exc.exit_code
    except CreditSiteError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code


if __name__ == "__main__":
    sys.exit(main())
