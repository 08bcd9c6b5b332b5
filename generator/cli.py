"""Command line: parse options, call one library function, map the error family to exit codes.

Exit codes: 0 success, 2 the dataset breaks the contract, 3 rules or configuration
unusable, 4 redaction impossible, 5 the leak gate found a sensitive value, 6 keys unusable,
7 the output is busy or cannot be swapped, 8 the log would not extend the published one,
9 `report --fail-on-overdue` found an overdue item, 11-18 verification failures (see
feeds/SIGNING.md), 20-25 transparency-log and proof failures (see feeds/SPEC.md), 64 bad
command line.

The clock and the environment are read here and nowhere below: the build time comes from
SOURCE_DATE_EPOCH (else now), secrets from CREDITSITE_* variables, and both are passed down.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TypeVar

from generator import (
    __version__,
    cli_report,
    cli_restore,
    cli_scan,
    cli_sign,
    cli_site,
    cli_tlog,
)
from generator.demo_keys import key_paths, write_demo_keys
from generator.errors import ConfigError, CreditSiteError, DataError, LeakError, printable
from generator.settings import BuildConfig

if TYPE_CHECKING:
    from generator.build import BuildSummary, Checked, Progress
    from generator.refresh import RefreshSummary

# The daily refresh of an unchanged site must finish in well under a second, and most of
# that was importing the whole build (mkdocs, jinja2, the redactor, the scanner): each
# command imports what it runs, when it runs it.

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


SCHEDULER_ENV = "CREDITSITE_DASK_SCHEDULER"
_SCHEDULER = re.compile(r"(tcp|tls)://[^\s/:]+:\d{1,5}")


def _scheduler(text: str) -> str:
    if not _SCHEDULER.fullmatch(text):
        raise argparse.ArgumentTypeError(f"expected tcp://HOST:PORT, got {text!r}")
    return text


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return value


_SOURCE_HELP = (
    "read the tables from this database (SQLAlchemy URL, e.g. postgresql://user@host/db; "
    "password from PGPASSWORD) instead of the folder's files; see data/README-sql.md"
)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="creditsite", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--version", action="version", version=f"creditsite {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    build = _Parser(add_help=False)  # the options build and refresh share
    build.add_argument("dataset", type=_dataset_dir, help="dataset folder (lists/, exits.*, …)")
    build.add_argument("--source", default=None, metavar="URL", help=_SOURCE_HELP)
    build.add_argument("--out", type=Path, required=True, help="where the site is published")
    build.add_argument(
        "--as-of",
        type=_date,
        default=None,
        help="the day the lists are published for (default: today)",
    )
    build.add_argument(
        "--site-url",
        default="https://credit.example.gov.cn/",
        help="the public address the site is served from (sitemap, feeds)",
    )
    build.add_argument(
        "--keys",
        type=Path,
        default=None,
        help="folder with root.pub, the online key, delegation.json and pseudonym.key",
    )
    build.add_argument("--root-key", type=Path, default=None, help="root.pub (default: in --keys)")
    build.add_argument(
        "--signing-key",
        type=Path,
        default=None,
        help="online private key (default: in --keys, else CREDITSITE_SIGNING_KEY)",
    )
    build.add_argument("--delegation", type=Path, default=None, help="default: in --keys")
    build.add_argument(
        "--pseudonym-key",
        type=Path,
        default=None,
        help="secret for persons' page keys (default: in --keys, else CREDITSITE_PSEUDONYM_KEY)",
    )
    build.add_argument(
        "--previous",
        type=Path,
        default=None,
        help="previously published site to continue the feeds from (default: --out)",
    )
    build.add_argument(
        "--report-dir",
        type=Path,
        default=None,
        help="where the internal redaction report goes (default: OUT-internal, beside --out)",
    )
    build.add_argument(
        "--wait", type=float, default=0.0, help="seconds to wait for another build's lock"
    )
    build.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="where the stages run: this machine's process pool (default) or a Dask cluster",
    )
    build.add_argument(
        "--scheduler",
        type=_scheduler,
        default=None,
        metavar="tcp://HOST:PORT",
        help=f"with --engine dask: the cluster's scheduler (default: {SCHEDULER_ENV}, "
        "else a local cluster started for this build)",
    )
    build.add_argument(
        "--workers",
        type=_positive,
        default=None,
        help="with --engine dask and no scheduler: the local cluster's worker processes "
        "(default: one per core)",
    )
    sub.add_parser(
        "build", parents=[build], help="build, sign, scan and publish the site from a dataset"
    )
    sub.add_parser(
        "refresh",
        parents=[build],
        help="re-sign the published site if nothing changed, else build it (run daily)",
    )

    demo_keys = sub.add_parser(
        "demo-keys", help="make a THROW-AWAY unencrypted key set for trying the software"
    )
    demo_keys.add_argument("folder", type=Path)

    validate = sub.add_parser("validate", help="check a dataset against the input contract")
    validate.add_argument("dataset", type=_dataset_dir)
    validate.add_argument("--source", default=None, metavar="URL", help=_SOURCE_HELP)

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
    cli_sign.register(sub)
    cli_scan.register(sub)
    cli_site.register(sub)
    cli_restore.register(sub)
    cli_report.register(sub, _date)
    cli_tlog.register(sub)
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
        from generator.build import check_dataset

        checked = check_dataset(args.dataset, args.source)
        print(_summary(checked))
        print("OK: the dataset meets the input contract.")
        return 0
    if args.command == "refresh":
        from generator.refresh import refresh_site

        refreshed = _build(args, refresh_site)
        print(_refresh_summary(refreshed, args.out))
        return 0
    if args.command == "build":
        from generator.build import build_site

        summary = _build(args, build_site)
        print(_build_summary(summary, args.out))
        return 0
    if args.command == "demo-keys":
        made = write_demo_keys(args.folder, datetime.now(UTC))
        print(f"{'Made' if made else 'Kept'} THROW-AWAY demo keys in {args.folder}.")
        return 0
    if args.command in cli_sign.COMMANDS:
        code = cli_sign.run(args)
        return 0 if code is None else code
    if args.command in cli_tlog.COMMANDS:
        return cli_tlog.run(args) or 0
    if args.command == "scan":
        return cli_scan.run(args)
    if args.command == cli_restore.COMMAND:
        return cli_restore.run(args, _build_time(os.environ))
    if args.command == cli_report.COMMAND:
        return cli_report.run(args)
    if args.command == "serve":
        return cli_site.run(args) or 0
    if args.command == "demo-data":
        from generator.demo import write_demo_dataset

        print(write_demo_dataset(args.out, args.subjects, args.seed, args.as_of or date.today()))
        return 0
    raise ConfigError(f"unknown command {args.command!r}")


def _build_time(env: Mapping[str, str]) -> datetime:
    """SOURCE_DATE_EPOCH (reproducible-builds.org) if set, else now."""
    epoch = env.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return datetime.now(UTC).replace(microsecond=0)
    try:
        return datetime.fromtimestamp(int(epoch), UTC)
    except (ValueError, OverflowError) as exc:
        raise ConfigError(f"SOURCE_DATE_EPOCH must be whole seconds, got {epoch!r}") from exc


_Built = TypeVar("_Built")


def _build(
    args: argparse.Namespace,
    run: Callable[[BuildConfig, Progress], _Built],
) -> _Built:
    keys = key_paths(
        args.keys,
        root=args.root_key,
        signing=args.signing_key,
        delegation=args.delegation,
        pseudonym=args.pseudonym_key,
    )
    out: Path = args.out
    config = BuildConfig(
        dataset=args.dataset,
        out=out,
        as_of=args.as_of or date.today(),
        built_at=_build_time(os.environ),
        site_url=args.site_url if args.site_url.endswith("/") else args.site_url + "/",
        keys=keys,
        env=dict(os.environ),
        report_dir=args.report_dir or out.parent / f"{out.name}-internal",
        previous=args.previous,
        wait_seconds=args.wait,
        source=args.source,
    )
    from rich.console import Console

    console = Console(stderr=True)
    with _engine(args, os.environ), console.status("building…") as status:

        def progress(stage: str, done: int, total: int) -> None:
            status.update(f"{stage}: {done}/{total}" if total > 1 else f"{stage}…")

        return run(config, progress)


def _engine(args: argparse.Namespace, env: Mapping[str, str]) -> AbstractContextManager[object]:
    """Where the build's stages run: the local process pool, or the Dask cluster of
    --scheduler (else CREDITSITE_DASK_SCHEDULER, else a LocalCluster started here)."""
    if args.engine != "dask":
        return nullcontext()
    scheduler = args.scheduler or env.get(SCHEDULER_ENV, "").strip() or None
    if scheduler is not None and not _SCHEDULER.fullmatch(scheduler):
        raise ConfigError(f"{SCHEDULER_ENV} must be tcp://HOST:PORT, got {scheduler!r}")
    if scheduler is not None and args.workers is not None:
        raise ConfigError("--workers sizes a local cluster; a scheduler's cluster has its own")
    from generator.parallel import dask_engine  # only a Dask build pays for importing it

    return dask_engine(scheduler, args.workers)


def _refresh_summary(summary: RefreshSummary, out: Path) -> str:
    report = f"\n{summary.compliance.line()}" if summary.compliance else ""
    if summary.build is not None:
        return f"Rebuilt: {summary.reason}.\n" + _build_summary(summary.build, out) + report
    m = summary.manifest
    return (
        f"{out}: {summary.reason}; manifest re-signed, version {m.version}, "
        f"expires {m.expires:%Y-%m-%d %H:%M} UTC." + report
    )


def _build_summary(summary: BuildSummary, out: Path) -> str:
    site, feeds, manifest = summary.site, summary.feeds, summary.manifest
    index = out.absolute() / "index.html"
    return "\n".join(
        (
            f"Published {site.pages} pages ({site.subject_pages} subject pages, "
            f"{site.bytes / 1e6:.1f} MB) to {out}",
            f"{summary.active} active listings, {summary.exits} exit announcements; "
            f"feeds: {feeds.new_events} new events, last sequence {feeds.last_sequence}",
            f"Signed manifest version {manifest.version}, expires {manifest.expires:%Y-%m-%d %H:%M} UTC; "
            "the leak gate found nothing.",
            f"Internal redaction report (not published): {summary.report}",
            _licence_notice(summary),
            f"Open {index} in a browser, or run: creditsite serve {out}",
        )
    )


def _licence_notice(summary: BuildSummary) -> str:
    terms = summary.terms
    if terms.default:
        return (
            f"Licence: {terms.licence_id} is the DEFAULT, not a choice of the office; confirm it "
            "or name the office's own with `licence:` in dataset.yaml (the data page says so "
            "until then)."
        )
    return f"Licence: {terms.licence_id} ({terms.licence_url})."


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if getattr(args, "engine", "dask") != "dask" and (args.scheduler or args.workers):
        parser.error("--scheduler and --workers go with --engine dask")
    try:
        return _run(args)
    except (DataError, LeakError) as exc:
        print(exc.report(), file=sys.stderr)
        return exc.exit_code
    except CreditSiteError as exc:
        # One line, whatever a file name in it holds (terminal and log injection).
        print(f"error: {printable(str(exc))}", file=sys.stderr)
        return exc.exit_code


if __name__ == "__main__":
    sys.exit(main())
