"""Subcommand restore; generator/cli.py hooks it in. The clock is read here, not below."""

from __future__ import annotations

import argparse
import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from generator.demo_keys import key_paths
from generator.keyring import load_publishing_keys
from generator.restore import restore_release

COMMAND = "restore"


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    restore = subparsers.add_parser(
        COMMAND, help="publish an earlier release again (re-signed as the next version)"
    )
    restore.add_argument("--out", type=Path, required=True, help="the published site")
    restore.add_argument(
        "--release", default=None, help="e.g. r000041 (default: the one before the live one)"
    )
    restore.add_argument(
        "--purge", action="store_true", help="delete the release that was live (e.g. a leak)"
    )
    restore.add_argument("--keys", type=Path, default=None, help="as for build")
    restore.add_argument("--root-key", type=Path, default=None)
    restore.add_argument("--signing-key", type=Path, default=None)
    restore.add_argument("--delegation", type=Path, default=None)
    restore.add_argument("--wait", type=float, default=0.0, help="seconds to wait for the lock")


def run(args: argparse.Namespace, issued: datetime) -> int:
    """`issued`: the signing time, from SOURCE_DATE_EPOCH or the clock, as for a build."""
    env = dict(os.environ)
    paths = key_paths(
        args.keys, root=args.root_key, signing=args.signing_key, delegation=args.delegation
    )
    keys = load_publishing_keys(paths, env, issued)
    summary = restore_release(
        args.out,
        keys,
        issued=issued,
        expires=issued + timedelta(hours=48),
        release=args.release,
        purge=args.purge,
        wait_seconds=args.wait,
    )
    print(
        f"Restored the content of {summary.restored_from} as {summary.release.name} "
        f"(manifest version {summary.manifest.version}); {summary.replaced} "
        + ("was deleted." if summary.purged else "is kept for inspection.")
    )
    print("Rebuild from corrected data as soon as possible: see the operator's guide.")
    return 0
